//! What every metric reads, derived once from the analytics input: each deal's path
//! through the stages (from its stage events), its outcome, and the few per-deal
//! facts the win/loss dimensions need.

use super::ids::IdMap;
use super::input::{DealRow, DealSignals, EventRow, Input, Words};
use super::journeys::{Stay, Stays};
use crate::domain::*;
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use std::collections::HashSet;

/// One stay in a stage: entered by a stage event, left by the next one (None while
/// the deal is still there).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visit {
    pub stage: StageId,
    pub entered: DateTime<Utc>,
    pub left: Option<DateTime<Utc>>,
    /// Entered by a synthetic event of an import: the time spent here is not known,
    /// so dwell figures leave the stay out.
    pub imported: bool,
}

/// Where a stage sits: its pipeline, its place in funnel order and its kind.
#[derive(Debug, Clone, Copy)]
pub struct StagePlace {
    pub pipeline: PipelineId,
    pub position: usize,
    pub kind: StageKind,
    pub probability: u8,
    pub rotting_days: u32,
}

#[derive(Debug, Clone)]
pub struct DealFacts<'a> {
    pub deal: &'a DealRow,
    /// In time order; the last is the deal's current stage.
    pub visits: Stays<'a>,
    /// Won or Lost and when, from the last stage event (None while open).
    pub outcome: Option<(DealStatus, DateTime<Utc>)>,
    /// What the deal's activities and quotes say (the input's own, not a
    /// copy: a copy a deal cost 5 MB at 100 000 deals).
    pub signals: &'a DealSignals,
    /// None for an owner the workspace does not know.
    pub owner: Option<&'a Owner>,
    /// What the row's word places name.
    pub words: &'a Words,
}

/// The signals of a deal without activities or quotes.
static NO_SIGNALS: DealSignals = DealSignals {
    last_activity: None,
    decision_maker_engaged: false,
    max_discount: None,
    quote_revisions: 0,
    first_quote_sent: None,
};

impl<'a> DealFacts<'a> {
    /// The owner's name ("" for an unknown owner).
    pub fn owner_name(&self) -> &'a str {
        self.owner.map_or("", |o| o.name.as_str())
    }

    /// The owner's team ("" for an unknown owner).
    pub fn team(&self) -> &'a str {
        self.owner.map_or("", |o| o.team.as_str())
    }

    pub fn is_open(&self) -> bool {
        self.outcome.is_none()
    }

    pub fn closed_in(&self, period: &super::Period) -> Option<DealStatus> {
        self.outcome
            .filter(|(_, at)| period.contains(*at))
            .map(|(status, _)| status)
    }

    /// Dormant: open, with no activity and no change for more than `domain::risk::DORMANT_DAYS`.
    pub fn is_dormant(&self, now: DateTime<Utc>) -> bool {
        self.is_open() && crate::domain::risk::is_dormant(self.last_touch(), now)
    }

    /// Last sign of life: an activity or any change to the deal.
    pub fn last_touch(&self) -> DateTime<Utc> {
        let changed = self.deal.updated_at.max(self.deal.stage_entered_at);
        self.signals
            .last_activity
            .map_or(changed, |a| a.max(changed))
    }
}

/// Which deals a report looks at.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Scope {
    pub pipeline: Option<PipelineId>,
    pub owner: Option<OwnerId>,
    pub team: Option<String>,
}

pub struct Facts<'a> {
    pub now: DateTime<Utc>,
    pub pipelines: &'a [Pipeline],
    places: IdMap<StagePlace>,
    pub deals: Vec<DealFacts<'a>>,
    /// Money figures add up amounts in this currency (the most common one); deals in
    /// other currencies are counted but their amounts left out.
    pub currency: Currency,
}

impl<'a> Facts<'a> {
    pub fn new(input: &'a Input, now: DateTime<Utc>) -> Facts<'a> {
        let places = stage_places(&input.pipelines);
        let n = input.deals.len();
        // A deal's journey is the one at its place: both lists are built and
        // read back together.
        debug_assert_eq!(input.journeys.deals(), n);
        let owners: IdMap<&Owner> = IdMap::new(input.owners.iter().map(|o| (o.id.0, o)));
        let mut currencies: Vec<(Currency, usize)> = Vec::new();
        let mut deals = Vec::with_capacity(n);
        for (i, deal) in input.deals.iter().enumerate() {
            count_currency(&mut currencies, deal.amount.currency, 1);
            let visits = input.journeys.of(i);
            let outcome = visits
                .last()
                .and_then(|v| match places.get(v.stage.0).map(|p| p.kind) {
                    Some(StageKind::Won) => Some((DealStatus::Won, v.entered)),
                    Some(StageKind::Lost) => Some((DealStatus::Lost, v.entered)),
                    _ => None,
                });
            deals.push(DealFacts {
                deal,
                visits,
                outcome,
                signals: input.signals.get(deal.id).unwrap_or(&NO_SIGNALS),
                owner: owners.get(deal.owner.0).copied(),
                words: &input.words,
            });
        }
        let currency = crate::domain::money::most_common_currency(currencies);
        Facts {
            now,
            pipelines: &input.pipelines,
            places,
            deals,
            currency,
        }
    }

    /// Every stage of every pipeline numbered 0.., for per-stage tallies in a vector.
    pub fn stage_slots(&self) -> (Vec<StageId>, IdMap<usize>) {
        let ids: Vec<StageId> = self
            .pipelines
            .iter()
            .flat_map(|p| p.stages.iter().map(|s| s.id))
            .collect();
        let slots = IdMap::new(ids.iter().enumerate().map(|(i, id)| (id.0, i)));
        (ids, slots)
    }

    /// Where a stage sits, if it belongs to a known pipeline.
    pub fn place(&self, stage: StageId) -> Option<&StagePlace> {
        self.places.get(stage.0)
    }

    /// A stage's name, with its pipeline's when another pipeline has a stage
    /// of that name (two pipelines may each have a Proposal): figures keyed
    /// by it never add up two stages. "?" for a stage no pipeline holds.
    pub fn stage_label(&self, stage: StageId) -> String {
        let Some(place) = self.place(stage) else {
            return "?".to_string();
        };
        let Some(pipeline) = self.pipelines.iter().find(|p| p.id == place.pipeline) else {
            return "?".to_string();
        };
        let Some(name) = pipeline.stages.get(place.position).map(|s| s.name.as_str()) else {
            return "?".to_string();
        };
        let shared = self
            .pipelines
            .iter()
            .filter(|p| p.id != pipeline.id)
            .any(|p| p.stages.iter().any(|s| s.name == name));
        match shared {
            true => t!(
                "dom-metric-pipeline-stage",
                pipeline = pipeline.name.as_str(),
                stage = name
            ),
            false => name.to_string(),
        }
    }

    /// The deals a scope selects.
    pub fn scoped<'s>(&'s self, scope: &'s Scope) -> impl Iterator<Item = &'s DealFacts<'a>> {
        self.deals.iter().filter(move |f| {
            scope.pipeline.is_none_or(|p| f.deal.pipeline == p)
                && scope.owner.is_none_or(|o| f.deal.owner == o)
                && scope.team.as_deref().is_none_or(|t| f.team() == t)
        })
    }

