//! Taking a deal out of the workspace: `deal delete` (an admin's change, undoable,
//! audited) and its repair form for a record too damaged to read, which removes
//! the raw value, every index entry naming it and what refers to it. Repairs are
//! the only changes a workspace takes after a failed check.

use super::Touched;
use super::record::{Record, delete, get, insert_new, next_id};
use super::tables::*;
use super::undo::{Before, push_undo};
use super::users::authorize_admin;
use super::{Stamp, Store, StoreError};
use crate::domain::*;
use chrono::{DateTime, Utc};
use redb::{ReadableMultimapTable, ReadableTable, WriteTransaction};
use serde::{Deserialize, Serialize};

/// One admin change, kept for good (the undo list forgets; this does not).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: u64,
    #[serde(with = "crate::domain::wire::instant")]
    pub at: DateTime<Utc>,
    pub by: String,
    /// What was done, in words.
    pub what: String,
}

impl Record for AuditEntry {
    const TABLE: RecordTable = AUDIT;
    const KIND: &'static str = "audit entry";
    fn key(&self) -> u64 {
        self.id
    }
}

/// What a deletion took out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deleted {
    pub deal: DealId,
    /// The deal's title, when its record could still be read.
    pub title: Option<String>,
    pub events: usize,
    pub activities: usize,
    pub quotes: usize,
    /// Whether `undo` can put it back (not for a damaged record).
    pub undoable: bool,
}

impl Store {
    /// Deletes a deal with its stage events, activities and quotes. Admin only.
    /// A readable deal goes onto the undo list; with `repair`, a deal whose record
    /// is damaged is removed too (not undoable), and the change is taken even
    /// after a failed check. Either way an audit entry records it.
    pub fn delete_deal(
        &self,
        id: DealId,
        repair: bool,
        stamp: Stamp,
    ) -> Result<Deleted, StoreError> {
        let txn = self.begin_write()?;
        authorize_admin(&txn, stamp)?;
        let present = txn.open_table(DEALS)?.get(id.0)?.is_some();
        if !present {
            return Err(StoreError::NotFound {
                kind: "deal",
                id: id.0,
            });
        }
        let deleted = match get::<Deal>(&txn, id.0) {
            Ok(Some(deal)) => delete_readable(&txn, deal, stamp)?,
            Ok(None) => {
                return Err(StoreError::NotFound {
                    kind: "deal",
                    id: id.0,
                });
            }
            Err(StoreError::Damaged { .. } | StoreError::Decode { .. }) if repair => {
                delete_damaged(&txn, id)?
            }
            Err(e @ (StoreError::Damaged { .. } | StoreError::Decode { .. })) => {
                return Err(StoreError::Conflict(format!(
                    "{e}\n{}",
                    t!("store-repair-hint", id = id.to_string())
                )));
            }
            Err(e) => return Err(e),
        };
        let args = crate::i18n::args([
            ("id", id.to_string().into()),
            ("title", deleted.title.clone().unwrap_or_default().into()),
            ("events", deleted.events.into()),
            ("activities", deleted.activities.into()),
            ("quotes", deleted.quotes.into()),
            (
                "damaged",
                if deleted.undoable { "no" } else { "yes" }.into(),
            ),
        ]);
        let key = if deleted.title.is_some() {
            "store-audit-deleted-titled-deal"
        } else {
            "store-audit-deleted-deal"
        };
        let what = crate::i18n::message(key, Some(&args));
        audit(&txn, stamp, what)?;
        if repair {
            // A repair is what a failed check waits for: it commits past it.
            txn.commit()?;
            self.feed.committed(stamp.by, Touched::Everything);
        } else {
            self.commit(txn, stamp.by, Touched::Everything)?;
        }
        Ok(deleted)
    }

    /// Every admin change, oldest first.
    pub fn audit_log(&self) -> Result<Vec<AuditEntry>, StoreError> {
        let txn = self.read()?;
        super::read::all_or_none(&txn)
    }
}

/// Adds an entry to the audit log (in the change's own transaction).
pub(super) fn audit(txn: &WriteTransaction, stamp: Stamp, what: String) -> Result<(), StoreError> {
    let entry = AuditEntry {
        id: next_id::<AuditEntry>(txn)?,
        at: stamp.at,
        by: stamp.by.to_string(),
        what,
    };
    insert_new(txn, &entry)
}

