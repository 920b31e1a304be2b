//! The app among others on a served workspace: catching up with changes made
//! in other sessions (cards, totals, an open detail, the reports' figures),
//! saying who did what, and following the review someone is running.

use super::app::{App, Screen};
use super::layers::Layer;
use super::team::{Presence, SharedData, Team};
use crate::domain::*;
use crate::store::Touched;
use std::sync::Arc;

impl App {
    /// Joins the people signed in to a server: their changes show here as
    /// they commit, and they see this session in their header. `shared` is
    /// the data every session of the server shows.
    pub fn join_team(&mut self, presence: Arc<Presence>, shared: Arc<SharedData>) {
        let wake = self.jobs.wake.clone();
        let watcher: Arc<dyn Fn() + Send + Sync> = Arc::new(move || wake.wake());
        self.store.feed().watch(&watcher);
        let seen = self.store.feed().generation();
        self.team = Some(Team::new(presence, shared, &self.user, seen, watcher));
    }

    /// The other people signed in, for the header.
    pub(crate) fn others_online(&self) -> Vec<String> {
        self.team
            .as_ref()
            .map(|t| t.presence.others(t.session, &self.user))
            .unwrap_or_default()
    }

    pub(crate) fn is_following(&self) -> bool {
        self.team.as_ref().is_some_and(|t| t.following)
    }

    /// Brings the screen up to date with commits made anywhere (in this
    /// session too, when served). True when anything was caught up.
    pub(super) fn catch_up(&mut self) -> bool {
        let Some(team) = &self.team else {
            return false;
        };
        if self.store.feed().generation() == team.seen {
            return false;
        }
        let (generation, data) = match team.shared.current(&self.store, self.now.date_naive()) {
            Ok(current) => current,
            Err(e) => {
                self.set_error(t!("app-catch-up-error", error = e.to_string()));
                return true;
            }
        };
        let missed = self.store.feed().since(team.seen);
        let following = team.following;
        let before = std::mem::replace(&mut self.data, data);
        if let Some(team) = &mut self.team {
            team.seen = generation;
        }
        // The reports' figures and the review figures reread on their next refresh.
        self.jobs.changes += 1;
        let changes: Option<Vec<_>> = missed.changes.map(|all| {
            all.into_iter()
                .filter(|c| c.generation <= generation)
                .collect()
        });
        match changes {
            Some(changes) if !changes.iter().any(|c| c.touched == Touched::Everything) => {
                for change in changes {
                    if let Touched::Deals(ids) = change.touched {
                        for id in ids {
                            self.show_changed(id, before.deals.get(&id), &change.by);
                        }
                    }
                }
            }
            _ => {
                self.board.arrange(&self.data, self.now);
                self.keep_visible();
            }
        }
        if following {
            self.refresh_follow();
        }
        true
    }

    /// One deal changed by `by`: refile its card, refresh its open detail and
    /// say what happened when someone else did it.
    fn show_changed(&mut self, id: DealId, before: Option<&Deal>, by: &str) {
        let selected = self.board.selected_deal();
        self.board.refile(&self.data, before, id, self.now);
        if let Some(keep) = selected {
            self.board.select_deal(keep);
        }
        if self.screen == Screen::Detail && self.detail.as_ref().is_some_and(|d| d.deal.id == id) {
            self.open_detail(id);
        }
        self.keep_visible();
        if by.is_empty() || by == self.user {
            return;
        }
        let by = by.to_string();
        let said = match (before, self.data.deals.get(&id)) {
            (None, Some(now)) => t!("app-other-added", by = by, title = now.title.as_str()),
            (Some(was), Some(now)) if was.stage != now.stage => {
                let stage = self
                    .data
                    .pipeline_of(now)
                    .and_then(|p| p.stage(now.stage))
                    .map(|s| s.name.clone())
                    .unwrap_or_else(|| now.stage.to_string());
                match now.status {
                    DealStatus::Won => t!("app-other-won", by = by, title = now.title.as_str()),
                    DealStatus::Lost => {
                        t!("app-other-lost", by = by, title = now.title.as_str())
                    }
                    DealStatus::Open => t!(
                        "app-other-moved",
                        by = by,
                        title = now.title.as_str(),
                        stage = stage
                    ),
                }
            }
            (_, Some(now)) => t!("app-other-changed", by = by, title = now.title.as_str()),
            (Some(was), None) => t!("app-other-removed", by = by, title = was.title.as_str()),
            (None, None) => return,
        };
        self.set_info(crate::text::sanitize(&said).into_owned());
    }

    /// `F`: follows the review in progress, read-only.
    pub(super) fn follow_review(&mut self) {
        if self.team.is_none() {
            self.set_error(t!("app-follow-needs-server"));
            return;
        }
        match self.store.reviews() {
            Ok(reviews) if reviews.iter().any(|r| !r.is_finished()) => {
                if let Some(team) = &mut self.team {
                    team.following = true;
                }
                self.open_review();
                self.mark_following(&t!("app-following"));
            }
            Ok(_) => self.set_error(t!("app-follow-none")),
            Err(e) => self.set_error(e.to_string()),
        }
    }

    /// Leaves follow mode (the followed wizard has closed): back to this
    /// person's own board.
    pub(super) fn stop_following(&mut self) {
        if let Some(team) = &mut self.team {
            team.following = false;
        }
        self.set_info(t!("app-follow-stopped"));
    }

    /// The facilitator saved a step or a deal: show the wizard where they are.
    fn refresh_follow(&mut self) {
        if !matches!(self.layers.last(), Some(Layer::Review(_))) {
            return;
        }
        let scroll = match self.layers.last() {
            Some(Layer::Review(w)) => w.scroll,
            _ => 0,
        };
        self.layers.pop();
        self.open_review();
        if let Some(Layer::Review(w)) = self.layers.last_mut() {
            w.scroll = scroll;
        }
        self.mark_following(&t!("app-following"));
    }

    /// Says so in the wizard, which covers the status line.
    pub(super) fn mark_following(&mut self, text: &str) {
        if let Some(Layer::Review(w)) = self.layers.last_mut() {
            w.notice = Some(text.to_string());
        }
    }
}