    /// Deals the scope selects in another currency than the figures': counted,
    /// their amounts left out.
    pub fn other_currency_deals(&self, scope: &Scope) -> usize {
        self.scoped(scope)
            .filter(|f| f.deal.amount.currency != self.currency)
            .count()
    }

    /// The amount counted in money figures: zero for a deal in another currency.
    pub fn amount(&self, deal: &DealRow) -> Decimal {
        deal.amount.counted_in(self.currency)
    }

    /// The deal's win probability as a fraction: its own override, else its stage's.
    pub fn static_probability(&self, deal: &DealRow) -> Decimal {
        let percent = deal
            .probability_override
            .or_else(|| self.place(deal.stage).map(|p| p.probability))
            .unwrap_or(0);
        Decimal::from(percent) / Decimal::ONE_HUNDRED
    }

    /// Pipelines the scope covers.
    pub fn pipelines_in<'s>(&'s self, scope: &'s Scope) -> impl Iterator<Item = &'a Pipeline> + 's {
        self.pipelines
            .iter()
            .filter(move |p| scope.pipeline.is_none_or(|id| p.id == id))
    }
}

/// A handful of currencies at most: a vector beats a map.
pub(super) fn count_currency(
    counts: &mut Vec<(Currency, usize)>,
    currency: Currency,
    deals: usize,
) {
    match counts.iter_mut().find(|(c, _)| *c == currency) {
        Some((_, count)) => *count += deals,
        None => counts.push((currency, deals)),
    }
}

fn stage_places(pipelines: &[Pipeline]) -> IdMap<StagePlace> {
    IdMap::new(pipelines.iter().flat_map(|p| {
        p.stages.iter().enumerate().map(|(position, s)| {
            (
                s.id.0,
                StagePlace {
                    pipeline: p.id,
                    position,
                    kind: s.kind,
                    probability: s.probability,
                    rotting_days: s.rotting_days,
                },
            )
        })
    }))
}

/// The stays a deal made, from its stage events in time order. An undone move and
/// the event that undid it both drop out (an undo that was itself undone leaves the
/// original move standing), so a move made by mistake counts nowhere.
pub fn journey(events: &[&EventRow]) -> Vec<Visit> {
    let mut stays = Vec::with_capacity(events.len());
    journey_onto(events, &mut stays);
    Stays::new(&stays).iter().collect()
}

/// As `journey`, as stays onto the end of `stays` (what is there stays).
pub(super) fn journey_onto(events: &[&EventRow], stays: &mut Vec<Stay>) {
    if !events.iter().any(|e| e.reverts.is_some()) {
        return stays_onto(events.iter().copied(), stays);
    }
    let mut kept = vec![true; events.len()];
    cancel_undone(events, &mut kept);
    let standing = events.iter().zip(kept).filter(|(_, k)| *k).map(|(e, _)| *e);
    stays_onto(standing, stays)
}

/// A stay for each move into another stage; a move into the stage the deal
/// is in changes nothing. A stay ends when the next begins.
fn stays_onto<'e>(events: impl Iterator<Item = &'e EventRow>, stays: &mut Vec<Stay>) {
    let first = stays.len();
    for e in events {
        if stays[first..]
            .last()
            .is_some_and(|current| current.stage == e.to)
        {
            continue;
        }
        stays.push(Stay {
            stage: e.to,
            entered: e.at,
            imported: e.imported,
        });
    }
}

/// Unmarks every undo event and the move each surviving undo took back, newest first.
fn cancel_undone(events: &[&EventRow], kept: &mut [bool]) {
    let mut cancelled: HashSet<EventId> = HashSet::new();
    for (i, e) in events.iter().enumerate().rev() {
        if cancelled.contains(&e.id) {
            kept[i] = false;
            continue;
        }
        if let Some(original) = e.reverts {
            kept[i] = false;
            cancelled.insert(original);
        }
    }
}
