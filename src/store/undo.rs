//! Undo: every change stores the records it touched as they were before it.
//! Undoing is a new transaction that puts them back and appends reverting stage
//! events — history is never rewritten, so analytics can cancel undone moves.

use super::Touched;
use super::record::{Record, decode, delete, get, insert_new, next_id, require, restore};
use super::tables::{EVENTS_BY_DEAL, QUOTES_BY_DEAL, UNDO};
use super::{Stamp, Store, StoreError};
use crate::domain::*;
use chrono::{DateTime, Utc};
use redb::{ReadableMultimapTable, ReadableTable, ReadableTableMetadata, WriteTransaction};
use serde::{Deserialize, Serialize};

/// How many changes can be undone.
const UNDO_DEPTH: usize = 200;

/// A record as it was before a change (None: it did not exist).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) enum Before {
    Deal(u64, Option<Box<Deal>>),
    Account(u64, Option<Box<Account>>),
    Contact(u64, Option<Box<Contact>>),
    Activity(u64, Option<Box<Activity>>),
    Owner(u64, Option<Box<Owner>>),
    Quote(u64, Option<Box<Quote>>),
    Lead(u64, Option<Box<Lead>>),
    /// Stage events come back with a deleted deal (variants are appended:
    /// stored entries keep their meaning).
    Event(u64, Option<Box<StageEvent>>),
    LeadEvent(u64, Option<Box<LeadEvent>>),
    Pipeline(u64, Option<Box<Pipeline>>),
    Product(u64, Option<Box<Product>>),
    PriceList(u64, Option<Box<PriceList>>),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct UndoEntry {
    pub(super) id: u64,
    pub(super) label: String,
    #[serde(with = "crate::domain::wire::instant")]
    pub(super) at: DateTime<Utc>,
    pub(super) by: String,
    pub(super) before: Vec<Before>,
    /// Stage events the change appended.
    pub(super) events: Vec<EventId>,
}

impl Record for UndoEntry {
    const TABLE: super::tables::RecordTable = UNDO;
    const KIND: &'static str = "undo";
    fn key(&self) -> u64 {
        self.id
    }
}

/// What an undo put back, to tell the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UndoSummary {
    pub label: String,
    pub deal: Option<DealId>,
}

pub(super) fn push_undo(
    txn: &WriteTransaction,
    label: String,
    stamp: Stamp,
    before: Vec<Before>,
    events: Vec<EventId>,
) -> Result<(), StoreError> {
    let entry = UndoEntry {
        id: next_id::<UndoEntry>(txn)?,
        label,
        at: stamp.at,
        by: stamp.by.to_string(),
        before,
        events,
    };
    insert_new(txn, &entry)?;
    let mut table = txn.open_table(UNDO)?;
    while table.len()? as usize > UNDO_DEPTH {
        if table.pop_first()?.is_none() {
            break;
        }
    }
    Ok(())
}

impl Store {
    /// Reverts the most recent change — in a workspace with users, the most
    /// recent change of the person asking, and only while nobody has changed
    /// the same records since. Returns None when there is nothing to undo.
    pub fn undo(&self, stamp: Stamp) -> Result<Option<UndoSummary>, StoreError> {
        let txn = self.begin_write()?;
        let Some(entry) = entry_to_undo(&txn, stamp)? else {
            return Ok(None);
        };
        if let Some(why) = untracked_change_since(&txn, &entry)? {
            // Reverting would overwrite (or orphan) that change; the entry
            // leaves the list so the next `u` goes on to older changes.
            txn.open_table(UNDO)?.remove(entry.id)?;
            self.commit(txn, stamp.by, Touched::Nothing)?;
            return Err(StoreError::Conflict(t!(
                "store-undo-untracked",
                why = why,
                label = entry.label.as_str()
            )));
        }
        let mut touched_deal = None;
        for before in entry.before.iter().rev() {
            match before {
                Before::Deal(k, v) => {
                    touched_deal = Some(DealId(*k));
                    if v.is_none() {
                        remove_events_of(&txn, DealId(*k))?;
                    }
                    restore(&txn, *k, v.as_deref())?
                }
                Before::Account(k, v) => restore(&txn, *k, v.as_deref())?,
                Before::Contact(k, v) => restore(&txn, *k, v.as_deref())?,
                Before::Activity(k, v) => {
                    if let Some(Activity { deal: Some(d), .. }) = get::<Activity>(&txn, *k)? {
                        touched_deal.get_or_insert(d);
                    }
                    restore(&txn, *k, v.as_deref())?
                }
                Before::Owner(k, v) => restore(&txn, *k, v.as_deref())?,
                Before::Quote(k, v) => restore(&txn, *k, v.as_deref())?,
                Before::Lead(k, v) => restore(&txn, *k, v.as_deref())?,
                Before::Event(k, v) => restore(&txn, *k, v.as_deref())?,
                Before::LeadEvent(k, v) => restore(&txn, *k, v.as_deref())?,
                Before::Pipeline(k, v) => restore(&txn, *k, v.as_deref())?,
                Before::Product(k, v) => restore(&txn, *k, v.as_deref())?,
                Before::PriceList(k, v) => restore(&txn, *k, v.as_deref())?,
            }
        }
        for event_id in entry.events.iter().rev() {
            let Some(event) = get::<StageEvent>(&txn, event_id.0)? else {
                continue; // removed with its deal above
            };
            let Some(from) = event.from else { continue };
            let deal: Deal = require(&txn, event.deal.0)?;
            let revert = StageEvent {
                id: EventId(next_id::<StageEvent>(&txn)?),
                deal: event.deal,
                from: Some(event.to),
                to: from,
                at: stamp.at.max(event.at),
                by: stamp.by.to_string(),
                gate_overrides: Vec::new(),
                reverts: Some(event.id),
                imported: false,
            };
            debug_assert_eq!(deal.stage, from);
            insert_new(&txn, &revert)?;
        }
        txn.open_table(UNDO)?.remove(entry.id)?;
        self.commit(
            txn,
            stamp.by,
            touched_deal.map_or(Touched::Everything, |d| Touched::Deals(vec![d])),
        )?;
        Ok(Some(UndoSummary {
            label: entry.label,
            deal: touched_deal,
        }))
    }
}

