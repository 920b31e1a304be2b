//! The power map of a deal's account (`c` in the detail): its contacts by
//! role; enter edits one's title, role, stance and influence — one undoable
//! change the detail's power map shows at once.

use super::form::{Check, Field, Form};
use super::{LayerContext, Outcome, Request};
use crate::domain::*;
use crate::ui::action::Action;
use crate::ui::keymap::Key;
use chrono::NaiveDate;

pub struct ContactList {
    pub deal: DealId,
    pub account: String,
    pub contacts: Vec<Contact>,
    pub selected: usize,
    /// The selected contact's form, while open.
    pub form: Option<Form>,
    pub today: NaiveDate,
    pub notice: Option<String>,
}

const INFLUENCE: [&str; 5] = ["1", "2", "3", "4", "5"];

impl ContactList {
    pub fn new(deal: DealId, account: String, contacts: Vec<Contact>, today: NaiveDate) -> Self {
        ContactList {
            deal,
            account,
            contacts,
            selected: 0,
            form: None,
            today,
            notice: None,
        }
    }

    /// The change was stored: the contacts as they are now.
    pub fn saved(&mut self, contacts: Vec<Contact>, note: String) {
        let keep = self.contacts.get(self.selected).map(|c| c.id);
        self.contacts = contacts;
        self.form = None;
        self.notice = Some(note);
        self.selected = keep
            .and_then(|id| self.contacts.iter().position(|c| c.id == id))
            .unwrap_or(0);
    }

    fn open_form(&mut self) {
        let Some(c) = self.contacts.get(self.selected) else {
            return;
        };
        let position = |all: &[&str], now: &str| all.iter().position(|x| *x == now).unwrap_or(0);
        let roles: Vec<&str> = DecisionRole::ALL.iter().map(|r| r.label()).collect();
        let stances: Vec<&str> = Stance::ALL.iter().map(|s| s.label()).collect();
        let fields = vec![
            Field::text("title", "title", &c.title, Check::Optional),
            Field::choice(
                "role",
                "role",
                roles.iter().map(|r| r.to_string()).collect(),
                position(&roles, c.role.label()),
            ),
            Field::choice(
                "stance",
                "stance",
                stances.iter().map(|s| s.to_string()).collect(),
                position(&stances, c.stance.label()),
            ),
            Field::choice(
                "influence",
                "influence (1–5)",
                INFLUENCE.iter().map(|s| s.to_string()).collect(),
                usize::from(c.influence.clamp(1, 5) - 1),
            ),
        ];
        self.form = Some(Form::new(
            "Contact".into(),
            c.name.clone(),
            fields,
            self.today,
        ));
    }

    /// The contact as the form says.
    fn edited(&self, form: &Form) -> Option<Contact> {
        let c = self.contacts.get(self.selected)?;
        Some(Contact {
            title: form.text("title"),
            role: DecisionRole::ALL.get(form.choice("role")).copied()?,
            stance: Stance::ALL.get(form.choice("stance")).copied()?,
            influence: u8::try_from(form.choice("influence") + 1).ok()?,
            ..c.clone()
        })
    }
}

impl super::LayerKeys for ContactList {
    fn is_typing(&self) -> bool {
        self.form.as_ref().is_some_and(Form::is_typing)
    }

    fn has_unsaved_text(&self) -> bool {
        self.form.as_ref().is_some_and(super::form_has_unsaved_text)
    }

    fn show_error(&mut self, message: String) {
        match self.form.as_mut() {
            Some(form) => form.error = Some(message),
            None => self.notice = Some(message),
        }
    }

    fn handle(&mut self, key: Key, action: Option<Action>, cx: &LayerContext) -> Outcome {
        match super::sub_form_key(&mut self.form, key, action) {
            Some(super::SubForm::Answer(outcome)) => return outcome,
            Some(super::SubForm::Submitted) => {
                return match self.form.as_ref().and_then(|form| self.edited(form)) {
                    Some(c) if Some(&c) == self.contacts.get(self.selected) => {
                        self.form = None;
                        self.notice = Some("nothing changed".into());
                        Outcome::Stay
                    }
                    Some(c) => Outcome::Request(Request::SaveContact(Box::new(c))),
                    None => Outcome::Stay,
                };
            }
            None => {}
        }
        self.notice = None;
        let last = self.contacts.len().saturating_sub(1);
        if let Some(to) = action.and_then(|a| a.moved_cursor(self.selected, cx.page_rows, last)) {
            self.selected = to;
            return Outcome::Stay;
        }
        match action {
            Some(Action::Confirm | Action::OpenDetail) => {
                self.open_form();
                Outcome::Stay
            }
            Some(Action::Cancel | Action::Back) => Outcome::Close,
            Some(Action::Quit) => Outcome::Quit,
            _ => Outcome::Stay,
        }
    }
}
