//! Every record of a workspace in memory: what the sample generator builds,
//! what `export --format json` writes and what the invariant check reads.

use super::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workspace {
    pub pipelines: Vec<Pipeline>,
    pub owners: Vec<Owner>,
    pub accounts: Vec<Account>,
    pub contacts: Vec<Contact>,
    pub deals: Vec<Deal>,
    pub stage_events: Vec<StageEvent>,
    pub activities: Vec<Activity>,
    pub products: Vec<Product>,
    pub price_lists: Vec<PriceList>,
    pub quotes: Vec<Quote>,
    pub leads: Vec<Lead>,
    /// What happened to each lead (claims, follow-ups, returns…). Files
    /// exported before lead history was kept have none.
    #[serde(default)]
    pub lead_events: Vec<LeadEvent>,
    pub loss_reasons: Vec<LossCategory>,
    pub reviews: Vec<Review>,
    pub improvement_actions: Vec<ImprovementAction>,
}

impl Workspace {
    pub fn stage(&self, id: StageId) -> Option<(&Pipeline, &Stage)> {
        self.pipelines
            .iter()
            .find_map(|p| p.stage(id).map(|s| (p, s)))
    }
}
