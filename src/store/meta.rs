//! The meta table (schema version, sample flag, loss taxonomy) and the initial
//! contents of a new workspace.

use super::Touched;
use super::record::{Record, bump_sequence, decode, encode, insert_batch};
use super::tables::*;
use super::{Store, StoreError};
use crate::domain::*;
use redb::{ReadableDatabase, WriteTransaction};

/// Version of the stored layout. Bump it with a step in `migrate.rs`.
/// 5: a report cache older builds would not keep up to date (they must not
/// open these files).
pub const SCHEMA_VERSION: u32 = 5;

const KEY_SCHEMA: &str = "schema_version";
const KEY_SAMPLE: &str = "sample";
pub(super) const KEY_LOSS_REASONS: &str = "loss_reasons";

/// A workspace with nothing but the default pipelines and loss taxonomy — in
/// Chinese when the app speaks it.
pub fn empty_workspace() -> Workspace {
    let workspace = Workspace {
        pipelines: crate::domain::defaults::pipelines(chrono::Utc::now()),
        loss_reasons: crate::domain::defaults::loss_taxonomy(),
        ..Workspace::default()
    };
    if crate::i18n::lang() == crate::i18n::Lang::ZhCn {
        // The built-in words always translate; were they broken, English serves.
        return crate::sample::in_chinese(workspace.clone()).unwrap_or(workspace);
    }
    workspace
}

pub(super) fn write_schema_version(txn: &WriteTransaction, version: u32) -> Result<(), StoreError> {
    txn.open_table(META)?
        .insert(KEY_SCHEMA, version.to_le_bytes().as_slice())?;
    Ok(())
}

/// Writes a kind's records into an empty workspace: each table opened once,
/// index entries written in order (millions of records in a sample).
fn put_all<R: Record>(txn: &WriteTransaction, records: &[R]) -> Result<(), StoreError> {
    insert_batch(txn, records)?;
    let max = records.iter().map(Record::key).max().unwrap_or(0);
    bump_sequence::<R>(txn, max)
}

impl Store {
    pub(super) fn schema_version(&self) -> Result<Option<u32>, StoreError> {
        let txn = self.db.begin_read()?;
        let Some(table) = super::record::made(txn.open_table(META))? else {
            return Ok(None);
        };
        let Some(bytes) = table.get(KEY_SCHEMA)? else {
            return Ok(None);
        };
        let raw: [u8; 4] = bytes
            .value()
            .try_into()
            .map_err(|_| StoreError::NotADatabase {
                path: self.path.clone(),
                reason: t!("store-schema-version-unreadable"),
            })?;
        Ok(Some(u32::from_le_bytes(raw)))
    }

    /// Writes a whole workspace into an empty database in one transaction.
    pub(super) fn initialise(&self, ws: &Workspace, sample: bool) -> Result<(), StoreError> {
        let mut txn = self.begin_write()?;
        // One big load: no need to fsync pages twice.
        txn.set_two_phase_commit(false);
        write_schema_version(&txn, SCHEMA_VERSION)?;
        {
            let mut meta = txn.open_table(META)?;
            if sample {
                meta.insert(KEY_SAMPLE, [1u8].as_slice())?;
            }
            meta.insert(KEY_LOSS_REASONS, encode(&ws.loss_reasons)?.as_slice())?;
        }
        put_all(&txn, &ws.pipelines)?;
        put_all(&txn, &ws.owners)?;
        put_all(&txn, &ws.accounts)?;
        put_all(&txn, &ws.contacts)?;
        put_all(&txn, &ws.deals)?;
        put_all(&txn, &ws.stage_events)?;
        put_all(&txn, &ws.activities)?;
        put_all(&txn, &ws.products)?;
        put_all(&txn, &ws.price_lists)?;
        put_all(&txn, &ws.quotes)?;
        put_all(&txn, &ws.leads)?;
        put_all(&txn, &ws.lead_events)?;
        put_all(&txn, &ws.reviews)?;
        put_all(&txn, &ws.improvement_actions)?;
        // Stage ids live inside pipelines but share one sequence.
        let max_stage = ws
            .pipelines
            .iter()
            .flat_map(|p| p.stages.iter().map(|s| s.id.0))
            .max()
            .unwrap_or(0);
        {
            let mut seq = txn.open_table(SEQUENCES)?;
            seq.insert("stage", max_stage + 1)?;
        }
        // Make sure every table exists so readers never meet a missing one.
        for table in ALL_RECORD_TABLES.into_iter().chain(ALL_MIRRORS) {
            txn.open_table(table)?;
        }
        for index in ALL_INDEXES {
            txn.open_multimap_table(index)?;
        }
        txn.commit()?;
        Ok(())
    }

    /// Whether this workspace is the generated sample (the title bar says so).
    pub fn is_sample(&self) -> Result<bool, StoreError> {
        let txn = self.db.begin_read()?;
        let meta = txn.open_table(META)?;
        Ok(meta.get(KEY_SAMPLE)?.is_some())
    }

    /// The editable loss-reason taxonomy.
    pub fn loss_reasons(&self) -> Result<Vec<LossCategory>, StoreError> {
        let txn = self.db.begin_read()?;
        let meta = txn.open_table(META)?;
        match meta.get(KEY_LOSS_REASONS)? {
            Some(bytes) => decode("loss taxonomy", 0, bytes.value()),
            None => Ok(Vec::new()),
        }
    }

    /// Replaces the loss-reason taxonomy.
    pub fn set_loss_reasons(
        &self,
        reasons: &[LossCategory],
        stamp: super::Stamp,
    ) -> Result<(), StoreError> {
        let txn = self.begin_write()?;
        super::users::authorize_admin(&txn, stamp)?;
        txn.open_table(META)?
            .insert(KEY_LOSS_REASONS, encode(&reasons.to_vec())?.as_slice())?;
        self.commit(txn, stamp.by, Touched::Everything)?;
        Ok(())
    }
}
