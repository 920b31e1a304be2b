//! Changing an account (name, industry, region, size, tier, owner, parent)
//! and adding contacts to it: each one undoable change. A parent must exist
//! and never make a circle (an account its own ancestor).

use super::record::{Record, each_in, get, insert_new, next_id, put, require};
use super::undo::{Before, push_undo};
use super::users::authorize_account;
use super::{Stamp, Store, StoreError, Touched};
use crate::domain::*;
use std::collections::HashMap;

impl Store {
    /// Saves what a person may change about an account; returns it as saved.
    pub fn update_account(&self, edited: &Account, stamp: Stamp) -> Result<Account, StoreError> {
        let txn = self.begin_write()?;
        let before: Account = require(&txn, edited.id.0)?;
        authorize_account(&txn, stamp, &before)?;
        let account = Account {
            name: edited.name.trim().to_string(),
            industry: edited.industry.trim().to_string(),
            region: edited.region.trim().to_string(),
            size: edited.size,
            tier: edited.tier,
            owner: edited.owner,
            parent: edited.parent,
            updated_at: stamp.at.max(before.updated_at),
            ..before.clone()
        };
        validate_account(&account)?;
        if account.name != before.name {
            let mut taken = None;
            each_in(&txn.open_table(Account::TABLE)?, |a: Account| {
                if a.id != account.id && a.name.eq_ignore_ascii_case(&account.name) {
                    taken = Some(a.name);
                }
            })?;
            if let Some(name) = taken {
                return Err(StoreError::Conflict(t!(
                    "store-account-name-taken",
                    name = name
                )));
            }
        }
        if let Some(parent) = account.parent {
            check_parent(&txn, account.id, parent)?;
        }
        if let Some(owner) = account.owner {
            require::<Owner>(&txn, owner.0)?;
        }
        let unchanged = Account {
            updated_at: before.updated_at,
            ..account.clone()
        } == before;
        if unchanged {
            return Ok(before);
        }
        put(&txn, &account)?;
        push_undo(
            &txn,
            t!("store-undo-edit-account", account = account.name.as_str()),
            stamp,
            vec![Before::Account(account.id.0, Some(Box::new(before)))],
            vec![],
        )?;
        self.commit(txn, stamp.by, Touched::Everything)?;
        Ok(account)
    }

    /// Adds a contact to an account (the draft's id is ignored).
    pub fn add_contact(&self, draft: &Contact, stamp: Stamp) -> Result<Contact, StoreError> {
        let txn = self.begin_write()?;
        let account: Account = require(&txn, draft.account.0)?;
        authorize_account(&txn, stamp, &account)?;
        let contact = Contact {
            id: ContactId(next_id::<Contact>(&txn)?),
            name: draft.name.trim().to_string(),
            title: draft.title.trim().to_string(),
            email: draft.email.trim().to_string(),
            phone: draft.phone.trim().to_string(),
            created_at: stamp.at,
            updated_at: stamp.at,
            ..draft.clone()
        };
        validate_contact(&contact)?;
        crate::domain::validate::email(&contact.email)?;
        insert_new(&txn, &contact)?;
        push_undo(
            &txn,
            t!("store-undo-add-contact", contact = contact.name.as_str()),
            stamp,
            vec![Before::Contact(contact.id.0, None)],
            vec![],
        )?;
        self.commit(txn, stamp.by, Touched::Nothing)?;
        Ok(contact)
    }
}

/// `parent` exists and is not `account` or one of its descendants.
fn check_parent(
    txn: &redb::WriteTransaction,
    account: AccountId,
    parent: AccountId,
) -> Result<(), StoreError> {
    let Some(p) = get::<Account>(txn, parent.0)? else {
        return Err(StoreError::Conflict(t!(
            "store-account-no-parent",
            id = parent.to_string()
        )));
    };
    let mut parents: HashMap<AccountId, AccountId> = HashMap::new();
    each_in(&txn.open_table(Account::TABLE)?, |a: Account| {
        if let Some(up) = a.parent {
            parents.insert(a.id, up);
        }
    })?;
    parents.insert(account, parent);
    let mut at = account;
    let mut steps = 0;
    while let Some(&up) = parents.get(&at) {
        if up == account || steps > parents.len() {
            return Err(StoreError::Conflict(t!(
                "store-account-parent-loop",
                account = p.name.as_str()
            )));
        }
        at = up;
        steps += 1;
    }
    Ok(())
}
