//! `dealdeck check`: redb's own integrity check, every stored value's checksum,
//! index consistency and the domain invariants. A failed check is remembered:
//! until a check passes (after a restore or a repair) the workspace takes no
//! changes but repairs, so damage is not built upon.

use super::record::{Record, decode_record, made};
use super::tables::*;
use super::{Store, StoreError};
pub use crate::domain::invariants::Problem;
use crate::domain::invariants::{EventStep, EventsByDeal, WorkspaceCheck};
use crate::domain::*;
use redb::{
    MultimapTableHandle, ReadTransaction, ReadableMultimapTable, ReadableTable,
    ReadableTableMetadata, TableHandle, WriteTransaction,
};

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
    ///
    /// One pass reads each record once and holds only what the rules look up
    /// across records (ids, and a few fields of every stage event), so a
    /// million-deal workspace is checked in bounded memory. Indexes are
    /// compared by fingerprint; only a mismatch reads them entry by entry to
    /// say which entries are wrong.
    pub fn consistency_problems(&self) -> Result<Vec<Problem>, StoreError> {
        let txn = self.read()?;
        let mut scan = Scan::default();
        let mut prints = IndexPrints::default();
        let pipelines: Vec<Pipeline> = scan.collect(&txn)?;
        let owners: Vec<Owner> = scan.collect(&txn)?;
        scan.each::<Product>(&txn, |_, _| {})?;
        scan.each::<PriceList>(&txn, |_, _| {})?;
        if let Err(e) = self.loss_reasons() {
            let record = t!("store-check-loss-taxonomy");
            scan.damaged(LOSS_TAXONOMY, record, e.to_string());
        }
        let mut check = WorkspaceCheck::new(&pipelines, &owners);
        scan.each::<Account>(&txn, |a, _| check.account(&a))?;
        scan.each::<Contact>(&txn, |c, bytes| {
            prints.add_record(&c, bytes);
            check.contact(&c)
        })?;
        let mut steps = Vec::with_capacity(table_len::<StageEvent>(&txn)?);
        scan.each::<StageEvent>(&txn, |e, bytes| {
            prints.add_record(&e, bytes);
            steps.push(EventStep::from(&e))
        })?;
        let mut events = EventsByDeal::new(steps);
        scan.each::<Deal>(&txn, |d, bytes| {
            prints.add_record(&d, bytes);
            check.deal(&d, events.of(d.id))
        })?;
        events.all().iter().for_each(|e| check.stage_event(e));
        drop(events);
        scan.each::<Activity>(&txn, |a, bytes| {
            prints.add_record(&a, bytes);
            check.activity(&a)
        })?;
        scan.each::<Quote>(&txn, |q, bytes| {
            prints.add_record(&q, bytes);
            check.quote(&q)
        })?;
        scan.each::<Lead>(&txn, |l, _| check.lead(&l))?;
        scan.each::<LeadEvent>(&txn, |e, _| check.lead_event(&e))?;
        scan.each::<Review>(&txn, |r, _| check.review(&r))?;
        scan.each::<ImprovementAction>(&txn, |a, _| check.improvement_action(&a))?;
        // Damaged records first: the other rules could not see them.
        if !scan.damaged.is_empty() {
            return Ok(scan.in_order());
        }
        let mut problems = Vec::new();
        let stored = IndexPrints::stored(&txn)?;
        if prints != stored {
            let mut found = super::read::index_mismatches(&txn)?;
            // An entry no record could own (in an index its kind fills
            // nowhere) escapes the entry-by-entry comparison: the table is
            // named all the same.
            if found.is_empty() {
                found = prints.differing(&stored);
            }
            for message in found {
                problems.push(Problem {
                    record: t!("store-check-index"),
                    message,
                });
            }
        }
        problems.extend(check.finish());
        Ok(problems)
    }
}

/// The order damaged records are listed in, by kind (the loss taxonomy last).
const DAMAGE_ORDER: [&str; 14] = [
    Pipeline::KIND,
    Owner::KIND,
    Account::KIND,
    Contact::KIND,
    Deal::KIND,
    StageEvent::KIND,
    Activity::KIND,
    Product::KIND,
    PriceList::KIND,
    Quote::KIND,
    Lead::KIND,
    LeadEvent::KIND,
    Review::KIND,
    ImprovementAction::KIND,
];
const LOSS_TAXONOMY: usize = DAMAGE_ORDER.len();

/// Records that would not read back, gathered while the rules run.
#[derive(Default)]
struct Scan {
    /// Each with its kind's place in `DAMAGE_ORDER`.
    damaged: Vec<(usize, Problem)>,
}

impl Scan {
    fn damaged(&mut self, kind: usize, record: String, message: String) {
        self.damaged.push((kind, Problem { record, message }));
    }

    /// The damaged records kind by kind, each kind's in key order.
    fn in_order(mut self) -> Vec<Problem> {
        self.damaged.sort_by_key(|(kind, _)| *kind);
        self.damaged.into_iter().map(|(_, p)| p).collect()
    }

