//! What the lead pool's changes check and record on their way: each event
//! of a lead's history, who may assign or work a lead, the duplicate index,
//! and a converted lead's contact found again at its account.

use super::record::{Record, get, insert_new, next_id};
use super::undo::Before;
use super::users::{acting_user, authorize_owned};
use super::{Stamp, StoreError};
use crate::domain::lead_pool::DedupIndex;
use crate::domain::*;
use redb::WriteTransaction;

pub(super) fn record_event(
    txn: &WriteTransaction,
    lead: LeadId,
    kind: LeadEventKind,
    by: &str,
    stamp: Stamp,
    undo: &mut Vec<Before>,
) -> Result<(), StoreError> {
    let event = LeadEvent {
        id: LeadEventId(next_id::<LeadEvent>(txn)?),
        lead,
        kind,
        by: by.to_string(),
        at: stamp.at,
    };
    insert_new(txn, &event)?;
    undo.push(Before::LeadEvent(event.id.0, None));
    Ok(())
}

pub(super) fn owner_name(txn: &WriteTransaction, id: OwnerId) -> Result<String, StoreError> {
    Ok(get::<Owner>(txn, id.0)?
        .map(|o| o.name)
        .unwrap_or_else(|| format!("owner {id}")))
}

pub(super) fn checked_text(field: &'static str, text: &str) -> Result<String, StoreError> {
    let text = text.trim();
    crate::domain::validate::text(field, text, MAX_TEXT, true)?;
    Ok(text.to_string())
}

/// Handing leads to others is a manager's (or director's) work.
pub(super) fn may_assign(txn: &WriteTransaction, stamp: Stamp) -> Result<(), StoreError> {
    match acting_user(txn, stamp)? {
        Some(actor) if actor.role == Role::Rep => Err(StoreError::NotPermitted(Denied(t!(
            "store-lead-rep-cannot-assign",
            name = actor.owner.name.as_str()
        )))),
        _ => Ok(()),
    }
}

/// Working a lead is its owner's (or their manager's); a pool lead anyone's.
pub(super) fn may_work(
    txn: &WriteTransaction,
    stamp: Stamp,
    lead: &Lead,
) -> Result<(), StoreError> {
    match lead.owner {
        Some(owner) => authorize_owned(txn, stamp, &lead.company, owner),
        None => Ok(()),
    }
}

/// Every lead, account and contact, to name what a lead duplicates.
pub(super) fn dedup_in(txn: &WriteTransaction) -> Result<DedupIndex, StoreError> {
    let (mut leads, mut accounts, mut contacts) = (Vec::new(), Vec::new(), Vec::new());
    super::record::each_in(&txn.open_table(Lead::TABLE)?, |l: Lead| leads.push(l))?;
    super::record::each_in(&txn.open_table(Account::TABLE)?, |a: Account| {
        accounts.push(a)
    })?;
    super::record::each_in(&txn.open_table(Contact::TABLE)?, |c: Contact| {
        contacts.push(c)
    })?;
    Ok(DedupIndex::build(&leads, &accounts, &contacts))
}

/// The account's contact who is the lead's person: same email, phone or name.
pub(super) fn known_contact(
    txn: &WriteTransaction,
    account: &Account,
    lead: &Lead,
) -> Result<Option<Contact>, StoreError> {
    use crate::domain::lead_pool::{normal_email, normal_phone};
    let ids: Vec<u64> = {
        use redb::ReadableMultimapTable;
        let index = txn.open_multimap_table(super::tables::CONTACTS_BY_ACCOUNT)?;
        index
            .get(account.id.0)?
            .map(|r| r.map(|g| g.value()))
            .collect::<Result<_, _>>()?
    };
    for id in ids {
        let Some(c) = get::<Contact>(txn, id)? else {
            continue;
        };
        let same_email =
            normal_email(&c.email).is_some() && normal_email(&c.email) == normal_email(&lead.email);
        let same_phone =
            normal_phone(&c.phone).is_some() && normal_phone(&c.phone) == normal_phone(&lead.phone);
        let same_name = !lead.contact_name.trim().is_empty()
            && c.name.trim().eq_ignore_ascii_case(lead.contact_name.trim());
        if same_email || same_phone || same_name {
            return Ok(Some(c));
        }
    }
    Ok(None)
}
