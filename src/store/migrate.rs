//! Schema migrations. An older file is first copied to an owner-only backup,
//! then upgraded step by step in one transaction; secondary indexes are always
//! rebuilt from the records, since they are derived data.

use super::meta::{SCHEMA_VERSION, write_schema_version};
use super::record::{Record, decode, insert_new};
use super::tables::*;
use super::{Store, StoreError, files};
use crate::domain::*;
use chrono::Utc;
use redb::{ReadableTable, WriteTransaction};
use std::path::PathBuf;

pub(super) fn backup_then_migrate(store: &Store, from: u32) -> Result<PathBuf, StoreError> {
    let stamp = Utc::now().format("%Y%m%dT%H%M%S");
    let backup = files::sibling(&store.path, &format!(".v{from}-backup-{stamp}"));
    store.backup_to(&backup)?;
    let txn = store.db.begin_write()?;
    // Schema 0 files predate the secondary indexes, schema 1 files the
    // open-deals mirror; no record layout changed since, so rebuilding the
    // derived tables is the whole upgrade. Future steps go here: `if from < 3 { … }`.
    rebuild_indexes(&txn)?;
    write_schema_version(&txn, SCHEMA_VERSION)?;
    txn.commit()?;
    Ok(backup)
}

fn reindex<R: Record>(txn: &WriteTransaction) -> Result<(), StoreError> {
    let records: Vec<R> = {
        let table = txn.open_table(R::TABLE)?;
        let mut out = Vec::new();
        for row in table.iter()? {
            let (key, value) = row?;
            out.push(decode(R::KIND, key.value(), value.value())?);
        }
        out
    };
    for r in &records {
        insert_new(txn, r)?;
    }
    Ok(())
}

pub(super) fn rebuild_indexes(txn: &WriteTransaction) -> Result<(), StoreError> {
    for index in ALL_INDEXES {
        txn.delete_multimap_table(index)?;
        txn.open_multimap_table(index)?;
    }
    for mirror in ALL_MIRRORS {
        txn.delete_table(mirror)?;
        txn.open_table(mirror)?;
    }
    reindex::<Deal>(txn)?;
    reindex::<StageEvent>(txn)?;
    reindex::<Activity>(txn)?;
    reindex::<Contact>(txn)?;
    reindex::<Quote>(txn)?;
    Ok(())
}
