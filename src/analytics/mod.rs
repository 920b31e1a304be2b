//! Funnel analytics: pure functions over domain values, by the written definitions of
//! docs/definitions.md, "Reports" (no store, no terminal). `Facts` derives each deal's path from its stage
//! events once; every metric reads it.
//!
//! Conventions: days are whole UTC calendar days between two instants; a period
//! includes both its first and last day; money figures add up amounts in the
//! workspace's most common currency.

mod facts;
pub mod forecast;
pub mod funnel;
pub mod health;
mod ids;
pub mod input;
pub mod kept;
pub mod leads;
pub mod loss;
pub mod outcomes;
mod period;
pub mod quotes;
pub mod review;
mod stats;
pub use stats::ratio;
pub mod trends;

pub use facts::{DealFacts, Facts, Scope, StagePlace, Visit, journey};
pub use forecast::Forecast;
pub use funnel::{PipelineFunnel, StageNorms, StageRow};
pub use health::{CheckKind, HealthCheck};
pub use input::{DealRow, Input, InputBuilder};
pub use outcomes::{Breakdown, BreakdownRow, Cycle, Velocity, WinRate};
pub use period::{Period, PeriodError, PeriodKind};
pub use stats::{Summary, summarize};
pub use trends::MonthTrend;

use chrono::{DateTime, Utc};
use serde::Serialize;

pub use crate::domain::risk::days_between;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BreakdownReport {
    pub dimension: &'static str,
    pub rows: Vec<BreakdownRow>,
}

/// Every report for one period and scope.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportSet {
    pub period: Period,
    pub scope: Scope,
    pub generated_at: DateTime<Utc>,
    pub currency: String,
    /// Deals in other currencies: counted, their amounts left out of money figures.
    pub other_currency_deals: usize,
    pub win_rate: WinRate,
    pub cycle: Cycle,
    pub velocity: Velocity,
    pub funnel: Vec<PipelineFunnel>,
    pub forecast: Forecast,
    pub health: Vec<HealthCheck>,
    pub win_loss: Vec<BreakdownReport>,
    pub trends: Vec<MonthTrend>,
    /// Quoting pace: revisions and days from needs confirmed to the first quote.
    pub quote_pace: quotes::QuotePace,
}

impl ReportSet {
    /// Computes on two threads: the per-stage side (norms, funnel, stage health
    /// checks) beside the per-close side (win rate, trends, forecast, win/loss,
    /// volatility).
    pub fn compute(facts: &Facts, scope: &Scope, period: &Period) -> ReportSet {
        // The stage side words its checks in the caller's language.
        let lang = crate::i18n::lang();
        std::thread::scope(|threads| {
            let stage_side = threads.spawn(move || {
                crate::i18n::set_session_lang(lang);
                let norms = StageNorms::new(facts);
                let funnel = funnel::funnel(facts, scope, period, &norms);
                let checks = health::stage_checks(facts, scope, period, &norms);
                (funnel, checks)
            });
            let closed = outcomes::closed(facts, scope, period);
            let win_rate = outcomes::win_rate_of(facts, &closed);
            let cycle = outcomes::cycle_of(&closed);
            let trends = trends::trends(facts, scope, period);
            let forecast = forecast::forecast(facts, scope, period);
            let win_loss = Breakdown::ALL
                .into_iter()
                .zip(outcomes::win_loss_all(facts, &closed, &Breakdown::ALL))
                .map(|(d, rows)| BreakdownReport {
                    dimension: d.key(),
                    rows,
                })
                .collect();
            let velocity = outcomes::velocity_of(facts, scope, &win_rate, &cycle);
            let quote_pace = quotes::quote_pace(facts, scope, period);
            let volatility = health::volatility(facts, scope, period, &trends);
            let (funnel, mut health) = match stage_side.join() {
                Ok(done) => done,
                Err(panic) => std::panic::resume_unwind(panic),
            };
            ReportSet {
                period: period.clone(),
                scope: scope.clone(),
                generated_at: facts.now,
                currency: facts.currency.as_str().to_string(),
                other_currency_deals: facts
                    .scoped(scope)
                    .filter(|f| f.deal.amount.currency != facts.currency)
                    .count(),
                health: {
                    health.push(volatility);
                    health
                },
                win_rate,
                cycle,
                velocity,
                funnel,
                forecast,
                win_loss,
                trends,
                quote_pace,
            }
        })
    }
}
