//! The redb store: one file per workspace, a table per record kind, secondary
//! indexes, a schema version, durable single-transaction mutations and undo.
//! Knows nothing of screens.

mod accounts;
mod analytics_feed;
mod check;
mod contacts;
mod error;
mod feed;
pub mod files;
mod forecasts;
mod import;
mod import_owners;
mod import_parties;
mod import_products;
mod import_update;
mod lead_checks;
mod leads;
mod meta;
mod migrate;
mod migrate_v4;
mod mutate;
mod parties;
mod pipelines;
mod quotes;
mod read;
mod record;
mod repair;
mod reviews;
mod stale;
mod tables;
mod tasks;
mod undo;
mod users;

pub use check::Problem;
pub use error::StoreError;
pub use feed::{Change, Feed, Missed, Touched};
pub use import::{Correction, ImportSummary, ImportedDeal, classify_loss};
pub use import_owners::{ImportedOwner, OwnersSummary};
pub use import_parties::{ImportedAccount, ImportedActivity, ImportedContact, PartiesSummary};
pub use import_products::{ImportedPrice, ImportedProduct, ProductsSummary};
pub use leads::{Conversion, Converted, LeadChange, LeadDraft, RulesOutcome};
pub use meta::SCHEMA_VERSION;
pub use mutate::{AccountRef, DealDraft, GateDecision, LossInput, MoveOutcome, Stamp};
pub use repair::{AuditEntry, Deleted};
pub use reviews::{ActionDraft, MAX_ACTIONS};
pub use tasks::{TaskChange, TaskOutcome};
pub use undo::UndoSummary;
pub use users::NewUser;

use crate::domain::Workspace;
use redb::{Database, DatabaseError};
use std::path::{Path, PathBuf};

/// What happened while opening a database, for the caller to tell the user.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpenReport {
    /// The file did not exist (or was empty) and a new workspace was made.
    pub created: bool,
    /// An older schema was migrated; the backup copy made first.
    pub migrated_from: Option<(u32, PathBuf)>,
}

pub struct Store {
    db: Database,
    path: PathBuf,
    report: OpenReport,
    feed: Feed,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Opens the workspace at `path`, creating an empty one (default pipelines and
    /// loss taxonomy) when the file does not exist. Fails at once, without
    /// waiting, when another process holds the file.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Store::open_with(path, PageCache::Working)
    }

    /// As `open`, with redb keeping as many pages as `cache` says.
    pub fn open_with(path: &Path, cache: PageCache) -> Result<Store, StoreError> {
        // Before anything touches it: a FIFO would hang, a device be chmodded.
        files::refuse_special(path)?;
        let fresh = !path.exists()
            || std::fs::metadata(path)
                .map(|m| m.len() == 0)
                .unwrap_or(false);
        if fresh {
            files::ensure_parent(path)?;
            files::create_private(path)?;
        }
        let db = open_db(path, cache)?;
        let mut store = Store {
            db,
            path: path.to_path_buf(),
            report: OpenReport::default(),
            feed: Feed::default(),
        };
        match store.schema_version()? {
            None if fresh => {
                store.initialise(&meta::empty_workspace(), false)?;
                store.report.created = true;
            }
            None => {
                return Err(StoreError::NotADatabase {
                    path: path.to_path_buf(),
                    reason: t!("store-no-schema-version"),
                });
            }
            Some(v) if v > SCHEMA_VERSION => {
                return Err(StoreError::NewerSchema {
                    path: path.to_path_buf(),
                    found: v,
                    supported: SCHEMA_VERSION,
                });
            }
            Some(v) if v < SCHEMA_VERSION => {
                let backup = migrate::backup_then_migrate(&store, v)?;
                // A migration that rewrote every value gives the old pages
                // back, or the file keeps both copies' size.
                if migrate::rewrote_values(v) {
                    store.db.compact()?;
                }
                store.report.migrated_from = Some((v, backup));
            }
            Some(_) => {}
        }
        Ok(store)
    }