/// A deal's fields as people read them in an audit line or a stale-edit
/// refusal: each with the catalogue key of its name and its shown value.
pub(super) fn shown_fields(deal: &Deal) -> [(&'static str, String); 9] {
    [
        ("store-field-title", deal.title.clone()),
        ("store-field-amount", deal.amount.to_string()),
        (
            "store-field-expected-close",
            crate::format::day_or_none(deal.expected_close),
        ),
        ("store-field-stage", deal.stage.to_string()),
        ("store-field-status", deal.status.label().to_string()),
        (
            "store-field-next-step",
            deal.next_step.clone().unwrap_or_default(),
        ),
        ("store-field-owner", deal.owner.to_string()),
        ("store-field-source", deal.source.clone()),
        ("store-field-tags", crate::domain::list(&deal.tags)),
    ]
}

/// "edited deal 12 "MES rollout": amount 8e24 USD → 42,000.00 USD; title …"
pub(super) fn describe_edit(before: &Deal, after: &Deal) -> String {
    let mut changes: Vec<String> = shown_fields(before)
        .into_iter()
        .zip(shown_fields(after))
        .filter(|((_, was), (_, now))| was != now)
        .map(|((name, was), (_, now))| {
            t!(
                "store-audit-field-change",
                field = crate::i18n::message(name, None),
                was = was,
                now = now
            )
        })
        .collect();
    if changes.is_empty() {
        changes.push(t!("store-audit-no-field-changed"));
    }
    t!(
        "store-audit-edited-deal",
        id = after.id.to_string(),
        title = after.title.as_str(),
        changes = changes.join(&t!("store-undo-separator"))
    )
}

/// Ids an index lists under `key`.
fn listed(txn: &WriteTransaction, index: IndexTable, key: u64) -> Result<Vec<u64>, StoreError> {
    let table = txn.open_multimap_table(index)?;
    let ids = table
        .get(key)?
        .map(|r| r.map(|g| g.value()))
        .collect::<Result<_, _>>()?;
    Ok(ids)
}

fn delete_readable(
    txn: &WriteTransaction,
    deal: Deal,
    stamp: Stamp,
) -> Result<Deleted, StoreError> {
    let mut before = Vec::new();
    let events = listed(txn, EVENTS_BY_DEAL, deal.id.0)?;
    for id in &events {
        if let Some(event) = delete::<StageEvent>(txn, *id)? {
            before.push(Before::Event(*id, Some(Box::new(event))));
        }
    }
    let activities = listed(txn, ACTIVITIES_BY_DEAL, deal.id.0)?;
    for id in &activities {
        if let Some(activity) = delete::<Activity>(txn, *id)? {
            before.push(Before::Activity(*id, Some(Box::new(activity))));
        }
    }
    let quotes = listed(txn, QUOTES_BY_DEAL, deal.id.0)?;
    for id in &quotes {
        if let Some(quote) = delete::<Quote>(txn, *id)? {
            before.push(Before::Quote(*id, Some(Box::new(quote))));
        }
    }
    delete::<Deal>(txn, deal.id.0)?;
    let title = deal.title.clone();
    before.push(Before::Deal(deal.id.0, Some(Box::new(deal.clone()))));
    push_undo(
        txn,
        t!("store-undo-delete-deal", deal = title.as_str()),
        stamp,
        before,
        vec![],
    )?;
    Ok(Deleted {
        deal: deal.id,
        title: Some(title),
        events: events.len(),
        activities: activities.len(),
        quotes: quotes.len(),
        undoable: true,
    })
}

/// A record removed by its key alone: its value, its mirror copy, and every
/// index entry naming it (the record cannot say which keys it was under).
fn remove_raw(
    txn: &WriteTransaction,
    table: RecordTable,
    mirrors: &[RecordTable],
    indexes: &[IndexTable],
    id: u64,
) -> Result<(), StoreError> {
    txn.open_table(table)?.remove(id)?;
    for mirror in mirrors {
        txn.open_table(*mirror)?.remove(id)?;
    }
    for index in indexes {
        let mut t = txn.open_multimap_table(*index)?;
        let keys: Vec<u64> = {
            let mut keys = Vec::new();
            for row in t.iter()? {
                let (key, values) = row?;
                for value in values {
                    if value?.value() == id {
                        keys.push(key.value());
                    }
                }
            }
            keys
        };
        for key in keys {
            t.remove(key, id)?;
        }
    }
    Ok(())
}

/// The repair: a damaged deal and what refers to it, readable or not.
fn delete_damaged(txn: &WriteTransaction, id: DealId) -> Result<Deleted, StoreError> {
    let events = listed(txn, EVENTS_BY_DEAL, id.0)?;
    for e in &events {
        remove_raw(txn, STAGE_EVENTS, &[], &[EVENTS_BY_DEAL], *e)?;
    }
    let activities = listed(txn, ACTIVITIES_BY_DEAL, id.0)?;
    for a in &activities {
        remove_raw(txn, ACTIVITIES, &[], &[ACTIVITIES_BY_DEAL], *a)?;
    }
    let quotes = listed(txn, QUOTES_BY_DEAL, id.0)?;
    for q in &quotes {
        remove_raw(txn, QUOTES, &[], &[QUOTES_BY_DEAL], *q)?;
    }
    remove_raw(
        txn,
        DEALS,
        &[OPEN_DEALS],
        &[
            DEALS_BY_STAGE,
            DEALS_BY_OWNER,
            DEALS_BY_ACCOUNT,
            DEALS_BY_CLOSE_MONTH,
        ],
        id.0,
    )?;
    Ok(Deleted {
        deal: id,
        title: None,
        events: events.len(),
        activities: activities.len(),
        quotes: quotes.len(),
        undoable: false,
    })
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, set_session_lang};
    use crate::store::{Stamp, Store};
    use chrono::{Duration, TimeZone, Utc};

    fn store_with_deal() -> (tempfile::TempDir, Store, crate::domain::Deal) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("w.redb")).unwrap();
        let deal = store
            .create_deal(crate::store::test_deal_draft(), stamp(0))
            .unwrap();
        (dir, store, deal)
    }

    fn stamp(days: i64) -> Stamp<'static> {
        Stamp {
            by: "admin",
            at: Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap() + Duration::days(days),
        }
    }

    #[test]
    fn audit_entries_are_worded_in_the_language_of_who_made_the_change() {
        let (_dir, store, deal) = store_with_deal();
        let mut edited = deal.clone();
        edited.title = "MES phase 2".into();
        set_session_lang(Lang::ZhCn);
        let edited = store.correct_deal(&edited, stamp(1)).unwrap();
        store.delete_deal(edited.id, false, stamp(2)).unwrap();
        let said = store.undo(stamp(3));
        set_session_lang(Lang::En);
        let log = store.audit_log().unwrap();
        assert_eq!(
            log[0].what,
            format!(
                "编辑了商机 {}“MES phase 2”：标题 MES rollout → MES phase 2",
                deal.id
            )
        );
        assert_eq!(
            log[1].what,
            format!(
                "删除了商机 {}“MES phase 2”及其 1 条阶段记录、0 条跟进、0 份报价",
                deal.id
            )
        );
        assert_eq!(said.unwrap().unwrap().label, "删除商机 MES phase 2");
    }

    #[test]
    fn audit_entries_in_english_are_unchanged() {
        set_session_lang(Lang::En);
        let (_dir, store, deal) = store_with_deal();
        let mut edited = deal.clone();
        edited.title = "MES phase 2".into();
        let edited = store.correct_deal(&edited, stamp(1)).unwrap();
        store.delete_deal(edited.id, false, stamp(2)).unwrap();
        let log = store.audit_log().unwrap();
        assert_eq!(
            log[0].what,
            format!(
                "edited deal {} \"MES phase 2\": title MES rollout → MES phase 2",
                deal.id
            )
        );
        assert_eq!(
            log[1].what,
            format!(
                "deleted deal {} \"MES phase 2\" with 1 stage event, 0 activities, 0 quotes",
                deal.id
            )
        );
    }
}
