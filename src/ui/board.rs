//! The board's state: which pipeline, column and card, the filter and sort, and
//! the cards of each column (arranged when data or filter change, not per frame).

use super::data::Snapshot;
use crate::domain::dates::{end_of_quarter, start_of_quarter};
use crate::domain::risk::days_in_stage;
use crate::domain::*;
use chrono::{DateTime, Datelike, Utc};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Amount,
    DaysInStage,
    CloseDate,
    Title,
}

impl SortKey {
    pub const ALL: [SortKey; 4] = [
        SortKey::Amount,
        SortKey::DaysInStage,
        SortKey::CloseDate,
        SortKey::Title,
    ];

    pub fn label(self) -> &'static str {
        crate::i18n::word(match self {
            SortKey::Amount => "app-sort-amount",
            SortKey::DaysInStage => "app-sort-days",
            SortKey::CloseDate => "app-sort-close",
            SortKey::Title => "app-sort-title",
        })
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only deals owned by this person (the "mine" filter is the user's own id).
    pub owner: Option<OwnerId>,
    pub stale_only: bool,
    pub closing_this_quarter: bool,
    pub tag: Option<String>,
    /// Only deals whose owner is in this team.
    pub team: Option<String>,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        *self != Filter::default()
    }

    pub fn describe(&self, snapshot: &Snapshot) -> String {
        let mut parts = Vec::new();
        if let Some(o) = self.owner {
            parts.push(t!("app-filter-owner", name = snapshot.owner_name(o)));
        }
        if self.stale_only {
            parts.push(t!("app-filter-stale"));
        }
        if self.closing_this_quarter {
            parts.push(t!("app-filter-closing"));
        }
        if let Some(t) = &self.tag {
            parts.push(format!("#{t}"));
        }
        if let Some(t) = &self.team {
            parts.push(t!("app-filter-team", team = t.as_str()));
        }
        parts.join(&t!("app-filter-separator"))
    }
}

#[derive(Debug, Clone, Default)]
pub struct Board {
    pub pipeline: usize,
    /// Selected column: an index into the pipeline's stages (Won and Lost included).
    pub column: usize,
    /// First column shown (horizontal scroll).
    pub first_column: usize,
    pub selected: Vec<usize>,
    pub scroll: Vec<usize>,
    pub filter: Filter,
    pub sort: SortKey,
    /// Cards per column, arranged.
    pub columns: Vec<Vec<DealId>>,
    /// Header figures per column, summed when the cards are arranged.
    pub totals: Vec<ColumnTotals>,
    /// The currency the totals add up (the snapshot's most common); amounts
    /// in others are shown beside it, never added to it.
    /// None until the first arrangement.
    pub main_currency: Option<Currency>,
}

/// A column header's count, total and weighted total (amount × the stage's
/// or the deal's own probability) in the board's main currency, and the
/// totals of deals in other currencies, each apart.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnTotals {
    pub count: usize,
    pub total: Decimal,
    pub weighted: Decimal,
    /// (currency, total, deals) for each other currency, by currency code.
    pub others: Vec<(Currency, Decimal, usize)>,
}

impl ColumnTotals {
    fn of(deals: &[&Deal], stage: &Stage, main: Currency) -> ColumnTotals {
        let mut totals = ColumnTotals::default();
        for d in deals {
            totals.add(d, stage, main);
        }
        totals
    }

    /// The entry of a currency other than the main one.
    fn other(&mut self, currency: Currency) -> &mut (Currency, Decimal, usize) {
        let at = match self
            .others
            .binary_search_by(|(c, _, _)| c.as_str().cmp(currency.as_str()))
        {
            Ok(at) => at,
            Err(at) => {
                self.others.insert(at, (currency, Decimal::ZERO, 0));
                at
            }
        };
        &mut self.others[at]
    }

    fn weighted_amount(deal: &Deal, stage: &Stage) -> Decimal {
        deal.amount
            .weighted(deal.probability_override.unwrap_or(stage.probability))
    }

