//! The figures of a monthly loss review (README, "The monthly loss review"): the period's scorecard against
//! the three months before it, won deals contrasted with lost ones, and the loss
//! patterns next to those of earlier reviews.
//!
//! Alert rules (stated here, pinned by tests, listed in docs/definitions.md):
//! - win rate more than 5 points below the trailing rate;
//! - median days to win more than 20 % above the trailing median;
//! - average won deal more than 20 % below the trailing average;
//! - lost deals more than 25 % (and at least 3) above the trailing level;
//! - a stage's conversion below 85 % of its trailing conversion, with at least 5
//!   deals entering it in the period (the health check's rule).
//!
//! Counts and amounts of the trailing window are scaled to the period's length
//! ("per period"), rates and medians are pooled over the window.

use super::facts::{Facts, Scope};
use super::loss::{LossReport, loss_report};
use super::outcomes::{self, Breakdown, BreakdownRow, Closed};
use super::stats::summarize;
use super::{Period, days_between, funnel};
use crate::domain::*;
use crate::format::{percent, points};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;
use std::collections::HashMap;

/// How a figure reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A share, 0–1.
    Share,
    /// Already in percent (a discount of 12.5).
    Percent,
    Days,
    Money,
    Count,
}

/// One figure of the period next to the trailing window.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub metric: String,
    pub unit: Unit,
    pub now: Option<f64>,
    pub before: Option<f64>,
    /// Why the figure needs a look, in words.
    pub alert: Option<String>,
}

