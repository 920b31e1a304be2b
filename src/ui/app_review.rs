//! The loss review's part of the app: opening the wizard (`g v`, resuming the review
//! in progress), running its requests against the store, loading what each step
//! shows (the deal being triaged, the figures on the worker), writing the report,
//! and the list of improvement actions due (`A`).

use super::app::{App, Screen};
use super::layers::Layer;
use super::layers::actions_due::ActionsDue;
use super::layers::loss::LossDialog;
use super::layers::review::{ReviewRequest, ReviewWizard, Step, TriageCard};
use crate::analytics::input::Input;
use crate::analytics::review::ReviewFigures;
use crate::domain::*;
use crate::review::{ReviewRecords, earlier_periods, figures_from, period_of, report_path};
use crate::store::StoreError;

impl App {
    /// `g v`: the review in progress where it was left, or a new one at step 1.
    pub(super) fn open_review(&mut self) {
        let opened = (|| -> Result<ReviewWizard, StoreError> {
            // Read once: past reviews can be large (their triage of every lost deal).
            let reviews = self.store.reviews()?;
            let review = reviews.iter().rev().find(|r| !r.is_finished()).cloned();
            let mut wizard = ReviewWizard::new(
                review,
                self.now.date_naive(),
                self.user.clone(),
                self.data.loss_reasons.clone(),
                self.store.owners()?,
            );
            self.reload_review_lists(&mut wizard, reviews)?;
            // Forms of the resumed step are built again with the lists loaded.
            wizard.enter(wizard.step);
            Ok(wizard)
        })();
        match opened {
            Ok(mut wizard) => {
                wizard.following = self.is_following();
                // The figures hold their own copy of the workspace meanwhile.
                self.jobs.search.release();
                self.layers.push(Layer::Review(Box::new(wizard)));
                self.prepare_review_step();
            }
            Err(e) => self.set_error(t!("rev-open-failed", error = e.to_string())),
        }
    }

    /// Past reviews, the actions carried over and the ones this review chose.
    fn reload_review_lists(
        &self,
        wizard: &mut ReviewWizard,
        reviews: Vec<Review>,
    ) -> Result<(), StoreError> {
        let id = wizard.review.as_ref().map(|r| r.id);
        let actions = self.store.improvement_actions()?;
        wizard.carried = actions
            .iter()
            .filter(|a| Some(a.review) != id)
            .filter(|a| {
                a.status.is_open() || (id.is_some() && a.history.iter().any(|h| h.review == id))
            })
            .cloned()
            .collect();
        wizard.carried.sort_by_key(|a| (a.due, a.id));
        wizard.chosen = actions
            .into_iter()
            .filter(|a| Some(a.review) == id)
            .collect();
        wizard.past = reviews.into_iter().filter(|r| r.is_finished()).collect();
        Ok(())
    }

    fn wizard(&mut self) -> Option<&mut ReviewWizard> {
        match self.layers.last_mut() {
            Some(Layer::Review(w)) => Some(w),
            _ => None,
        }
    }

    /// After a key the wizard kept: its scroll stays within what the step shows.
    pub(super) fn settle_review_scroll(&mut self) {
        let last = match self.layers.last() {
            Some(Layer::Review(w)) => crate::ui::view::review::last_scroll(self, w),
            _ => return,
        };
        if let Some(w) = self.wizard() {
            w.scroll = w.scroll.min(last);
        }
    }

    /// Runs a wizard request and gives the wizard the saved review (or the refusal).
    pub(super) fn answer_review_request(&mut self, request: ReviewRequest) {
        match request {
            ReviewRequest::Abandon(id) => return self.abandon_review(id),
            ReviewRequest::Peek(deal) => return self.peek_at_deal(deal),
            _ => {}
        }
        // Moving between steps or deals changes no list the wizard shows.
        let relist = !matches!(
            request,
            ReviewRequest::Triage { .. } | ReviewRequest::Progress { .. }
        );
        let result = self.run_review_request(request);
        match result {
            Ok(review) => {
                let mut taken = self.layers.pop();
                if let Some(Layer::Review(w)) = &mut taken {
                    w.review = Some(review.clone());
                    let reloaded = if relist {
                        self.store
                            .reviews()
                            .and_then(|all| self.reload_review_lists(w, all))
                    } else {
                        Ok(())
                    };
                    if let Err(e) = reloaded {
                        w.error = Some(e.to_string());
                    }
                    w.saved(review);
                }
                if let Some(layer) = taken {
                    self.layers.push(layer);
                }
                self.prepare_review_step();
            }
            Err(message) => {
                if let Some(w) = self.wizard() {
                    w.refused(message);
                }
            }
        }
    }

    /// The wizard closed: a followed review stops following, an own one says
    /// where it was saved; its figures are released.
    pub(super) fn review_closed(&mut self, wizard: &ReviewWizard) {
        if wizard.following {
            self.stop_following();
        } else if let Some(r) = wizard.review.as_ref().filter(|r| !r.is_finished()) {
            self.set_info(t!(
                "rev-saved-at-step",
                id = r.id.to_string(),
                step = r.step
            ));
        }
        self.jobs.review_engine.release();
        self.jobs.review_figures_asked = None;
    }

