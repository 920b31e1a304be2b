//! `dealdeck report loss`: a period's losses as Pareto tables — by reason, sub-reason,
//! competitor, stage lost at and owner — with the lessons, for any period (reviewed
//! or not).

use super::report::{Cells, ReportFormat};
use crate::analytics::loss::loss_report;
use crate::analytics::{Facts, Period, Scope};
use crate::review::markdown::sections;
use crate::store::Store;
use crate::table::Table;
use std::collections::HashMap;

pub fn render(
    store: &Store,
    facts: &Facts,
    scope: &Scope,
    period: &Period,
    format: ReportFormat,
) -> anyhow::Result<String> {
    let names: HashMap<String, String> = store
        .loss_reasons()?
        .into_iter()
        .map(|c| (c.key, c.name))
        .collect();
    let report = loss_report(facts, scope, period, &names);
    let currency = facts.currency.as_str();
    Ok(match format {
        ReportFormat::Json => {
            let mut value = serde_json::to_value(&report)?;
            if let Some(map) = value.as_object_mut() {
                map.insert("currency".into(), currency.into());
            }
            super::json(&value)? + "\n"
        }
        ReportFormat::Csv => {
            // CSV: the English headers, whatever the language.
            let c = Cells { plain: true };
            let mut t = Table::new(&[
                c.head("clirep-col-table"),
                c.head("clirep-col-value"),
                c.head_right("clirep-col-deals"),
                c.head_right("clirep-col-amount"),
                c.head_right("clirep-col-share"),
                c.head_right("clirep-col-cumulative-share"),
            ]);
            for (name, rows) in sections(&report) {
                for r in rows {
                    t.row(vec![
                        name.to_string(),
                        r.value.clone(),
                        r.deals.to_string(),
                        r.amount.round_dp(2).normalize().to_string(),
                        crate::format::percent_number(r.share),
                        crate::format::percent_number(r.cumulative_share),
                    ]);
                }
            }
            t.csv()?
        }
        ReportFormat::Md | ReportFormat::Table => {
            crate::review::loss_tables(&report, currency, format == ReportFormat::Md, 1)
        }
    })
}
