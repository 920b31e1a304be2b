//! `dealdeck check`: redb's own integrity check, every stored value's checksum,
//! index consistency and the domain invariants. A failed check is remembered:
//! until a check passes (after a restore or a repair) the workspace takes no
//! changes but repairs, so damage is not built upon.

use super::record::{Record, decode_record};
use super::tables::*;
use super::{Store, StoreError};
pub use crate::domain::invariants::Problem;
use crate::domain::*;
use redb::{ReadTransaction, ReadableTable, WriteTransaction};

/// In `META`: present while the last check found problems.
const KEY_CHECK_FAILED: &str = "check_failed";

impl Store {
    pub fn check(&mut self) -> Result<Vec<Problem>, StoreError> {
        let mut problems = Vec::new();
        if !self.db.check_integrity()? {
            problems.push(Problem {
                record: t!("store-check-file"),
                message: t!("store-check-integrity-repaired"),
            });
        }
        problems.extend(self.consistency_problems()?);
        Ok(problems)
    }

    /// Index mismatches and broken domain invariants: everything `check`
    /// looks at except the file's own integrity, which needs sole access.
    pub fn consistency_problems(&self) -> Result<Vec<Problem>, StoreError> {
        // Damaged records first: the other checks read every record.
        let damaged = self.damaged_records()?;
        if !damaged.is_empty() {
            return Ok(damaged);
        }
        let mut problems = Vec::new();
        for message in self.index_mismatches()? {
            problems.push(Problem {
                record: t!("store-check-index"),
                message,
            });
        }
        let ws = self.load_workspace()?;
        problems.extend(crate::domain::invariants::check_workspace(&ws));
        Ok(problems)
    }
}

impl Store {
    /// Remembers a check's verdict: a failed one stops every change but
    /// repairs until a later check passes. Best effort on a file too damaged
    /// to write (the check's own report says what is wrong).
    pub fn record_check(&self, healthy: bool) -> Result<(), StoreError> {
        let txn = self.begin_write()?;
        {
            let mut meta = txn.open_table(META)?;
            if healthy {
                meta.remove(KEY_CHECK_FAILED)?;
            } else {
                meta.insert(KEY_CHECK_FAILED, [1u8].as_slice())?;
            }
        }
        txn.commit()?;
        Ok(())
    }

    /// Every stored value whose checksum fails, that does not decode, or that
    /// names another key than the one it is stored under.
    fn damaged_records(&self) -> Result<Vec<Problem>, StoreError> {
        let txn = self.read()?;
        let mut out = Vec::new();
        scan::<Pipeline>(&txn, &mut out)?;
        scan::<Owner>(&txn, &mut out)?;
        scan::<Account>(&txn, &mut out)?;
        scan::<Contact>(&txn, &mut out)?;
        scan::<Deal>(&txn, &mut out)?;
        scan::<StageEvent>(&txn, &mut out)?;
        scan::<Activity>(&txn, &mut out)?;
        scan::<Product>(&txn, &mut out)?;
        scan::<PriceList>(&txn, &mut out)?;
        scan::<Quote>(&txn, &mut out)?;
        scan::<Lead>(&txn, &mut out)?;
        scan::<Review>(&txn, &mut out)?;
        scan::<ImprovementAction>(&txn, &mut out)?;
        if let Err(e) = self.loss_reasons() {
            out.push(Problem {
                record: t!("store-check-loss-taxonomy"),
                message: e.to_string(),
            });
        }
        Ok(out)
    }
}

fn scan<R: Record>(txn: &ReadTransaction, out: &mut Vec<Problem>) -> Result<(), StoreError> {
    let table = txn.open_table(R::TABLE)?;
    for row in table.iter()? {
        let (key, value) = row?;
        if let Err(e) = decode_record::<R>(key.value(), value.value()) {
            out.push(Problem {
                record: t!(
                    "store-check-record",
                    kind = crate::i18n::noun(R::KIND),
                    key = key.value().to_string()
                ),
                message: e.to_string(),
            });
        }
    }
    Ok(())
}

/// Refuses a change while the last check failed (repairs commit past this).
pub(super) fn refuse_after_failed_check(txn: &WriteTransaction) -> Result<(), StoreError> {
    if txn.open_table(META)?.get(KEY_CHECK_FAILED)?.is_some() {
        return Err(StoreError::CheckFailed);
    }
    Ok(())
}