    /// Runs one wizard request; the review as saved, or the message to show.
    fn run_review_request(&mut self, request: ReviewRequest) -> Result<Review, String> {
        let user = self.user.clone();
        let stamp = crate::store::Stamp {
            by: &user,
            at: self.now,
        };
        let store = self.store.clone();
        let result = match request {
            ReviewRequest::Start {
                first,
                last,
                participants,
                again: false,
            } => store.start_review(first, last, participants, stamp),
            ReviewRequest::Start {
                first,
                last,
                participants,
                again: true,
            } => store.start_review_again(first, last, participants, stamp),
            ReviewRequest::SetPeriod {
                review,
                first,
                last,
                participants,
                again,
            } => store.set_review_period(review, first, last, participants, again, stamp),
            ReviewRequest::Progress {
                review,
                step,
                cursor,
                skipped,
            } => store.save_review_progress(review, step.number(), cursor, skipped, stamp),
            ReviewRequest::Triage {
                review,
                deal,
                loss,
                next_cursor,
                then,
            } => store
                .triage_loss(review, deal, &loss, next_cursor, then.number(), stamp)
                .map(|(saved, record)| {
                    self.jobs.changes += 1;
                    if self.data.deals.contains_key(&record.id)
                        && let Err(e) =
                            std::sync::Arc::make_mut(&mut self.data).refresh_deal(&store, record.id)
                    {
                        self.set_error(e.to_string());
                    }
                    saved
                }),
            ReviewRequest::ActionStatuses { review, answers } => {
                store.answer_carried_actions(review, &answers, stamp)
            }
            ReviewRequest::Actions { review, drafts } => store
                .set_review_actions(review, &drafts, Step::Finish.number(), stamp)
                .and_then(|_| {
                    store.review(review)?.ok_or(StoreError::NotFound {
                        kind: "review",
                        id: review.0,
                    })
                }),
            ReviewRequest::Finish(review) => return self.finish_review(review),
            ReviewRequest::Abandon(_) | ReviewRequest::Peek(_) => {
                return Err(t!("rev-answered-before-store"));
            }
        };
        result.map_err(|e| e.to_string())
    }

    /// The triaged deal's detail, read-only; back (q/esc) returns to the
    /// wizard at the same deal.
    fn peek_at_deal(&mut self, deal: DealId) {
        if !matches!(self.layers.last(), Some(Layer::Review(_))) {
            return;
        }
        let wizard = self.layers.pop();
        self.chrome.detail_return = self.screen;
        self.open_detail(deal);
        if self.screen == Screen::Detail {
            self.chrome.under_detail.extend(wizard);
            self.chrome.detail_read_only = true;
            self.set_info(t!("rev-peek-read-only"));
        } else if let Some(w) = wizard {
            self.layers.push(w);
        }
    }

    /// Gives the review up and closes the wizard, saying what went and what stayed.
    fn abandon_review(&mut self, id: ReviewId) {
        let user = self.user.clone();
        let stamp = crate::store::Stamp {
            by: &user,
            at: self.now,
        };
        match self.store.abandon_review(id, stamp) {
            Ok(review) => {
                if matches!(self.layers.last(), Some(Layer::Review(_))) {
                    self.layers.pop();
                }
                self.set_info(t!(
                    "rev-abandoned",
                    id = review.id.to_string(),
                    period = review.period_label()
                ));
            }
            Err(e) => {
                if let Some(w) = self.wizard() {
                    w.refused(e.to_string());
                }
            }
        }
    }

    /// Step 8: writes the report, then stores the review finished with its path.
    fn finish_review(&mut self, id: ReviewId) -> Result<Review, String> {
        let review = self
            .store
            .review(id)
            .map_err(|e| e.to_string())?
            .ok_or_else(|| t!("rev-gone", id = id.to_string()))?;
        let figures = self
            .review_figures_for(&review)
            .ok_or_else(|| t!("rev-figures-pending"))?;
        let records = ReviewRecords::load(&self.store, id).map_err(|e| e.to_string())?;
        let path = report_path(self.store.path(), &review);
        let mut finished = review.clone();
        finished.status = ReviewStatus::Finished;
        finished.finished_at = Some(self.now);
        finished.report_path = Some(path.display().to_string());
        let text = records.markdown(&finished, &figures);
        crate::store::files::ensure_parent(&path)
            .and_then(|()| crate::store::files::write_atomically(&path, text.as_bytes()))
            .map_err(|e| e.to_string())?;
        let saved = self
            .store
            .finish_review(id, Some(path.display().to_string()), self.stamp())
            .map_err(|e| e.to_string())?;
        self.set_info(t!("rev-finished-info", path = path.display().to_string()));
        Ok(saved)
    }

    /// The worker's figures if they are for this review's period.
    pub(crate) fn review_figures_for(
        &self,
        review: &Review,
    ) -> Option<std::sync::Arc<ReviewFigures>> {
        let f = self.jobs.review_engine.latest.clone()?;
        (f.period.first == review.period_start && f.period.last == review.period_end).then_some(f)
    }

