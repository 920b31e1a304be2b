//! Feeds analytics straight from the tables, one record at a time, so a report over
//! a large workspace never holds every activity, quote or contact in memory — and
//! keeps what it built, encoded, until a record reports read changes: the next
//! report then decodes one value instead of every record.

use super::record::{Record, decode, decode_seed, each_in, encode};
use super::tables::REPORT_CACHE;
use super::{Store, StoreError};
use crate::analytics::input::EventRow;
use crate::analytics::kept::{Kept, KeptClosing, KeptHead, Stretch, month_key};
use crate::analytics::{Closings, Facts, Input, InputBuilder, Period};
use crate::domain::*;
use redb::{ReadOnlyTable, ReadTransaction, ReadableTable};
use std::ops::RangeInclusive;

fn each<R: Record>(txn: &ReadTransaction, visit: impl FnMut(R)) -> Result<(), StoreError> {
    each_in(&txn.open_table(R::TABLE)?, visit)
}

/// The layout of the kept input (`Kept`): bump it whenever that layout
/// changes, so a build never decodes another build's bytes as its own.
const KEPT_FORMAT: u32 = 9;

/// The report cache's keys: the change count (1), the count and layout the
/// rest was kept at (2), the head (3), the whole workspace's parts from
/// `WHOLE`, and from `MONTHS` one part a month of closings
/// (`MONTHS + month_key`). A change removes only the stamp (2): what is kept
/// then stays unread until the next report replaces it.
const STAMP: u64 = 2;
const HEAD: u64 = 3;
const WHOLE: u64 = 16;
const MONTHS: u64 = 1 << 32;

fn count_in(value: Option<redb::AccessGuard<'_, &'static [u8]>>) -> u64 {
    value
        .and_then(|v| v.value().try_into().ok().map(u64::from_le_bytes))
        .unwrap_or(0)
}

/// The change count and the layout what is kept was made at.
fn stamp(count: u64) -> [u8; 12] {
    let mut h = [0u8; 12];
    h[..8].copy_from_slice(&count.to_le_bytes());
    h[8..].copy_from_slice(&KEPT_FORMAT.to_le_bytes());
    h
}

/// The report cache's change count (key 1), and its head when what is kept
/// was made at that count by this layout (else None: nothing kept).
fn kept_head(
    table: &ReadOnlyTable<u64, &'static [u8]>,
) -> Result<(u64, Option<KeptHead>), StoreError> {
    let count = count_in(table.get(1)?);
    let current = table
        .get(STAMP)?
        .is_some_and(|h| h.value() == stamp(count).as_slice());
    let head = match table.get(HEAD)? {
        Some(head) if current => decode::<KeptHead>("report cache", HEAD, head.value()).ok(),
        _ => None,
    };
    Ok((count, head))
}

fn cache_table(
    txn: &ReadTransaction,
) -> Result<Option<ReadOnlyTable<u64, &'static [u8]>>, StoreError> {
    super::record::made(txn.open_table(REPORT_CACHE))
}

/// The change count, and the whole input when it was kept at that count.
/// Anything unreadable counts as nothing kept: the report reads the records
/// instead.
fn cached(txn: &ReadTransaction) -> Result<(u64, Option<Input>), StoreError> {
    let Some(table) = cache_table(txn)? else {
        return Ok((0, None));
    };
    let (count, head) = kept_head(&table)?;
    let Some(head) = head else {
        return Ok((count, None));
    };
    // The rows are made at their final size; each reader fills its stretch
    // of them from its parts in order.
    let Some(mut rows) = head.blank_rows() else {
        return Ok((count, None));
    };
    let restore = |mut stretch: Stretch| -> Result<bool, StoreError> {
        let words = &head.words;
        for key in stretch.parts.clone().map(|place| WHOLE + place as u64) {
            let Some(value) = table.get(key)? else {
                return Ok(false);
            };
            if decode_seed("report cache", key, value.value(), stretch.read(words)).is_err() {
                return Ok(false);
            }
        }
        Ok(stretch.is_whole())
    };
    let whole = match head.stretches(&mut rows) {
        (all, None) => restore(all)?,
        (first, Some(rest)) => {
            let (a, b) = super::on_two_threads(|| restore(first), || restore(rest));
            a? && b?
        }
    };
    Ok((count, whole.then(|| head.into_input(rows)).flatten()))
}

/// The closings kept for the months `months`, when what is kept is current.
fn kept_closings(
    txn: &ReadTransaction,
    months: RangeInclusive<u32>,
) -> Result<Option<Closings>, StoreError> {
    let Some(table) = cache_table(txn)? else {
        return Ok(None);
    };
    let (_, Some(head)) = kept_head(&table)? else {
        return Ok(None);
    };
    let mut rows = Vec::new();
    for month in head.months.iter().filter(|m| months.contains(m)) {
        let key = MONTHS + u64::from(*month);
        let Some(value) = table.get(key)? else {
            return Ok(None);
        };
        match decode::<Vec<KeptClosing>>("report cache", key, value.value()) {
            Ok(month_rows) => rows.extend(month_rows),
            Err(_) => return Ok(None),
        }
    }
    Ok(Closings::kept(head, rows))
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

    /// What outcome figures (win rate, win/loss) over `period` read: the deals
    /// that closed in its months, from what the last report kept; the whole
    /// workspace when nothing is kept (the next report keeps it).
    pub fn closings(&self, period: &Period) -> Result<Closings, StoreError> {
        match self.kept_closings(period)? {
            Some(closings) => Ok(closings),
            None => Ok(Closings::Whole(self.analytics_input()?)),
        }
    }

    /// The closings of `period`'s months when the last report kept them (a
    /// quick read), else None.
    pub fn kept_closings(&self, period: &Period) -> Result<Option<Closings>, StoreError> {
        let (starts, ends) = period.instants();
        let months = month_key(starts).zip(month_key(ends - chrono::TimeDelta::nanoseconds(1)));
        match months {
            Some((first, last)) => kept_closings(&self.read()?, first..=last),
            None => Ok(None),
        }
    }

    /// Reads every record reports read, ignoring what is kept (tests compare).
    pub fn analytics_input_uncached(&self) -> Result<Input, StoreError> {
        build(&self.read()?)
    }

    fn keep_report_input(&self, count: u64, input: &Input) -> Result<(), StoreError> {
        // Closings do not depend on the clock: any instant serves.
        let kept = Kept::keep(input, &Facts::new(input, chrono::DateTime::UNIX_EPOCH));
        let head = encode(&kept.head)?;
        let txn = self.begin_write()?;
        {
            let mut table = txn.open_table(REPORT_CACHE)?;
            if count_in(table.get(1)?) != count {
                drop(table);
                txn.abort()?;
                return Ok(());
            }
            table.retain(|key, _| key == 1)?;
            table.insert(HEAD, head.as_slice())?;
            for (key, part) in (WHOLE..).zip(&kept.whole) {
                table.insert(key, encode(part)?.as_slice())?;
            }
            for (month, rows) in &kept.closed {
                table.insert(MONTHS + u64::from(*month), encode(rows)?.as_slice())?;
            }
            table.insert(STAMP, stamp(count).as_slice())?;
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
