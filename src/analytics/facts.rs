//! What every metric reads, derived once from the workspace: each deal's path through
//! the stages (from its stage events), its outcome, and the few per-deal facts the
//! win/loss dimensions need.

use crate::domain::*;
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use std::collections::{HashMap, HashSet};

/// One stay in a stage: entered by a stage event, left by the next one (None while
/// the deal is still there).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visit {
    pub stage: StageId,
    pub entered: DateTime<Utc>,
    pub left: Option<DateTime<Utc>>,
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
    pub deal: &'a Deal,
    /// In time order; the last is the deal's current stage.
    pub visits: Vec<Visit>,
    /// Won or Lost and when, from the last stage event (None while open).
    pub outcome: Option<(DealStatus, DateTime<Utc>)>,
    /// Latest call, meeting, email, demo or note on the deal (tasks are plans, not touches).
    pub last_activity: Option<DateTime<Utc>>,
    /// A contact with the decision-maker role took part in an activity on the deal.
    pub decision_maker_engaged: bool,
    /// Largest line discount of the latest version of any of the deal's quotes.
    pub max_discount: Option<Decimal>,
    pub owner_name: &'a str,
    pub team: &'a str,
}

impl DealFacts<'_> {
    pub fn is_open(&self) -> bool {
        self.outcome.is_none()
    }

    pub fn closed_in(&self, period: &super::Period) -> Option<DealStatus> {
        self.outcome
            .filter(|(_, at)| period.contains(*at))
            .map(|(status, _)| status)
    }

    /// Last sign of life: an activity or any change to the deal.
    pub fn last_touch(&self) -> DateTime<Utc> {
        let changed = self.deal.updated_at.max(self.deal.stage_entered_at);
        self.last_activity.map_or(changed, |a| a.max(changed))
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
    pub places: HashMap<StageId, StagePlace>,
    pub deals: Vec<DealFacts<'a>>,
    /// Money figures add up amounts in this currency (the most common one); deals in
    /// other currencies are counted but their amounts left out.
    pub currency: Currency,
}

impl<'a> Facts<'a> {
    pub fn new(ws: &'a Workspace, now: DateTime<Utc>) -> Facts<'a> {
        let places = stage_places(&ws.pipelines);
        let index: HashMap<DealId, usize> = ws
            .deals
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id, i))
            .collect();

        let mut events: Vec<Vec<&StageEvent>> = vec![Vec::new(); ws.deals.len()];
        for e in &ws.stage_events {
            if let Some(&i) = index.get(&e.deal) {
                events[i].push(e);
            }
        }

        let decision_makers: HashSet<ContactId> = ws
            .contacts
            .iter()
            .filter(|c| c.role == DecisionRole::DecisionMaker)
            .map(|c| c.id)
            .collect();
        let mut last_activity: Vec<Option<DateTime<Utc>>> = vec![None; ws.deals.len()];
        let mut dm_engaged = vec![false; ws.deals.len()];
        for a in &ws.activities {
            let Some(&i) = a.deal.and_then(|d| index.get(&d)) else {
                continue;
            };
            if a.kind == ActivityKind::Task {
                continue;
            }
            last_activity[i] = last_activity[i].max(Some(a.at));
            if a.contacts.iter().any(|c| decision_makers.contains(c)) {
                dm_engaged[i] = true;
            }
        }

        let mut max_discount: Vec<Option<Decimal>> = vec![None; ws.deals.len()];
        for q in &ws.quotes {
            let (Some(&i), Some(latest)) = (index.get(&q.deal), q.versions.last()) else {
                continue;
            };
            let quote_max = latest.lines.iter().map(|l| l.discount_pct).max();
            max_discount[i] = max_discount[i].max(quote_max.or(Some(Decimal::ZERO)));
        }

