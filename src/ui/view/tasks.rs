//! The deal's tasks (`T` in the detail), as a dialog over the detail.

use super::layers::{hints, list_row, popup};
use super::*;
use crate::ui::layers::tasks::TaskList;

pub fn render(app: &App, list: &TaskList, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
    let height = (list.tasks.len() as u16 + 6).clamp(8, area.height);
    let title = format!("Tasks · {}", list.title);
    let inner = popup(app, area, 96, height, &title, buf);
    if inner.height < 3 {
        return;
    }
    if list.tasks.is_empty() {
        put(
            buf,
            inner.x,
            inner.y,
            "No tasks on this deal — t adds one.",
            inner.width,
            t.style(Role::Muted),
        );
    }
    let rows = inner.height.saturating_sub(2) as usize;
    let first = list.selected.saturating_sub(rows.saturating_sub(1));
    for (i, task) in list.tasks.iter().enumerate().skip(first).take(rows) {
        let late = !task.done && task.due.is_some_and(|d| d < list.today);
        let line = format!(
            "{}  {}  {}  {}",
            task.due
                .map_or_else(|| "(no date)".into(), |d| d.to_string()),
            fit(
                if task.done {
                    "done"
                } else if late {
                    "overdue"
                } else {
                    "open"
                },
                8
            ),
            fit(list.owner(task.owner), 16),
            task.summary
        );
        let role = if task.done {
            Role::Muted
        } else if late {
            Role::Overdue
        } else {
            Role::Dialog
        };
        let y = inner.y + (i - first) as u16;
        list_row(app, buf, inner, y, &line, i == list.selected, role);
    }
    let foot = list.notice.clone().unwrap_or_else(|| {
        hints(
            app,
            &[
                (Action::Confirm, "done / move / hand on"),
                (Action::Cancel, "close"),
            ],
        )
    });
    put(
        buf,
        inner.x,
        inner.y + inner.height - 1,
        &foot,
        inner.width,
        t.style(Role::Muted),
    );
    if let Some(form) = &list.form {
        super::form::render(
            app,
            form,
            &hints(
                app,
                &[
                    (Action::Toggle, "status / owner"),
                    (Action::NextField, "next field"),
                    (Action::Confirm, "save"),
                    (Action::Cancel, "cancel"),
                ],
            ),
            area,
            buf,
        );
    }
}
