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
            let (status, role) = if task.done {
                ("dlg-task-done", Role::Muted)
            } else if late {
                ("dlg-task-overdue", Role::Overdue)
            } else {
                ("dlg-task-open", Role::Dialog)
            };
            let line = format!(
                "{}  {}  {}  {}",
                task.due
                    .map_or_else(|| t!("dlg-task-no-date"), |d| d.to_string()),
                fit(crate::i18n::word(status), 8),
                fit(list.owner(task.owner), 16),
                task.summary
            );
            (line, role)
        })
        .collect();
    let title = t!("dlg-tasks-title", deal = list.title.as_str());
    row_forms_dialog(
        app,
        RowFormsDialog {
            title: &title,
            empty: &t!("dlg-tasks-empty"),
            rows,
            selected: list.selected,
            notice: list.notice.as_ref(),
            list_keys: &[
                (Action::Confirm, crate::i18n::word("dlg-tasks-hint-change")),
                (Action::Cancel, crate::i18n::word("dlg-hint-close")),
            ],
            form: list.form.as_ref(),
            choices: crate::i18n::word("dlg-tasks-choices"),
        },
        area,
        buf,
    );
}
