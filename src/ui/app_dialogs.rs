//! Opening dialogs: the gate checklist before a move or a win, loss capture with its
//! signals, the filter menu and the deal and activity forms.

use super::app::App;
use super::layers::contacts::ContactList;
use super::layers::deal_list::DealList;
use super::layers::{
    Command, Layer,
    activity_form::ActivityForm,
    deal_form::{Choices, DealForm},
    filter::FilterMenu,
    gate::GateDialog,
};
use super::report_engine::DealLine;
use crate::domain::*;
use crate::store::{GateDecision, StoreError};

impl App {
    /// What the deal's data suggests about why it is being lost (none if it cannot be
    /// read: the dialog still works without suggestions).
    pub(super) fn loss_signals(&self, deal: &Deal) -> Vec<crate::analytics::loss::Signal> {
        self.loss_signals_at(deal, self.now)
    }

    /// Signals of a deal lost at `lost_at` (a deal already lost: its close).
    pub(super) fn loss_signals_at(
        &self,
        deal: &Deal,
        lost_at: chrono::DateTime<chrono::Utc>,
    ) -> Vec<crate::analytics::loss::Signal> {
        use crate::analytics::loss::{LossContext, signals};
        let read = || -> Result<_, StoreError> {
            Ok((
                self.store.contacts_of(deal.account)?,
                self.store.activities_of(deal.id)?,
                self.store.quotes_of(deal.id)?,
            ))
        };
        let Ok((contacts, activities, quotes)) = read() else {
            return Vec::new();
        };
        signals(
            &LossContext {
                deal,
                lost_at,
                contacts: &contacts,
                activities: &activities,
                quotes: &quotes,
            },
            &self.look.settings.signals,
        )
    }

    pub(super) fn begin_move(&mut self, forward: bool) {
        let Some(deal) = self.current_deal().cloned() else {
            return self.set_error(t!("dlg-no-deal"));
        };
        let Some(pipeline) = self.data.pipeline_of(&deal).cloned() else {
            return;
        };
        let target = if !deal.is_open() {
            if forward {
                return self.set_error(t!("dlg-closed-forward", status = deal.status.label()));
            }
            // Reopen into the stage it was lost at, or the last open stage —
            // after asking: a closed deal's numbers are in the reports.
            let into = deal
                .loss
                .as_ref()
                .and_then(|l| l.stage_lost_at.and_then(|s| pipeline.stage(s)))
                .or_else(|| pipeline.open_stages().last())
                .cloned();
            if self.chrome.confirm_reopen != Some(deal.id) {
                self.chrome.confirm_reopen = Some(deal.id);
                let stage = into
                    .as_ref()
                    .map_or_else(|| t!("dlg-an-open-stage"), |s| s.name.clone());
                return self.set_info(t!(
                    "dlg-reopen-ask",
                    deal = crate::text::sanitize(&deal.title).into_owned(),
                    status = deal.status.label(),
                    stage = stage
                ));
            }
            self.chrome.confirm_reopen = None;
            into
        } else if forward {
            pipeline.next_open(deal.stage).cloned()
        } else {
            pipeline.previous_open(deal.stage).cloned()
        };
        let Some(target) = target else {
            let hint = if forward {
                t!("dlg-last-stage")
            } else {
                t!("dlg-first-stage")
            };
            return self.set_error(hint);
        };
        let missing = crate::domain::moves::missing_gates(&pipeline, &deal, target.id);
        if missing.is_empty() {
            if let Err(e) = self.execute(Command::Move {
                deal: deal.id,
                to: target.id,
                gate: GateDecision::default(),
            }) {
                self.set_error(e);
            }
        } else {
            self.layers
                .push(Layer::Gate(GateDialog::new(&deal, &target, false, missing)));
        }
    }

    pub(super) fn begin_win(&mut self) {
        let Some(deal) = self.current_deal().filter(|d| d.is_open()).cloned() else {
            return self.set_error(t!("dlg-win-needs-open"));
        };
        let Some(pipeline) = self.data.pipeline_of(&deal).cloned() else {
            return;
        };
        let Some(won) = pipeline.outcome(StageKind::Won).cloned() else {
            return;
        };
        let missing = crate::domain::moves::missing_gates(&pipeline, &deal, won.id);
        if missing.is_empty() {
            self.open_won_dialog(deal.id, GateDecision::default());
        } else {
            self.layers
                .push(Layer::Gate(GateDialog::new(&deal, &won, true, missing)));
        }
    }

    /// Why it was won, when and for how much: the last step before a deal closes won.
    pub(super) fn open_won_dialog(&mut self, deal: DealId, gate: GateDecision) {
        let Some(deal) = self.data.deals.get(&deal).cloned() else {
            return;
        };
        let reasons = self.look.settings.win_reasons.offered();
        self.layers
            .push(Layer::Won(super::layers::won::WonDialog::new(
                &deal,
                gate,
                reasons,
                self.now.date_naive(),
            )));
    }

    /// The user's own owner record, when their name is one.
    pub(super) fn my_owner_id(&self) -> Option<OwnerId> {
        self.data
            .owners
            .values()
            .find(|o| o.name == self.user)
            .map(|o| o.id)
    }

