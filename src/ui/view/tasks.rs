//! The deal's tasks (`T` in the detail), as a dialog over the detail.

use super::layers::{RowFormsDialog, row_forms_dialog};
use super::*;
use crate::ui::layers::tasks::TaskList;

pub fn render(app: &App, list: &TaskList, area: Rect, buf: &mut Buffer) {
    let rows = list
        .tasks
        .iter()
        .map(|task| {
            let late = !task.done && task.due.is_some_and(|d| d < list.today);
            let status = if task.done {
                "done"
            } else if late {
                "overdue"
            } else {
                "open"
            };
            let line = format!(
                "{}  {}  {}  {}",
                task.due
                    .map_or_else(|| "(no date)".into(), |d| d.to_string()),
                fit(status, 8),
                fit(list.owner(task.owner), 16),
                task.summary
            );
            let role = match status {
                "done" => Role::Muted,
                "overdue" => Role::Overdue,
                _ => Role::Dialog,
            };
            (line, role)
        })
        .collect();
    let title = format!("Tasks · {}", list.title);
    row_forms_dialog(
        app,
        RowFormsDialog {
            title: &title,
            empty: "No tasks on this deal — t adds one.",
            rows,
            selected: list.selected,
            notice: list.notice.as_ref(),
            list_keys: &[
                (Action::Confirm, "done / move / hand on"),
                (Action::Cancel, "close"),
            ],
            form: list.form.as_ref(),
            choices: "status / owner",
        },
        area,
        buf,
    );
}
