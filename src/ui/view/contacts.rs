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
    let title = t!("detail-power-map-title", account = list.account.as_str());
    let (empty, edit, close, choose) = (
        t!("detail-power-map-empty"),
        t!("detail-power-map-edit"),
        t!("detail-power-map-close"),
        t!("detail-power-map-choose"),
    );
    row_forms_dialog(
        app,
        RowFormsDialog {
            title: &title,
            empty: &empty,
            rows,
            selected: list.selected,
            notice: list.notice.as_ref(),
            list_keys: &[
                (Action::Confirm, edit.as_str()),
                (Action::Cancel, close.as_str()),
            ],
            form: list.form.as_ref(),
            choices: &choose,
        },
        area,
        buf,
    );
}