    fn add(&mut self, deal: &Deal, stage: &Stage, main: Currency) {
        self.count += 1;
        if deal.amount.currency != main {
            let other = self.other(deal.amount.currency);
            other.1 = other.1.saturating_add(deal.amount.amount);
            other.2 += 1;
            return;
        }
        self.total = self.total.saturating_add(deal.amount.amount);
        self.weighted = self
            .weighted
            .saturating_add(Self::weighted_amount(deal, stage));
    }

    /// Exact: amounts and percentages have few digits, so nothing was rounded.
    fn remove(&mut self, deal: &Deal, stage: &Stage, main: Currency) {
        self.count = self.count.saturating_sub(1);
        if deal.amount.currency != main {
            let other = self.other(deal.amount.currency);
            other.1 = other.1.saturating_sub(deal.amount.amount);
            other.2 = other.2.saturating_sub(1);
            self.others.retain(|(_, _, deals)| *deals > 0);
            return;
        }
        self.total = self.total.saturating_sub(deal.amount.amount);
        self.weighted = self
            .weighted
            .saturating_sub(Self::weighted_amount(deal, stage));
    }
}

/// Where a card sorts in its column: the sort's value, then the deal id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum CardKey {
    Number(i128, DealId),
    Text(String, DealId),
    /// Amounts compare within a currency only: the main currency's deals
    /// first, then each other currency's by code.
    Amount(Option<[u8; 3]>, i128, DealId),
}

impl Board {
    fn card_key(&self, d: &Deal, now: DateTime<Utc>) -> CardKey {
        match self.sort {
            // Largest first: negate; ten-thousandths are finer than any currency.
            SortKey::Amount => CardKey::Amount(
                (Some(d.amount.currency) != self.main_currency).then(|| {
                    let code = d.amount.currency.as_str().as_bytes();
                    [code[0], code[1], code[2]]
                }),
                -(d.amount.amount.saturating_mul(Decimal::from(10_000)))
                    .trunc()
                    .to_i128()
                    .unwrap_or(0),
                d.id,
            ),
            SortKey::DaysInStage => CardKey::Number(-i128::from(days_in_stage(d, now)), d.id),
            SortKey::CloseDate => {
                // Undated deals last: they need a date before they can be planned.
                let day = d
                    .expected_close
                    .map_or(i128::MAX, |c| c.num_days_from_ce().into());
                CardKey::Number(day, d.id)
            }
            SortKey::Title => CardKey::Text(d.title.to_lowercase(), d.id),
        }
    }

    fn passes_filter(&self, data: &Snapshot, d: &Deal, stage: &Stage, now: DateTime<Utc>) -> bool {
        let today = now.date_naive();
        self.filter.owner.is_none_or(|o| d.owner == o)
            && (!self.filter.stale_only || data.is_stale(d, stage, now))
            && (!self.filter.closing_this_quarter
                || d.expected_close.is_some_and(|c| {
                    (start_of_quarter(today)..=end_of_quarter(today)).contains(&c)
                }))
            && self.filter.tag.as_ref().is_none_or(|t| d.tags.contains(t))
            && self
                .filter
                .team
                .as_ref()
                .is_none_or(|t| data.owners.get(&d.owner).is_some_and(|o| o.team == *t))
    }