    /// Loads what the current step shows: the triage card, the figures.
    pub(super) fn prepare_review_step(&mut self) {
        let Some(Layer::Review(w)) = self.layers.last() else {
            return;
        };
        let Some(review) = w.review.clone() else {
            return;
        };
        let (step, cursor_deal) = (w.step, w.cursor_deal());
        let earlier = earlier_periods(&w.past, &review);
        // Figures for steps 2, 5, 6, 7 (reason prefill) and 8, asked again only when the
        // period or the workspace changed since the last request.
        let shows_figures = matches!(
            step,
            Step::Scorecard | Step::Contrast | Step::Patterns | Step::Improvements | Step::Finish
        );
        let key = (review.period_start, review.period_end, self.jobs.changes);
        if shows_figures && self.jobs.review_figures_asked != Some(key) {
            self.jobs.review_figures_asked = Some(key);
            self.request_review_figures(&review, earlier);
        }
        if step == Step::Triage {
            let card = cursor_deal.and_then(|id| self.triage_card(id));
            if let Some(Layer::Review(w)) = self.layers.last_mut() {
                w.triage = card;
            }
        }
    }

    fn request_review_figures(&mut self, review: &Review, earlier: Vec<crate::analytics::Period>) {
        let (period, now) = (period_of(review), self.now);
        let reasons = crate::review::reason_names(&self.store).unwrap_or_default();
        self.jobs.review_engine.submit(
            self.jobs.changes,
            Box::new(move |input: &Input| figures_from(input, now, &period, &earlier, &reasons)),
        );
    }

    fn triage_card(&mut self, id: DealId) -> Option<TriageCard> {
        let deal = match self.store.deal(id) {
            Ok(Some(d)) => d,
            Ok(None) => {
                self.set_error(t!("rev-deal-gone", id = id.to_string()));
                return None;
            }
            Err(e) => {
                self.set_error(e.to_string());
                return None;
            }
        };
        let signals = self.loss_signals_at(&deal, deal.closed_at.unwrap_or(self.now));
        let mut dialog = LossDialog::triage(
            &deal,
            self.data.loss_reasons.clone(),
            self.now.date_naive(),
            &signals,
        );
        let account = match self.store.account(deal.account) {
            Ok(Some(a)) => a.name,
            _ => t!("rev-account-fallback", id = deal.account.to_string()),
        };
        let stage_lost_at = deal
            .loss
            .as_ref()
            .and_then(|l| l.stage_lost_at)
            .and_then(|at| self.data.pipeline_of(&deal).and_then(|p| p.stage(at)))
            .map_or_else(|| t!("rev-stage-unknown"), |s| s.name.clone());
        // The wizard draws the deal above the form itself.
        dialog.form.subtitle.clear();
        Some(TriageCard {
            dialog,
            deal,
            account,
            stage_lost_at,
        })
    }

    /// Takes the review figures once computed; top reasons feed step 7's prefill.
    pub(super) fn tick_review(&mut self) -> bool {
        if !self.jobs.review_engine.tick() {
            return false;
        }
        let top: Vec<String> = self
            .jobs
            .review_engine
            .latest
            .as_ref()
            .map(|f| {
                let by_name: std::collections::HashMap<&str, &str> = self
                    .data
                    .loss_reasons
                    .iter()
                    .map(|c| (c.name.as_str(), c.key.as_str()))
                    .collect();
                f.losses
                    .by_reason
                    .iter()
                    .filter_map(|r| by_name.get(r.value.as_str()).map(|k| k.to_string()))
                    .collect()
            })
            .unwrap_or_default();
        if let Some(w) = self.wizard() {
            let fresh = w.top_reasons.is_empty() && !top.is_empty();
            w.top_reasons = top;
            // Step 7 opened before the figures came: prefill its reasons now, untouched forms only.
            if fresh
                && w.step == Step::Improvements
                && w.form.as_ref().is_some_and(|f| !f.is_dirty())
            {
                w.enter(Step::Improvements);
            }
        }
        true
    }

    /// `A` on the board: open improvement actions, earliest due first.
    pub(super) fn open_actions_due(&mut self) {
        match self
            .store
            .open_actions()
            .and_then(|a| Ok((a, self.store.owners()?)))
        {
            Ok((actions, owners)) => self.layers.push(Layer::ActionsDue(ActionsDue::new(
                actions,
                owners,
                self.now.date_naive(),
            ))),
            Err(e) => self.set_error(e.to_string()),
        }
    }

    /// Stores an action's new status from the actions list and shows the list as it is now.
    pub(super) fn answer_action_status(
        &mut self,
        action: ActionId,
        status: ActionStatus,
        note: &str,
    ) {
        let user = self.user.clone();
        let stamp = crate::store::Stamp {
            by: &user,
            at: self.now,
        };
        let result = self
            .store
            .set_action_status(action, status, note, None, stamp)
            .and_then(|_| self.store.open_actions());
        if let Some(Layer::ActionsDue(list)) = self.layers.last_mut() {
            match result {
                Ok(open) => list.saved(open, status),
                Err(e) => list.refused(e.to_string()),
            }
        }
    }
}