    pub(super) fn open_filter_menu(&mut self) {
        let me = self.my_owner_id();
        let mut owners: Vec<(OwnerId, String)> = self
            .data
            .owners
            .values()
            .map(|o| {
                let label = if Some(o.id) == me {
                    t!("dlg-filter-me", name = o.name.as_str())
                } else {
                    o.name.clone()
                };
                (o.id, label)
            })
            .collect();
        owners.sort_by(|a, b| {
            (Some(b.0) == me)
                .cmp(&(Some(a.0) == me))
                .then(a.1.to_lowercase().cmp(&b.1.to_lowercase()))
        });
        let mut tags: Vec<String> = self
            .data
            .deals
            .values()
            .flat_map(|d| d.tags.iter().cloned())
            .collect();
        tags.sort();
        tags.dedup();
        let mut teams: Vec<String> = self
            .data
            .owners
            .values()
            .map(|o| o.team.clone())
            .filter(|t| !t.is_empty())
            .collect();
        teams.sort();
        teams.dedup();
        self.layers.push(Layer::Filter(FilterMenu::new(
            &self.board.filter,
            owners,
            super::layers::filter::Choices { tags, teams },
            self.now.date_naive(),
        )));
    }

    pub(super) fn apply_filter(&mut self, filter: super::board::Filter) {
        self.board.filter = filter;
        self.board.arrange(&self.data, self.now);
        self.board.to_top();
        self.keep_visible();
        let text = if self.board.filter.is_active() {
            t!(
                "dlg-filter-applied",
                filter = self.board.filter.describe(&self.data)
            )
        } else {
            t!("dlg-filter-cleared")
        };
        self.set_info(text);
    }

    pub(super) fn form_choices(&self) -> Result<Choices, String> {
        let mut owners: Vec<Owner> = self.data.owners.values().cloned().collect();
        owners.sort_by_key(|o| o.name.to_lowercase());
        let mut accounts = self.store.accounts().map_err(|e| e.to_string())?;
        accounts.sort_by_key(|a| a.name.to_lowercase());
        Ok(Choices {
            owners,
            accounts,
            user: self.user.clone(),
            currency: self.data.main_currency(),
        })
    }

    pub(super) fn open_new_deal(&mut self) {
        let Some(pipeline) = self.data.pipelines.get(self.board.pipeline).cloned() else {
            return self.set_error(t!("dlg-no-pipeline"));
        };
        let stage = pipeline.stages.get(self.board.column).map(|s| s.id);
        match self.form_choices() {
            Ok(choices) => self
                .layers
                .push(Layer::DealForm(Box::new(DealForm::new_deal(
                    &pipeline,
                    stage,
                    choices,
                    self.now.date_naive(),
                )))),
            Err(e) => self.set_error(e),
        }
    }

    pub(super) fn open_edit_deal(&mut self) {
        let Some(deal) = self.current_deal().cloned() else {
            return self.set_error(t!("dlg-edit-needs-deal"));
        };
        match self.form_choices() {
            Ok(choices) => self
                .layers
                .push(Layer::DealForm(Box::new(DealForm::edit_deal(
                    &deal,
                    choices,
                    self.now.date_naive(),
                )))),
            Err(e) => self.set_error(e),
        }
    }

    pub(super) fn open_activity_form(&mut self, task: bool) {
        let Some(deal) = self.current_deal().cloned() else {
            return self.set_error(t!("dlg-activity-needs-deal"));
        };
        self.open_activity_form_on(&deal, task);
    }

    pub(super) fn open_activity_form_on(&mut self, deal: &Deal, task: bool) {
        let deal = deal.clone();
        let contacts = match self.store.contacts_of(deal.account) {
            Ok(c) => c,
            Err(e) => return self.set_error(e.to_string()),
        };
        let owner = self.my_owner_id().unwrap_or(deal.owner);
        self.layers
            .push(Layer::ActivityForm(Box::new(ActivityForm::new(
                &deal, &contacts, owner, self.now, task,
            ))));
    }

    /// `T` in the detail: the deal's tasks.
    pub(super) fn open_tasks(&mut self) {
        let Some(deal) = self.current_deal().cloned() else {
            return self.set_error(t!("dlg-tasks-need-deal"));
        };
        let tasks = self.store.tasks_of(deal.id);
        match tasks.and_then(|t| Ok((t, self.store.owners()?))) {
            Ok((tasks, owners)) => {
                self.layers
                    .push(Layer::Tasks(super::layers::tasks::TaskList::new(
                        &deal,
                        tasks,
                        owners,
                        self.now.date_naive(),
                    )))
            }
            Err(e) => self.set_error(e.to_string()),
        }
    }

