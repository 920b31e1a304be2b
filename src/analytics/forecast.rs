//! The forecast of a period: open deals expected to close in it, weighted by the
//! empirical chance that a deal in their stage is eventually won — beside the static
//! stage-probability figure and the sum of deals the reps call "commit".

use super::Period;
use super::facts::{Facts, Scope};
use crate::domain::*;
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;
use std::collections::HashMap;

/// Fewer closed deals than this through a stage and its static probability is used.
pub const MIN_HISTORY: usize = 20;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageForecast {
    /// The stage's pipeline (forecast rows of several pipelines are told apart).
    pub pipeline: String,
    pub stage: String,
    pub stage_id: StageId,
    /// Open deals in the stage expected to close in the period, and their amount.
    pub deals: usize,
    pub amount: Decimal,
    /// Closed deals that ever passed through the stage, and the share of them won.
    pub history_closed: usize,
    pub history_won: usize,
    /// The probability used: history_won ÷ history_closed, or the stage's static
    /// probability when fewer than `MIN_HISTORY` deals closed.
    #[serde(serialize_with = "crate::domain::wire::share::serialize")]
    pub probability: Decimal,
    pub from_history: bool,
    #[serde(serialize_with = "crate::domain::wire::figure::serialize")]
    pub expected: Decimal,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Forecast {
    pub deals: usize,
    pub amount: Decimal,
    /// Σ amount × empirical stage probability.
    #[serde(serialize_with = "crate::domain::wire::figure::serialize")]
    pub empirical: Decimal,
    /// Σ amount × static probability (the deal's override, else its stage's).
    pub weighted: Decimal,
    /// Σ amount of the deals called "commit".
    pub commit: Decimal,
    /// Already won in the period.
    pub won: Decimal,
    pub stages: Vec<StageForecast>,
    /// Open deals with no expected close date (an import without one): in no
    /// period's forecast, so counted apart to be dated.
    pub undated_deals: usize,
    pub undated_amount: Decimal,
    /// Against the forecast stored at the start of the period, when there is one.
    pub accuracy: Option<Accuracy>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Accuracy {
    pub snapshot_taken_at: DateTime<Utc>,
    /// The forecast kept at `snapshot_taken_at` (the period's first report).
    #[serde(serialize_with = "crate::domain::wire::figure::serialize")]
    pub forecast_at_start: Decimal,
    /// Won in the period since the snapshot was taken.
    pub won: Decimal,
    /// won ÷ forecast at start (1.0 = spot on); None when the forecast was zero.
    pub accuracy: Option<f64>,
}

/// Per open stage: (closed deals that passed through it, of which won), over the whole
/// history of the scope's pipelines.
pub fn stage_history(facts: &Facts, scope: &Scope) -> HashMap<StageId, (usize, usize)> {
    let pipelines = Scope {
        pipeline: scope.pipeline,
        ..Scope::default()
    };
    let (ids, slots) = facts.stage_slots();
    let mut tally = vec![(0usize, 0usize); ids.len()];
    let mut seen: Vec<usize> = Vec::new();
    for f in facts.scoped(&pipelines) {
        let Some((status, _)) = f.outcome else {
            continue;
        };
        seen.clear();
        for v in f.visits {
            let Some(&slot) = slots.get(v.stage.0) else {
                continue;
            };
            if seen.contains(&slot) {
                continue;
            }
            seen.push(slot);
            tally[slot].0 += 1;
            if status == DealStatus::Won {
                tally[slot].1 += 1;
            }
        }
    }
    ids.into_iter().zip(tally).collect()
}

pub fn forecast(facts: &Facts, scope: &Scope, period: &Period) -> Forecast {
    let history = stage_history(facts, scope);
    let mut stages: Vec<StageForecast> = facts
        .pipelines_in(scope)
        .flat_map(|p| p.open_stages().map(move |s| (p, s)))
        .map(|(p, s)| {
            let (closed, won) = history.get(&s.id).copied().unwrap_or_default();
            let from_history = closed >= MIN_HISTORY;
            let probability = if from_history {
                Decimal::from(won) / Decimal::from(closed)
            } else {
                Decimal::from(s.probability) / Decimal::ONE_HUNDRED
            };
            StageForecast {
                pipeline: p.name.clone(),
                stage: s.name.clone(),
                stage_id: s.id,
                deals: 0,
                amount: Decimal::ZERO,
                history_closed: closed,
                history_won: won,
                probability,
                from_history,
                expected: Decimal::ZERO,
            }
        })
        .collect();
    let row_of: HashMap<StageId, usize> = stages
        .iter()
        .enumerate()
        .map(|(i, s)| (s.stage_id, i))
        .collect();
    let mut total = Forecast::default();
    for f in facts.scoped(scope) {
        if let Some((DealStatus::Won, at)) = f.outcome
            && period.contains(at)
        {
            total.won += facts.amount(f.deal);
        }
        if !f.is_open() {
            continue;
        }
        let Some(close) = f.deal.expected_close else {
            total.undated_deals += 1;
            total.undated_amount += facts.amount(f.deal);
            continue;
        };
        if !period.contains_day(close) {
            continue;
        }
        let Some(&r) = row_of.get(&f.deal.stage) else {
            continue;
        };
        let amount = facts.amount(f.deal);
        let row = &mut stages[r];
        row.deals += 1;
        row.amount += amount;
        row.expected += amount * row.probability;
        total.weighted += amount * facts.static_probability(f.deal);
        if f.deal.forecast == ForecastCategory::Commit {
            total.commit += amount;
        }
    }
    total.deals = stages.iter().map(|s| s.deals).sum();
    total.amount = stages.iter().map(|s| s.amount).sum();
    total.empirical = stages.iter().map(|s| s.expected).sum();
    total.stages = stages;
    total
}

impl Forecast {
    /// Where the period lands if the forecast holds: won so far plus the
    /// empirical forecast of the deals still open (the forecast never counts
    /// a deal already won).
    pub fn landing(&self) -> Decimal {
        self.won + self.empirical
    }

    pub fn snapshot(
        &self,
        period: &Period,
        currency: Currency,
        now: DateTime<Utc>,
    ) -> ForecastSnapshot {
        ForecastSnapshot {
            period: period.label.clone(),
            taken_at: now,
            currency,
            empirical: self.empirical,
            weighted: self.weighted,
            commit: self.commit,
        }
    }

    /// Compares the forecast the snapshot kept with what was won in the
    /// period since it was taken: a snapshot taken mid-period forecast only
    /// the deals still open then, so a win before it is no part of its
    /// accuracy (counted, it read as beating the forecast on the day it was made).
    pub fn with_accuracy(
        mut self,
        snapshot: Option<&ForecastSnapshot>,
        facts: &Facts,
        scope: &Scope,
        period: &Period,
    ) -> Forecast {
        self.accuracy = snapshot.map(|s| {
            let won: Decimal = facts
                .scoped(scope)
                .filter_map(|f| match f.outcome {
                    Some((DealStatus::Won, at)) if period.contains(at) && at >= s.taken_at => {
                        Some(facts.amount(f.deal))
                    }
                    _ => None,
                })
                .sum();
            Accuracy {
                snapshot_taken_at: s.taken_at,
                forecast_at_start: s.empirical,
                won,
                accuracy: (!s.empirical.is_zero())
                    .then(|| (won / s.empirical).to_f64())
                    .flatten(),
            }
        });
        self
    }
}
