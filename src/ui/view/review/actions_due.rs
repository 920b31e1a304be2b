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
    row_forms_dialog(
        app,
        RowFormsDialog {
            title: "Improvement actions due",
            empty: "No open improvement actions — g v runs a review.",
            rows,
            selected: list.selected,
            notice: list.notice.as_ref(),
            list_keys: &[(Action::Confirm, "set status"), (Action::Cancel, "close")],
            form: list.form.as_ref(),
            choices: "status",
        },
        area,
        buf,
    );
}
