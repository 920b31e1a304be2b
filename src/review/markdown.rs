//! The text of a loss review: the period's loss tables (also `report loss`) and the
//! whole review report a finished review writes.

use super::show;
use crate::analytics::loss::{LossReport, ParetoRow, pct};
use crate::analytics::review::{ReviewFigures, earlier_reason_shares};
use crate::domain::money::group_thousands;
use crate::domain::*;
use crate::table::Table;
use std::collections::HashMap;

/// The Pareto tables of a loss report, named as the report and the wizard name them.
pub fn sections(r: &LossReport) -> [(&'static str, &Vec<ParetoRow>); 5] {
    [
        ("reason", &r.by_reason),
        ("sub-reason", &r.by_sub_reason),
        ("competitor", &r.by_competitor),
        ("stage lost at", &r.by_stage),
        ("owner", &r.by_owner),
    ]
}

fn heading(markdown: bool, level: usize, title: &str) -> String {
    if markdown {
        format!("{} {title}\n\n", "#".repeat(level))
    } else {
        format!("{title}\n")
    }
}

fn table_text(t: &Table, markdown: bool) -> String {
    if markdown { t.markdown() } else { t.render(60) }
}

/// A period's losses as Markdown (or plain tables): totals, one Pareto table per
/// dimension, the lessons. `level`: heading level of the title.
pub fn loss_tables(r: &LossReport, currency: &str, markdown: bool, level: usize) -> String {
    let mut out = heading(markdown, level, &format!("Lost deals — {}", r.period.label));
    out.push_str(&format!(
        "{} deals lost, {} {currency}; {} controllable ({}); {} not yet classified.\n\n",
        r.lost,
        group_thousands(r.lost_amount, 0),
        r.controllable,
        pct(r.controllable as f64 / r.lost.max(1) as f64),
        r.unclassified
    ));
    for (name, rows) in sections(r) {
        out.push_str(&heading(markdown, level + 1, &format!("By {name}")));
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
        out.push_str(&table_text(&t, markdown));
        out.push('\n');
    }
    if !r.lessons.is_empty() {
        out.push_str(&heading(markdown, level + 1, "Lessons"));
        for l in &r.lessons {
            out.push_str(&format!(
                "- {}: {}\n",
                crate::text::markdown_text(&l.title),
                crate::text::markdown_text(&l.lesson)
            ));
        }
        out.push('\n');
    }
    out
}

/// What a review report is written from.
pub struct ReviewDocument<'a> {
    pub review: &'a Review,
    pub figures: &'a ReviewFigures,
    /// Actions chosen in this review.
    pub chosen: &'a [ImprovementAction],
    /// Earlier reviews' actions looked at in this review (step 3).
    pub carried: &'a [ImprovementAction],
    pub owners: &'a HashMap<OwnerId, String>,
    /// Loss category key → name.
    pub reasons: &'a HashMap<String, String>,
    /// Title and amount of the deals triaged.
    pub deals: &'a HashMap<DealId, (String, Money)>,
}

