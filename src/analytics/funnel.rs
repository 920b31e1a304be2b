//! Stage conversion, dwell, pipeline value and the stale rule.

use super::facts::{DealFacts, Facts, Scope, journey};
use super::ids::IdMap;
use super::input::EventRow;
use super::journeys::Stays;
use super::stats::{Summary, ratio, summarize};
use super::{Period, days_between};
use crate::domain::*;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::HashMap;

/// Of the deals that entered a stage in the period (each deal once, at its first entry
/// in the period): how many later entered any later stage or Won (converted), how many
/// were lost without doing so, and how many are still open without having converted
/// (left out of the conversion rate, shown apart).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Flow {
    pub entered: usize,
    pub converted: usize,
    pub lost: usize,
    pub still_open: usize,
    /// converted ÷ (converted + lost): the resolved conversion.
    pub conversion: Option<f64>,
    /// Each deal counted as entered, and what became of it (the drill-down).
    #[serde(skip)]
    pub fates: Vec<(DealId, Fate)>,
}

/// What became of a deal that entered a stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    Converted,
    Lost,
    StillOpen,
}

impl Fate {
    pub fn label(self) -> &'static str {
        match self {
            Fate::Converted => crate::i18n::word("dom-fate-converted"),
            Fate::Lost => crate::i18n::word("dom-fate-lost"),
            Fate::StillOpen => crate::i18n::word("dom-fate-still-open"),
        }
    }
}

impl Flow {
    fn finish(mut self) -> Flow {
        self.conversion = ratio(self.converted, self.converted + self.lost);
        self.fates.shrink_to_fit();
        self
    }

    /// The deals that were lost without converting.
    pub fn lost_deals(&self) -> impl Iterator<Item = DealId> + '_ {
        self.fates
            .iter()
            .filter(|(_, fate)| *fate == Fate::Lost)
            .map(|(id, _)| *id)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageRow {
    pub stage: String,
    pub stage_id: StageId,
    #[serde(flatten)]
    pub flow: Flow,
    /// Days from entering to leaving (to now, for a deal still there), over every stay
    /// that began in the period.
    pub dwell_days: Summary,
    /// Open deals in the stage now, their amount and Σ amount × probability.
    pub open_deals: usize,
    pub open_amount: Decimal,
    pub weighted_amount: Decimal,
    /// An open deal is stale after this many days in the stage:
    /// max(rotting days, 1.5 × the stage's historical median dwell).
    pub stale_after_days: f64,
    pub stale_deals: usize,
    /// The stale ones (the drill-down).
    #[serde(skip)]
    pub stale_ids: Vec<DealId>,
    /// Open deals in the stage with no activity and no change for over 30 days.
    pub dormant_deals: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PipelineFunnel {
    pub pipeline: String,
    pub pipeline_id: PipelineId,
    pub stages: Vec<StageRow>,
    pub open_deals: usize,
    pub open_amount: Decimal,
    pub weighted_amount: Decimal,
    /// Open deals without an amount, counted at their main product's list price.
    pub at_list_price: usize,
}

/// Per stage: the historical median dwell (every finished stay, all time, the whole
/// pipeline whatever the scope) and the stale threshold it gives.
pub struct StageNorms {
    median_dwell: HashMap<StageId, f64>,
}

impl StageNorms {
    pub fn new(facts: &Facts) -> StageNorms {
        let (ids, slots) = facts.stage_slots();
        let mut stays: Vec<Vec<i64>> = vec![Vec::new(); ids.len()];
        for f in &facts.deals {
            for v in f.visits {
                if let (Some(left), Some(&slot), false) = (v.left, slots.get(v.stage.0), v.imported)
                {
                    stays[slot].push(days_between(v.entered, left));
                }
            }
        }
        let median_dwell = ids
            .into_iter()
            .zip(stays)
            .filter_map(|(stage, days)| summarize(days).median.map(|m| (stage, m)))
            .collect();
        StageNorms { median_dwell }
    }

    /// The medians alone, from stage events only (the board reads these at start-up
    /// without loading everything else).
    pub fn from_events(mut events: Vec<EventRow>) -> StageNorms {
        events.sort_unstable_by_key(|e| (e.deal, e.at, e.id));
        let mut stays: HashMap<StageId, Vec<i64>> = HashMap::new();
        for deal_events in events.chunk_by(|a, b| a.deal == b.deal) {
            let refs: Vec<&EventRow> = deal_events.iter().collect();
            for v in journey(&refs) {
                if let (Some(left), false) = (v.left, v.imported) {
                    stays
                        .entry(v.stage)
                        .or_default()
                        .push(days_between(v.entered, left));
                }
            }
        }
        let median_dwell = stays
            .into_iter()
            .filter_map(|(stage, days)| summarize(days).median.map(|m| (stage, m)))
            .collect();
        StageNorms { median_dwell }
    }

    pub fn into_medians(self) -> HashMap<StageId, f64> {
        self.median_dwell
    }

    pub fn median_dwell(&self, stage: StageId) -> Option<f64> {
        self.median_dwell.get(&stage).copied()
    }

    pub fn stale_after_days(&self, stage: &Stage) -> f64 {
        crate::domain::risk::stale_after_days(stage, self.median_dwell(stage.id))
    }

    /// Open, in an open stage, and there longer than the stage's stale threshold.
    pub fn is_stale(&self, facts: &Facts, f: &DealFacts) -> bool {
        let Some(current) = f.visits.last() else {
            return false;
        };
        if !f.is_open() {
            return false;
        }
        let Some(stage) = stage_of(facts, current.stage) else {
            return false;
        };
        stage.kind == StageKind::Open
            && days_between(current.entered, facts.now) as f64 > self.stale_after_days(stage)
    }
}

pub fn stage_of<'a>(facts: &Facts<'a>, id: StageId) -> Option<&'a Stage> {
    let place = facts.place(id)?;
    facts
        .pipelines
        .iter()
        .find(|p| p.id == place.pipeline)?
        .stages
        .get(place.position)
}

