//! Reads. Each call is one read transaction: a consistent snapshot.

use super::record::{Record, decode_head, decode_record, each_in, get_in, made};
use super::tables::*;
use super::{Store, StoreError, on_two_threads};
use crate::domain::*;
use redb::{
    MultimapTableHandle, ReadTransaction, ReadableDatabase, ReadableMultimapTable, ReadableTable,
    ReadableTableMetadata,
};
use std::collections::HashMap;
use std::ops::RangeInclusive;

pub(super) fn all<R: Record>(txn: &ReadTransaction) -> Result<Vec<R>, StoreError> {
    let table = txn.open_table(R::TABLE)?;
    let mut out = Vec::with_capacity(table.len()? as usize);
    each_in(&table, |r| out.push(r))?;
    Ok(out)
}

/// Every record of a table made on first use: none while it does not exist.
pub(super) fn all_or_none<R: Record>(txn: &ReadTransaction) -> Result<Vec<R>, StoreError> {
    let Some(table) = made(txn.open_table(R::TABLE))? else {
        return Ok(Vec::new());
    };
    let mut out = Vec::with_capacity(table.len()? as usize);
    each_in(&table, |r| out.push(r))?;
    Ok(out)
}

fn by_index<R: Record>(
    txn: &ReadTransaction,
    index: IndexTable,
    key: u64,
) -> Result<Vec<R>, StoreError> {
    let index = txn.open_multimap_table(index)?;
    let table = txn.open_table(R::TABLE)?;
    let mut out = Vec::new();
    for id in index.get(key)? {
        let id = id?.value();
        if let Some(record) = get_in::<R>(&table, id)? {
            out.push(record);
        }
    }
    Ok(out)
}

impl Store {
    pub(super) fn read(&self) -> Result<ReadTransaction, StoreError> {
        Ok(self.db.begin_read()?)
    }

    pub fn pipelines(&self) -> Result<Vec<Pipeline>, StoreError> {
        all(&self.read()?)
    }

    pub fn owners(&self) -> Result<Vec<Owner>, StoreError> {
        all(&self.read()?)
    }

    pub fn accounts(&self) -> Result<Vec<Account>, StoreError> {
        all(&self.read()?)
    }

    pub fn contacts(&self) -> Result<Vec<Contact>, StoreError> {
        all(&self.read()?)
    }

    pub fn leads(&self) -> Result<Vec<Lead>, StoreError> {
        all(&self.read()?)
    }

    /// How many deals the workspace holds (redb keeps each table's length).
    pub fn deal_count(&self) -> Result<u64, StoreError> {
        use redb::ReadableTableMetadata;
        let txn = self.read()?;
        match made(txn.open_table(DEALS))? {
            Some(table) => Ok(table.len()?),
            None => Ok(0),
        }
    }

    pub fn deals(&self) -> Result<Vec<Deal>, StoreError> {
        all(&self.read()?)
    }

    /// Hands every deal to `visit`, one at a time, in id order (for building
    /// something smaller than the deals themselves).
    pub fn for_each_deal(&self, visit: impl FnMut(Deal)) -> Result<(), StoreError> {
        each_in(&self.read()?.open_table(DEALS)?, visit)
    }

    pub fn deal(&self, id: DealId) -> Result<Option<Deal>, StoreError> {
        let txn = self.read()?;
        get_in(&txn.open_table(DEALS)?, id.0)
    }

    pub fn account(&self, id: AccountId) -> Result<Option<Account>, StoreError> {
        let txn = self.read()?;
        get_in(&txn.open_table(ACCOUNTS)?, id.0)
    }

    pub fn contact(&self, id: ContactId) -> Result<Option<Contact>, StoreError> {
        let txn = self.read()?;
        get_in(&txn.open_table(CONTACTS)?, id.0)
    }

