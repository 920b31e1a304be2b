//! The reports screen's figures, computed on an [`AnalyticsWorker`] off the input path.

use super::analytics_worker::AnalyticsWorker;
use crate::analytics::{Facts, Input, Period, ReportSet, Scope};
use crate::domain::*;
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::HashMap;

/// One deal as a drill-down list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DealLine {
    pub id: DealId,
    pub title: String,
    pub owner: String,
    pub stage: String,
    pub amount: Money,
    /// The day it closed or, open, the day it is expected to (a CRM's close date).
    pub close: Option<NaiveDate>,
}

/// A computed report set and the deals its findings point at.
pub struct ReportOutput {
    pub set: ReportSet,
    pub deals: HashMap<DealId, DealLine>,
}

/// The reports screen's worker: report sets for (period, scope).
pub type ReportEngine = AnalyticsWorker<ReportOutput>;

impl ReportEngine {
    /// Asks for the reports of `period` and `scope`; the answer arrives through `tick`.
    pub fn request(&mut self, period: Period, scope: Scope, now: DateTime<Utc>, version: u64) {
        self.submit(
            version,
            Box::new(move |ws: &Input| {
                let facts = Facts::new(ws, now);
                let set = ReportSet::compute(&facts, &scope, &period);
                drop(facts);
                output(ws, set)
            }),
        );
    }
}

/// Lines for every deal a finding or a closed-deal row points at.
fn output(ws: &Input, set: ReportSet) -> ReportOutput {
    let mut wanted: Vec<DealId> = set
        .health
        .iter()
        .flat_map(|h| h.deals.iter().copied())
        .collect();
    for report in &set.win_loss {
        for row in &report.rows {
            wanted.extend(row.deals.iter().copied());
        }
    }
    for stage in set.funnel.iter().flat_map(|p| &p.stages) {
        wanted.extend(stage.flow.fates.iter().map(|(id, _)| *id));
        wanted.extend(stage.stale_ids.iter().copied());
    }
    wanted.sort_unstable();
    wanted.dedup();
    let owners: HashMap<OwnerId, &str> =
        ws.owners.iter().map(|o| (o.id, o.name.as_str())).collect();
    let stages: HashMap<StageId, (&str, StageKind)> = ws
        .pipelines
        .iter()
        .flat_map(|p| p.stages.iter().map(|s| (s.id, (s.name.as_str(), s.kind))))
        .collect();
    let deals = ws
        .deals
        .iter()
        .enumerate()
        .filter(|(_, d)| wanted.binary_search(&d.id).is_ok())
        .map(|(i, d)| {
            let (stage, kind) = stages
                .get(&d.stage)
                .copied()
                .unwrap_or(("", StageKind::Open));
            // A closed deal's last stay began when it closed.
            let close = match kind {
                StageKind::Open => d.expected_close,
                _ => ws.journeys.of(i).last().map(|v| v.entered.date_naive()),
            };
            (
                d.id,
                DealLine {
                    id: d.id,
                    title: d.title.clone(),
                    owner: owners.get(&d.owner).copied().unwrap_or("").to_string(),
                    stage: stage.to_string(),
                    amount: d.amount,
                    close,
                },
            )
        })
        .collect();
    ReportOutput { set, deals }
}