/// A change to one of the entry's deals made since by something `u` does not
/// track — a quote made on a deal the entry created, a loss triaged in a
/// review, an import — said in words; None when reverting is safe.
fn untracked_change_since(
    txn: &WriteTransaction,
    entry: &UndoEntry,
) -> Result<Option<String>, StoreError> {
    for before in &entry.before {
        let Before::Deal(key, was) = before else {
            continue;
        };
        let Some(now) = get::<Deal>(txn, *key)? else {
            continue;
        };
        if was.is_none() {
            let quote_ids: Vec<u64> = {
                let index = txn.open_multimap_table(QUOTES_BY_DEAL)?;
                index
                    .get(*key)?
                    .map(|r| r.map(|g| g.value()))
                    .collect::<Result<_, _>>()?
            };
            if let Some(first) = quote_ids.first()
                && let Some(quote) = get::<Quote>(txn, *first)?
            {
                return Ok(Some(t!(
                    "store-undo-quote-since",
                    quote = quote.number.as_str()
                )));
            }
        }
        // The change left the deal's `updated_at` at most this; anything later
        // was written by a change that is not on the undo list.
        let bound = was.as_ref().map_or(entry.at, |w| {
            entry.at.max(w.updated_at).max(w.stage_entered_at)
        });
        if now.updated_at > bound {
            let triaged = now.loss.as_ref().is_some_and(|l| l.recorded_at > bound);
            return Ok(Some(if triaged {
                t!("store-undo-loss-classified-since")
            } else {
                t!("store-undo-changed-since", deal = now.title.as_str())
            }));
        }
    }
    Ok(None)
}

fn remove_events_of(txn: &WriteTransaction, deal: DealId) -> Result<(), StoreError> {
    let ids: Vec<u64> = {
        let index = txn.open_multimap_table(EVENTS_BY_DEAL)?;
        index
            .get(deal.0)?
            .map(|r| r.map(|g| g.value()))
            .collect::<Result<_, _>>()?
    };
    for id in ids {
        delete::<StageEvent>(txn, id)?;
    }
    Ok(())
}

/// Who made the latest change to a deal that is still on the undo stack.
pub(super) fn last_change_by(
    txn: &WriteTransaction,
    deal: DealId,
) -> Result<Option<String>, StoreError> {
    let table = txn.open_table(UNDO)?;
    for row in table.iter()?.rev() {
        let (key, value) = row?;
        let entry: UndoEntry = decode("undo", key.value(), value.value())?;
        if entry
            .before
            .iter()
            .any(|b| matches!(b, Before::Deal(k, _) if *k == deal.0))
        {
            return Ok(Some(entry.by));
        }
    }
    Ok(None)
}

/// The change `undo` reverts: the newest entry, or with users the newest by
/// the person asking — refused when a later change by someone else touched
/// one of its records (undoing it would silently overwrite theirs).
fn entry_to_undo(txn: &WriteTransaction, stamp: Stamp) -> Result<Option<UndoEntry>, StoreError> {
    let per_person = super::users::acting_user(txn, stamp)?.is_some();
    let table = txn.open_table(UNDO)?;
    let mut later: Vec<UndoEntry> = Vec::new();
    for row in table.iter()?.rev() {
        let (key, value) = row?;
        let entry: UndoEntry = decode("undo", key.value(), value.value())?;
        if per_person && entry.by != stamp.by {
            later.push(entry);
            continue;
        }
        let records: Vec<(u8, u64)> = entry.before.iter().map(Before::record).collect();
        if let Some(other) = later
            .iter()
            .find(|l| l.before.iter().any(|b| records.contains(&b.record())))
        {
            return Err(StoreError::Conflict(t!(
                "store-undo-someone-since",
                label = entry.label.as_str(),
                by = other.by.as_str(),
                their = other.label.as_str()
            )));
        }
        return Ok(Some(entry));
    }
    Ok(None)
}

impl Before {
    /// (kind, key) of the record, to tell whether two changes touched the same one.
    fn record(&self) -> (u8, u64) {
        match self {
            Before::Deal(k, _) => (0, *k),
            Before::Account(k, _) => (1, *k),
            Before::Contact(k, _) => (2, *k),
            Before::Activity(k, _) => (3, *k),
            Before::Owner(k, _) => (4, *k),
            Before::Quote(k, _) => (5, *k),
            Before::Lead(k, _) => (6, *k),
            Before::Event(k, _) => (7, *k),
            Before::LeadEvent(k, _) => (8, *k),
            Before::Pipeline(k, _) => (9, *k),
            Before::Product(k, _) => (10, *k),
            Before::PriceList(k, _) => (11, *k),
        }
    }
}
