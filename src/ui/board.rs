//! The board's state: which pipeline, column and card, the filter and sort, and
//! the cards of each column (arranged when data or filter change, not per frame).

use super::data::Snapshot;
use crate::domain::dates::{end_of_quarter, start_of_quarter};
use crate::domain::risk::{days_in_stage, is_stale};
use crate::domain::*;
use chrono::{DateTime, Utc};

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
        match self {
            SortKey::Amount => "amount (largest first)",
            SortKey::DaysInStage => "days in stage (longest first)",
            SortKey::CloseDate => "expected close (soonest first)",
            SortKey::Title => "title (A–Z)",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only deals owned by this person (the "mine" filter is the user's own id).
    pub owner: Option<OwnerId>,
    pub stale_only: bool,
    pub closing_this_quarter: bool,
    pub tag: Option<String>,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        *self != Filter::default()
    }

    pub fn describe(&self, snapshot: &Snapshot) -> String {
        let mut parts = Vec::new();
        if let Some(o) = self.owner {
            parts.push(format!("owner {}", snapshot.owner_name(o)));
        }
        if self.stale_only {
            parts.push("stale".into());
        }
        if self.closing_this_quarter {
            parts.push("closing this quarter".into());
        }
        if let Some(t) = &self.tag {
            parts.push(format!("#{t}"));
        }
        parts.join(", ")
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
}

impl Board {
    /// Rebuilds the card lists, keeping the selection on the same deal where possible.
    pub fn arrange(&mut self, snapshot: &Snapshot, now: DateTime<Utc>) {
        let keep = self.selected_deal();
        let Some(pipeline) = snapshot.pipelines.get(self.pipeline) else {
            self.columns.clear();
            return;
        };
        let today = now.date_naive();
        let (q_start, q_end) = (start_of_quarter(today), end_of_quarter(today));
        self.columns = pipeline
            .stages
            .iter()
            .map(|stage| {
                let mut ids: Vec<&Deal> = snapshot
                    .deals
                    .values()
                    .filter(|d| d.stage == stage.id)
                    .filter(|d| self.filter.owner.is_none_or(|o| d.owner == o))
                    .filter(|d| !self.filter.stale_only || is_stale(d, stage, now))
                    .filter(|d| {
                        !self.filter.closing_this_quarter
                            || (q_start..=q_end).contains(&d.expected_close)
                    })
                    .filter(|d| self.filter.tag.as_ref().is_none_or(|t| d.tags.contains(t)))
                    .collect();
                ids.sort_by(|a, b| {
                    let primary = match self.sort {
                        SortKey::Amount => b.amount.amount.cmp(&a.amount.amount),
                        SortKey::DaysInStage => days_in_stage(b, now).cmp(&days_in_stage(a, now)),
                        SortKey::CloseDate => a.expected_close.cmp(&b.expected_close),
                        SortKey::Title => a.title.to_lowercase().cmp(&b.title.to_lowercase()),
                    };
                    primary.then(a.id.cmp(&b.id))
                });
                ids.into_iter().map(|d| d.id).collect()
            })
            .collect();
        let n = self.columns.len();
        self.selected.resize(n, 0);
        self.scroll.resize(n, 0);
        self.column = self.column.min(n.saturating_sub(1));
        for (i, col) in self.columns.iter().enumerate() {
            self.selected[i] = self.selected[i].min(col.len().saturating_sub(1));
        }
        if let Some(id) = keep {
            self.select_deal(id);
        }
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
            let top = &mut self.scroll[c];
            if sel < *top {
                *top = sel;
            } else if sel >= *top + visible_cards {
                *top = sel + 1 - visible_cards;
            }
        }
    }
}
