//! How each domain record maps onto its table and secondary indexes, and the
//! generic get / put / delete every mutation goes through, so indexes can never
//! drift from the records they index.

use super::StoreError;
use super::tables::*;
use crate::domain::*;
use redb::{ReadableTable, WriteTransaction};
use serde::Serialize;
use serde::de::{DeserializeOwned, DeserializeSeed};

pub trait Record: Serialize + DeserializeOwned + Clone {
    const TABLE: RecordTable;
    /// Name of the id sequence and of the kind in messages.
    const KIND: &'static str;
    fn key(&self) -> u64;
    /// (index, index key) pairs this record appears under; the value is `key()`.
    fn index_keys(&self) -> Vec<(IndexTable, u64)> {
        Vec::new()
    }
    /// A table that holds a full copy of this record under the same key.
    fn mirror(&self) -> Option<RecordTable> {
        None
    }
    /// Whether reports read this kind: a change to one makes the report
    /// cache stale.
    const FEEDS_REPORTS: bool = false;
}

/// A table made on first use: None while it does not exist.
pub fn made<T>(opened: Result<T, redb::TableError>) -> Result<Option<T>, StoreError> {
    match opened {
        Ok(table) => Ok(Some(table)),
        Err(redb::TableError::TableDoesNotExist(_)) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Marks the report cache stale: its input goes, the change count moves on
/// (a report built from an older snapshot then never stores itself).
pub fn forget_reports(txn: &WriteTransaction) -> Result<(), StoreError> {
    let mut cache = txn.open_table(REPORT_CACHE)?;
    let count = cache
        .get(1)?
        .and_then(|v| v.value().try_into().ok().map(u64::from_le_bytes))
        .unwrap_or(0);
    cache.insert(1, (count + 1).to_le_bytes().as_slice())?;
    // The stamp goes (see `analytics_feed`): what was kept stays unread
    // until the next report replaces it.
    cache.remove(2)?;
    Ok(())
}

macro_rules! plain_record {
    ($ty:ty, $table:expr, $kind:literal) => {
        plain_record!($ty, $table, $kind, false);
    };
    ($ty:ty, $table:expr, $kind:literal, $feeds:literal) => {
        impl Record for $ty {
            const TABLE: RecordTable = $table;
            const KIND: &'static str = $kind;
            const FEEDS_REPORTS: bool = $feeds;
            fn key(&self) -> u64 {
                self.id.0
            }
        }
    };
}

plain_record!(Pipeline, PIPELINES, "pipeline", true);
plain_record!(Owner, OWNERS, "owner", true);
plain_record!(Account, ACCOUNTS, "account");
plain_record!(Product, PRODUCTS, "product", true);
plain_record!(PriceList, PRICE_LISTS, "price list");
plain_record!(Lead, LEADS, "lead");
plain_record!(LeadEvent, LEAD_EVENTS, "lead event");
plain_record!(Review, REVIEWS, "review");
plain_record!(ImprovementAction, IMPROVEMENT_ACTIONS, "improvement action");

impl Record for Deal {
    const TABLE: RecordTable = DEALS;
    const KIND: &'static str = "deal";
    const FEEDS_REPORTS: bool = true;
    fn key(&self) -> u64 {
        self.id.0
    }
    fn index_keys(&self) -> Vec<(IndexTable, u64)> {
        let mut keys = vec![
            (DEALS_BY_STAGE, self.stage.0),
            (DEALS_BY_OWNER, self.owner.0),
            (DEALS_BY_ACCOUNT, self.account.0),
        ];
        if let Some(closed) = self.closed_at {
            keys.push((DEALS_BY_CLOSE_MONTH, month_key(closed.date_naive())));
        }
        keys
    }
    fn mirror(&self) -> Option<RecordTable> {
        self.is_open().then_some(OPEN_DEALS)
    }
}

impl Record for StageEvent {
    const TABLE: RecordTable = STAGE_EVENTS;
    const KIND: &'static str = "stage event";
    const FEEDS_REPORTS: bool = true;
    fn key(&self) -> u64 {
        self.id.0
    }
    fn index_keys(&self) -> Vec<(IndexTable, u64)> {
        vec![(EVENTS_BY_DEAL, self.deal.0)]
    }
}

impl Record for Activity {
    const TABLE: RecordTable = ACTIVITIES;
    const FEEDS_REPORTS: bool = true;
    const KIND: &'static str = "activity";
    fn key(&self) -> u64 {
        self.id.0
    }
    fn index_keys(&self) -> Vec<(IndexTable, u64)> {
        self.deal
            .map(|d| vec![(ACTIVITIES_BY_DEAL, d.0)])
            .unwrap_or_default()
    }
}

impl Record for Contact {
    const TABLE: RecordTable = CONTACTS;
    const FEEDS_REPORTS: bool = true;
    const KIND: &'static str = "contact";
    fn key(&self) -> u64 {
        self.id.0
    }
    fn index_keys(&self) -> Vec<(IndexTable, u64)> {
        vec![(CONTACTS_BY_ACCOUNT, self.account.0)]
    }
}

impl Record for Quote {
    const TABLE: RecordTable = QUOTES;
    const FEEDS_REPORTS: bool = true;
    const KIND: &'static str = "quote";
    fn key(&self) -> u64 {
        self.id.0
    }
    fn index_keys(&self) -> Vec<(IndexTable, u64)> {
        vec![(QUOTES_BY_DEAL, self.deal.0)]
    }
}

/// Bytes of the CRC-32 that ends every stored value (schema 3 on).
pub const CHECKSUM_BYTES: usize = 4;

/// A value as stored: its postcard bytes, then their CRC-32 (little endian), so
/// a damaged value is noticed when it is read instead of decoding into other data.
pub fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>, StoreError> {
    let mut bytes = postcard::to_stdvec(value).map_err(|e| StoreError::Encode(e.to_string()))?;
    let sum = crc32fast::hash(&bytes);
    bytes.extend_from_slice(&sum.to_le_bytes());
    Ok(bytes)
}

/// The checksum of a stored value, when it holds; else the value is damaged.
fn checked(bytes: &[u8]) -> Option<&[u8]> {
    let split = bytes.len().checked_sub(CHECKSUM_BYTES)?;
    let (body, sum) = bytes.split_at(split);
    let sum = u32::from_le_bytes(sum.try_into().ok()?);
    (crc32fast::hash(body) == sum).then_some(body)
}

/// Appends the checksum to a value stored before schema 3 (the migration).
pub(super) fn add_checksum(bytes: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    out.extend_from_slice(&crc32fast::hash(bytes).to_le_bytes());
    out
}

pub fn decode<T: DeserializeOwned>(
    kind: &'static str,
    key: u64,
    bytes: &[u8],
) -> Result<T, StoreError> {
    decode_seed(kind, key, bytes, std::marker::PhantomData::<T>)
}

/// Decodes a stored value through `seed` (which may put what it reads in
/// place instead of returning it whole).
pub fn decode_seed<'de, S: DeserializeSeed<'de>>(
    kind: &'static str,
    key: u64,
    bytes: &'de [u8],
    seed: S,
) -> Result<S::Value, StoreError> {
    let body = checked(bytes).ok_or(StoreError::Damaged { kind, key })?;
    let bad = |reason: String| StoreError::Decode { kind, key, reason };
    let mut de = postcard::Deserializer::from_bytes(body);
    let value = seed.deserialize(&mut de).map_err(|e| bad(e.to_string()))?;
    match de.finalize() {
        Ok([]) => Ok(value),
        Ok(rest) => Err(bad(t!("store-bytes-left-over", count = rest.len()))),
        Err(e) => Err(bad(e.to_string())),
    }
}

/// The first fields of a stored value (its checksum checked): `T` is a
/// struct of a record's leading fields, in order; the rest is not read.
pub fn decode_head<T: DeserializeOwned>(
    kind: &'static str,
    key: u64,
    bytes: &[u8],
) -> Result<T, StoreError> {
    let body = checked(bytes).ok_or(StoreError::Damaged { kind, key })?;
    postcard::from_bytes(body).map_err(|e| StoreError::Decode {
        kind,
        key,
        reason: e.to_string(),
    })
}

/// A record read back under `key`: its checksum holds and it says it is that key.
pub fn decode_record<R: Record>(key: u64, bytes: &[u8]) -> Result<R, StoreError> {
    let record: R = decode(R::KIND, key, bytes)?;
    if record.key() != key {
        return Err(StoreError::Damaged { kind: R::KIND, key });
    }
    Ok(record)
}

/// Hands every record of a table to `visit`, in key order (read or write transaction).
pub fn each_in<R: Record>(
    table: &impl ReadableTable<u64, &'static [u8]>,
    mut visit: impl FnMut(R),
) -> Result<(), StoreError> {
    for row in table.iter()? {
        let (key, value) = row?;
        visit(decode_record(key.value(), value.value())?);
    }
    Ok(())
}

/// Reads one record from any readable table (read or write transaction).
pub fn get_in<R: Record>(
    table: &impl ReadableTable<u64, &'static [u8]>,
    key: u64,
) -> Result<Option<R>, StoreError> {
    match table.get(key)? {
        Some(guard) => decode_record(key, guard.value()).map(Some),
        None => Ok(None),
    }
}

pub fn get<R: Record>(txn: &WriteTransaction, key: u64) -> Result<Option<R>, StoreError> {
    let table = txn.open_table(R::TABLE)?;
    get_in(&table, key)
}

pub fn require<R: Record>(txn: &WriteTransaction, key: u64) -> Result<R, StoreError> {
    get(txn, key)?.ok_or(StoreError::NotFound {
        kind: R::KIND,
        id: key,
    })
}

/// Inserts or replaces a record, moving its index entries from the old version to the new.
pub fn put<R: Record>(txn: &WriteTransaction, record: &R) -> Result<Option<R>, StoreError> {
    let key = record.key();
    let old: Option<R> = get(txn, key)?;
    if let Some(old) = &old {
        unindex(txn, old)?;
    }
    insert_new(txn, record)?;
    Ok(old)
}

/// Inserts a record known to be new (bulk loads): no read of an old version.
pub fn insert_new<R: Record>(txn: &WriteTransaction, record: &R) -> Result<(), StoreError> {
    if R::FEEDS_REPORTS {
        forget_reports(txn)?;
    }
    let key = record.key();
    let bytes = encode(record)?;
    txn.open_table(R::TABLE)?.insert(key, bytes.as_slice())?;
    if let Some(mirror) = record.mirror() {
        txn.open_table(mirror)?.insert(key, bytes.as_slice())?;
    }
    for (index, index_key) in record.index_keys() {
        txn.open_multimap_table(index)?.insert(index_key, key)?;
    }
    Ok(())
}

/// Inserts many new records: each table and index opened once, and entries written
/// in key order (a bulk import is dominated by table opens and random inserts).
pub fn insert_batch<R: Record>(txn: &WriteTransaction, records: &[R]) -> Result<(), StoreError> {
    let mut bulk = BulkInsert::<R>::open(txn)?;
    for record in records {
        bulk.push(record)?;
    }
    bulk.finish()
}

/// Writes new records of one kind as they are made (ascending keys make each
/// insert an append), their mirror copies beside them, and gathers their index
/// entries to be written sorted at the end: a bulk load need not hold its
/// records.
pub struct BulkInsert<'t, R: Record> {
    txn: &'t WriteTransaction,
    table: redb::Table<'t, u64, &'static [u8]>,
    /// Per mirror (by its place in `ALL_MIRRORS`), opened on its first copy.
    mirrors: Vec<Option<redb::Table<'t, u64, &'static [u8]>>>,
    /// Per index (by its place in `ALL_INDEXES`): (index key, record key).
    index_entries: [Vec<(u64, u64)>; ALL_INDEXES.len()],
    written: bool,
    kind: std::marker::PhantomData<R>,
}

impl<'t, R: Record> BulkInsert<'t, R> {
    pub fn open(txn: &'t WriteTransaction) -> Result<Self, StoreError> {
        Ok(BulkInsert {
            txn,
            table: txn.open_table(R::TABLE)?,
            mirrors: ALL_MIRRORS.iter().map(|_| None).collect(),
            index_entries: Default::default(),
            written: false,
            kind: std::marker::PhantomData,
        })
    }

    pub fn push(&mut self, record: &R) -> Result<(), StoreError> {
        let key = record.key();
        let bytes = encode(record)?;
        self.table.insert(key, bytes.as_slice())?;
        self.written = true;
        if let Some(slot) = record.mirror().as_ref().and_then(mirror_slot) {
            let mirror = match &mut self.mirrors[slot] {
                Some(mirror) => mirror,
                empty => empty.insert(self.txn.open_table(ALL_MIRRORS[slot])?),
            };
            mirror.insert(key, bytes.as_slice())?;
        }
        for (index, index_key) in record.index_keys() {
            if let Some(slot) = index_slot(&index) {
                self.index_entries[slot].push((index_key, key));
            }
        }
        Ok(())
    }

    /// A record already in the table (which this holds open meanwhile).
    pub fn get(&self, key: u64) -> Result<Option<R>, StoreError> {
        get_in(&self.table, key)
    }

    /// Writes the gathered index entries.
    pub fn finish(mut self) -> Result<(), StoreError> {
        let txn = self.txn;
        drop(self.table);
        drop(self.mirrors);
        if R::FEEDS_REPORTS && self.written {
            forget_reports(txn)?;
        }
        for (slot, entries) in self.index_entries.iter_mut().enumerate() {
            if entries.is_empty() {
                continue;
            }
            entries.sort_unstable();
            let mut index = txn.open_multimap_table(ALL_INDEXES[slot])?;
            for (index_key, key) in entries.iter() {
                index.insert(*index_key, *key)?;
            }
        }
        Ok(())
    }
}

/// The id the next record of a kind would get (without taking it).
pub fn peek_next_id<R: Record>(txn: &WriteTransaction) -> Result<u64, StoreError> {
    let seq = txn.open_table(SEQUENCES)?;
    Ok(seq.get(R::KIND)?.map(|g| g.value()).unwrap_or(1))
}

pub fn delete<R: Record>(txn: &WriteTransaction, key: u64) -> Result<Option<R>, StoreError> {
    let old: Option<R> = get(txn, key)?;
    if let Some(old) = &old {
        if R::FEEDS_REPORTS {
            forget_reports(txn)?;
        }
        unindex(txn, old)?;
        txn.open_table(R::TABLE)?.remove(key)?;
    }
    Ok(old)
}

/// Puts `record` back as it was, or deletes the key when it did not exist.
pub fn restore<R: Record>(
    txn: &WriteTransaction,
    key: u64,
    before: Option<&R>,
) -> Result<(), StoreError> {
    match before {
        Some(record) => put(txn, record).map(|_| ()),
        None => delete::<R>(txn, key).map(|_| ()),
    }
}

fn unindex<R: Record>(txn: &WriteTransaction, record: &R) -> Result<(), StoreError> {
    let key = record.key();
    if let Some(mirror) = record.mirror() {
        txn.open_table(mirror)?.remove(key)?;
    }
    for (index, index_key) in record.index_keys() {
        txn.open_multimap_table(index)?.remove(index_key, key)?;
    }
    Ok(())
}

/// Allocates the next id of a kind.
pub fn next_id<R: Record>(txn: &WriteTransaction) -> Result<u64, StoreError> {
    let mut seq = txn.open_table(SEQUENCES)?;
    let next = seq.get(R::KIND)?.map(|g| g.value()).unwrap_or(1);
    seq.insert(R::KIND, next + 1)?;
    Ok(next)
}

/// Makes sure the sequence of a kind is past `max_key` (after bulk loads).
pub fn bump_sequence<R: Record>(txn: &WriteTransaction, max_key: u64) -> Result<(), StoreError> {
    let mut seq = txn.open_table(SEQUENCES)?;
    let next = seq.get(R::KIND)?.map(|g| g.value()).unwrap_or(1);
    if next <= max_key {
        seq.insert(R::KIND, max_key + 1)?;
    }
    Ok(())
}

/// `2026-11-03` → `202611`.
pub fn month_key(day: chrono::NaiveDate) -> u64 {
    use chrono::Datelike;
    (day.year().max(0) as u64) * 100 + u64::from(day.month())
}
