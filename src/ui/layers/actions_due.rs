//! The improvement actions still open (`A` on the board), earliest due first;
//! enter sets one's status with a note (kept in its history, as in a review).

use super::Outcome;
use super::form::{Check, Field, Form};
use crate::domain::*;
use crate::ui::action::Action;
use crate::ui::keymap::Key;
use chrono::NaiveDate;
use std::collections::HashMap;

pub struct ActionsDue {
    pub actions: Vec<ImprovementAction>,
    pub owners: HashMap<OwnerId, String>,
    pub selected: usize,
    /// The status form of the selected action, while open.
    pub form: Option<Form>,
    pub today: NaiveDate,
    pub notice: Option<String>,
}

impl ActionsDue {
    pub fn new(actions: Vec<ImprovementAction>, owners: Vec<Owner>, today: NaiveDate) -> Self {
        ActionsDue {
            actions,
            owners: owners.into_iter().map(|o| (o.id, o.name)).collect(),
            selected: 0,
            form: None,
            today,
            notice: None,
        }
    }

    pub fn owner(&self, id: OwnerId) -> &str {
        self.owners.get(&id).map_or("", String::as_str)
    }

    /// The status was stored: the list as it is now.
    pub fn saved(&mut self, open: Vec<ImprovementAction>, status: ActionStatus) {
        self.form = None;
        self.actions = open;
        self.selected = self.selected.min(self.actions.len().saturating_sub(1));
        self.notice = Some(t!("rev-due-marked", status = status.label()));
    }

    pub fn refused(&mut self, message: String) {
        if let Some(form) = self.form.as_mut() {
            form.error = Some(message);
        }
    }
}

impl super::LayerKeys for ActionsDue {
    fn is_typing(&self) -> bool {
        self.form.is_some()
    }

    fn has_unsaved_text(&self) -> bool {
        self.form.as_ref().is_some_and(super::form_has_unsaved_text)
    }

    fn show_error(&mut self, message: String) {
        self.refused(message);
    }

    fn handle(&mut self, key: Key, action: Option<Action>, cx: &super::LayerContext) -> Outcome {
        match super::sub_form_key(&mut self.form, key, action) {
            Some(super::SubForm::Answer(outcome)) => return outcome,
            Some(super::SubForm::Submitted) => {
                let (Some(a), Some(form)) = (self.actions.get(self.selected), &self.form) else {
                    self.form = None;
                    return Outcome::Stay;
                };
                return Outcome::Request(super::Request::ActionStatus {
                    action: a.id,
                    status: ActionStatus::ALL
                        .get(form.choice("status"))
                        .copied()
                        .unwrap_or(a.status),
                    note: form.text("note"),
                });
            }
            None => {}
        }
        self.notice = None;
        let last = self.actions.len().saturating_sub(1);
        if let Some(to) = action.and_then(|a| a.moved_cursor(self.selected, cx.page_rows, last)) {
            self.selected = to;
            return Outcome::Stay;
        }
        match action {
            Some(Action::Confirm | Action::OpenDetail) => {
                if let Some(a) = self.actions.get(self.selected) {
                    let index = ActionStatus::ALL
                        .iter()
                        .position(|s| *s == a.status)
                        .unwrap_or(0);
                    let statuses = ActionStatus::ALL.iter().map(|s| s.label().into()).collect();
                    self.form = Some(Form::new(
                        t!("rev-due-form-title"),
                        a.title.clone(),
                        vec![
                            Field::choice(
                                "status",
                                crate::i18n::word("rev-field-status"),
                                statuses,
                                index,
                            ),
                            Field::text(
                                "note",
                                crate::i18n::word("rev-field-note"),
                                "",
                                Check::Optional,
                            ),
                        ],
                        self.today,
                    ));
                }
            }
            Some(Action::Cancel | Action::Back) => return Outcome::Close,
            Some(Action::Quit) => return Outcome::Quit,
            _ => {}
        }
        Outcome::Stay
    }
}