    /// Hands every readable record of a kind (and its stored bytes) to
    /// `visit`, in key order; a table made on first use may be missing.
    fn each<R: Record>(
        &mut self,
        txn: &ReadTransaction,
        mut visit: impl FnMut(R, &[u8]),
    ) -> Result<(), StoreError> {
        let Some(table) = made(txn.open_table(R::TABLE))? else {
            return Ok(());
        };
        for row in table.iter()? {
            let (key, value) = row?;
            match decode_record::<R>(key.value(), value.value()) {
                Ok(record) => visit(record, value.value()),
                Err(e) => {
                    let kind = DAMAGE_ORDER.iter().position(|k| *k == R::KIND);
                    let record = t!(
                        "store-check-record",
                        kind = crate::i18n::noun(R::KIND),
                        key = key.value().to_string()
                    );
                    self.damaged(kind.unwrap_or(LOSS_TAXONOMY), record, e.to_string());
                }
            }
        }
        Ok(())
    }

    fn collect<R: Record>(&mut self, txn: &ReadTransaction) -> Result<Vec<R>, StoreError> {
        let mut out = Vec::new();
        self.each::<R>(txn, |r, _| out.push(r))?;
        Ok(out)
    }
}

fn table_len<R: Record>(txn: &ReadTransaction) -> Result<usize, StoreError> {
    Ok(match made(txn.open_table(R::TABLE))? {
        Some(table) => table.len()? as usize,
        None => 0,
    })
}

/// A fingerprint of every index and mirror table: per table, how many
/// entries and two sums of a hash of each. The same entries in any order give
/// the same print; a missing, stale or altered entry changes it.
#[derive(Default, PartialEq, Eq)]
struct IndexPrints {
    indexes: [Print; ALL_INDEXES.len()],
    mirrors: [Print; ALL_MIRRORS.len()],
}

#[derive(Default, Clone, Copy, PartialEq, Eq, Debug)]
struct Print {
    entries: u64,
    sum: u64,
    mixed: u64,
}

impl Print {
    fn add(&mut self, hash: u64) {
        self.entries += 1;
        self.sum = self.sum.wrapping_add(hash);
        self.mixed = self.mixed.wrapping_add(mix(hash ^ 0xA076_1D64_78BD_642F));
    }
}

/// splitmix64's finaliser: every bit of the input moves about half the output.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

fn entry_hash(key: u64, value: u64) -> u64 {
    mix(mix(key) ^ value.wrapping_mul(0x9E37_79B9_7F4A_7C15))
}

fn bytes_hash(key: u64, bytes: &[u8]) -> u64 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let mut hasher = DefaultHasher::new();
    bytes.hash(&mut hasher);
    entry_hash(key, hasher.finish())
}

impl IndexPrints {
    /// Adds what `record` (stored as `bytes`) should have in the indexes and mirrors.
    fn add_record<R: Record>(&mut self, record: &R, bytes: &[u8]) {
        let key = record.key();
        for (index, index_key) in record.index_keys() {
            if let Some(slot) = index_slot(&index) {
                self.indexes[slot].add(entry_hash(index_key, key));
            }
        }
        if let Some(slot) = record.mirror().as_ref().and_then(mirror_slot) {
            self.mirrors[slot].add(bytes_hash(key, bytes));
        }
    }

    /// A problem for each table whose print differs from `stored`'s.
    fn differing(&self, stored: &IndexPrints) -> Vec<String> {
        let indexes = ALL_INDEXES.iter().map(|i| i.name());
        let mirrors = ALL_MIRRORS.iter().map(|m| m.name());
        let mine = self.indexes.iter().chain(&self.mirrors);
        let theirs = stored.indexes.iter().chain(&stored.mirrors);
        indexes
            .chain(mirrors)
            .zip(mine.zip(theirs))
            .filter(|(_, (a, b))| a != b)
            .map(|(table, _)| t!("store-check-table-differs", table = table))
            .collect()
    }

    /// The prints of what the index and mirror tables hold.
    fn stored(txn: &ReadTransaction) -> Result<Self, StoreError> {
        let mut prints = IndexPrints::default();
        for (slot, index) in ALL_INDEXES.iter().enumerate() {
            let Some(table) = made(txn.open_multimap_table(*index))? else {
                continue;
            };
            for row in table.iter()? {
                let (key, values) = row?;
                for value in values {
                    prints.indexes[slot].add(entry_hash(key.value(), value?.value()));
                }
            }
        }
        for (slot, mirror) in ALL_MIRRORS.iter().enumerate() {
            let Some(table) = made(txn.open_table(*mirror))? else {
                continue;
            };
            for row in table.iter()? {
                let (key, value) = row?;
                prints.mirrors[slot].add(bytes_hash(key.value(), value.value()));
            }
        }
        Ok(prints)
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
}

/// Refuses a change while the last check failed (repairs commit past this).
pub(super) fn refuse_after_failed_check(txn: &WriteTransaction) -> Result<(), StoreError> {
    if txn.open_table(META)?.get(KEY_CHECK_FAILED)?.is_some() {
        return Err(StoreError::CheckFailed);
    }
    Ok(())
}
