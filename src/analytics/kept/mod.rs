//! `Input` as the store keeps it between reports: every repeated word
//! (industry, region, source, competitor, product, loss reason) written once
//! and named by its place, so reading it back allocates each word once — as
//! the builder's interning did — instead of once per deal.
//!
//! It is kept in parts: a head (the words, pipelines, owners, a tally of
//! every deal and how many rows each part holds), the whole workspace's rows
//! (read back by `read`), and the closed deals again by the month they closed
//! in — only what win/loss reads — so a win/loss report over a period decodes
//! only that period's closings (`Closings`).

use super::facts::Facts;
use super::input::{DealRow, DealSignals, DealTally, Input, Words};
use super::journeys::Stay;
use crate::domain::*;
use chrono::{DateTime, Datelike, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod read;
pub use read::{PartInto, Rows, Stretch};

/// What every part's rows refer to.
#[derive(Serialize, Deserialize)]
pub struct KeptHead {
    pub words: Words,
    pub(super) pipelines: Vec<Pipeline>,
    pub(super) owners: Vec<Owner>,
    pub(super) tallies: Vec<DealTally>,
    /// How many rows each part of the whole holds, in order: the reader
    /// makes room for them all at once.
    pub(super) part_sizes: Vec<PartSize>,
    /// The months with closings (`month_key`), in order.
    pub months: Vec<u32>,
}

/// Deals with their journeys and signals. Read back by `Stretch::read`,
/// which follows these fields in this order.
#[derive(Clone, Serialize, Default)]
pub struct KeptPart {
    deals: Vec<DealRow>,
    /// How many of `stays` each deal holds, in order.
    stay_counts: Vec<u32>,
    stays: Vec<Stay>,
    signals: Vec<(DealId, DealSignals)>,
}

/// What the store keeps: the head, the whole workspace in a few parts (so two
/// threads can read it back), and the closings by month (`month_key`).
pub struct Kept {
    pub head: KeptHead,
    pub whole: Vec<KeptPart>,
    pub closed: BTreeMap<u32, Vec<KeptClosing>>,
}

/// A closed deal as its month keeps it: only what win rate and win/loss read,
/// its words by their place in the head's table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeptClosing {
    pub(super) id: DealId,
    pub(super) pipeline: PipelineId,
    pub(super) owner: OwnerId,
    pub(super) status: DealStatus,
    #[serde(with = "crate::domain::wire::instant")]
    pub(super) created_at: DateTime<Utc>,
    #[serde(with = "crate::domain::wire::instant")]
    pub(super) closed_at: DateTime<Utc>,
    pub(super) amount: Money,
    pub(super) product: Option<u32>,
    pub(super) industry: u32,
    pub(super) region: u32,
    pub(super) source: u32,
    pub(super) competitors: Vec<u32>,
    pub(super) lost_to: Option<u32>,
    #[serde(with = "crate::domain::wire::opt_decimal")]
    pub(super) max_discount: Option<rust_decimal::Decimal>,
    pub(super) decision_maker_engaged: bool,
}

/// How many rows of each kind one kept part holds.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
pub struct PartSize {
    deals: u32,
    stays: u32,
    signals: u32,
}

impl PartSize {
    fn of(part: &KeptPart) -> PartSize {
        let n = |len: usize| u32::try_from(len).unwrap_or(u32::MAX);
        PartSize {
            deals: n(part.deals.len()),
            stays: n(part.stays.len()),
            signals: n(part.signals.len()),
        }
    }

    fn add(self, other: PartSize) -> PartSize {
        PartSize {
            deals: self.deals.saturating_add(other.deals),
            stays: self.stays.saturating_add(other.stays),
            signals: self.signals.saturating_add(other.signals),
        }
    }
}

/// Deals in one part of the whole, at the least (the parts are at most 16).
const PART_DEALS: usize = 4096;

/// The month an instant falls in (UTC), numbered so that months order as
/// numbers do; None for instants no workspace holds (before year 0).
pub fn month_key(at: DateTime<Utc>) -> Option<u32> {
    let year = u32::try_from(at.year()).ok()?;
    Some(year * 12 + at.month0())
}

