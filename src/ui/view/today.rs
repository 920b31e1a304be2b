//! Today: the rows to act on, by section (and by rep in a manager's view),
//! each with what it needs; the keys to act at the bottom.

use super::put;
use crate::domain::agenda::Item;
use crate::ui::app::App;
use crate::ui::layers::today::{Today, TodayRow};
use crate::ui::theme::Role;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// What a row says after its deal's title.
fn describe(r: &TodayRow, today: chrono::NaiveDate) -> String {
    // What is due, and how late it is.
    let late = |what: &str, day: chrono::NaiveDate| {
        let days = (today - day).num_days();
        if days > 0 {
            t!("list-today-overdue", what = what, days = days)
        } else {
            t!("list-today-due-today", what = what)
        }
    };
    match &r.row.item {
        Item::Task { summary, due, .. } => late(summary, *due),
        Item::NextStep { step, due, .. } => late(step, *due),
        Item::Stale { days_in_stage, .. } => t!("list-today-stale", days = *days_in_stage),
        Item::Dormant { quiet_days, .. } => t!("list-today-dormant", days = *quiet_days),
        Item::ClosingWithGates { close, missing, .. } => t!(
            "list-today-gates",
            close = crate::format::day_in_text(*close),
            missing = *missing
        ),
        Item::Action { title, due, .. } => {
            if *due < today {
                late(title, *due)
            } else {
                t!(
                    "list-today-due-on",
                    what = title.as_str(),
                    day = crate::format::day_in_text(*due)
                )
            }
        }
        Item::Lead {
            company,
            waiting_days,
            ..
        } => t!(
            "list-today-lead",
            company = company.as_str(),
            days = *waiting_days
        ),
    }
}

pub fn render(app: &App, today: &Today, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
    let title = format!(
        " {}",
        t!(
            "list-today-title",
            whose = today.whose.as_str(),
            count = today.rows.len()
        )
    );
    if !super::screen_start(app, area, buf, 4, &title) {
        return;
    }
    let body = Rect {
        y: area.y + 2,
        height: area.height.saturating_sub(4),
        ..area
    };
    if today.rows.is_empty() {
        put(
            buf,
            body.x + 1,
            body.y,
            &t!("list-today-clear"),
            body.width.saturating_sub(1),
            t.style(Role::Won),
        );
    }
    // Lines: a heading where the rep or the section changes, then the row.
    let mut lines: Vec<(String, Role, Option<usize>)> = Vec::new();
    let mut last: Option<(&str, &str)> = None;
    for (i, r) in today.rows.iter().enumerate() {
        let section = r.row.item.section();
        if today.grouped && last.map(|l| l.0) != Some(r.owner.as_str()) {
            lines.push((format!(" {}", r.owner), Role::Header, None));
        }
        if last != Some((r.owner.as_str(), section)) {
            let count = today
                .rows
                .iter()
                .filter(|x| x.owner == r.owner && x.row.item.section() == section)
                .count();
            lines.push((format!("  {section} ({count})"), Role::Muted, None));
        }
        last = Some((r.owner.as_str(), section));
        let what = describe(r, today.today);
        let text = if r.deal.is_empty() {
            format!("    {what}")
        } else {
            format!("    {} — {what}", r.deal)
        };
        let role = if i == today.selected {
            Role::Selected
        } else if r.row.overdue {
            Role::Overdue
        } else {
            Role::Base
        };
        lines.push((text, role, Some(i)));
    }
    let at = lines
        .iter()
        .position(|(_, _, i)| *i == Some(today.selected))
        .unwrap_or(0);
    let rows = usize::from(body.height);
    let first = at.saturating_sub(rows.saturating_sub(1));
    for (n, (text, role, _)) in lines.iter().skip(first).take(rows).enumerate() {
        put(
            buf,
            body.x,
            body.y + n as u16,
            text,
            body.width,
            t.style(*role),
        );
    }
    super::layers::foot_and_form(
        app,
        (
            area.x + 1,
            area.y + area.height - 1,
            area.width.saturating_sub(1),
        ),
        today.notice.as_ref(),
        &t!("list-today-keys"),
        None,
        area,
        buf,
    );
}
