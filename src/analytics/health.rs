//! Health checks: where the funnel leaks, where deals silt up, how steady the win
//! rate is, and which stage converts worse than it used to. Each names the deals
//! behind it.

use super::Period;
use super::facts::{Facts, Scope};
use super::funnel::{StageNorms, flows_in};
use super::trends::MonthTrend;
use crate::domain::*;
use serde::Serialize;

/// First-stage conversion below this is a leak.
pub const LEAK_BELOW: f64 = 0.30;
/// Month-to-month win-rate change above this many points is volatile.
pub const SWING_POINTS: f64 = 15.0;
/// Months the volatility check looks back over (ending with the period's last month).
pub const SWING_MONTHS: usize = 6;
/// A stage converting more than this share below its trailing average alerts.
pub const DROP_SHARE: f64 = 0.15;
/// Earlier periods of the same length that make the trailing average.
pub const TRAILING_PERIODS: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckKind {
    TopLeak,
    MiddleSilt,
    BottomVolatility,
    ConversionAlert,
}

impl CheckKind {
    pub fn title(self) -> &'static str {
        match self {
            CheckKind::TopLeak => crate::i18n::word("dom-check-top-leak"),
            CheckKind::MiddleSilt => crate::i18n::word("dom-check-middle-silt"),
            CheckKind::BottomVolatility => crate::i18n::word("dom-check-bottom-volatility"),
            CheckKind::ConversionAlert => crate::i18n::word("dom-check-conversion-alert"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HealthCheck {
    pub check: CheckKind,
    pub pipeline: Option<String>,
    pub alert: bool,
    /// What was found, in words, with the figures.
    pub detail: String,
    /// The deals behind the finding.
    pub deals: Vec<DealId>,
}

use crate::format::percent;

/// Every check. `months`: the trends of the period (the volatility check reads the
/// last `SWING_MONTHS` of them).
pub fn health(
    facts: &Facts,
    scope: &Scope,
    period: &Period,
    norms: &StageNorms,
    months: &[MonthTrend],
) -> Vec<HealthCheck> {
    let mut checks = stage_checks(facts, scope, period, norms);
    checks.push(volatility(facts, scope, period, months));
    checks
}

/// Top leak and conversion alert per pipeline, and middle silt.
pub fn stage_checks(
    facts: &Facts,
    scope: &Scope,
    period: &Period,
    norms: &StageNorms,
) -> Vec<HealthCheck> {
    let mut checks = Vec::new();
    for pipeline in facts.pipelines_in(scope) {
        // This period and the TRAILING_PERIODS before it, in one pass.
        let mut periods = vec![period.clone()];
        for _ in 0..TRAILING_PERIODS {
            let before = periods[periods.len() - 1].previous();
            periods.push(before);
        }
        let mut all = flows_in(facts, scope, pipeline, &periods).into_iter();
        let now = all.next().unwrap_or_default();
        let names: Vec<&str> = pipeline.open_stages().map(|s| s.name.as_str()).collect();
        if let (Some(first), Some(name)) = (now.first(), names.first()) {
            let (alert, detail) = match first.conversion {
                Some(c) => (
                    c < LEAK_BELOW,
                    t!(
                        "dom-health-top-leak",
                        stage = *name,
                        rate = percent(c),
                        converted = first.converted.to_string(),
                        resolved = (first.converted + first.lost).to_string(),
                        open = first.still_open.to_string(),
                        limit = percent(LEAK_BELOW)
                    ),
                ),
                None => (false, t!("dom-health-top-none", stage = *name)),
            };
            checks.push(HealthCheck {
                check: CheckKind::TopLeak,
                pipeline: Some(pipeline.name.clone()),
                alert,
                detail,
                deals: first.lost_deals().collect(),
            });
        }

        let mut trailing = vec![(0usize, 0usize); now.len()];
        for earlier in all {
            for (t, f) in trailing.iter_mut().zip(earlier) {
                t.0 += f.converted;
                t.1 += f.converted + f.lost;
            }
        }
        let mut dropped = Vec::new();
        let mut deals = Vec::new();
        for ((flow, (converted, resolved)), name) in now.iter().zip(&trailing).zip(&names) {
            let (Some(c), true) = (flow.conversion, *resolved > 0) else {
                continue;
            };
            let average = *converted as f64 / *resolved as f64;
            if c < average * (1.0 - DROP_SHARE) {
                dropped.push(t!(
                    "dom-health-dropped",
                    stage = *name,
                    rate = percent(c),
                    average = percent(average),
                    periods = TRAILING_PERIODS.to_string()
                ));
                deals.extend(flow.lost_deals());
            }
        }
        checks.push(HealthCheck {
            check: CheckKind::ConversionAlert,
            pipeline: Some(pipeline.name.clone()),
            alert: !dropped.is_empty(),
            detail: if dropped.is_empty() {
                t!("dom-health-no-drop", share = percent(DROP_SHARE))
            } else {
                dropped.join(&t!("dom-clause-separator"))
            },
            deals,
        });
    }

    let mut stale: Vec<(i64, DealId, StageId)> = facts
        .scoped(scope)
        .filter(|f| norms.is_stale(facts, f))
        .filter_map(|f| {
            let v = f.visits.last()?;
            Some(((facts.now - v.entered).num_days(), f.deal.id, v.stage))
        })
        .collect();
    stale.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    // Counted by stage, not by name: two pipelines may each have a Proposal.
    let mut by_stage: Vec<(StageId, usize)> = Vec::new();
    for (_, _, stage) in &stale {
        match by_stage.iter_mut().find(|(s, _)| s == stage) {
            Some((_, count)) => *count += 1,
            None => by_stage.push((*stage, 1)),
        }
    }
    let by_stage: Vec<(String, usize)> = by_stage
        .iter()
        .map(|&(stage, count)| (facts.stage_label(stage), count))
        .collect();
    checks.push(HealthCheck {
        check: CheckKind::MiddleSilt,
        pipeline: None,
        alert: !stale.is_empty(),
        detail: if stale.is_empty() {
            t!("dom-health-silt-none")
        } else {
            let parts: Vec<String> = by_stage
                .iter()
                .map(|(n, c)| {
                    t!(
                        "dom-health-silt-stage",
                        stage = n.as_str(),
                        count = c.to_string()
                    )
                })
                .collect();
            t!(
                "dom-health-silt",
                count = stale.len().to_string(),
                stages = crate::domain::list(&parts)
            )
        },
        deals: stale.into_iter().map(|(_, id, _)| id).collect(),
    });
    checks
}

/// Bottom volatility: the largest month-to-month win-rate swing of the last
/// `SWING_MONTHS` months.
pub fn volatility(
    facts: &Facts,
    scope: &Scope,
    period: &Period,
    months: &[MonthTrend],
) -> HealthCheck {
    let recent = &months[months.len().saturating_sub(SWING_MONTHS)..];
    let rates: Vec<(String, Option<f64>)> = recent
        .iter()
        .map(|m| (m.month.clone(), m.win_rate))
        .collect();
    let mut worst: Option<(f64, usize)> = None;
    for i in 1..rates.len() {
        if let (Some(a), Some(b)) = (rates[i - 1].1, rates[i].1) {
            let swing = (b - a).abs() * 100.0;
            if worst.is_none_or(|(w, _)| swing > w) {
                worst = Some((swing, i));
            }
        }
    }
    let (alert, detail, deals) = match worst {
        Some((swing, i)) => {
            let month =
                Period::parse(&recent[i].month, period.first).unwrap_or_else(|_| period.clone());
            let deals = facts
                .scoped(scope)
                .filter(|f| f.closed_in(&month) == Some(DealStatus::Lost))
                .map(|f| f.deal.id)
                .collect();
            (
                // Rates are ratios in floating point: 5/12 − 4/15 is 15 points
                // exactly, though it computes a hair above.
                swing > SWING_POINTS + 1e-9,
                t!(
                    "dom-health-swing",
                    // One decimal throughout: whole percentages could show a
                    // swing of 2 points as "1 point" (29 % → 27 %).
                    swing = beside_limit(swing, SWING_POINTS),
                    from_month = rates[i - 1].0.as_str(),
                    from_rate = crate::format::percent_1(rates[i - 1].1.unwrap_or(0.0)),
                    to_month = rates[i].0.as_str(),
                    to_rate = crate::format::percent_1(rates[i].1.unwrap_or(0.0)),
                    limit = format!("{SWING_POINTS:.0}")
                ),
                deals,
            )
        }
        None => (
            false,
            t!("dom-health-swing-none", months = SWING_MONTHS.to_string()),
            Vec::new(),
        ),
    };
    HealthCheck {
        check: CheckKind::BottomVolatility,
        pipeline: None,
        alert,
        detail,
        deals,
    }
}

/// `value` with one decimal, or as many more (up to three) as it takes not to
/// read as `limit` when it is on the other side of it: a swing of 15.04 over an
/// alert "above 15" reads 15.04, not 15.0.
fn beside_limit(value: f64, limit: f64) -> String {
    let at_limit = (value - limit).abs() <= 1e-9;
    (1..=3)
        .map(|digits| format!("{value:.digits$}"))
        .find(|shown| at_limit || shown.parse::<f64>().ok() != Some(limit))
        .unwrap_or_else(|| format!("{value:.3}"))
}

#[cfg(test)]
mod beside_limit_tests {
    #[test]
    fn a_figure_just_past_the_limit_never_reads_as_the_limit() {
        use super::beside_limit;
        assert_eq!(beside_limit(10.64, 15.0), "10.6");
        assert_eq!(beside_limit(15.04, 15.0), "15.04");
        assert_eq!(beside_limit(14.996, 15.0), "14.996");
        assert_eq!(beside_limit(15.0, 15.0), "15.0");
        // 5/12 − 4/15 in points: 15 exactly, a hair above in floating point.
        assert_eq!(
            beside_limit((5.0 / 12.0 - 4.0 / 15.0) * 100.0, 15.0),
            "15.0"
        );
    }
}
