//! Today: the rows to act on, by section (and by rep in a manager's view),
//! each with what it needs; the keys to act at the bottom.

use super::put;
use crate::domain::agenda::Item;
use crate::ui::app::App;
use crate::ui::layers::today::{Today, TodayRow};
use crate::ui::theme::Role;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

const HINTS: &str = "enter open · x task done · a log activity · j/k move · q back · ? keys";

/// What a row says after its deal's title.
fn describe(r: &TodayRow, today: chrono::NaiveDate) -> String {
    let late = |day: chrono::NaiveDate| {
        let days = (today - day).num_days();
        if days > 0 {
            format!("{days} d overdue")
        } else {
            "due today".to_string()
        }
    };
    match &r.row.item {
        Item::Task { summary, due, .. } => format!("{summary} ({})", late(*due)),
        Item::NextStep { step, due, .. } => format!("{step} ({})", late(*due)),
        Item::Stale { days_in_stage, .. } => format!("{days_in_stage} d in its stage"),
        Item::Dormant { quiet_days, .. } => format!("untouched for {quiet_days} d"),
        Item::ClosingWithGates { close, missing, .. } => format!(
            "closes {close}; {missing} gate {} not met",
            if *missing == 1 {
                "criterion"
            } else {
                "criteria"
            }
        ),
        Item::Action { title, due, .. } => {
            if *due < today {
                format!("{title} ({})", late(*due))
            } else {
                format!("{title} (due {due})")
            }
        }
        Item::Lead {
            company,
            waiting_days,
            ..
        } => {
            format!("{company}: assigned {waiting_days} d ago, no follow-up yet")
        }
    }
}

pub fn render(app: &App, today: &Today, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
    let title = format!(
        " Today · {} · {}",
        today.whose,
        crate::format::count(today.rows.len(), "thing")
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
            "nothing due, stale or waiting: a clear day",
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
        HINTS,
        None,
        area,
        buf,
    );
}
