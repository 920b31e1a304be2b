//! The lead pool (`g l`): the pool's rules are applied when it opens (and
//! when the app starts), what they did is said on the status line; the
//! pool's changes go to the store and the pool shows the leads as they are.

use super::app::App;
use super::job::{Job, take_done};
use super::layers::Layer;
use super::layers::leads::{LeadPool, LeadRequest};
use crate::domain::lead_pool::{PoolRow, duplicate_warnings, pool_rows};
use crate::domain::*;
use crate::store::{Conversion, LeadChange, StoreError};

impl App {
    /// Applies the pool's rules now; says on the status line what they did
    /// (nothing when idle) and returns it.
    pub fn apply_lead_rules(&mut self) -> Option<String> {
        let rules = self.look.settings.leads.clone();
        let stamp = self.stamp();
        let done = self.store.apply_lead_rules(&rules, stamp, false);
        self.lead_rules_done(done)
    }

    /// The pool's rules on a thread, as the app starts: the first frame does
    /// not wait for them; what they did reaches the status line when done.
    pub fn start_lead_rules(&mut self) {
        let (store, rules, user, now) = (
            self.store.clone(),
            self.look.settings.leads.clone(),
            self.user.clone(),
            self.now,
        );
        self.jobs.lead_rules = Some(Job::spawn(&self.jobs.wake, move || {
            store.apply_lead_rules(&rules, crate::store::Stamp { by: &user, at: now }, false)
        }));
    }

    /// Takes the startup rules' outcome once they ran. True when they did.
    pub(super) fn tick_lead_rules(&mut self) -> bool {
        match take_done(&mut self.jobs.lead_rules) {
            Some(Ok(done)) => {
                self.lead_rules_done(done);
                true
            }
            Some(Err(_)) => true,
            None => false,
        }
    }

    fn lead_rules_done(
        &mut self,
        done: Result<crate::store::RulesOutcome, StoreError>,
    ) -> Option<String> {
        let rules = &self.look.settings.leads;
        match done {
            Ok(outcome) if !outcome.is_empty() => {
                self.jobs.changes += 1;
                let said = t!(
                    "list-leads-rules-done",
                    returned = outcome.returned.len(),
                    days = rules.recycle_days,
                    assigned = outcome.assigned.len()
                );
                self.set_info(said.clone());
                Some(said)
            }
            Ok(_) => None,
            Err(e) => {
                let said = t!("list-leads-rules-failed", error = e.to_string());
                self.set_error(said.clone());
                Some(said)
            }
        }
    }

    /// The pool's rows (without duplicates: [`Self::check_duplicates`]),
    /// after its rules ran if anything was due; what they did, if anything.
    fn pool_rows(&mut self) -> Result<(Vec<PoolRow>, Option<String>), StoreError> {
        let rules = self.look.settings.leads.clone();
        let leads = self.store.leads()?;
        // The rules write only when something is due: opening an idle pool reads.
        let due = leads
            .iter()
            .any(|l| rules.due_for_pool(l, self.now) || rules.hot(l));
        let said = if due { self.apply_lead_rules() } else { None };
        let rows = if said.is_some() {
            self.pool_rows_unchecked()?
        } else {
            self.rows_of(&leads)?
        };
        Ok((rows, said))
    }

    /// The pool's rows as stored, the rules not run (after a change made in
    /// the pool: a lead returned by hand stays returned until the next opening).
    pub(super) fn pool_rows_unchecked(&self) -> Result<Vec<PoolRow>, StoreError> {
        self.rows_of(&self.store.leads()?)
    }

    fn rows_of(&self, leads: &[Lead]) -> Result<Vec<PoolRow>, StoreError> {
        Ok(pool_rows(
            leads,
            &self.store.lead_events()?,
            &self.store.owners()?,
            &self.look.settings.leads,
            self.now,
        ))
    }

    /// Looks for the leads' duplicates among every lead, account and contact
    /// on a thread (a large workspace has tens of thousands of contacts); the
    /// pool shows them when they land.
    pub(super) fn check_duplicates(&mut self) {
        let store = self.store.clone();
        self.jobs.lead_checks = Some(Job::spawn(&self.jobs.wake, move || {
            Ok(duplicate_warnings(
                &store.leads()?,
                &store.accounts()?,
                &store.contacts()?,
            ))
        }));
    }

    /// Hands the duplicates to the pool once found. True when they arrived.
    pub(super) fn tick_leads(&mut self) -> bool {
        let Some(landed) = take_done(&mut self.jobs.lead_checks) else {
            return false;
        };
        let pool = self.layers.iter_mut().rev().find_map(|l| match l {
            Layer::Leads(pool) => Some(pool),
            _ => None,
        });
        match (landed, pool) {
            (Ok(Ok(warnings)), Some(pool)) => pool.set_duplicates(warnings),
            (Ok(Err(e)), _) => {
                self.set_error(t!("list-leads-duplicates-failed", error = e.to_string()))
            }
            _ => {}
        }
        true
    }

    /// Waits for the duplicates (tests, benches).
    pub fn finish_lead_checks(&mut self) {
        while self.jobs.lead_checks.is_some() {
            if !self.tick_leads() {
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
        }
    }

    /// `g l`: the pool on top, built afresh after its rules ran.
    pub(super) fn open_leads(&mut self) {
        self.layers.retain(|l| !matches!(l, Layer::Leads(_)));
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
            Ok((rows, said)) => {
                let mut pool = LeadPool::new(
                    rows,
                    self.user.clone(),
                    reps,
                    self.look.settings.leads.follow_up_hours,
                    self.now.date_naive(),
                );
                pool.notice = said;
                self.layers.push(Layer::Leads(Box::new(pool)));
                self.check_duplicates();
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
            LeadRequest::Change(id, change) => {
                let said = match &change {
                    LeadChange::Claim => "list-leads-claimed",
                    LeadChange::Assign(_) => "list-leads-assigned",
                    LeadChange::FollowUp(_) => "list-leads-followed-up",
                    LeadChange::Disqualify(_) => "list-leads-disqualified",
                    LeadChange::Return(_) => "list-leads-returned",
                };
                self.store
                    .change_lead(id, change, stamp)
                    .map(|l| t!(said, company = l.company))
                    .map_err(|e| e.to_string())
            }
            LeadRequest::Convert {
                lead,
                title,
                amount,
            } => self.convert_lead(lead, title, &amount),
        };
        match done {
            Ok(note) => {
                self.jobs.changes += 1;
                self.refresh_top_layer(note);
            }
            Err(e) => {
                if let Some(Layer::Leads(pool)) = self.layers.last_mut() {
                    super::layers::LayerKeys::show_error(pool.as_mut(), e);
                }
            }
        }
    }

    fn convert_lead(
        &mut self,
        lead: LeadId,
        title: String,
        amount: &str,
    ) -> Result<String, String> {
        let amount = crate::domain::money::parse_amount(amount)
            .map_err(|e| t!("list-leads-bad-amount", error = e.to_string()))?;
        let pipeline = self
            .data
            .pipelines
            .first()
            .map(|p| p.id)
            .ok_or_else(|| t!("list-leads-no-pipeline"))?;
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
        let said = if made.account_reused {
            "list-leads-converted-reused"
        } else {
            "list-leads-converted-new"
        };
        Ok(t!(
            said,
            title = made.deal.title.as_str(),
            account = made.account.name.as_str(),
            contact = made.contact_said()
        ))
    }
}
