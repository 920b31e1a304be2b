//! Win rate and win/loss over one period from what the report cache keeps by
//! month: the period's closings, compact, tallied by the same rules as every
//! other report (`outcomes::ClosedDeal`), without building each deal's facts.

use super::input::{DealTally, Words};
use super::kept::{KeptClosing, KeptHead};
use super::outcomes::{ClosedDeal, cycle_of, rate_of, velocity_from};
use super::{Breakdown, Facts, Input, Period, ReportSet, Scope, Wanted};
use crate::domain::*;
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use std::collections::HashMap;

/// What win/loss over a period reads: the closings kept for its months, or
/// the whole workspace when nothing is kept yet.
pub enum Closings {
    Kept {
        head: KeptHead,
        rows: Vec<KeptClosing>,
    },
    Whole(Input),
}

impl Closings {
    /// The kept closings; None when a row names a word the head does not hold
    /// (a damaged value: the caller reads the records instead).
    pub fn kept(head: KeptHead, rows: Vec<KeptClosing>) -> Option<Closings> {
        let fits = |p: &u32| head.words.holds(*p);
        let sound = rows.iter().all(|r| {
            [r.industry, r.region, r.source].iter().all(fits)
                && r.product.iter().all(fits)
                && r.lost_to.iter().all(fits)
                && r.competitors.iter().all(fits)
        });
        sound.then_some(Closings::Kept { head, rows })
    }

    pub fn pipelines(&self) -> &[Pipeline] {
        match self {
            Closings::Kept { head, .. } => &head.pipelines,
            Closings::Whole(input) => &input.pipelines,
        }
    }

    pub fn owners(&self) -> &[Owner] {
        match self {
            Closings::Kept { head, .. } => &head.owners,
            Closings::Whole(input) => &input.owners,
        }
    }

    /// Win rate and win/loss (by one dimension, or by all) over `period`;
    /// the report set's other sections are empty.
    pub fn win_loss(
        &self,
        now: DateTime<Utc>,
        scope: &Scope,
        period: &Period,
        by: Option<Breakdown>,
    ) -> ReportSet {
        let (head, rows) = match self {
            Closings::Whole(input) => {
                let facts = Facts::new(input, now);
                return ReportSet::compute_wanted(&facts, scope, period, Wanted::WinLoss(by));
            }
            Closings::Kept { head, rows } => (head, rows),
        };
        let currency = DealTally::currency(&head.tallies);
        let placed = placed(head, rows, scope, period);
        let closed: Vec<(&Placed, DealStatus)> = placed.iter().map(|p| (p, p.row.status)).collect();
        ReportSet {
            win_rate: rate_of(currency, &closed),
            win_loss: super::win_loss_reports(currency, &closed, by),
            ..empty(head, now, scope, period)
        }
    }

    /// The reports screen's headline — won, lost, win rate, cycle, velocity —
    /// from what is kept (None when nothing is: the full figures come as soon).
    pub fn headline(
        &self,
        now: DateTime<Utc>,
        scope: &Scope,
        period: &Period,
    ) -> Option<ReportSet> {
        let Closings::Kept { head, rows } = self else {
            return None;
        };
        let currency = DealTally::currency(&head.tallies);
        let placed = placed(head, rows, scope, period);
        let closed: Vec<(&Placed, DealStatus)> = placed.iter().map(|p| (p, p.row.status)).collect();
        let win_rate = rate_of(currency, &closed);
        let cycle = cycle_of(&closed);
        let open = DealTally::open_in(&head.tallies, scope, &head.owners);
        Some(ReportSet {
            velocity: velocity_from(open, &win_rate, &cycle),
            win_rate,
            cycle,
            ..empty(head, now, scope, period)
        })
    }
}

/// A report set with nothing computed but what the head says.
fn empty(head: &KeptHead, now: DateTime<Utc>, scope: &Scope, period: &Period) -> ReportSet {
    let currency = DealTally::currency(&head.tallies);
    ReportSet {
        period: period.clone(),
        scope: scope.clone(),
        generated_at: now,
        currency: currency.as_str().to_string(),
        other_currency_deals: DealTally::outside(&head.tallies, currency, scope, &head.owners),
        win_rate: Default::default(),
        win_loss: Vec::new(),
        cycle: Default::default(),
        velocity: Default::default(),
        funnel: Vec::new(),
        forecast: Default::default(),
        health: Vec::new(),
        trends: Vec::new(),
        quote_pace: Default::default(),
    }
}

/// The kept closings of `period` that `scope` selects, in deal order (as
/// every other report lists a row's deals).
fn placed<'w>(
    head: &'w KeptHead,
    rows: &'w [KeptClosing],
    scope: &Scope,
    period: &Period,
) -> Vec<Placed<'w>> {
    let owners: HashMap<OwnerId, &Owner> = head.owners.iter().map(|o| (o.id, o)).collect();
    let mut placed: Vec<Placed> = rows
        .iter()
        .filter(|r| period.contains(r.closed_at))
        .filter_map(|row| {
            let owner = owners.get(&row.owner).copied();
            let team = owner.map_or("", |o| o.team.as_str());
            let selected = scope.pipeline.is_none_or(|p| row.pipeline == p)
                && scope.owner.is_none_or(|o| row.owner == o)
                && scope.team.as_deref().is_none_or(|t| team == t);
            selected.then(|| Placed {
                row,
                words: &head.words,
                owner_name: owner.map_or("", |o| o.name.as_str()),
                team,
            })
        })
        .collect();
    placed.sort_unstable_by_key(|p| p.row.id);
    placed
}

/// A kept closing with its words and owner at hand.
struct Placed<'w> {
    row: &'w KeptClosing,
    words: &'w Words,
    owner_name: &'w str,
    team: &'w str,
}

impl Placed<'_> {
    /// Every place was checked against the table when the rows were read.
    fn word(&self, place: u32) -> &str {
        self.words.get(place)
    }
}

impl ClosedDeal for Placed<'_> {
    fn deal_id(&self) -> DealId {
        self.row.id
    }
    fn amount_in(&self, currency: Currency) -> Decimal {
        self.row.amount.counted_in(currency)
    }
    fn owner_name(&self) -> &str {
        self.owner_name
    }
    fn team(&self) -> &str {
        self.team
    }
    fn industry(&self) -> &str {
        self.word(self.row.industry)
    }
    fn region(&self) -> &str {
        self.word(self.row.region)
    }
    fn source(&self) -> &str {
        self.word(self.row.source)
    }
    fn competitors(&self) -> impl Iterator<Item = &str> {
        self.row.competitors.iter().map(|p| self.word(*p))
    }
    fn lost_to(&self) -> Option<&str> {
        self.row.lost_to.map(|p| self.word(p))
    }
    fn max_discount(&self) -> Option<Decimal> {
        self.row.max_discount
    }
    fn product(&self) -> Option<&str> {
        self.row.product.map(|p| self.word(p))
    }
    fn decision_maker_engaged(&self) -> bool {
        self.row.decision_maker_engaged
    }
    fn created_at(&self) -> DateTime<Utc> {
        self.row.created_at
    }
    fn closed_at(&self) -> Option<DateTime<Utc>> {
        Some(self.row.closed_at)
    }
}