/// One attribute of the period's won deals next to its lost deals.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContrastRow {
    pub attribute: &'static str,
    pub unit: Unit,
    pub won: Option<f64>,
    pub lost: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionContrast {
    pub dimension: &'static str,
    pub rows: Vec<BreakdownRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewFigures {
    pub period: Period,
    /// The three calendar months before the period.
    pub trailing: Period,
    pub currency: String,
    pub scorecard: Vec<Comparison>,
    pub conversions: Vec<Comparison>,
    pub contrast: Vec<ContrastRow>,
    pub dimensions: Vec<DimensionContrast>,
    pub losses: LossReport,
    /// The loss reports of earlier reviews' periods, most recent first.
    pub earlier: Vec<LossReport>,
}

impl ReviewFigures {
    /// Every alert of the scorecard and the stage conversions, in that order.
    pub fn alerts(&self) -> Vec<&String> {
        self.scorecard
            .iter()
            .chain(&self.conversions)
            .filter_map(|c| c.alert.as_ref())
            .collect()
    }
}

/// Dimensions the contrast step shows, where won and lost deals tend to differ.
pub const CONTRAST_DIMENSIONS: [Breakdown; 5] = [
    Breakdown::Size,
    Breakdown::Source,
    Breakdown::Industry,
    Breakdown::DecisionMaker,
    Breakdown::Discount,
];

/// The three calendar months before `period` starts.
pub fn trailing_window(period: &Period) -> Period {
    let last = period.first.pred_opt().unwrap_or(period.first);
    let first = Period::month_of(last)
        .trailing_months(3)
        .first()
        .map_or(last, |m| m.first);
    Period::range(first, last).unwrap_or_else(|| Period::month_of(last))
}

/// `names`: loss category key → name. `earlier`: periods of earlier reviews.
pub fn review_figures(
    facts: &Facts,
    period: &Period,
    earlier: &[Period],
    names: &HashMap<String, String>,
) -> ReviewFigures {
    let everyone = Scope::default();
    let trailing = trailing_window(period);
    let now = outcomes::closed(facts, &everyone, period);
    let before = outcomes::closed(facts, &everyone, &trailing);
    let scale = period.days() as f64 / trailing.days().max(1) as f64;
    let mut scorecard = scorecard(facts, &now, &before, scale);
    scorecard.retain(|c| c.now.is_some() || c.before.is_some());
    let dimensions = CONTRAST_DIMENSIONS
        .into_iter()
        .zip(outcomes::win_loss_all(facts, &now, &CONTRAST_DIMENSIONS))
        .map(|(d, rows)| DimensionContrast {
            dimension: d.label(),
            rows,
        })
        .collect();
    ReviewFigures {
        period: period.clone(),
        currency: facts.currency.as_str().to_string(),
        scorecard,
        conversions: conversions(facts, period, &trailing),
        contrast: contrast(facts, &now),
        dimensions,
        losses: loss_report(facts, &everyone, period, names),
        earlier: earlier
            .iter()
            .map(|p| loss_report(facts, &everyone, p, names))
            .collect(),
        trailing,
    }
}

fn money(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

fn scorecard(facts: &Facts, now: &[Closed], before: &[Closed], scale: f64) -> Vec<Comparison> {
    let (rate_now, rate_before) = (
        outcomes::win_rate_of(facts, now),
        outcomes::win_rate_of(facts, before),
    );
    let (cycle_now, cycle_before) = (outcomes::cycle_of(now), outcomes::cycle_of(before));
    let row = |metric: &str, unit, now, before, alert| Comparison {
        metric: t!(metric),
        unit,
        now,
        before,
        alert,
    };
    let lost_now = rate_now.lost as f64;
    let lost_before = rate_before.lost as f64 * scale;
    vec![
        row(
            "dom-metric-win-rate",
            Unit::Share,
            rate_now.win_rate,
            rate_before.win_rate,
            match (rate_now.win_rate, rate_before.win_rate) {
                (Some(n), Some(b)) if n < b - 0.05 => Some(t!(
                    "dom-alert-win-rate",
                    now = percent(n),
                    points = points(b - n),
                    before = percent(b)
                )),
                _ => None,
            },
        ),
        row(
            "dom-metric-deals-won",
            Unit::Count,
            Some(rate_now.won as f64),
            Some(rate_before.won as f64 * scale),
            None,
        ),
        row(
            "dom-metric-deals-lost",
            Unit::Count,
            Some(lost_now),
            Some(lost_before),
            (lost_now > lost_before * 1.25 && lost_now - lost_before >= 3.0).then(|| {
                t!(
                    "dom-alert-deals-lost",
                    now = format!("{lost_now:.0}"),
                    before = format!("{lost_before:.1}")
                )
            }),
        ),
        row(
            "dom-metric-amount-lost",
            Unit::Money,
            Some(money(rate_now.lost_amount)),
            Some(money(rate_before.lost_amount) * scale),
            None,
        ),
        row(
            "dom-metric-days-to-win",
            Unit::Days,
            cycle_now.won_days.median,
            cycle_before.won_days.median,
            match (cycle_now.won_days.median, cycle_before.won_days.median) {
                (Some(n), Some(b)) if n > b * 1.2 => Some(t!(
                    "dom-alert-days-to-win",
                    now = format!("{n:.0}"),
                    longer = percent(n / b - 1.0),
                    before = format!("{b:.0}")
                )),
                _ => None,
            },
        ),
        row(
            "dom-metric-average-won",
            Unit::Money,
            rate_now.average_won().map(money),
            rate_before.average_won().map(money),
            match (rate_now.average_won(), rate_before.average_won()) {
                (Some(n), Some(b)) if money(n) < money(b) * 0.8 => Some(t!(
                    "dom-alert-average-won",
                    smaller = percent(1.0 - money(n) / money(b))
                )),
                _ => None,
            },
        ),
    ]
}

/// Conversion of each open stage for deals entering it in the period vs the window.
fn conversions(facts: &Facts, period: &Period, trailing: &Period) -> Vec<Comparison> {
    let everyone = Scope::default();
    let pipelines: Vec<&Pipeline> = facts.pipelines_in(&everyone).collect();
    let mut out = Vec::new();
    for pipeline in &pipelines {
        let flows = funnel::flows_in(
            facts,
            &everyone,
            pipeline,
            &[period.clone(), trailing.clone()],
        );
        let [now, before] = flows.as_slice() else {
            continue;
        };
        for ((stage, n), b) in pipeline.open_stages().zip(now).zip(before) {
            if n.entered == 0 && b.entered == 0 {
                continue;
            }
            let metric = if pipelines.len() > 1 {
                t!(
                    "dom-metric-pipeline-stage",
                    pipeline = pipeline.name.as_str(),
                    stage = stage.name.as_str()
                )
            } else {
                stage.name.clone()
            };
            let alert = match (n.conversion, b.conversion) {
                (Some(c), Some(b)) if n.entered >= 5 && c < b * 0.85 => Some(t!(
                    "dom-alert-conversion",
                    metric = metric.as_str(),
                    now = percent(c),
                    before = percent(b)
                )),
                _ => None,
            };
            out.push(Comparison {
                metric,
                unit: Unit::Share,
                now: n.conversion,
                before: b.conversion,
                alert,
            });
        }
    }
    out
}

/// What differed between the period's won and lost deals.
fn contrast(facts: &Facts, closed: &[Closed]) -> Vec<ContrastRow> {
    let side = |status: DealStatus| -> Vec<&Closed> {
        closed.iter().filter(|(_, s)| *s == status).collect()
    };
    let (won, lost) = (side(DealStatus::Won), side(DealStatus::Lost));
    let share = |deals: &[&Closed], test: &dyn Fn(&Closed) -> bool| {
        (!deals.is_empty())
            .then(|| deals.iter().filter(|c| test(c)).count() as f64 / deals.len() as f64)
    };
    let mean = |values: Vec<f64>| {
        (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
    };
    type Measure<'m> = Box<dyn Fn(&[&Closed]) -> Option<f64> + 'm>;
    let measures: Vec<(&'static str, Unit, Measure)> = vec![
        (
            crate::i18n::word("dom-attribute-deals"),
            Unit::Count,
            Box::new(|d: &[&Closed]| Some(d.len() as f64)),
        ),
        (
            crate::i18n::word("dom-attribute-average-amount"),
            Unit::Money,
            Box::new(|d: &[&Closed]| {
                mean(d.iter().map(|(f, _)| money(facts.amount(f.deal))).collect())
            }),
        ),
        (
            crate::i18n::word("dom-attribute-days-open"),
            Unit::Days,
            Box::new(|d: &[&Closed]| {
                summarize(
                    d.iter()
                        .filter_map(|(f, _)| {
                            f.outcome.map(|(_, at)| days_between(f.deal.created_at, at))
                        })
                        .collect(),
                )
                .median
            }),
        ),
        (
            crate::i18n::word("dom-attribute-quiet-days"),
            Unit::Days,
            Box::new(|d: &[&Closed]| {
                summarize(
                    d.iter()
                        .filter_map(|(f, _)| {
                            let (_, closed) = f.outcome?;
                            let last = f.signals.last_activity.filter(|a| *a <= closed)?;
                            Some(days_between(last, closed))
                        })
                        .collect(),
                )
                .median
            }),
        ),
        (
            crate::i18n::word("dom-attribute-decision-maker"),
            Unit::Share,
            Box::new(|d: &[&Closed]| share(d, &|(f, _)| f.signals.decision_maker_engaged)),
        ),
        (
            crate::i18n::word("dom-attribute-competitor"),
            Unit::Share,
            Box::new(|d: &[&Closed]| {
                share(d, &|(f, _)| {
                    !f.deal.competitors.is_empty() || f.deal.lost_to.is_some()
                })
            }),
        ),
        (
            crate::i18n::word("dom-attribute-quoted"),
            Unit::Share,
            Box::new(|d: &[&Closed]| share(d, &|(f, _)| f.signals.max_discount.is_some())),
        ),
        (
            crate::i18n::word("dom-attribute-largest-discount"),
            Unit::Percent,
            Box::new(|d: &[&Closed]| {
                mean(
                    d.iter()
                        .filter_map(|(f, _)| f.signals.max_discount.map(money))
                        .collect(),
                )
            }),
        ),
    ];
    measures
        .into_iter()
        .map(|(attribute, unit, measure)| ContrastRow {
            attribute,
            unit,
            won: measure(&won),
            lost: measure(&lost),
        })
        .collect()
}

/// Each loss reason's share of the earlier reviews' losses together, for the
/// "vs earlier reviews" column.
pub fn earlier_reason_shares(earlier: &[LossReport]) -> HashMap<String, f64> {
    let total: usize = earlier.iter().map(|r| r.lost).sum();
    let mut counts: HashMap<String, usize> = HashMap::new();
    for report in earlier {
        for row in &report.by_reason {
            *counts.entry(row.value.clone()).or_default() += row.deals;
        }
    }
    counts
        .into_iter()
        .map(|(reason, n)| (reason, n as f64 / total.max(1) as f64))
        .collect()
}
