//! Changing a contact: their name, title, email, phone, place in the power map
//! (role, stance, influence) and account (a move), one undoable change.

use super::record::{put, require};
use super::undo::{Before, push_undo};
use super::users::authorize_account;
use super::{Stamp, Store, StoreError, Touched};
use crate::domain::validate::validate_contact;
use crate::domain::*;

impl Store {
    /// Saves what a person may change about a contact (name, title, email,
    /// phone, role, stance, influence, account); the rest stays as stored.
    /// Returns the contact as saved.
    pub fn update_contact(&self, edited: &Contact, stamp: Stamp) -> Result<Contact, StoreError> {
        let txn = self.begin_write()?;
        let before: Contact = require(&txn, edited.id.0)?;
        let account: Account = require(&txn, before.account.0)?;
        authorize_account(&txn, stamp, &account)?;
        if edited.account != before.account {
            let to: Account = require(&txn, edited.account.0)?;
            authorize_account(&txn, stamp, &to)?;
        }
        let contact = Contact {
            name: edited.name.trim().to_string(),
            email: edited.email.trim().to_string(),
            phone: edited.phone.trim().to_string(),
            account: edited.account,
            title: edited.title.trim().to_string(),
            role: edited.role,
            stance: edited.stance,
            influence: edited.influence,
            updated_at: stamp.at.max(before.updated_at),
            ..before.clone()
        };
        validate_contact(&contact)?;
        // Checked when it changes: an address stored before the check stays
        // until someone edits it.
        if contact.email != before.email {
            crate::domain::validate::email(&contact.email)?;
        }
        if contact == before {
            return Ok(before);
        }
        put(&txn, &contact)?;
        push_undo(
            &txn,
            t!("store-undo-edit-contact", contact = contact.name.as_str()),
            stamp,
            vec![Before::Contact(contact.id.0, Some(Box::new(before)))],
            vec![],
        )?;
        self.commit(txn, stamp.by, Touched::Nothing)?;
        Ok(contact)
    }
}
