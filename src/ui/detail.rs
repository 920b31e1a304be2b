//! The deal detail pane's data: loaded when it opens and after each change.

use crate::domain::*;
use crate::store::{Store, StoreError};

#[derive(Debug, Clone)]
pub struct Detail {
    pub deal: Deal,
    pub account: Option<Account>,
    pub contacts: Vec<Contact>,
    pub events: Vec<StageEvent>,
    pub activities: Vec<Activity>,
    pub quotes: Vec<Quote>,
    pub scroll: usize,
}

impl Detail {
    pub fn load(store: &Store, id: DealId) -> Result<Option<Detail>, StoreError> {
        let Some(deal) = store.deal(id)? else {
            return Ok(None);
        };
        let mut contacts = store.contacts_of(deal.account)?;
        contacts.sort_by_key(|c| (c.role, std::cmp::Reverse(c.influence), c.id));
        Ok(Some(Detail {
            account: store.account(deal.account)?,
            contacts,
            events: store.events_of(id)?,
            activities: store.activities_of(id)?,
            quotes: store.quotes_of(id)?,
            deal,
            scroll: 0,
        }))
    }
}
