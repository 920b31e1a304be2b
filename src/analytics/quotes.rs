//! Quoting pace (docs/definitions.md, "Reports": quoting pace): for deals whose first quote went out
//! in the period, how many revisions their quotes took and how many days passed from
//! needs confirmed — the deal's first move past "Needs Analysis" — to that first quote.

use super::facts::{Facts, Scope};
use super::stats::{Summary, summarize};
use super::{Period, days_between};
use crate::domain::*;
use serde::Serialize;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct QuotePace {
    /// Deals whose first quote was sent in the period.
    pub quoted_deals: usize,
    /// Versions after the first, per quoted deal (all its quotes).
    pub average_revisions: Option<f64>,
    /// Days from needs confirmed to the first quote sent (deals that passed Needs
    /// Analysis before quoting; a quote sent earlier counts as 0 days).
    pub needs_to_first_quote_days: Summary,
}

pub fn quote_pace(facts: &Facts, scope: &Scope, period: &Period) -> QuotePace {
    let mut revisions = 0u64;
    let mut quoted = 0usize;
    let mut days = Vec::new();
    for f in facts.scoped(scope) {
        let Some(sent) = f.signals.first_quote_sent.filter(|t| period.contains(*t)) else {
            continue;
        };
        quoted += 1;
        revisions += u64::from(f.signals.quote_revisions);
        let needs = facts
            .pipelines
            .iter()
            .find(|p| p.id == f.deal.pipeline)
            .and_then(|p| {
                let at = p
                    .stages
                    .iter()
                    .position(|s| s.name.eq_ignore_ascii_case("needs analysis"))?;
                f.visits
                    .iter()
                    .find(|v| {
                        p.stages
                            .iter()
                            .enumerate()
                            .any(|(i, s)| s.id == v.stage && i > at && s.kind != StageKind::Lost)
                    })
                    .map(|v| v.entered)
            });
        if let Some(confirmed) = needs {
            days.push(days_between(confirmed, sent).max(0));
        }
    }
    QuotePace {
        quoted_deals: quoted,
        average_revisions: (quoted > 0).then(|| revisions as f64 / quoted as f64),
        needs_to_first_quote_days: summarize(days),
    }
}