    /// Saves a task's changes and shows the deal's tasks as they are now.
    pub(super) fn answer_task(
        &mut self,
        id: crate::domain::ActivityId,
        changes: &[crate::store::TaskChange],
    ) {
        let user = self.user.clone();
        let stamp = crate::store::Stamp {
            by: &user,
            at: self.now,
        };
        let result = self.store.change_task(id, changes, stamp);
        if matches!(self.layers.last(), Some(Layer::Today(_))) {
            match result {
                Ok(outcome) => {
                    if let Some(deal) = outcome.task.deal {
                        self.after_change(deal);
                    }
                    self.refresh_today();
                    if let Some(Layer::Today(today)) = self.layers.last_mut() {
                        today.notice = Some(t!("dlg-task-done-today"));
                    }
                }
                Err(e) => self.set_error(e.to_string()),
            }
            return;
        }
        let Some(Layer::Tasks(list)) = self.layers.last_mut() else {
            return;
        };
        let deal = list.deal;
        match result {
            Ok(outcome) => {
                let note = if outcome.next_step_cleared {
                    t!("dlg-task-step-cleared")
                } else if outcome.next_step_moved {
                    t!("dlg-task-step-moved")
                } else {
                    t!("dlg-task-saved")
                };
                let tasks = self.store.tasks_of(deal);
                if let Some(Layer::Tasks(list)) = self.layers.last_mut() {
                    match tasks {
                        Ok(tasks) => list.saved(tasks, note),
                        Err(e) => list.notice = Some(e.to_string()),
                    }
                }
                self.after_change(deal);
            }
            Err(e) => {
                use super::layers::LayerKeys;
                list.show_error(e.to_string());
            }
        }
    }
}

impl App {
    /// An account's deals, open first (largest first), then closed (newest
    /// first), as a list to open them from: a search hit on the account or
    /// one of its contacts.
    pub(super) fn list_account_deals(
        &mut self,
        kind: crate::search::Kind,
        id: u64,
    ) -> Result<(), String> {
        let account = match kind {
            crate::search::Kind::Contact => match self.store.contact(ContactId(id)) {
                Ok(Some(c)) => c.account,
                Ok(None) => return Err(t!("dlg-contact-gone", id = id.to_string())),
                Err(e) => return Err(e.to_string()),
            },
            _ => AccountId(id),
        };
        let name = match self.store.account(account) {
            Ok(Some(a)) => a.name,
            Ok(None) => return Err(t!("dlg-account-gone", id = account.to_string())),
            Err(e) => return Err(e.to_string()),
        };
        let mut deals = self
            .store
            .deals_of_account(account)
            .map_err(|e| e.to_string())?;
        deals.sort_by(|a, b| {
            b.is_open()
                .cmp(&a.is_open())
                .then(b.closed_at.cmp(&a.closed_at))
                .then(b.amount.amount.cmp(&a.amount.amount))
        });
        let stage_name = |d: &Deal| {
            self.data
                .pipeline_of(d)
                .and_then(|p| p.stage(d.stage))
                .map_or_else(String::new, |s| s.name.clone())
        };
        let lines: Vec<DealLine> = deals
            .iter()
            .map(|d| DealLine {
                id: d.id,
                title: d.title.clone(),
                owner: self.data.owner_name(d.owner).to_string(),
                stage: stage_name(d),
                amount: d.amount,
                close: match d.is_open() {
                    true => d.expected_close,
                    false => d.closed_at.map(|at| at.date_naive()),
                },
            })
            .collect();
        self.layers.push(Layer::DealList(DealList {
            title: t!(
                "dlg-deal-list-title",
                name = name.as_str(),
                count = lines.len()
            ),
            deals: lines,
            selected: 0,
        }));
        Ok(())
    }
}

impl App {
    /// `c` in the detail: the account's power map, to edit a contact's place.
    pub(super) fn open_contacts(&mut self) {
        let Some(deal) = self.current_deal().cloned() else {
            return self.set_error(t!("dlg-contacts-need-deal"));
        };
        match self.store.contacts_of(deal.account) {
            Ok(mut contacts) => {
                contacts.sort_by_key(|c| (c.role, std::cmp::Reverse(c.influence), c.id));
                self.layers.push(Layer::Contacts(ContactList::new(
                    deal.id,
                    self.data.account_name(deal.account).to_string(),
                    contacts,
                    self.now.date_naive(),
                )));
            }
            Err(e) => self.set_error(e.to_string()),
        }
    }

    /// Saves a contact from the power map and shows the list as it is now.
    pub(super) fn save_contact(&mut self, contact: &Contact) {
        let user = self.user.clone();
        let stamp = crate::store::Stamp {
            by: &user,
            at: self.now,
        };
        let saved = self.store.update_contact(contact, stamp);
        let contacts = saved.and_then(|c| Ok((c.clone(), self.store.contacts_of(c.account)?)));
        let Some(Layer::Contacts(list)) = self.layers.last_mut() else {
            return;
        };
        match contacts {
            Ok((c, mut all)) => {
                all.sort_by_key(|c| (c.role, std::cmp::Reverse(c.influence), c.id));
                list.saved(all, t!("dlg-contact-saved", name = c.name.as_str()));
                self.jobs.changes += 1;
            }
            Err(e) => {
                if let Some(form) = list.form.as_mut() {
                    form.error = Some(e.to_string());
                }
            }
        }
    }
}
