//! The app's part that writes: running a command against the store, then bringing
//! the board and the detail up to date; undo.

use super::app::{App, Screen};
use super::layers::Command;
use super::layers::Layer;
use crate::domain::*;

impl App {
    /// Runs a layer's or a key's command. Errors come back as the message to show.
    pub fn execute(&mut self, command: Command) -> Result<(), String> {
        let stamp = self.stamp();
        let result = match &command {
            Command::Move { deal, to, gate } => {
                self.store.move_deal(*deal, *to, gate, stamp).map(Some)
            }
            Command::Win { deal, gate, won } => {
                self.store.win_deal_with(*deal, gate, won, stamp).map(Some)
            }
            Command::Lose { deal, loss } => self.store.lose_deal(*deal, loss, stamp).map(Some),
            Command::CreateDeal(draft) => {
                // The form names an account it did not find: the store makes it.
                let new_account = match &draft.account {
                    crate::store::AccountRef::Name(name) => Some(name.trim().to_string()),
                    crate::store::AccountRef::Id(_) => None,
                };
                let deal = self
                    .store
                    .create_deal((**draft).clone(), stamp)
                    .map_err(|e| e.to_string())?;
                self.after_change(deal.id);
                let title = crate::text::sanitize(&deal.title).into_owned();
                self.set_info(match new_account {
                    Some(account) => t!(
                        "app-created-with-account",
                        id = deal.id.to_string(),
                        title = title,
                        account = crate::text::sanitize(&account).into_owned()
                    ),
                    None => t!("app-created", id = deal.id.to_string(), title = title),
                });
                return Ok(());
            }
            Command::SaveDeal(deal) => {
                let saved = self
                    .store
                    .update_deal(deal, stamp)
                    .map_err(|e| e.to_string())?;
                self.after_change(saved.id);
                self.set_info(t!(
                    "app-saved",
                    title = crate::text::sanitize(&saved.title).into_owned()
                ));
                return Ok(());
            }
            Command::LogActivity(activity, follow_up) => {
                let (logged, task) = self
                    .store
                    .log_activity_and_task((**activity).clone(), *follow_up, stamp)
                    .map_err(|e| e.to_string())?;
                if let Some(deal) = logged.deal {
                    self.after_change(deal);
                }
                self.set_info(match task.and_then(|t| t.due) {
                    Some(due) => t!(
                        "app-logged-with-task",
                        kind = logged.kind.label(),
                        due = due.to_string()
                    ),
                    None => t!("app-logged", kind = logged.kind.label()),
                });
                return Ok(());
            }
            Command::SetFilter(filter) => {
                self.apply_filter(filter.clone());
                return Ok(());
            }
            Command::JumpTo(deal) => {
                self.jump_to(*deal);
                return Ok(());
            }
            Command::OpenDeal(deal) => {
                self.chrome.detail_return = self.screen;
                self.open_detail(*deal);
                // The layers it was opened from wait for the way back, as they are.
                if self.screen == Screen::Detail {
                    self.chrome.under_detail = std::mem::take(&mut self.layers);
                }
                return Ok(());
            }
            Command::AccountDeals(kind, id) => return self.list_account_deals(*kind, *id),
            Command::Run(action) => {
                self.update(*action);
                return Ok(());
            }
        };
        match result {
            Ok(Some(outcome)) => {
                let stage = self
                    .data
                    .pipeline_of(&outcome.deal)
                    .and_then(|p| p.stage(outcome.deal.stage))
                    .map(|s| s.name.clone())
                    .unwrap_or_default();
                self.after_change(outcome.deal.id);
                let overrides = outcome.event.gate_overrides.len();
                let title = crate::text::sanitize(&outcome.deal.title).into_owned();
                self.set_info(if overrides > 0 {
                    t!(
                        "app-moved-overridden",
                        title = title,
                        stage = stage,
                        count = overrides
                    )
                } else {
                    t!("app-moved", title = title, stage = stage)
                });
                Ok(())
            }
            Ok(None) => Ok(()),
            Err(e) => Err(e.to_string()),
        }
    }

    pub(super) fn after_change(&mut self, id: DealId) {
        self.jobs.changes += 1;
        if self.team.is_some() {
            // Served: the change is in the shared data already; take it from there.
            self.catch_up();
        } else {
            let before = self.data.deals.get(&id).cloned();
            if let Err(e) = std::sync::Arc::make_mut(&mut self.data).refresh_deal(&self.store, id) {
                self.set_error(e.to_string());
            }
            self.board.refile(&self.data, before.as_ref(), id, self.now);
        }
        self.board.select_deal(id);
        if self.screen == Screen::Detail && self.detail.as_ref().is_some_and(|d| d.deal.id == id) {
            self.open_detail(id);
        }
        self.keep_visible();
    }

    /// `u` on a list over the board (the lead pool, the catalogue, an
    /// account's page): the last change taken back, the list as stored now.
    pub(super) fn undo_under_layer(&mut self) {
        let stamp = self.stamp();
        let said = match self.store.undo(stamp) {
            Ok(Some(done)) => {
                if let Some(id) = done.deal {
                    self.after_change(id);
                }
                self.jobs.changes += 1;
                t!("app-undone", what = done.label.as_str())
            }
            Ok(None) => t!("app-nothing-to-undo"),
            Err(e) => e.to_string(),
        };
        self.refresh_top_layer(said);
    }

    pub(super) fn undo(&mut self) {
        let stamp = self.stamp();
        match self.store.undo(stamp) {
            Ok(Some(done)) => {
                if let Some(id) = done.deal {
                    self.after_change(id);
                    if !self.data.deals.contains_key(&id) && self.screen == Screen::Detail {
                        self.screen = Screen::Board;
                    }
                }
                self.set_info(t!("app-undone", what = done.label.as_str()));
            }
            Ok(None) => self.set_info(t!("app-nothing-to-undo")),
            Err(e) => self.set_error(e.to_string()),
        }
    }
}

impl App {
    /// The top list read again from the store after a change made from it
    /// (or an undo), with `note` on its notice line.
    pub(super) fn refresh_top_layer(&mut self, note: String) {
        match self.layers.last() {
            Some(Layer::Leads(_)) => {
                let rows = self.pool_rows_unchecked();
                if let Some(Layer::Leads(pool)) = self.layers.last_mut() {
                    match rows {
                        Ok(rows) => pool.refreshed(rows, note),
                        Err(e) => pool.notice = Some(e.to_string()),
                    }
                }
                self.check_duplicates();
            }
            Some(Layer::Products(_)) => {
                let read = self
                    .store
                    .products()
                    .and_then(|p| Ok((p, self.store.price_lists()?)));
                if let Some(Layer::Products(list)) = self.layers.last_mut() {
                    match read {
                        Ok((products, lists)) => {
                            let sku = list
                                .products
                                .get(list.selected)
                                .map(|p| p.sku.clone())
                                .unwrap_or_default();
                            list.saved(products, lists, &sku, note);
                        }
                        Err(e) => list.notice = Some(e.to_string()),
                    }
                }
            }
            Some(Layer::Account(view)) => {
                let page =
                    crate::account_page::AccountPage::load(&self.store, view.page.account.id);
                if let Some(Layer::Account(view)) = self.layers.last_mut() {
                    match page {
                        Ok(page) => view.reloaded(page, note),
                        Err(e) => view.notice = Some(e.to_string()),
                    }
                }
            }
            Some(Layer::Today(_)) => {
                self.refresh_today();
                if let Some(Layer::Today(today)) = self.layers.last_mut() {
                    today.notice = Some(note);
                }
            }
            _ => self.set_info(note),
        }
    }
}