    /// Deals currently in the given stages, through the stage index (no full
    /// scan), in id order.
    pub fn deals_in_stages(&self, stages: &[StageId]) -> Result<Vec<Deal>, StoreError> {
        let txn = self.read()?;
        let index = txn.open_multimap_table(DEALS_BY_STAGE)?;
        let mut ids = Vec::new();
        for stage in stages {
            for id in index.get(stage.0)? {
                ids.push(id?.value());
            }
        }
        // Fetching in key order walks the B-tree's leaves front to back.
        ids.sort_unstable();
        let table = txn.open_table(DEALS)?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(deal) = get_in::<Deal>(&table, id)? {
                out.push(deal);
            }
        }
        Ok(out)
    }

    /// Every open deal of every pipeline.
    pub fn open_deals(&self) -> Result<Vec<Deal>, StoreError> {
        let txn = self.read()?;
        let table = txn.open_table(OPEN_DEALS)?;
        let mut out = Vec::with_capacity(table.len()? as usize);
        for row in table.iter()? {
            let (key, value) = row?;
            out.push(decode_record::<Deal>(key.value(), value.value())?);
        }
        Ok(out)
    }

    /// Deals closed (won or lost) in the month of `day`.
    pub fn deals_closed_in_month(&self, day: chrono::NaiveDate) -> Result<Vec<Deal>, StoreError> {
        by_index(
            &self.read()?,
            DEALS_BY_CLOSE_MONTH,
            super::record::month_key(day),
        )
    }

    /// The names of the accounts with these ids (missing ones are skipped),
    /// from one snapshot; only each record's id and name are decoded.
    pub fn account_names(&self, ids: &[AccountId]) -> Result<Vec<(AccountId, String)>, StoreError> {
        let txn = self.read()?;
        let table = txn.open_table(ACCOUNTS)?;
        let mut sorted = ids.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        let (low, high) = sorted.split_at(sorted.len() / 2);
        let names_of = |ids: &[AccountId]| -> Result<Vec<(AccountId, String)>, StoreError> {
            let mut out = Vec::with_capacity(ids.len());
            for id in ids {
                if let Some(value) = table.get(id.0)? {
                    let head: AccountName = decode_head(Account::KIND, id.0, value.value())?;
                    // A record stored under another key than its own is damage.
                    if head.id != *id {
                        return Err(StoreError::Damaged {
                            kind: Account::KIND,
                            key: id.0,
                        });
                    }
                    out.push((head.id, head.name));
                }
            }
            Ok(out)
        };
        let (low, high) = on_two_threads(|| names_of(low), || names_of(high));
        let mut names = low?;
        names.extend(high?);
        Ok(names)
    }

    /// Every open deal by id, decoded on two threads: the board's first
    /// frame waits on it.
    pub fn open_deals_by_id(&self) -> Result<HashMap<DealId, Deal>, StoreError> {
        let txn = self.read()?;
        let table = txn.open_table(OPEN_DEALS)?;
        let (Some((first, _)), Some((last, _))) = (table.first()?, table.last()?) else {
            return Ok(HashMap::new());
        };
        let (first, last) = (first.value(), last.value());
        let middle = first + (last - first) / 2;
        let all = table.len()? as usize;
        // The lower half's map takes the upper half in without growing.
        let decode_range =
            |keys: RangeInclusive<u64>, room: usize| -> Result<HashMap<DealId, Deal>, StoreError> {
                let mut out = HashMap::with_capacity(room);
                for row in table.range(keys)? {
                    let (key, value) = row?;
                    let deal: Deal = decode_record(key.value(), value.value())?;
                    out.insert(deal.id, deal);
                }
                Ok(out)
            };
        // Nothing above the middle when the first key is the last.
        let upper = middle.checked_add(1).filter(|next| *next <= last);
        let (low, high) = on_two_threads(
            || decode_range(first..=middle, all),
            || {
                upper.map_or_else(
                    || Ok(HashMap::new()),
                    |next| decode_range(next..=last, all / 2),
                )
            },
        );
        let mut deals = low?;
        deals.extend(high?);
        Ok(deals)
    }

    pub fn deals_of_owner(&self, owner: OwnerId) -> Result<Vec<Deal>, StoreError> {
        by_index(&self.read()?, DEALS_BY_OWNER, owner.0)
    }

    pub fn deals_of_account(&self, account: AccountId) -> Result<Vec<Deal>, StoreError> {
        by_index(&self.read()?, DEALS_BY_ACCOUNT, account.0)
    }

    /// A deal's stage events, oldest first.
    pub fn events_of(&self, deal: DealId) -> Result<Vec<StageEvent>, StoreError> {
        let mut events: Vec<StageEvent> = by_index(&self.read()?, EVENTS_BY_DEAL, deal.0)?;
        events.sort_by_key(|e| e.id);
        Ok(events)
    }

    /// A deal's activities, oldest first.
    pub fn activities_of(&self, deal: DealId) -> Result<Vec<Activity>, StoreError> {
        let mut acts: Vec<Activity> = by_index(&self.read()?, ACTIVITIES_BY_DEAL, deal.0)?;
        acts.sort_by_key(|a| (a.at, a.id));
        Ok(acts)
    }

    pub fn contacts_of(&self, account: AccountId) -> Result<Vec<Contact>, StoreError> {
        by_index(&self.read()?, CONTACTS_BY_ACCOUNT, account.0)
    }

    pub fn quotes_of(&self, deal: DealId) -> Result<Vec<Quote>, StoreError> {
        by_index(&self.read()?, QUOTES_BY_DEAL, deal.0)
    }

    /// Everything in the workspace, from one snapshot.
    pub fn load_workspace(&self) -> Result<Workspace, StoreError> {
        let txn = self.read()?;
        Ok(Workspace {
            pipelines: all(&txn)?,
            owners: all(&txn)?,
            accounts: all(&txn)?,
            contacts: all(&txn)?,
            deals: all(&txn)?,
            stage_events: all(&txn)?,
            activities: all(&txn)?,
            products: all(&txn)?,
            price_lists: all(&txn)?,
            quotes: all(&txn)?,
            leads: all(&txn)?,
            lead_events: all_or_none(&txn)?,
            loss_reasons: self.loss_reasons()?,
            reviews: all(&txn)?,
            improvement_actions: all(&txn)?,
        })
    }
}

