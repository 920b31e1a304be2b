//! `dealdeck report loss`: a period's losses as Pareto tables — by reason, sub-reason,
//! competitor, stage lost at and owner — with the lessons, for any period (reviewed
//! or not).

use super::report::ReportFormat;
use super::table::Table;
use crate::analytics::loss::{LossReport, ParetoRow, loss_report, pct};
use crate::analytics::{Facts, Period, Scope};
use crate::domain::money::group_thousands;
use crate::store::Store;
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
            serde_json::to_string_pretty(&value)? + "\n"
        }
        ReportFormat::Csv => {
            let mut t = Table::new(&[
                "table",
                "value",
                ">deals",
                ">amount",
                ">share",
                ">cumulative share",
            ]);
            for (name, rows) in sections(&report) {
                for r in rows {
                    t.row(vec![
                        name.to_string(),
                        r.value.clone(),
                        r.deals.to_string(),
                        r.amount.round_dp(2).normalize().to_string(),
                        format!("{:.1}", r.share * 100.0),
                        format!("{:.1}", r.cumulative_share * 100.0),
                    ]);
                }
            }
            t.csv()?
        }
        ReportFormat::Md | ReportFormat::Table => {
            text(&report, currency, format == ReportFormat::Md)
        }
    })
}

fn sections(r: &LossReport) -> [(&'static str, &Vec<ParetoRow>); 5] {
    [
        ("reason", &r.by_reason),
        ("sub-reason", &r.by_sub_reason),
        ("competitor", &r.by_competitor),
        ("stage lost at", &r.by_stage),
        ("owner", &r.by_owner),
    ]
}

/// The Markdown report a review writes, or the same as plain tables.
pub fn text(r: &LossReport, currency: &str, markdown: bool) -> String {
    let heading = |level: usize, title: &str| {
        if markdown {
            format!("{} {title}\n\n", "#".repeat(level))
        } else {
            format!("{title}\n")
        }
    };
    let mut out = heading(1, &format!("Lost deals — {}", r.period.label));
    out.push_str(&format!(
        "{} deals lost, {} {currency}; {} controllable ({}); {} not yet classified.\n\n",
        r.lost,
        group_thousands(r.lost_amount, 0),
        r.controllable,
        pct(r.controllable as f64 / r.lost.max(1) as f64),
        r.unclassified
    ));
    for (name, rows) in sections(r) {
        out.push_str(&heading(2, &format!("By {name}")));
        let mut t = Table::new(&["value", ">deals", ">amount", ">share", ">cumulative"]);
        for row in rows {
            t.row(vec![
                row.value.clone(),
                row.deals.to_string(),
                group_thousands(row.amount, 0),
                pct(row.share),
                pct(row.cumulative_share),
            ]);
        }
        out.push_str(&if markdown { t.markdown() } else { t.render(60) });
        out.push('\n');
    }
    if !r.lessons.is_empty() {
        out.push_str(&heading(2, "Lessons"));
        for l in &r.lessons {
            out.push_str(&format!(
                "- {}: {}\n",
                crate::text::sanitize(&l.title),
                crate::text::sanitize(&l.lesson)
            ));
        }
    }
    out
}
