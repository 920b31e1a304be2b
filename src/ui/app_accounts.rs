//! Accounts (`g a`): every account with its open pipeline, won to date and
//! last change, from one pass over the deals.

use super::app::App;
use super::layers::Layer;
use crate::domain::*;
use std::collections::HashMap;

impl App {
    /// `g a`: every account with its figures, from one pass over the deals.
    pub(super) fn open_accounts(&mut self) {
        use super::layers::accounts::{AccountList, AccountRow};
        self.layers.retain(|l| !matches!(l, Layer::Accounts(_)));
        let currency = self.data.main_currency();
        let mut figures: HashMap<AccountId, AccountFigures> = HashMap::new();
        let scanned = self
            .store
            .for_each_deal(|d| AccountFigures::count(&mut figures, &d, currency));
        let accounts = scanned.and_then(|()| self.store.accounts());
        let accounts = match accounts {
            Ok(a) => a,
            Err(e) => return self.set_error(e.to_string()),
        };
        let rows = accounts
            .into_iter()
            .map(|a| {
                let AccountFigures {
                    open_deals,
                    open_amount,
                    won_amount,
                    last_change,
                    ..
                } = figures.get(&a.id).copied().unwrap_or_default();
                AccountRow {
                    owner: a
                        .owner
                        .map(|o| self.data.owner_name(o).to_string())
                        .unwrap_or_default(),
                    id: a.id,
                    name: a.name,
                    tier: a.tier,
                    industry: a.industry,
                    region: a.region,
                    open_deals,
                    open_amount,
                    won_amount,
                    last_change,
                }
            })
            .collect();
        self.layers
            .push(Layer::Accounts(AccountList::new(rows, currency)));
    }
}
