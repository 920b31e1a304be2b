//! The lead pool (`g l`): the pool's rules are applied when it opens (and
//! when the app starts), what they did is said on the status line; the
//! pool's changes go to the store and the pool shows the leads as they are.

use super::app::App;
use super::layers::Layer;
use super::layers::leads::{LeadPool, LeadRequest};
use crate::domain::lead_pool::{PoolRow, pool_rows};
use crate::domain::*;
use crate::store::{Conversion, LeadChange, StoreError};

impl App {
    /// Applies the pool's rules now; says on the status line what they did
    /// (nothing when idle) and returns it.
    pub fn apply_lead_rules(&mut self) -> Option<String> {
        let rules = self.look.settings.leads.clone();
        let stamp = self.stamp();
        match self.store.apply_lead_rules(&rules, stamp, false) {
            Ok(outcome) if !outcome.is_empty() => {
                self.jobs.changes += 1;
                let said = format!(
                    "pool rules: {} back (no follow-up in {} days), {} assigned by score · u undoes",
                    crate::format::count(outcome.returned.len(), "lead"),
                    rules.recycle_days,
                    outcome.assigned.len()
                );
                self.set_info(said.clone());
                Some(said)
            }
            Ok(_) => None,
            Err(e) => {
                let said = format!("lead pool rules: {e}");
                self.set_error(said.clone());
                Some(said)
            }
        }
    }

    fn pool_rows(&self) -> Result<Vec<PoolRow>, StoreError> {
        Ok(pool_rows(
            &self.store.leads()?,
            &self.store.lead_events()?,
            &self.store.accounts()?,
            &self.store.contacts()?,
            &self.store.owners()?,
            &self.look.settings.leads,
            self.now,
        ))
    }

    /// `g l`: the pool on top, built afresh after its rules ran.
    pub(super) fn open_leads(&mut self) {
        self.layers.retain(|l| !matches!(l, Layer::Leads(_)));
        let said = self.apply_lead_rules();
        let reps = match self.store.owners() {
            Ok(owners) => {
                let mut reps: Vec<String> = owners
                    .into_iter()
                    .filter(|o| o.role == OwnerRole::Rep)
                    .map(|o| o.name)
                    .collect();
                reps.sort();
                reps
            }
            Err(e) => return self.set_error(e.to_string()),
        };
        match self.pool_rows() {
            Ok(rows) => {
                let mut pool = LeadPool::new(
                    rows,
                    self.user.clone(),
                    reps,
                    self.look.settings.leads.follow_up_hours,
                    self.now.date_naive(),
                );
                pool.notice = said;
                self.layers.push(Layer::Leads(Box::new(pool)));
            }
            Err(e) => self.set_error(e.to_string()),
        }
    }

    pub(super) fn answer_lead_request(&mut self, request: LeadRequest) {
        let user = self.user.clone();
        let stamp = crate::store::Stamp {
            by: &user,
            at: self.now,
        };
        let done: Result<String, String> = match request {
            LeadRequest::OpenDeal(deal) => {
                if let Err(e) = self.execute(super::layers::Command::OpenDeal(deal)) {
                    self.set_error(e);
                }
                return;
            }
            LeadRequest::Undo => match self.store.undo(stamp) {
                Ok(Some(done)) => {
                    if let Some(id) = done.deal {
                        self.after_change(id);
                    }
                    Ok(format!("undone: {}", done.label))
                }
                Ok(None) => Ok("nothing to undo".into()),
                Err(e) => Err(e.to_string()),
            },
            LeadRequest::Change(id, change) => {
                let what = match &change {
                    LeadChange::Claim => "claimed: yours now",
                    LeadChange::Assign(_) => "assigned",
                    LeadChange::FollowUp(_) => "follow-up logged",
                    LeadChange::Disqualify(_) => "disqualified",
                    LeadChange::Return(_) => "back in the pool",
                };
                self.store
                    .change_lead(id, change, stamp)
                    .map(|l| format!("{} {what} · u undoes", l.company))
                    .map_err(|e| e.to_string())
            }
            LeadRequest::Convert {
                lead,
                title,
                amount,
            } => self.convert_lead(lead, title, &amount),
        };
        let rows = self.pool_rows();
        let Some(Layer::Leads(pool)) = self.layers.last_mut() else {
            return;
        };
        match (done, rows) {
            (Ok(note), Ok(rows)) => {
                pool.refreshed(rows, note);
                self.jobs.changes += 1;
            }
            (Err(e), _) | (_, Err(StoreError::Conflict(e))) => {
                super::layers::LayerKeys::show_error(pool.as_mut(), e)
            }
            (_, Err(e)) => super::layers::LayerKeys::show_error(pool.as_mut(), e.to_string()),
        }
    }

    fn convert_lead(
        &mut self,
        lead: LeadId,
        title: String,
        amount: &str,
    ) -> Result<String, String> {
        let amount =
            crate::domain::money::parse_amount(amount).map_err(|e| format!("amount: {e}"))?;
        let pipeline = self
            .data
            .pipelines
            .first()
            .map(|p| p.id)
            .ok_or("the workspace has no pipeline")?;
        let conversion = Conversion {
            title,
            amount: Money::new(amount, self.data.main_currency()),
            pipeline,
        };
        let user = self.user.clone();
        let stamp = crate::store::Stamp {
            by: &user,
            at: self.now,
        };
        let made = self
            .store
            .convert_lead(lead, conversion, stamp)
            .map_err(|e| e.to_string())?;
        self.after_change(made.deal.id);
        Ok(format!(
            "qualified: deal {} on {} ({}){} · on the board now (g b) · u undoes",
            made.deal.title,
            made.account.name,
            if made.account_reused {
                "account already there"
            } else {
                "new account"
            },
            if made.contact_reused {
                ", contact already there"
            } else {
                ""
            }
        ))
    }
}
