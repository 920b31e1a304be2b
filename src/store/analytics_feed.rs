//! Feeds analytics straight from the tables, one record at a time, so a report over
//! a large workspace never holds every activity, quote or contact in memory.

use super::record::{Record, each_in};
use super::{Store, StoreError};
use crate::analytics::input::EventRow;
use crate::analytics::{Input, InputBuilder};
use crate::domain::*;
use redb::ReadTransaction;

fn each<R: Record>(txn: &ReadTransaction, visit: impl FnMut(R)) -> Result<(), StoreError> {
    each_in(&txn.open_table(R::TABLE)?, visit)
}

impl Store {
    /// Every stage event, slim (for the stale rule's historical medians).
    pub fn stage_event_rows(&self) -> Result<Vec<EventRow>, StoreError> {
        let txn = self.read()?;
        let mut rows = Vec::new();
        each::<StageEvent>(&txn, |e| rows.push(EventRow::from(&e)))?;
        Ok(rows)
    }

    /// Everything the reports read, from one snapshot.
    pub fn analytics_input(&self) -> Result<Input, StoreError> {
        let txn = self.read()?;
        let mut b = InputBuilder::default();
        each::<Pipeline>(&txn, |p| b.pipeline(p))?;
        each::<Owner>(&txn, |o| b.owner(o))?;
        each::<Product>(&txn, |p| b.product(&p))?;
        // Figures add amounts up: one stored before the limits existed (or by
        // hand) beyond them could overflow a sum, so reports refuse it in words.
        let mut beyond: Option<StoreError> = None;
        each::<Deal>(&txn, |d| {
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
        each::<StageEvent>(&txn, |e| b.event(&e))?;
        // Contacts before activities: an activity is checked for decision makers.
        each::<Contact>(&txn, |c| b.contact(&c))?;
        each::<Activity>(&txn, |a| b.activity(&a))?;
        each::<Quote>(&txn, |q| b.quote(&q))?;
        Ok(b.finish())
    }
}