/// Conversion of every open stage of a pipeline for deals entering it in the period.
pub fn flows(facts: &Facts, scope: &Scope, pipeline: &Pipeline, period: &Period) -> Vec<Flow> {
    flows_in(facts, scope, pipeline, std::slice::from_ref(period))
        .pop()
        .unwrap_or_default()
}

/// `flows` for several periods in one pass over the deals (one list per
/// period). Only the first period's flows list their deals (`fates`); the
/// others are counted, to compare with.
pub fn flows_in(
    facts: &Facts,
    scope: &Scope,
    pipeline: &Pipeline,
    periods: &[Period],
) -> Vec<Vec<Flow>> {
    let open: Vec<&Stage> = pipeline.open_stages().collect();
    let mut flows = vec![vec![Flow::default(); open.len()]; periods.len()];
    let column: IdMap<usize> = IdMap::new(open.iter().enumerate().map(|(i, s)| (s.id.0, i)));
    // counted[k * stages + c]: the deal already counted in stage c for period k.
    let mut counted = vec![false; open.len() * periods.len()];
    for f in facts
        .scoped(scope)
        .filter(|f| f.deal.pipeline == pipeline.id)
    {
        counted.fill(false);
        for (j, v) in f.visits.iter().enumerate() {
            let Some(&c) = column.get(v.stage.0) else {
                continue;
            };
            let mut converted = None;
            for (k, period) in periods.iter().enumerate() {
                let seen = &mut counted[k * open.len() + c];
                if *seen || !period.contains(v.entered) {
                    continue;
                }
                *seen = true;
                let flow = &mut flows[k][c];
                flow.entered += 1;
                let fate = if *converted
                    .get_or_insert_with(|| converted_after(facts, f.visits.starting_at(j)))
                {
                    flow.converted += 1;
                    Fate::Converted
                } else if matches!(f.outcome, Some((DealStatus::Lost, _))) {
                    flow.lost += 1;
                    Fate::Lost
                } else {
                    flow.still_open += 1;
                    Fate::StillOpen
                };
                if k == 0 {
                    flow.fates.push((f.deal.id, fate));
                }
            }
        }
    }
    flows
        .into_iter()
        .map(|per_stage| per_stage.into_iter().map(Flow::finish).collect())
        .collect()
}

/// Whether any stay after the first of `visits` is in a later stage of the same
/// pipeline or Won (a move backwards, or Lost, is no conversion).
fn converted_after(facts: &Facts, visits: Stays) -> bool {
    let Some(from) = visits.first().and_then(|v| facts.place(v.stage)) else {
        return false;
    };
    visits.starting_at(1).iter().any(|v| {
        facts.place(v.stage).is_some_and(|p| {
            p.pipeline == from.pipeline && p.kind != StageKind::Lost && p.position > from.position
        })
    })
}

pub fn funnel(
    facts: &Facts,
    scope: &Scope,
    period: &Period,
    norms: &StageNorms,
) -> Vec<PipelineFunnel> {
    facts
        .pipelines_in(scope)
        .map(|pipeline| {
            let flows = flows(facts, scope, pipeline, period);
            let mut stages: Vec<StageRow> = pipeline
                .open_stages()
                .zip(flows)
                .map(|(s, flow)| StageRow {
                    stage: s.name.clone(),
                    stage_id: s.id,
                    flow,
                    dwell_days: Summary::default(),
                    open_deals: 0,
                    open_amount: Decimal::ZERO,
                    weighted_amount: Decimal::ZERO,
                    stale_after_days: norms.stale_after_days(s),
                    stale_deals: 0,
                    stale_ids: Vec::new(),
                    dormant_deals: 0,
                })
                .collect();
            let row_of: IdMap<usize> =
                IdMap::new(stages.iter().enumerate().map(|(i, r)| (r.stage_id.0, i)));
            let mut dwell: Vec<Vec<i64>> = vec![Vec::new(); stages.len()];
            let mut at_list_price = 0;
            for f in facts
                .scoped(scope)
                .filter(|f| f.deal.pipeline == pipeline.id)
            {
                for v in f.visits {
                    if let Some(&r) = row_of.get(v.stage.0)
                        && period.contains(v.entered)
                        && !v.imported
                    {
                        dwell[r].push(days_between(v.entered, v.left.unwrap_or(facts.now)));
                    }
                }
                if !f.is_open() {
                    continue;
                }
                let Some(&r) = row_of.get(f.deal.stage.0) else {
                    continue;
                };
                let amount = facts.amount(f.deal);
                at_list_price += usize::from(f.deal.at_list_price);
                let row = &mut stages[r];
                row.open_deals += 1;
                row.open_amount += amount;
                row.weighted_amount += amount * facts.static_probability(f.deal);
                if norms.is_stale(facts, f) {
                    row.stale_deals += 1;
                    row.stale_ids.push(f.deal.id);
                }
                if f.is_dormant(facts.now) {
                    row.dormant_deals += 1;
                }
            }
            for (row, days) in stages.iter_mut().zip(dwell) {
                row.dwell_days = summarize(days);
            }
            PipelineFunnel {
                pipeline: pipeline.name.clone(),
                pipeline_id: pipeline.id,
                open_deals: stages.iter().map(|r| r.open_deals).sum(),
                open_amount: stages.iter().map(|r| r.open_amount).sum(),
                weighted_amount: stages.iter().map(|r| r.weighted_amount).sum(),
                at_list_price,
                stages,
            }
        })
        .collect()
}
