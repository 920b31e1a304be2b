//! Feeds analytics straight from the tables, one record at a time, so a report over
//! a large workspace never holds every activity, quote or contact in memory — and
//! keeps what it built, encoded, until a record reports read changes: the next
//! report then decodes one value instead of every record.

use super::record::{Record, decode, each_in, encode};
use super::tables::REPORT_CACHE;
use super::{Store, StoreError};
use crate::analytics::input::EventRow;
use crate::analytics::kept::KeptInput;
use crate::analytics::{Input, InputBuilder};
use crate::domain::*;
use redb::{ReadTransaction, ReadableTable, TableError};

fn each<R: Record>(txn: &ReadTransaction, visit: impl FnMut(R)) -> Result<(), StoreError> {
    each_in(&txn.open_table(R::TABLE)?, visit)
}

/// The layout of the kept input (`KeptInput`): bump it whenever that layout
/// changes, so a build never decodes another build's bytes as its own.
const KEPT_FORMAT: u32 = 1;

fn count_in(value: Option<redb::AccessGuard<'_, &'static [u8]>>) -> u64 {
    value
        .and_then(|v| v.value().try_into().ok().map(u64::from_le_bytes))
        .unwrap_or(0)
}

/// Key 2: the change count and the layout the kept input (key 0) was made at.
fn header(count: u64) -> [u8; 12] {
    let mut h = [0u8; 12];
    h[..8].copy_from_slice(&count.to_le_bytes());
    h[8..].copy_from_slice(&KEPT_FORMAT.to_le_bytes());
    h
}

/// The change count (key 1), and the input kept (key 0) when it was made at
/// that count by this layout. Anything unreadable counts as nothing kept:
/// the report reads the records instead.
fn cached(txn: &ReadTransaction) -> Result<(u64, Option<Input>), StoreError> {
    let table = match txn.open_table(REPORT_CACHE) {
        Ok(t) => t,
        Err(TableError::TableDoesNotExist(_)) => return Ok((0, None)),
        Err(e) => return Err(e.into()),
    };
    let count = count_in(table.get(1)?);
    let current = table
        .get(2)?
        .is_some_and(|h| h.value() == header(count).as_slice());
    if !current {
        return Ok((count, None));
    }
    let Some(kept) = table.get(0)? else {
        return Ok((count, None));
    };
    let input = decode::<KeptInput>("report cache", 0, kept.value())
        .ok()
        .and_then(KeptInput::restore);
    Ok((count, input))
}

impl Store {
    /// Every stage event, slim (for the stale rule's historical medians).
    pub fn stage_event_rows(&self) -> Result<Vec<EventRow>, StoreError> {
        let txn = self.read()?;
        let mut rows = Vec::new();
        each::<StageEvent>(&txn, |e| rows.push(EventRow::from(&e)))?;
        Ok(rows)
    }

    /// Everything the reports read, from one snapshot: kept from the last
    /// report when no record they read changed since, else read afresh and
    /// kept for the next.
    pub fn analytics_input(&self) -> Result<Input, StoreError> {
        let txn = self.read()?;
        let (count, kept) = cached(&txn)?;
        if let Some(input) = kept {
            return Ok(input);
        }
        let input = build(&txn)?;
        drop(txn);
        // Kept only if nothing changed since the snapshot; a failure to keep
        // it (a full disk) costs the next report time, never a figure.
        let _ = self.keep_report_input(count, &input);
        Ok(input)
    }

    /// Reads every record reports read, ignoring what is kept (tests compare).
    pub fn analytics_input_uncached(&self) -> Result<Input, StoreError> {
        build(&self.read()?)
    }

    fn keep_report_input(&self, count: u64, input: &Input) -> Result<(), StoreError> {
        let bytes = encode(&KeptInput::keep(input))?;
        let txn = self.begin_write()?;
        {
            let mut table = txn.open_table(REPORT_CACHE)?;
            if count_in(table.get(1)?) != count {
                drop(table);
                txn.abort()?;
                return Ok(());
            }
            table.insert(0, bytes.as_slice())?;
            table.insert(2, header(count).as_slice())?;
        }
        txn.commit()?;
        Ok(())
    }
}

fn build(txn: &ReadTransaction) -> Result<Input, StoreError> {
    let mut b = InputBuilder::default();
    each::<Pipeline>(txn, |p| b.pipeline(p))?;
    each::<Owner>(txn, |o| b.owner(o))?;
    each::<Product>(txn, |p| b.product(&p))?;
    // Figures add amounts up: one stored before the limits existed (or by
    // hand) beyond them could overflow a sum, so reports refuse it in words.
    let mut beyond: Option<StoreError> = None;
    each::<Deal>(txn, |d| {
        if beyond.is_none()
            && let Err(e) = crate::domain::validate::amount_in_range(d.amount.amount)
        {
            beyond = Some(StoreError::OutOfLimits {
                record: t!("store-limits-deal", id = d.id.to_string()),
                problem: e,
                fix: t!("store-limits-deal-fix", id = d.id.to_string()),
            });
        }
        b.deal(&d)
    })?;
    if let Some(e) = beyond {
        return Err(e);
    }
    each::<StageEvent>(txn, |e| b.event(&e))?;
    // Contacts before activities: an activity is checked for decision makers.
    each::<Contact>(txn, |c| b.contact(&c))?;
    each::<Activity>(txn, |a| b.activity(&a))?;
    each::<Quote>(txn, |q| b.quote(&q))?;
    Ok(b.finish())
}
