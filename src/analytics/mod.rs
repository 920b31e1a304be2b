//! Funnel analytics: pure functions over domain values, by the written definitions of
//! docs/definitions.md, "Reports" (no store, no terminal). `Facts` derives each deal's path from its stage
//! events once; every metric reads it.
//!
//! Conventions: days are whole UTC calendar days between two instants; a period
//! includes both its first and last day; money figures add up amounts in the
//! workspace's most common currency.

mod closings;
mod facts;
pub mod forecast;
pub mod funnel;
pub mod health;
mod ids;
pub mod input;
mod journeys;
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
mod words;

pub use closings::Closings;
pub use facts::{DealFacts, Facts, Scope, StagePlace, Visit, journey};
pub use forecast::Forecast;
pub use funnel::{PipelineFunnel, StageNorms, StageRow};
pub use health::{CheckKind, HealthCheck};
pub use input::{DealRow, Input, InputBuilder};
pub use journeys::Stays;
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

/// Which report of a `ReportSet` is wanted: a command-line report computes
/// only what it prints; the other sections stay empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wanted {
    All,
    Funnel,
    /// By one dimension, or by all of them.
    WinLoss(Option<Breakdown>),
    Forecast,
    Velocity,
    Health,
    Trends,
}

impl Wanted {
    fn any(self, of: &[Wanted]) -> bool {
        let kind = std::mem::discriminant(&self);
        self == Wanted::All || of.iter().any(|w| std::mem::discriminant(w) == kind)
    }
}

/// Win/loss by one dimension, or by every one.
fn win_loss_reports<C: outcomes::ClosedDeal>(
    currency: crate::domain::Currency,
    closed: &[(&C, crate::domain::DealStatus)],
    by: Option<Breakdown>,
) -> Vec<BreakdownReport> {
    let dims = by.map_or_else(|| Breakdown::ALL.to_vec(), |b| vec![b]);
    dims.iter()
        .zip(outcomes::tally_all(currency, closed, &dims))
        .map(|(d, rows)| BreakdownReport {
            dimension: d.key(),
            rows,
        })
        .collect()
}

impl ReportSet {
    /// Every report.
    pub fn compute(facts: &Facts, scope: &Scope, period: &Period) -> ReportSet {
        ReportSet::compute_wanted(facts, scope, period, Wanted::All)
    }

    /// Computes on two threads: the per-stage side (norms, funnel, stage health
    /// checks) beside the per-close side (win rate, trends, forecast, win/loss,
    /// volatility).
    pub fn compute_wanted(
        facts: &Facts,
        scope: &Scope,
        period: &Period,
        wanted: Wanted,
    ) -> ReportSet {
        use Wanted::*;
        // The stage side words its checks in the caller's language.
        let lang = crate::i18n::lang();
        std::thread::scope(|threads| {
            let stage_side = wanted.any(&[Funnel, Health]).then(|| {
                threads.spawn(move || {
                    crate::i18n::set_session_lang(lang);
                    let norms = StageNorms::new(facts);
                    let funnel = funnel::funnel(facts, scope, period, &norms);
                    let checks = health::stage_checks(facts, scope, period, &norms);
                    (funnel, checks)
                })
            });
            let outcomes = wanted.any(&[WinLoss(None), Velocity]);
            let closed = if outcomes {
                outcomes::closed(facts, scope, period)
            } else {
                Vec::new()
            };
            let win_rate = outcomes::win_rate_of(facts, &closed);
            let cycle = if wanted.any(&[Velocity]) {
                outcomes::cycle_of(&closed)
            } else {
                Cycle::default()
            };
            let trends = if wanted.any(&[Trends, Health]) {
                trends::trends(facts, scope, period)
            } else {
                Vec::new()
            };
            let forecast = if wanted.any(&[Forecast]) {
                forecast::forecast(facts, scope, period)
            } else {
                forecast::Forecast::default()
            };
            let win_loss = match wanted {
                WinLoss(by) => win_loss_reports(facts.currency, &closed, by),
                All => win_loss_reports(facts.currency, &closed, None),
                _ => Vec::new(),
            };
            let (velocity, quote_pace) = if wanted.any(&[Velocity]) {
                (
                    outcomes::velocity_of(facts, scope, &win_rate, &cycle),
                    quotes::quote_pace(facts, scope, period),
                )
            } else {
                Default::default()
            };
            let volatility = wanted
                .any(&[Health])
                .then(|| health::volatility(facts, scope, period, &trends));
            let (funnel, mut health) = match stage_side.map(|side| side.join()) {
                Some(Ok(done)) => done,
                Some(Err(panic)) => std::panic::resume_unwind(panic),
                None => Default::default(),
            };
            health.extend(volatility);
            ReportSet {
                period: period.clone(),
                scope: scope.clone(),
                generated_at: facts.now,
                currency: facts.currency.as_str().to_string(),
                other_currency_deals: facts.other_currency_deals(scope),
                health,
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