    /// Rebuilds the card lists, keeping the selection on the same deal where possible.
    pub fn arrange(&mut self, snapshot: &Snapshot, now: DateTime<Utc>) {
        let keep = self.selected_deal();
        let Some(pipeline) = snapshot.pipelines.get(self.pipeline) else {
            self.columns.clear();
            self.totals.clear();
            return;
        };
        let main = snapshot.main_currency();
        self.main_currency = Some(main);
        // One pass over the deals, bucketed by stage; then each column sorted.
        let mut buckets: Vec<Vec<&Deal>> = vec![Vec::new(); pipeline.stages.len()];
        let column_of: HashMap<StageId, usize> = pipeline
            .stages
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id, i))
            .collect();
        for d in snapshot.deals.values() {
            if let Some(&c) = column_of.get(&d.stage)
                && self.passes_filter(snapshot, d, &pipeline.stages[c], now)
            {
                buckets[c].push(d);
            }
        }
        self.totals = buckets
            .iter()
            .zip(&pipeline.stages)
            .map(|(deals, stage)| ColumnTotals::of(deals, stage, main))
            .collect();
        self.columns = buckets
            .into_iter()
            .map(|mut deals| {
                deals.sort_by_cached_key(|d| self.card_key(d, now));
                deals.into_iter().map(|d| d.id).collect()
            })
            .collect();
        self.fit_cursor();
        if let Some(id) = keep {
            self.select_deal(id);
        }
    }

    /// Puts one changed deal where it now belongs — out of its old column,
    /// into its new one at its sorted place — without re-arranging the rest.
    /// `before` is the deal as the board last saw it (None if it is new).
    pub fn refile(
        &mut self,
        snapshot: &Snapshot,
        before: Option<&Deal>,
        id: DealId,
        now: DateTime<Utc>,
    ) {
        let Some(pipeline) = snapshot.pipelines.get(self.pipeline) else {
            return;
        };
        // A deal in a new most-common currency changes every header: arrange anew.
        let main = snapshot.main_currency();
        if self.columns.len() != pipeline.stages.len() || self.main_currency != Some(main) {
            return self.arrange(snapshot, now);
        }
        for (c, column) in self.columns.iter_mut().enumerate() {
            if let Some(at) = column.iter().position(|d| *d == id) {
                column.remove(at);
                if let Some(old) = before {
                    self.totals[c].remove(old, &pipeline.stages[c], main);
                }
                break;
            }
        }
        if let Some(deal) = snapshot.deals.get(&id)
            && let Some(c) = pipeline.stages.iter().position(|s| s.id == deal.stage)
            && self.passes_filter(snapshot, deal, &pipeline.stages[c], now)
        {
            let key = self.card_key(deal, now);
            let at = self.columns[c].partition_point(|other| {
                snapshot
                    .deals
                    .get(other)
                    .is_some_and(|o| self.card_key(o, now) < key)
            });
            self.columns[c].insert(at, id);
            self.totals[c].add(deal, &pipeline.stages[c], main);
        }
        self.fit_cursor();
    }

    /// Keeps per-column cursors in range after cards came or went.
    fn fit_cursor(&mut self) {
        let n = self.columns.len();
        self.selected.resize(n, 0);
        self.scroll.resize(n, 0);
        self.column = self.column.min(n.saturating_sub(1));
        for (i, col) in self.columns.iter().enumerate() {
            self.selected[i] = self.selected[i].min(col.len().saturating_sub(1));
        }
    }

    /// Every column back to its first card: after a filter or sort the old
    /// scroll would hide matching cards above it.
    pub fn to_top(&mut self) {
        self.selected.iter_mut().for_each(|s| *s = 0);
        self.scroll.iter_mut().for_each(|s| *s = 0);
    }

    pub fn selected_deal(&self) -> Option<DealId> {
        let col = self.columns.get(self.column)?;
        col.get(*self.selected.get(self.column)?).copied()
    }

    /// Puts the cursor on `id` if it is on this board. Returns whether it is.
    pub fn select_deal(&mut self, id: DealId) -> bool {
        for (c, col) in self.columns.iter().enumerate() {
            if let Some(r) = col.iter().position(|d| *d == id) {
                self.column = c;
                self.selected[c] = r;
                return true;
            }
        }
        false
    }

    /// Keeps the selected column and card inside the visible window.
    pub fn keep_visible(&mut self, visible_columns: usize, visible_cards: usize) {
        let visible_columns = visible_columns.max(1);
        if self.column < self.first_column {
            self.first_column = self.column;
        } else if self.column >= self.first_column + visible_columns {
            self.first_column = self.column + 1 - visible_columns;
        }
        let max_first = self.columns.len().saturating_sub(visible_columns);
        self.first_column = self.first_column.min(max_first);
        let visible_cards = visible_cards.max(1);
        for c in 0..self.columns.len() {
            let sel = self.selected[c];
            let cards = self.columns[c].len();
            let top = &mut self.scroll[c];
            if sel < *top {
                *top = sel;
            } else if sel >= *top + visible_cards {
                *top = sel + 1 - visible_cards;
            }
            // Never scrolled further than the last card needs: a window
            // grown to hold more cards shows them from the top again.
            *top = (*top).min(cards.saturating_sub(visible_cards));
        }
    }
}
