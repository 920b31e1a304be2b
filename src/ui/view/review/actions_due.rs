//! The improvement actions still open (`A` on the board), as a dialog.

use super::*;
use crate::ui::view::layers::{RowFormsDialog, row_forms_dialog};

/// The improvement actions still open (`A` on the board).
pub fn actions_due(app: &App, list: &ActionsDue, area: Rect, buf: &mut Buffer) {
    let rows = list
        .actions
        .iter()
        .map(|a| {
            let line = format!(
                "{} {}  {}  {}  {}",
                a.due,
                fit(a.status.label(), 11),
                fit(list.owner(a.owner), 16),
                fit(&format!("R-{}", a.review), 5),
                a.title
            );
            let role = if a.due < list.today {
                Role::Overdue
            } else {
                Role::Dialog
            };
            (line, role)
        })
        .collect();
    let (title, empty, choices) = (
        t!("rev-due-title"),
        t!("rev-due-empty"),
        t!("rev-due-choices"),
    );
    let (set_status, close) = (t!("rev-due-key-set-status"), t!("rev-due-key-close"));
    row_forms_dialog(
        app,
        RowFormsDialog {
            title: &title,
            empty: &empty,
            rows,
            selected: list.selected,
            notice: list.notice.as_ref(),
            list_keys: &[(Action::Confirm, &set_status), (Action::Cancel, &close)],
            form: list.form.as_ref(),
            choices: &choices,
        },
        area,
        buf,
    );
}
