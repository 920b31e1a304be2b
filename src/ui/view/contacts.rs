//! The account's power map as a list over the detail (`c`): enter edits one.

use super::layers::{ListDialog, hints, list_dialog};
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
    let foot = list.notice.clone().unwrap_or_else(|| {
        hints(
            app,
            &[
                (Action::Confirm, "edit role / stance / influence"),
                (Action::Cancel, "close"),
            ],
        )
    });
    let form = list.form.as_ref().map(|form| {
        let keys = hints(
            app,
            &[
                (Action::Toggle, "choose"),
                (Action::NextField, "next field"),
                (Action::Confirm, "save"),
                (Action::Cancel, "cancel"),
            ],
        );
        (form, keys)
    });
    list_dialog(
        app,
        ListDialog {
            title: &title,
            empty: "No contacts at this account yet.",
            rows,
            selected: list.selected,
            foot,
            form,
        },
        area,
        buf,
    );
}