        let owners: HashMap<OwnerId, &Owner> = ws.owners.iter().map(|o| (o.id, o)).collect();
        let mut currencies: HashMap<Currency, usize> = HashMap::new();
        let deals = ws
            .deals
            .iter()
            .zip(events)
            .enumerate()
            .map(|(i, (deal, mut evs))| {
                *currencies.entry(deal.amount.currency).or_default() += 1;
                evs.sort_by_key(|e| (e.at, e.id));
                let visits = journey(&evs);
                let outcome =
                    visits
                        .last()
                        .and_then(|v| match places.get(&v.stage).map(|p| p.kind) {
                            Some(StageKind::Won) => Some((DealStatus::Won, v.entered)),
                            Some(StageKind::Lost) => Some((DealStatus::Lost, v.entered)),
                            _ => None,
                        });
                let owner = owners.get(&deal.owner);
                DealFacts {
                    deal,
                    visits,
                    outcome,
                    last_activity: last_activity[i],
                    decision_maker_engaged: dm_engaged[i],
                    max_discount: max_discount[i],
                    owner_name: owner.map_or("", |o| o.name.as_str()),
                    team: owner.map_or("", |o| o.team.as_str()),
                }
            })
            .collect();
        let currency = currencies
            .into_iter()
            .max_by_key(|(c, n)| (*n, std::cmp::Reverse(c.as_str().to_owned())))
            .map_or(Currency::USD, |(c, _)| c);
        Facts {
            now,
            pipelines: &ws.pipelines,
            places,
            deals,
            currency,
        }
    }

    /// The deals a scope selects.
    pub fn scoped<'s>(&'s self, scope: &'s Scope) -> impl Iterator<Item = &'s DealFacts<'a>> {
        self.deals.iter().filter(move |f| {
            scope.pipeline.is_none_or(|p| f.deal.pipeline == p)
                && scope.owner.is_none_or(|o| f.deal.owner == o)
                && scope.team.as_deref().is_none_or(|t| f.team == t)
        })
    }

    /// The amount counted in money figures: zero for a deal in another currency.
    pub fn amount(&self, deal: &Deal) -> Decimal {
        if deal.amount.currency == self.currency {
            deal.amount.amount
        } else {
            Decimal::ZERO
        }
    }

    /// The deal's win probability as a fraction: its own override, else its stage's.
    pub fn static_probability(&self, deal: &Deal) -> Decimal {
        let percent = deal
            .probability_override
            .or_else(|| self.places.get(&deal.stage).map(|p| p.probability))
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

fn stage_places(pipelines: &[Pipeline]) -> HashMap<StageId, StagePlace> {
    pipelines
        .iter()
        .flat_map(|p| {
            p.stages.iter().enumerate().map(|(position, s)| {
                (
                    s.id,
                    StagePlace {
                        pipeline: p.id,
                        position,
                        kind: s.kind,
                        probability: s.probability,
                        rotting_days: s.rotting_days,
                    },
                )
            })
        })
        .collect()
}

/// The stays a deal made, from its stage events in time order. An undone move and
/// the event that undid it both drop out (an undo that was itself undone leaves the
/// original move standing), so a move made by mistake counts nowhere.
pub fn journey(events: &[&StageEvent]) -> Vec<Visit> {
    let mut cancelled: HashSet<EventId> = HashSet::new();
    let mut kept = vec![false; events.len()];
    for (i, e) in events.iter().enumerate().rev() {
        if cancelled.contains(&e.id) {
            continue;
        }
        match e.reverts {
            Some(original) => {
                cancelled.insert(original);
            }
            None => kept[i] = true,
        }
    }
    let mut visits: Vec<Visit> = Vec::new();
    for (e, _) in events.iter().zip(kept).filter(|(_, k)| *k) {
        if let Some(current) = visits.last_mut() {
            if current.stage == e.to {
                continue;
            }
            current.left = Some(e.at);
        }
        visits.push(Visit {
            stage: e.to,
            entered: e.at,
            left: None,
        });
    }
    visits
}
