//! Month by month: win rate, sales cycle and average won deal.

use super::Period;
use super::facts::{Facts, Scope};
use super::outcomes::{Closed, cycle_of, win_rate_of};
use rust_decimal::Decimal;
use serde::Serialize;

/// Months the trends cover, ending with the period's last month.
pub const TREND_MONTHS: usize = 12;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonthTrend {
    pub month: String,
    pub won: usize,
    pub lost: usize,
    pub win_rate: Option<f64>,
    pub median_won_cycle_days: Option<f64>,
    #[serde(serialize_with = "crate::domain::wire::opt_figure::serialize")]
    pub average_won_amount: Option<Decimal>,
}

/// One pass over the deals: each close falls into its month's bucket.
pub fn trends(facts: &Facts, scope: &Scope, period: &Period) -> Vec<MonthTrend> {
    let months = period.trailing_months(TREND_MONTHS);
    let mut buckets: Vec<Vec<Closed>> = vec![Vec::new(); months.len()];
    if let (Some(first), Some(last)) = (months.first(), months.last()) {
        let span = Period::range(first.first, last.last).unwrap_or_else(|| period.clone());
        for f in facts.scoped(scope) {
            if let Some((status, at)) = f.outcome.filter(|(_, at)| span.contains(*at))
                && let Some(i) = months.iter().position(|m| m.contains(at))
            {
                buckets[i].push((f, status));
            }
        }
    }
    months
        .into_iter()
        .zip(buckets)
        .map(|(month, closed)| {
            let rate = win_rate_of(facts, &closed);
            MonthTrend {
                won: rate.won,
                lost: rate.lost,
                win_rate: rate.win_rate,
                median_won_cycle_days: cycle_of(&closed).won_days.median,
                average_won_amount: rate.average_won(),
                month: month.label,
            }
        })
        .collect()
}