/// (index name, index key, record id) entries that disagree with the records.
pub(super) fn index_mismatches(txn: &ReadTransaction) -> Result<Vec<String>, StoreError> {
    let mut out = Vec::new();
    out.extend(index_diff::<Deal>(txn)?);
    out.extend(mirror_diff::<Deal>(txn)?);
    out.extend(index_diff::<StageEvent>(txn)?);
    out.extend(index_diff::<Activity>(txn)?);
    out.extend(index_diff::<Contact>(txn)?);
    out.extend(index_diff::<Quote>(txn)?);
    Ok(out)
}

/// Compares each index a record kind maintains with what its records say.
fn index_diff<R: Record>(txn: &ReadTransaction) -> Result<Vec<String>, StoreError> {
    use std::collections::{BTreeMap, BTreeSet};
    let records: Vec<R> = all(txn)?;
    let mut expected: BTreeMap<String, (IndexTable, BTreeSet<(u64, u64)>)> = BTreeMap::new();
    for r in &records {
        for (index, key) in r.index_keys() {
            expected
                .entry(index.name().to_string())
                .or_insert_with(|| (index, BTreeSet::new()))
                .1
                .insert((key, r.key()));
        }
    }
    let mut problems = Vec::new();
    for (name, (index, want)) in expected {
        let mut actual = BTreeSet::new();
        // A missing index is reported entry by entry below.
        if let Some(table) = made(txn.open_multimap_table(index))? {
            for row in table.iter()? {
                let (key, values) = row?;
                for v in values {
                    actual.insert((key.value(), v?.value()));
                }
            }
        }
        for (k, v) in want.difference(&actual) {
            problems.push(t!(
                "store-check-index-lacks",
                index = name.to_string(),
                kind = crate::i18n::noun(R::KIND),
                value = v.to_string(),
                key = k.to_string()
            ));
        }
        for (k, v) in actual.difference(&want) {
            problems.push(t!(
                "store-check-index-stale-entry",
                index = name.to_string(),
                value = v.to_string(),
                key = k.to_string()
            ));
        }
    }
    Ok(problems)
}

/// Compares a mirror table with the records it copies: same keys, same bytes.
fn mirror_diff<R: Record>(txn: &ReadTransaction) -> Result<Vec<String>, StoreError> {
    use redb::TableHandle;
    use std::collections::BTreeMap;
    let mut want: BTreeMap<(String, u64), Vec<u8>> = BTreeMap::new();
    let records = txn.open_table(R::TABLE)?;
    for row in records.iter()? {
        let (key, value) = row?;
        let record: R = decode_record::<R>(key.value(), value.value())?;
        if let Some(mirror) = record.mirror() {
            want.insert(
                (mirror.name().to_string(), key.value()),
                value.value().to_vec(),
            );
        }
    }
    let mut problems = Vec::new();
    for mirror in ALL_MIRRORS {
        let table = txn.open_table(mirror)?;
        for row in table.iter()? {
            let (key, value) = row?;
            match want.remove(&(mirror.name().to_string(), key.value())) {
                Some(bytes) if bytes == value.value() => {}
                Some(_) => problems.push(t!(
                    "store-check-outdated-copy",
                    table = mirror.name(),
                    kind = crate::i18n::noun(R::KIND),
                    key = key.value().to_string()
                )),
                None => problems.push(t!(
                    "store-check-does-not-belong",
                    table = mirror.name(),
                    kind = crate::i18n::noun(R::KIND),
                    key = key.value().to_string()
                )),
            }
        }
    }
    for ((name, key), _) in want {
        problems.push(t!(
            "store-check-table-lacks",
            table = name,
            kind = crate::i18n::noun(R::KIND),
            key = key.to_string()
        ));
    }
    Ok(problems)
}

/// What a list shows of an account: the head of its stored record.
#[derive(serde::Deserialize)]
struct AccountName {
    id: AccountId,
    name: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_name_is_the_head_of_its_stored_record() {
        let now = chrono::Utc::now();
        let account = Account {
            industry: "Logistics".into(),
            parent: Some(AccountId(3)),
            ..Account::prospect(AccountId(42), "浙江恒通机械", now)
        };
        let bytes = super::super::record::encode(&account).unwrap();
        let head: AccountName = decode_head(Account::KIND, 42, &bytes).unwrap();
        assert_eq!(
            (head.id, head.name.as_str()),
            (AccountId(42), "浙江恒通机械")
        );
        // A damaged value is refused, not read.
        let mut damaged = bytes.clone();
        damaged[3] ^= 1;
        assert!(decode_head::<AccountName>(Account::KIND, 42, &damaged).is_err());
    }
}
