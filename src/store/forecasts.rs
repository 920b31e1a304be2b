//! Forecast snapshots, one per period label: the first forecast computed in a period
//! is kept; later ones never replace it.

use super::Touched;
use super::record::{decode, encode};
use super::{Store, StoreError};
use crate::domain::ForecastSnapshot;
use redb::{ReadableDatabase, ReadableTable, TableDefinition};

/// Period label → postcard-encoded `ForecastSnapshot`. Created on first use, so older
/// workspaces need no migration.
pub(super) const FORECAST_SNAPSHOTS: TableDefinition<&str, &[u8]> =
    TableDefinition::new("forecast_snapshots");

impl Store {
    pub fn forecast_snapshot(&self, period: &str) -> Result<Option<ForecastSnapshot>, StoreError> {
        let txn = self.db.begin_read()?;
        let Some(table) = super::record::made(txn.open_table(FORECAST_SNAPSHOTS))? else {
            return Ok(None);
        };
        let Some(bytes) = table.get(period)? else {
            return Ok(None);
        };
        decode("forecast snapshot", 0, bytes.value()).map(Some)
    }

    /// Stores the snapshot unless its period already has one (durably). Returns
    /// whether it was stored.
    pub fn keep_forecast_snapshot(&self, snapshot: &ForecastSnapshot) -> Result<bool, StoreError> {
        if self.forecast_snapshot(&snapshot.period)?.is_some() {
            return Ok(false);
        }
        let txn = self.begin_write()?;
        let stored = {
            let mut table = txn.open_table(FORECAST_SNAPSHOTS)?;
            let fresh = table.get(snapshot.period.as_str())?.is_none();
            if fresh {
                table.insert(snapshot.period.as_str(), encode(snapshot)?.as_slice())?;
            }
            fresh
        };
        self.commit(txn, "", Touched::Nothing)?;
        Ok(stored)
    }
}
