//! Feeds analytics straight from the tables, one record at a time, so a report over
//! a large workspace never holds every activity, quote or contact in memory — and
//! keeps what it built, encoded, until a record reports read changes: the next
//! report then decodes one value instead of every record.

use super::record::{Record, decode, each_in, encode};
use super::tables::REPORT_CACHE;
use super::{Store, StoreError};
use crate::analytics::input::EventRow;
use crate::analytics::{Input, InputBuilder};
use crate::domain::*;
use redb::{ReadTransaction, ReadableTable, TableError};

fn each<R: Record>(txn: &ReadTransaction, visit: impl FnMut(R)) -> Result<(), StoreError> {
    each_in(&txn.open_table(R::TABLE)?, visit)
}

/// The change count (key 1) and the input kept at some count (key 0), as a
/// report's snapshot sees them.
fn cached(txn: &ReadTransaction) -> Result<(u64, Option<Input>), StoreError> {
    let table = match txn.open_table(REPORT_CACHE) {
        Ok(t) => t,
        Err(TableError::TableDoesNotExist(_)) => return Ok((0, None)),
        Err(e) => return Err(e.into()),
    };
    let count = table
        .get(1)?
        .and_then(|v| v.value().try_into().ok().map(u64::from_le_bytes))
        .unwrap_or(0);
    let Some(kept) = table.get(0)? else {
        return Ok((count, None));
    };
    let (at, input): (u64, Input) = decode("report cache", 0, kept.value())?;
    Ok((count, (at == count).then_some(input)))
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
        let bytes = encode(&(count, input))?;
        let txn = self.db.begin_write()?;
        {
            let mut table = txn.open_table(REPORT_CACHE)?;
            let now = table
                .get(1)?
                .and_then(|v| v.value().try_into().ok().map(u64::from_le_bytes))
                .unwrap_or(0);
            if now != count {
                drop(table);
                txn.abort()?;
                return Ok(());
            }
            table.insert(0, bytes.as_slice())?;
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
                record: format!("deal {}", d.id),
                problem: e,
                fix: format!("`dealdeck deal edit {} --amount …`", d.id),
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
