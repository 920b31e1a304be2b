//! What the screens show, loaded from the store up front. Render functions read
//! only this; after a change only the touched deal is reloaded.

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
}

impl Snapshot {
    pub fn load(store: &Store, today: NaiveDate) -> Result<Snapshot, StoreError> {
        let mut deals: HashMap<DealId, Deal> =
            store.open_deals()?.into_iter().map(|d| (d.id, d)).collect();
        for d in store.deals_closed_in_month(today)? {
            deals.insert(d.id, d);
        }
        let account_ids: Vec<AccountId> = deals.values().map(|d| d.account).collect();
        let account_names = store
            .accounts_by_ids(&account_ids)?
            .into_iter()
            .map(|a| (a.id, a.name))
            .collect();
        Ok(Snapshot {
            pipelines: store.pipelines()?,
            owners: store.owners()?.into_iter().map(|o| (o.id, o)).collect(),
            account_names,
            deals,
            loss_reasons: store.loss_reasons()?,
            is_sample: store.is_sample()?,
        })
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
                self.deals.insert(id, deal);
            }
            None => {
                self.deals.remove(&id);
            }
        }
        Ok(())
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
