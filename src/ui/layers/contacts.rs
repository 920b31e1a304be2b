//! The power map of a deal's account (`c` in the detail): its contacts by
//! role; enter edits one's title, role, stance and influence — one undoable
//! change the detail's power map shows at once.

use super::Request;
use super::form::{Check, Field, Form};
use crate::domain::*;
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
            Field::text(
                "title",
                crate::i18n::word("detail-contact-title"),
                &c.title,
                Check::Optional,
            ),
            Field::choice(
                "role",
                crate::i18n::word("detail-contact-role"),
                roles.iter().map(|r| r.to_string()).collect(),
                position(&roles, c.role.label()),
            ),
            Field::choice(
                "stance",
                crate::i18n::word("detail-contact-stance"),
                stances.iter().map(|s| s.to_string()).collect(),
                position(&stances, c.stance.label()),
            ),
            Field::choice(
                "influence",
                crate::i18n::word("detail-contact-influence"),
                INFLUENCE.iter().map(|s| s.to_string()).collect(),
                usize::from(c.influence.clamp(1, 5) - 1),
            ),
        ];
        self.form = Some(Form::new(
            t!("detail-contact-form"),
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

impl super::RowForms for ContactList {
    fn rows(&self) -> usize {
        self.contacts.len()
    }

    fn parts(&mut self) -> (&mut usize, &mut Option<Form>, &mut Option<String>) {
        (&mut self.selected, &mut self.form, &mut self.notice)
    }

    fn open_form(&mut self) {
        ContactList::open_form(self);
    }

    fn submitted(&self) -> Option<Request> {
        let edited = self.edited(self.form.as_ref()?)?;
        (Some(&edited) != self.contacts.get(self.selected))
            .then(|| Request::SaveContact(Box::new(edited)))
    }
}

impl super::LayerKeys for ContactList {
    super::row_forms_keys!();
}
