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
/// The names are what `report loss --format csv` writes in its `table` column:
/// shown to a reader, they go through [`section_title`].
pub fn sections(r: &LossReport) -> [(&'static str, &Vec<ParetoRow>); 5] {
    [
        ("reason", &r.by_reason),
        ("sub-reason", &r.by_sub_reason),
        ("competitor", &r.by_competitor),
        ("stage lost at", &r.by_stage),
        ("owner", &r.by_owner),
    ]
}

/// A section's name as a reader sees it, in the current language.
pub fn section_title(name: &str) -> String {
    let key = match name {
        "reason" => "rev-view-reason",
        "sub-reason" => "rev-view-sub-reason",
        "competitor" => "rev-view-competitor",
        "stage lost at" => "rev-view-stage",
        "owner" => "rev-view-owner",
        _ => return name.to_string(),
    };
    t!(key)
}

/// A table header from the catalogue (`&'static`, as tables take them).
fn head(key: &str) -> &'static str {
    crate::i18n::word(key)
}

/// A right-aligned table header (`>` before it, as tables read them), made once
/// per language and kept.
fn head_right(key: &str) -> &'static str {
    crate::i18n::keep(format!(">{}", crate::i18n::word(key)))
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
    let mut out = heading(
        markdown,
        level,
        &t!("rev-md-lost-title", period = r.period.label.as_str()),
    );
    out.push_str(&t!(
        "rev-md-loss-totals",
        lost = r.lost.to_string(),
        amount = group_thousands(r.lost_amount, 0),
        currency = currency,
        controllable = r.controllable.to_string(),
        share = pct(r.controllable as f64 / r.lost.max(1) as f64),
        unclassified = r.unclassified.to_string()
    ));
    out.push_str("\n\n");
    for (name, rows) in sections(r) {
        out.push_str(&heading(
            markdown,
            level + 1,
            &t!("rev-md-by", name = section_title(name)),
        ));
        let mut t = Table::new(&[
            head("rev-md-col-value"),
            head_right("rev-md-col-deals"),
            head_right("rev-md-col-amount"),
            head_right("rev-md-col-share"),
            head_right("rev-md-col-cumulative"),
        ]);
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
        out.push_str(&heading(markdown, level + 1, &t!("rev-heading-lessons")));
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
        doc.owners.get(&id).map_or_else(
            || t!("rev-md-owner-fallback", id = id.to_string()),
            |n| crate::text::markdown_text(n),
        )
    };
    let reason = |key: &str| doc.reasons.get(key).cloned().unwrap_or_else(|| key.into());
    let mut out = format!(
        "# {}\n\n",
        t!(
            "rev-md-title",
            id = r.id.to_string(),
            period = r.period_label()
        )
    );
    out.push_str(&t!(
        "rev-md-period",
        first = r.period_start.to_string(),
        last = r.period_end.to_string(),
        trailing_first = f.trailing.first.to_string(),
        trailing_last = f.trailing.last.to_string()
    ));
    out.push_str("  \n");
    let participants: Vec<String> = r
        .participants
        .iter()
        .map(|p| crate::text::markdown_text(p))
        .collect();
    out.push_str(&if participants.is_empty() {
        t!("rev-md-participants-none")
    } else {
        t!("rev-md-participants", names = participants.join(", "))
    });
    out.push_str("  \n");
    match r.finished_at {
        Some(at) => out.push_str(&t!(
            "rev-md-finished",
            at = crate::format::moment(at),
            by = crate::text::markdown_text(&r.created_by)
        )),
        None => out.push_str(&t!("rev-md-in-progress", step = r.step)),
    }
    out.push_str("\n\n");

    out.push_str(&format!("## {}\n\n", t!("rev-md-h-scorecard")));
    let mut t = Table::new(&[
        head("rev-md-col-figure"),
        head_right("rev-md-col-this-period"),
        head_right("rev-md-col-3-months-before"),
        head("rev-md-col-alert"),
    ]);
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
        out.push_str(&format!("{}\n\n", t!("rev-md-no-alerts")));
    } else {
        for a in alerts {
            out.push_str(&format!("- ⚠ {a}\n"));
        }
        out.push('\n');
    }

    out.push_str(&format!("## {}\n\n", t!("rev-md-h-triage")));
    let untriaged = r.lost_deals.len().saturating_sub(r.triaged.len());
    let (lost, triaged) = (r.lost_deals.len().to_string(), r.triaged.len().to_string());
    out.push_str(&if untriaged > 0 {
        t!(
            "rev-md-triage-summary-left",
            lost = lost,
            triaged = triaged,
            left = untriaged.to_string()
        )
    } else {
        t!("rev-md-triage-summary", lost = lost, triaged = triaged)
    });
    out.push_str("\n\n");
    let changed: Vec<(&TriagedLoss, &PriorReason)> = r
        .triaged
        .iter()
        .filter_map(|t| t.changed().map(|b| (t, b)))
        .collect();
    if !changed.is_empty() {
        out.push_str(&format!("### {}\n\n", t!("rev-md-h-reasons-changed")));
        let named = |category: &str, sub: &str| {
            let name = reason(category);
            if sub.is_empty() {
                crate::text::markdown_text(&name)
            } else {
                crate::text::markdown_text(&format!("{name}: {sub}"))
            }
        };
        let mut t = Table::new(&[
            head("rev-md-col-deal"),
            head("rev-md-col-from"),
            head("rev-md-col-to"),
            head_right("rev-md-col-amount"),
        ]);
        for (triage, before) in changed {
            let (title, amount) = doc.deals.get(&triage.deal).map_or_else(
                || {
                    (
                        t!("rev-md-deal-fallback", id = triage.deal.to_string()),
                        String::new(),
                    )
                },
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

    out.push_str(&format!("## {}\n\n", t!("rev-md-h-contrast")));
    let mut t = Table::new(&[
        "",
        head_right("rev-md-col-won"),
        head_right("rev-md-col-lost"),
    ]);
    for row in &f.contrast {
        t.row(vec![
            row.attribute.to_string(),
            show(row.unit, row.won, currency),
            show(row.unit, row.lost, currency),
        ]);
    }
    out.push_str(&t.markdown());
    out.push('\n');

    out.push_str(&format!("## {}\n\n", t!("rev-md-h-patterns")));
    out.push_str(&loss_tables(&f.losses, currency, true, 3));
    if !f.earlier.is_empty() {
        let before = earlier_reason_shares(&f.earlier);
        let labels: Vec<&str> = f.earlier.iter().map(|e| e.period.label.as_str()).collect();
        out.push_str(&format!(
            "### {}\n\n",
            t!("rev-md-h-vs-earlier", periods = labels.join(", "))
        ));
        let mut t = Table::new(&[
            head("rev-md-col-reason"),
            head_right("rev-md-col-this-period"),
            head_right("rev-md-col-earlier-reviews"),
        ]);
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

    out.push_str(&format!("## {}\n\n", t!("rev-md-h-carried")));
    if doc.carried.is_empty() {
        out.push_str(&format!("{}\n\n", t!("rev-md-none-open")));
    } else {
        let mut t = Table::new(&[
            head("rev-md-col-action"),
            head("rev-md-col-owner"),
            head("rev-md-col-due"),
            head("rev-md-col-status"),
            head("rev-md-col-note"),
        ]);
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

    out.push_str(&format!("## {}\n\n", t!("rev-md-h-improvements")));
    if doc.chosen.is_empty() {
        out.push_str(&format!("{}\n", t!("rev-md-none-chosen")));
    } else {
        let mut t = Table::new(&[
            head("rev-md-col-action"),
            head("rev-md-col-owner"),
            head("rev-md-col-due"),
            head("rev-md-col-addresses"),
        ]);
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

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, TimeZone, Utc};

    fn review() -> Review {
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        let at = Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap();
        Review {
            id: ReviewId(3),
            period_start: day(10, 1),
            period_end: day(10, 31),
            participants: vec!["陈静".into()],
            status: ReviewStatus::Finished,
            step: 8,
            lost_deals: Vec::new(),
            triage_cursor: 0,
            triaged: Vec::new(),
            skipped: Vec::new(),
            report_path: None,
            created_by: "陈静".into(),
            created_at: at,
            updated_at: at,
            finished_at: Some(at),
        }
    }

    fn report(review: &Review) -> String {
        let period = crate::review::period_of(review);
        let now = Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap();
        let figures = crate::review::figures_from(
            &crate::analytics::Input::default(),
            now,
            &period,
            &[],
            &HashMap::new(),
        );
        review_markdown(&ReviewDocument {
            review,
            figures: &figures,
            chosen: &[],
            carried: &[],
            owners: &HashMap::new(),
            reasons: &HashMap::new(),
            deals: &HashMap::new(),
        })
    }

    #[test]
    fn the_report_speaks_the_current_language() {
        let review = review();
        crate::i18n::set_session_lang(crate::i18n::Lang::ZhCn);
        let zh = report(&review);
        for heading in [
            "# 输单复盘 R-3 — ",
            "## 记分卡",
            "## 归因",
            "## 赢单对比输单",
            "## 规律",
            "### 输单商机 — ",
            "#### 按原因",
            "## 以往复盘的行动",
            "## 改进行动",
        ] {
            assert!(
                zh.lines().any(|l| l.starts_with(heading)),
                "{heading} missing in\n{zh}"
            );
        }
        assert!(zh.contains("参与人：陈静。"), "{zh}");
        assert!(!zh.contains("Scorecard"), "{zh}");
        crate::i18n::set_session_lang(crate::i18n::Lang::En);
        let en = report(&review);
        assert!(en.starts_with("# Loss review R-3 — "), "{en}");
        assert!(en.contains("\n## Scorecard\n"), "{en}");
        assert!(
            en.contains("\n## Improvement actions\n\nNone chosen.\n"),
            "{en}"
        );
    }
}