    /// Creates a new database at `path` holding `workspace`, written in one
    /// transaction. The file is built beside the target and renamed into place,
    /// so a crash never leaves a half-written workspace. Refuses to overwrite.
    pub fn create_with(
        path: &Path,
        workspace: &Workspace,
        sample: bool,
    ) -> Result<Store, StoreError> {
        if path.exists() {
            return Err(StoreError::Conflict(t!(
                "store-create-exists",
                path = path.display().to_string()
            )));
        }
        files::ensure_parent(path)?;
        let tmp = files::sibling(path, ".partial");
        let _ = std::fs::remove_file(&tmp);
        files::create_private(&tmp)?;
        let built = (|| {
            let mut store = Store {
                db: open_db(&tmp, PageCache::Working)?,
                path: tmp.clone(),
                report: OpenReport::default(),
                feed: Feed::default(),
            };
            store.initialise(workspace, sample)?;
            // A bulk load leaves free pages behind; hand the user a tight file.
            store.db.compact().map_err(|e| StoreError::Db(e.into()))?;
            Ok::<_, StoreError>(())
        })();
        if let Err(e) = built {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
        std::fs::rename(&tmp, path).map_err(|e| StoreError::io(path, e))?;
        let mut store = Store::open(path)?;
        store.report.created = true;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn open_report(&self) -> &OpenReport {
        &self.report
    }

    /// Every commit made through this store, for sessions that share it.
    pub fn feed(&self) -> &Feed {
        &self.feed
    }

    /// A write transaction that records redb's allocator state when it commits
    /// (quick repair): a workspace reopened after a crash loads that record
    /// instead of walking every page of the file. Every write goes through here;
    /// one commit without it would leave the record stale and the next crash
    /// back to a full walk.
    pub(crate) fn begin_write(&self) -> Result<redb::WriteTransaction, StoreError> {
        let mut txn = self.db.begin_write()?;
        txn.set_quick_repair(true);
        Ok(txn)
    }

    /// Commits durably, then tells the sessions sharing this store.
    pub(crate) fn commit(
        &self,
        txn: redb::WriteTransaction,
        by: &str,
        touched: Touched,
    ) -> Result<(), StoreError> {
        check::refuse_after_failed_check(&txn)?;
        txn.commit()?;
        self.feed.committed(by, touched);
        Ok(())
    }

    /// Copies the database to `to` (owner-only), consistent as of the last commit.
    pub fn backup_to(&self, to: &Path) -> Result<u64, StoreError> {
        files::refuse_special(to)?;
        if to.exists() {
            return Err(StoreError::Conflict(t!(
                "store-backup-exists",
                path = to.display().to_string()
            )));
        }
        // Holding a write transaction keeps any other writer out while we copy.
        let guard = self.begin_write()?;
        let bytes = files::copy_private(&self.path, to)?;
        guard.abort()?;
        Ok(bytes)
    }
}

/// How many pages redb keeps once it has read them. It keeps 1 GiB by default:
/// a report that reads every table would keep the whole file resident. The OS
/// page cache still holds the file, so a bounded cache costs little speed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageCache {
    /// The app, the server and `check`, which come back to the same pages
    /// (the tables' inner pages above all): 32 MB.
    Working,
    /// A command that reads what it needs once and ends (a report): 2 MB,
    /// so the pages it has decoded do not stay beside what it made of them.
    OnePass,
}

impl PageCache {
    fn bytes(self) -> usize {
        match self {
            PageCache::Working => 32 * 1024 * 1024,
            PageCache::OnePass => 2 * 1024 * 1024,
        }
    }
}

fn open_db(path: &Path, cache: PageCache) -> Result<Database, StoreError> {
    Database::builder()
        .set_cache_size(cache.bytes())
        .create(path)
        .map_err(|e| match e {
            DatabaseError::DatabaseAlreadyOpen => StoreError::InUse(path.to_path_buf()),
            DatabaseError::Storage(redb::StorageError::Io(io))
                if io.kind() == std::io::ErrorKind::PermissionDenied =>
            {
                StoreError::NotWritable(path.to_path_buf())
            }
            DatabaseError::Storage(redb::StorageError::Io(io))
                if io.kind() != std::io::ErrorKind::InvalidData =>
            {
                StoreError::io(path, io)
            }
            other => StoreError::NotADatabase {
                path: path.to_path_buf(),
                reason: other.to_string(),
            },
        })
}

/// A new deal for the store's own tests: "MES rollout" at Northwind, 42 000 USD.
#[cfg(test)]
pub(crate) fn test_deal_draft() -> DealDraft {
    use crate::domain::{Currency, Money, PipelineId};
    DealDraft {
        title: "MES rollout".into(),
        account: AccountRef::Name("Northwind".into()),
        owner: None,
        amount: Money::new(42_000.into(), Currency::USD),
        expected_close: None,
        pipeline: PipelineId(1),
        stage: None,
        source: "Referral".into(),
        tags: vec![],
        next_step: None,
        next_step_date: None,
    }
}

/// Runs `a` on a second thread and `b` on this one (reads that decode many
/// records split them in two).
pub(crate) fn on_two_threads<A: Send, B>(
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B,
) -> (A, B) {
    std::thread::scope(|threads| {
        let other = threads.spawn(a);
        let b = b();
        let a = other
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (a, b)
    })
}
