//! `dealdeck report leads`: lead → qualified → won by channel and by owner,
//! as a table, Markdown, CSV or JSON.

use super::report::{Cells, ReportFormat};
use crate::analytics::*;
use crate::domain::*;
use crate::store::Store;
use crate::table::Table;

pub(super) fn render(
    store: &Store,
    period: &Period,
    format: ReportFormat,
) -> anyhow::Result<String> {
    let owners = store.owners()?;
    let mut won = std::collections::HashSet::new();
    store.for_each_deal(|d| {
        if d.status == DealStatus::Won {
            won.insert(d.id);
        }
    })?;
    let report = crate::analytics::leads::lead_report(
        &store.leads()?,
        &store.lead_events()?,
        &won,
        |id| {
            owners.iter().find(|o| o.id == id).map_or_else(
                || t!("clirep-leads-unknown-owner", id = id.to_string()),
                |o| o.name.clone(),
            )
        },
        period,
    );
    if format == ReportFormat::Json {
        return Ok(format!("{}\n", serde_json::to_string_pretty(&report)?));
    }
    let c = Cells {
        plain: format == ReportFormat::Csv,
    };
    let mut out = String::new();
    for (by_channel, rows) in [(true, &report.by_channel), (false, &report.by_owner)] {
        let mut t = Table::new(&[
            c.head(if by_channel {
                "clirep-leads-col-channel"
            } else {
                "clirep-leads-col-owner"
            }),
            c.head_right("clirep-leads-col-leads"),
            c.head_right("clirep-leads-col-qualified"),
            c.head_right("clirep-leads-col-qualified-share"),
            c.head_right("clirep-leads-col-won"),
            c.head_right("clirep-leads-col-won-share"),
            c.head_right("clirep-leads-col-followed"),
            c.head_right("clirep-leads-col-days-to-follow-up"),
        ]);
        for r in rows.iter().chain([&report.total]) {
            t.row(vec![
                r.key.clone(),
                r.leads.to_string(),
                r.qualified.to_string(),
                crate::format::percent_or_none(crate::analytics::ratio(r.qualified, r.leads)),
                r.won.to_string(),
                crate::format::percent_or_none(crate::analytics::ratio(r.won, r.qualified)),
                r.followed_up.to_string(),
                r.median_days_to_follow_up
                    .map_or_else(|| crate::format::NONE.into(), |d| format!("{d:.1}")),
            ]);
        }
        let title = if by_channel {
            t!("clirep-leads-by-channel", period = report.period.as_str())
        } else {
            t!("clirep-leads-by-owner", period = report.period.as_str())
        };
        match format {
            ReportFormat::Md => out.push_str(&format!("## {title}\n\n{}\n", t.markdown())),
            ReportFormat::Csv => out.push_str(&t.csv()?),
            _ => out.push_str(&format!("{title}\n{}\n", t.render(120))),
        }
    }
    Ok(out)
}