impl Kept {
    /// `facts` are the input's own: each closed deal's closing is read there.
    pub fn keep(input: &Input, facts: &Facts) -> Kept {
        Kept::keep_in_parts(input, facts, PART_DEALS)
    }

    /// As `keep`, with `part_deals` deals a part at the least (tests read
    /// many parts of a small workspace).
    pub fn keep_in_parts(input: &Input, facts: &Facts, part_deals: usize) -> Kept {
        let signals = &input.signals.0;
        // Each part takes the same share of deals (with their journeys) and
        // of signals, in order: read back one after another they are the
        // input again.
        let parts = (input.deals.len() / part_deals.max(1)).clamp(1, 16);
        let share = |len: usize, i: usize| len * i / parts..len * (i + 1) / parts;
        let whole: Vec<KeptPart> = (0..parts)
            .map(|i| {
                let deals = share(input.deals.len(), i);
                let journeys = deals.clone().map(|d| input.journeys.kept_of(d));
                KeptPart {
                    stay_counts: journeys.clone().map(|j| j.len() as u32).collect(),
                    stays: journeys.flatten().copied().collect(),
                    deals: input.deals[deals].to_vec(),
                    signals: signals[share(signals.len(), i)].to_vec(),
                }
            })
            .collect();
        let mut closed: BTreeMap<u32, Vec<KeptClosing>> = BTreeMap::new();
        for f in &facts.deals {
            let Some((status, at)) = f.outcome else {
                continue;
            };
            let Some(month) = month_key(at) else { continue };
            let d = f.deal;
            closed.entry(month).or_default().push(KeptClosing {
                id: d.id,
                pipeline: d.pipeline,
                owner: d.owner,
                status,
                created_at: d.created_at,
                closed_at: at,
                amount: d.amount,
                product: d.product,
                industry: d.industry,
                region: d.region,
                source: d.source,
                competitors: d.competitors.clone(),
                lost_to: d.lost_to,
                max_discount: f.signals.max_discount,
                decision_maker_engaged: f.signals.decision_maker_engaged,
            });
        }
        let head = KeptHead {
            words: input.words.clone(),
            pipelines: input.pipelines.clone(),
            owners: input.owners.clone(),
            tallies: DealTally::count(facts.deals.iter().map(|f| (f.deal, f.is_open()))),
            part_sizes: whole.iter().map(PartSize::of).collect(),
            months: closed.keys().copied().collect(),
        };
        Kept {
            head,
            whole,
            closed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::{SampleOptions, generate};
    use chrono::NaiveDate;

    pub(super) fn kept() -> (Input, Kept) {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let ws = generate(SampleOptions {
            deals: 300,
            ..SampleOptions::with_today(today)
        })
        .unwrap();
        let input = Input::from_workspace(&ws);
        let kept = Kept::keep(&input, &Facts::new(&input, DateTime::UNIX_EPOCH));
        (input, kept)
    }

    #[test]
    fn the_months_hold_every_closing_once() {
        let (input, kept) = kept();
        let facts = Facts::new(&input, DateTime::UNIX_EPOCH);
        let closed = facts.deals.iter().filter(|f| !f.is_open()).count();
        let kept_closings: usize = kept.closed.values().map(Vec::len).sum();
        assert!(closed > 0);
        assert_eq!(kept_closings, closed);
        assert_eq!(
            kept.head.months,
            kept.closed.keys().copied().collect::<Vec<_>>()
        );
    }

    #[test]
    fn months_order_as_numbers() {
        let at = |y, m| {
            NaiveDate::from_ymd_opt(y, m, 1)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap()
                .and_utc()
        };
        assert_eq!(month_key(at(2026, 1)), Some(2026 * 12));
        assert!(month_key(at(2025, 12)) < month_key(at(2026, 1)));
        assert_eq!(month_key(at(-1, 5)), None);
    }
}
