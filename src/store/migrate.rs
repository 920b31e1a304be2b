//! Schema migrations. An older file is first copied to an owner-only backup,
//! then upgraded step by step in one transaction; secondary indexes are always
//! rebuilt from the records, since they are derived data.

use super::meta::{SCHEMA_VERSION, write_schema_version};
use super::record::{Record, add_checksum, decode_record, insert_new};
use super::tables::*;
use super::{Store, StoreError, files};
use crate::domain::*;
use chrono::Utc;
use redb::{ReadableTable, TableHandle, WriteTransaction};
use std::path::PathBuf;

pub(super) fn backup_then_migrate(store: &Store, from: u32) -> Result<PathBuf, StoreError> {
    let stamp = Utc::now().format("%Y%m%dT%H%M%S");
    let backup = files::sibling(&store.path, &format!(".v{from}-backup-{stamp}"));
    store.backup_to(&backup)?;
    let txn = store.begin_write()?;
    // Schema 0 files predate the secondary indexes, schema 1 files the
    // open-deals mirror, schema 2 files the values' checksums, schema 3 files
    // the optional close date, main product and CRM ids (`migrate_v4`), which
    // also rebuild the derived tables. Future steps go here: `if from < 6 { … }`.
    if from < 3 {
        add_checksums(&txn)?;
    }
    if from < 4 {
        super::migrate_v4::upgrade(&txn)?;
        rebuild_indexes(&txn)?;
    }
    // Schema 5 adds the report cache: nothing to rewrite, and any cache an
    // older build left behind is dropped.
    txn.delete_table(super::tables::REPORT_CACHE)?;
    write_schema_version(&txn, SCHEMA_VERSION)?;
    txn.commit()?;
    Ok(backup)
}

/// Whether a migration from `from` rewrote every value (the file then wants
/// compacting).
pub(super) fn rewrote_values(from: u32) -> bool {
    from < 4
}

/// Schema 3: every stored value ends with the CRC-32 of its bytes.
fn add_checksums(txn: &WriteTransaction) -> Result<(), StoreError> {
    for table in ALL_RECORD_TABLES.into_iter().chain([USERS]) {
        let rows: Vec<(u64, Vec<u8>)> = match txn.open_table(table) {
            Ok(t) => t
                .iter()?
                .map(|row| row.map(|(k, v)| (k.value(), v.value().to_vec())))
                .collect::<Result<_, _>>()?,
            Err(e) => return Err(e.into()),
        };
        let mut t = txn.open_table(table)?;
        for (key, value) in rows {
            t.insert(key, add_checksum(&value).as_slice())?;
        }
    }
    // Named values: the loss taxonomy in META (the schema version and the
    // sample mark are raw bytes), and every forecast snapshot.
    for table in [META, super::forecasts::FORECAST_SNAPSHOTS] {
        let rows: Vec<(String, Vec<u8>)> = txn
            .open_table(table)?
            .iter()?
            .map(|row| row.map(|(k, v)| (k.value().to_string(), v.value().to_vec())))
            .collect::<Result<_, _>>()?;
        let mut t = txn.open_table(table)?;
        for (key, value) in rows {
            if table.name() != META.name() || key == super::meta::KEY_LOSS_REASONS {
                t.insert(key.as_str(), add_checksum(&value).as_slice())?;
            }
        }
    }
    Ok(())
}

fn reindex<R: Record>(txn: &WriteTransaction) -> Result<(), StoreError> {
    let records: Vec<R> = {
        let table = txn.open_table(R::TABLE)?;
        let mut out = Vec::new();
        for row in table.iter()? {
            let (key, value) = row?;
            out.push(decode_record::<R>(key.value(), value.value())?);
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
