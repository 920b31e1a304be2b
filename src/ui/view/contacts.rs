//! The account's power map as a list over the detail (`c`): enter edits one.

use super::layers::{RowFormsDialog, row_forms_dialog};
use super::*;
use crate::domain::Stance;
use crate::ui::layers::contacts::ContactList;

pub fn render(app: &App, list: &ContactList, area: Rect, buf: &mut Buffer) {
    let rows = list
        .contacts
        .iter()
        .map(|c| {
            let line = format!(
                "{}  {}  {}  {}  {}",
                fit(c.role.label(), 20),
                fit(&c.name, 18),
                fit(c.stance.label(), 9),
                fit(&"●".repeat(usize::from(c.influence.min(5))), 5),
                c.title
            );
            let role = match c.stance {
                Stance::Supporter => Role::Won,
                Stance::Opponent => Role::Lost,
                Stance::Neutral => Role::Dialog,
            };
            (line, role)
        })
        .collect();
    let title = format!("Power map · {}", list.account);
    row_forms_dialog(
        app,
        RowFormsDialog {
            title: &title,
            empty: "No contacts at this account yet.",
            rows,
            selected: list.selected,
            notice: list.notice.as_ref(),
            list_keys: &[
                (Action::Confirm, "edit role / stance / influence"),
                (Action::Cancel, "close"),
            ],
            form: list.form.as_ref(),
            choices: "choose",
        },
        area,
        buf,
    );
}
