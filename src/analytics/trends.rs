//! Month by month: win rate, sales cycle and average won deal.

use super::Period;
use super::facts::{Facts, Scope};
use super::outcomes::{cycle, win_rate};
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
    pub average_won_amount: Option<Decimal>,
}

pub fn trends(facts: &Facts, scope: &Scope, period: &Period) -> Vec<MonthTrend> {
    period
        .trailing_months(TREND_MONTHS)
        .into_iter()
        .map(|month| {
            let rate = win_rate(facts, scope, &month);
            MonthTrend {
                won: rate.won,
                lost: rate.lost,
                win_rate: rate.win_rate,
                median_won_cycle_days: cycle(facts, scope, &month).won_days.median,
                average_won_amount: rate.average_won(),
                month: month.label,
            }
        })
        .collect()
}
