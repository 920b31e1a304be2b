//! What the screens show, loaded from the store up front. Render functions read
//! only this; after a change only the touched deal is reloaded.

use crate::analytics::StageNorms;
use crate::domain::*;
use crate::store::{Store, StoreError};
use chrono::NaiveDate;
use std::collections::HashMap;

#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    pub pipelines: Vec<Pipeline>,
    pub owners: HashMap<OwnerId, Owner>,
    pub account_names: HashMap<AccountId, String>,
    /// Open deals of every pipeline, and deals closed this month.
    pub deals: HashMap<DealId, Deal>,
    pub loss_reasons: Vec<LossCategory>,
    pub is_sample: bool,
    /// Historical median dwell per stage, for the stale rule; empty until the
    /// background load after the first frame brings it.
    pub median_dwell: HashMap<StageId, f64>,
    /// Deals per currency, kept with `deals`: the board reads its main
    /// currency on every refile, and counting every deal there would sit on
    /// the key path.
    currency_counts: HashMap<Currency, usize>,
}

impl Snapshot {
    /// What the first frame needs: open deals and their accounts. Deals
    /// closed this month (the Won and Lost columns) come in afterwards through
    /// [`Snapshot::load_closed`] and [`Snapshot::merge_closed`].
    pub fn load(store: &Store) -> Result<Snapshot, StoreError> {
        let deals = store.open_deals_by_id()?;
        let mut snapshot = Snapshot {
            pipelines: store.pipelines()?,
            owners: store.owners()?.into_iter().map(|o| (o.id, o)).collect(),
            account_names: HashMap::new(),
            deals,
            loss_reasons: store.loss_reasons()?,
            is_sample: store.is_sample()?,
            median_dwell: HashMap::new(),
            currency_counts: HashMap::new(),
        };
        for deal in snapshot.deals.values() {
            *snapshot
                .currency_counts
                .entry(deal.amount.currency)
                .or_default() += 1;
        }
        let accounts = accounts_of(store, snapshot.deals.values())?;
        snapshot.add_accounts(accounts);
        Ok(snapshot)
    }

    /// Deals closed in the month of `today`, with their accounts.
    pub fn load_closed(store: &Store, today: NaiveDate) -> Result<ClosedDeals, StoreError> {
        let deals = store.deals_closed_in_month(today)?;
        let accounts = accounts_of(store, deals.iter())?;
        let median_dwell = StageNorms::from_events(store.stage_event_rows()?).into_medians();
        Ok(ClosedDeals {
            deals,
            accounts,
            median_dwell,
        })
    }

    /// Adds loaded closed deals; a deal changed in the meantime keeps its newer state.
    pub fn merge_closed(&mut self, closed: ClosedDeals) {
        for deal in closed.deals {
            if let std::collections::hash_map::Entry::Vacant(slot) = self.deals.entry(deal.id) {
                *self
                    .currency_counts
                    .entry(deal.amount.currency)
                    .or_default() += 1;
                slot.insert(deal);
            }
        }
        self.add_accounts(closed.accounts);
        self.median_dwell = closed.median_dwell;
    }

    /// The stale rule for a deal on the board (rotting days until history is loaded).
    pub fn is_stale(&self, deal: &Deal, stage: &Stage, now: chrono::DateTime<chrono::Utc>) -> bool {
        crate::domain::risk::is_stale(deal, stage, self.median_dwell.get(&stage.id).copied(), now)
    }

    fn add_accounts(&mut self, names: Vec<(AccountId, String)>) {
        self.account_names.extend(names);
    }

    /// Re-reads one deal after a change (gone when undo removed it).
    pub fn refresh_deal(&mut self, store: &Store, id: DealId) -> Result<(), StoreError> {
        match store.deal(id)? {
            Some(deal) => {
                if !self.account_names.contains_key(&deal.account)
                    && let Some(a) = store.account(deal.account)?
                {
                    self.account_names.insert(a.id, a.name);
                }
                if !self.owners.contains_key(&deal.owner) {
                    self.owners = store.owners()?.into_iter().map(|o| (o.id, o)).collect();
                }
                *self
                    .currency_counts
                    .entry(deal.amount.currency)
                    .or_default() += 1;
                if let Some(old) = self.deals.insert(id, deal) {
                    self.uncount(old.amount.currency);
                }
            }
            None => {
                if let Some(old) = self.deals.remove(&id) {
                    self.uncount(old.amount.currency);
                }
            }
        }
        Ok(())
    }

    fn uncount(&mut self, currency: Currency) {
        if let Some(n) = self.currency_counts.get_mut(&currency) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                self.currency_counts.remove(&currency);
            }
        }
    }

    /// The currency most of these deals are in (ties: the first code); board
    /// totals add up this one and show the others beside it.
    pub fn main_currency(&self) -> Currency {
        crate::domain::money::most_common_currency(
            self.currency_counts.iter().map(|(c, n)| (*c, *n)),
        )
    }

    pub fn account_name(&self, id: AccountId) -> &str {
        self.account_names
            .get(&id)
            .map(String::as_str)
            .unwrap_or("?")
    }

    pub fn owner_name(&self, id: OwnerId) -> &str {
        self.owners.get(&id).map(|o| o.name.as_str()).unwrap_or("?")
    }

    pub fn pipeline_of(&self, deal: &Deal) -> Option<&Pipeline> {
        self.pipelines.iter().find(|p| p.id == deal.pipeline)
    }
}

/// The Won and Lost columns' deals, loaded after the first frame.
#[derive(Debug, Default)]
pub struct ClosedDeals {
    pub deals: Vec<Deal>,
    /// The names of their accounts.
    pub accounts: Vec<(AccountId, String)>,
    pub median_dwell: HashMap<StageId, f64>,
}

fn accounts_of<'a>(
    store: &Store,
    deals: impl Iterator<Item = &'a Deal>,
) -> Result<Vec<(AccountId, String)>, StoreError> {
    let ids: Vec<AccountId> = deals.map(|d| d.account).collect();
    store.account_names(&ids)
}