/// The Markdown report of a review.
pub fn review_markdown(doc: &ReviewDocument) -> String {
    let (r, f) = (doc.review, doc.figures);
    let currency = f.currency.as_str();
    let owner = |id: OwnerId| {
        doc.owners
            .get(&id)
            .map_or_else(|| format!("owner {id}"), |n| crate::text::markdown_text(n))
    };
    let reason = |key: &str| doc.reasons.get(key).cloned().unwrap_or_else(|| key.into());
    let mut out = format!("# Loss review R-{} — {}\n\n", r.id, r.period_label());
    out.push_str(&format!(
        "Period {} to {}, compared with the three months {} to {}.  \n",
        r.period_start, r.period_end, f.trailing.first, f.trailing.last
    ));
    let participants: Vec<String> = r
        .participants
        .iter()
        .map(|p| crate::text::markdown_text(p))
        .collect();
    out.push_str(&format!(
        "Participants: {}.  \n",
        if participants.is_empty() {
            "(none named)".to_string()
        } else {
            participants.join(", ")
        }
    ));
    match r.finished_at {
        Some(at) => out.push_str(&format!(
            "Finished {} by {}.\n\n",
            crate::format::moment(at),
            crate::text::markdown_text(&r.created_by)
        )),
        None => out.push_str(&format!("In progress (step {} of 8).\n\n", r.step)),
    }

    out.push_str("## Scorecard\n\n");
    let mut t = Table::new(&["figure", ">this period", ">3 months before", "alert"]);
    for c in f.scorecard.iter().chain(&f.conversions) {
        t.row(vec![
            c.metric.clone(),
            show(c.unit, c.now, currency),
            show(c.unit, c.before, currency),
            c.alert.as_ref().map_or(String::new(), |_| "⚠".into()),
        ]);
    }
    out.push_str(&t.markdown());
    let alerts = f.alerts();
    out.push('\n');
    if alerts.is_empty() {
        out.push_str("No alerts.\n\n");
    } else {
        for a in alerts {
            out.push_str(&format!("- ⚠ {a}\n"));
        }
        out.push('\n');
    }

    out.push_str("## Triage\n\n");
    let untriaged = r.lost_deals.len().saturating_sub(r.triaged.len());
    out.push_str(&format!(
        "{} lost deals; {} triaged in the review{}.\n\n",
        r.lost_deals.len(),
        r.triaged.len(),
        if untriaged > 0 {
            format!(", {untriaged} left as they were recorded")
        } else {
            String::new()
        }
    ));
    let changed: Vec<(&TriagedLoss, &PriorReason)> = r
        .triaged
        .iter()
        .filter_map(|t| t.changed().map(|b| (t, b)))
        .collect();
    if !changed.is_empty() {
        out.push_str(
            "### Reasons changed in the review

",
        );
        let named = |category: &str, sub: &str| {
            let name = reason(category);
            if sub.is_empty() {
                crate::text::markdown_text(&name)
            } else {
                crate::text::markdown_text(&format!("{name}: {sub}"))
            }
        };
        let mut t = Table::new(&["deal", "from", "to", ">amount"]);
        for (triage, before) in changed {
            let (title, amount) = doc.deals.get(&triage.deal).map_or_else(
                || (format!("deal {}", triage.deal), String::new()),
                |(t, a)| (crate::text::markdown_text(t), a.to_string()),
            );
            t.row(vec![
                title,
                named(&before.category, &before.sub_reason),
                named(&triage.category, &triage.sub_reason),
                amount,
            ]);
        }
        out.push_str(&t.markdown());
        out.push('\n');
    }

    out.push_str("## Won vs lost\n\n");
    let mut t = Table::new(&["", ">won", ">lost"]);
    for row in &f.contrast {
        t.row(vec![
            row.attribute.to_string(),
            show(row.unit, row.won, currency),
            show(row.unit, row.lost, currency),
        ]);
    }
    out.push_str(&t.markdown());
    out.push('\n');

    out.push_str("## Patterns\n\n");
    out.push_str(&loss_tables(&f.losses, currency, true, 3));
    if !f.earlier.is_empty() {
        let before = earlier_reason_shares(&f.earlier);
        let labels: Vec<&str> = f.earlier.iter().map(|e| e.period.label.as_str()).collect();
        out.push_str(&format!(
            "### By reason vs earlier reviews ({})\n\n",
            labels.join(", ")
        ));
        let mut t = Table::new(&["reason", ">this period", ">earlier reviews"]);
        for row in &f.losses.by_reason {
            t.row(vec![
                row.value.clone(),
                pct(row.share),
                before.get(&row.value).map_or("—".into(), |s| pct(*s)),
            ]);
        }
        out.push_str(&t.markdown());
        out.push('\n');
    }

    out.push_str("## Actions from earlier reviews\n\n");
    if doc.carried.is_empty() {
        out.push_str("None were open.\n\n");
    } else {
        let mut t = Table::new(&["action", "owner", "due", "status", "note"]);
        for a in doc.carried {
            let answer = a.history.iter().rev().find(|h| h.review == Some(r.id));
            t.row(vec![
                a.title.clone(),
                owner(a.owner),
                a.due.to_string(),
                answer.map_or(a.status, |h| h.status).label().to_string(),
                answer.map_or(String::new(), |h| h.note.clone()),
            ]);
        }
        out.push_str(&t.markdown());
        out.push('\n');
    }

    out.push_str("## Improvement actions\n\n");
    if doc.chosen.is_empty() {
        out.push_str("None chosen.\n");
    } else {
        let mut t = Table::new(&["action", "owner", "due", "addresses"]);
        for a in doc.chosen {
            t.row(vec![
                a.title.clone(),
                owner(a.owner),
                a.due.to_string(),
                reason(&a.linked_reason),
            ]);
        }
        out.push_str(&t.markdown());
    }
    out
}
