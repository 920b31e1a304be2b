//! The reports screen's outlook tabs: the forecast of the period and the
//! pipeline's health checks.

use super::put;
use crate::format::compact_amount;
use crate::format::percent_or_none as percent;
use crate::text::fit;
use crate::text::{pad_end as left, pad_start as right};
use crate::ui::report_engine::ReportOutput;
use crate::ui::reports::Reports;
use crate::ui::theme::{Role, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Widget, Wrap};
use rust_decimal::prelude::ToPrimitive;

pub(super) fn forecast(t: &Theme, output: &ReportOutput, area: Rect, buf: &mut Buffer) {
    let f = &output.set.forecast;
    // Rows name their pipeline; the name column takes what the width allows.
    let name_w: usize = if area.width >= 100 { 34 } else { 22 };
    let mut lines: Vec<(String, Role)> = vec![(
        format!(
            "{} {} {} {}  {} {}",
            fit(
                &t!(
                    "rep-forecast-closing-in",
                    period = output.set.period.label.as_str()
                ),
                name_w
            ),
            right(&t!("rep-forecast-col-deals"), 6),
            right(&t!("rep-forecast-col-amount"), 10),
            right(&t!("rep-forecast-col-probability"), 6),
            left(&t!("rep-forecast-col-from"), 18),
            right(&t!("rep-forecast-col-expected"), 10),
        ),
        Role::Header,
    )];
    for s in f.stages.iter().filter(|s| s.deals > 0) {
        let from = if s.from_history {
            t!(
                "rep-forecast-from-history",
                count = s.history_closed.to_string()
            )
        } else {
            t!("rep-forecast-from-default")
        };
        lines.push((
            format!(
                "{} {:>6} {} {:>6}  {} {}",
                fit(&format!("{} · {}", s.pipeline, s.stage), name_w),
                s.deals,
                right(&compact_amount(s.amount), 10),
                percent(s.probability.to_f64()),
                left(&from, 18),
                right(&compact_amount(s.expected), 10)
            ),
            Role::Base,
        ));
    }
    lines.push((String::new(), Role::Base));
    for (what, amount, role) in [
        ("rep-forecast-empirical", f.empirical, Role::Title),
        ("rep-forecast-weighted", f.weighted, Role::Base),
        ("rep-forecast-commit", f.commit, Role::Base),
        ("rep-forecast-won", f.won, Role::Won),
        ("rep-forecast-landing", f.landing(), Role::Title),
    ]
    .into_iter()
    // The landing line only where something was won already (else it is the forecast).
    .filter(|(what, _, _)| *what != "rep-forecast-landing" || !f.won.is_zero())
    {
        lines.push((
            format!(
                "{} {}",
                left(&t!(what), 22),
                right(&compact_amount(amount), 48)
            ),
            role,
        ));
    }
    if f.undated_deals > 0 {
        lines.push((
            format!(
                "{} {:>6} {}  {}",
                left(&t!("rep-forecast-undated"), 22),
                f.undated_deals,
                right(&compact_amount(f.undated_amount), 10),
                t!("rep-forecast-undated-hint")
            ),
            Role::Overdue,
        ));
    }
    if let Some(a) = &f.accuracy {
        lines.push((
            format!(
                "{} {:>48}",
                left(
                    &t!(
                        "rep-forecast-accuracy",
                        amount = compact_amount(a.forecast_at_start),
                        day = a.snapshot_taken_at.date_naive().to_string()
                    ),
                    22
                ),
                percent(a.accuracy)
            ),
            Role::Accent,
        ));
    }
    for (i, (text, role)) in lines.iter().enumerate().take(area.height as usize) {
        put(
            buf,
            area.x + 1,
            area.y + i as u16,
            text,
            area.width.saturating_sub(1),
            t.style(*role),
        );
    }
}

pub(super) fn health(t: &Theme, r: &Reports, output: &ReportOutput, area: Rect, buf: &mut Buffer) {
    let checks = &output.set.health;
    for (i, c) in checks.iter().enumerate().take(area.height as usize) {
        let y = area.y + i as u16;
        let (mark, mark_role) = if c.alert {
            ("⚠", Role::Warning)
        } else {
            ("✓", Role::Won)
        };
        put(buf, area.x + 1, y, mark, 2, t.style(mark_role));
        let role = if i == r.selected {
            Role::Selected
        } else {
            Role::Base
        };
        let text = format!(
            "{} {} {}  {}",
            left(c.check.title(), 18),
            fit(
                &c.pipeline
                    .clone()
                    .unwrap_or_else(|| t!("rep-health-all-pipelines")),
                14
            ),
            // "    1 deal", "   12 deals": the counts line up on the right of the number.
            {
                let words = t!("rep-health-deals", count = c.deals.len());
                let number = c.deals.len().to_string().len();
                format!("{}{words}", " ".repeat(5usize.saturating_sub(number)))
            },
            c.detail
        );
        put(
            buf,
            area.x + 3,
            y,
            &text,
            area.width.saturating_sub(4),
            t.style(role),
        );
    }
    // The selected finding in full, wrapped, under the list.
    let below = area.y + checks.len() as u16 + 1;
    if let Some(c) = checks.get(r.selected)
        && below + 2 < area.y + area.height
    {
        let rect = Rect {
            x: area.x + 3,
            y: below,
            width: area.width.saturating_sub(4),
            height: area.y + area.height - below,
        };
        let hint = if c.deals.is_empty() {
            String::new()
        } else {
            format!("  {}", t!("rep-health-enter-hint"))
        };
        Paragraph::new(format!("{}{hint}", crate::text::sanitize(&c.detail)))
            .style(t.style(Role::Muted))
            .wrap(Wrap { trim: true })
            .render(rect, buf);
    }
}
