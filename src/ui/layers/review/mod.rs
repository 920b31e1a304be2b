//! The monthly loss review wizard (`g v`): one layer walking the eight steps of
//! README, "The monthly loss review". It keeps the step's form and cursor; every step change goes to the
//! app as a [`ReviewRequest`] and is saved before the wizard moves on, so quitting
//! or a dropped connection resumes at the same step and deal. The steps' forms are
//! built and read in `forms`, the triage cursor moves in `triage`.

mod forms;
mod triage;

use super::form::{Form, FormEvent};
use super::loss::LossDialog;
use super::{Command, Outcome};
use crate::domain::*;
use crate::store::{ActionDraft, LossInput, MAX_ACTIONS};
use crate::ui::action::Action;
use crate::ui::keymap::Key;
use crate::ui::keymap::Scope;
use chrono::NaiveDate;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Period,
    Scorecard,
    Actions,
    Triage,
    Contrast,
    Patterns,
    Improvements,
    Finish,
}

impl Step {
    pub const ALL: [Step; 8] = [
        Step::Period,
        Step::Scorecard,
        Step::Actions,
        Step::Triage,
        Step::Contrast,
        Step::Patterns,
        Step::Improvements,
        Step::Finish,
    ];

    /// 1–8, as stored on the review.
    pub fn number(self) -> u8 {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) as u8 + 1
    }

    pub fn from_number(n: u8) -> Step {
        Step::ALL[(n.clamp(1, 8) - 1) as usize]
    }

    pub fn title(self) -> &'static str {
        crate::i18n::word(match self {
            Step::Period => "rev-step-period",
            Step::Scorecard => "rev-step-scorecard",
            Step::Actions => "rev-step-actions",
            Step::Triage => "rev-step-triage",
            Step::Contrast => "rev-step-contrast",
            Step::Patterns => "rev-step-patterns",
            Step::Improvements => "rev-step-improvements",
            Step::Finish => "rev-step-finish",
        })
    }

    fn next(self) -> Step {
        Step::from_number(self.number() + 1)
    }

    fn prev(self) -> Step {
        Step::from_number(self.number().saturating_sub(1))
    }

    /// Steps that only show figures: plain letters are keys there.
    pub fn is_read_only(self) -> bool {
        matches!(
            self,
            Step::Scorecard | Step::Contrast | Step::Patterns | Step::Finish
        )
    }
}

/// A store change the wizard needs before it moves on.
#[derive(Debug, Clone)]
pub enum ReviewRequest {
    Start {
        first: NaiveDate,
        last: NaiveDate,
        participants: Vec<String>,
        /// A period reviewed before, asked for again.
        again: bool,
    },
    SetPeriod {
        review: ReviewId,
        first: NaiveDate,
        last: NaiveDate,
        participants: Vec<String>,
        again: bool,
    },
    Progress {
        review: ReviewId,
        step: Step,
        cursor: usize,
        skipped: Vec<DealId>,
    },
    Triage {
        review: ReviewId,
        deal: DealId,
        loss: LossInput,
        next_cursor: usize,
        then: Step,
    },
    ActionStatuses {
        review: ReviewId,
        answers: Vec<(ActionId, ActionStatus, String)>,
    },
    Actions {
        review: ReviewId,
        drafts: Vec<ActionDraft>,
    },
    Finish(ReviewId),
    /// Give the review up (asked twice, from step 1).
    Abandon(ReviewId),
    /// Look at a deal being triaged in its detail, read-only, and come back.
    Peek(DealId),
}

/// What step 4 shows of the deal being triaged.
pub struct TriageCard {
    pub dialog: LossDialog,
    pub deal: Deal,
    pub account: String,
    pub stage_lost_at: String,
}

/// Keys of step 7's fields, one group per action.
const ACTION_FIELDS: [[&str; 4]; MAX_ACTIONS] = [
    ["title1", "owner1", "due1", "reason1"],
    ["title2", "owner2", "due2", "reason2"],
    ["title3", "owner3", "due3", "reason3"],
];
/// Catalogue keys of step 7's action titles.
const ACTION_LABELS: [&str; MAX_ACTIONS] = [
    "rev-form-action-1",
    "rev-form-action-2",
    "rev-form-action-3",
];
/// Step 3 answers at most this many open actions; the rest wait for the actions list.
pub const MAX_CARRIED: usize = 12;

/// Shown when someone following the review presses a key that would change it.
pub fn following_notice() -> String {
    t!("rev-following-notice")
}

/// The tab-cycled tables of steps 5 and 6 number 2 to 6: 60 is a multiple of each.
const VIEW_CYCLE: usize = 60;

pub struct ReviewWizard {
    /// None until the period is confirmed (step 1 of a new review).
    pub review: Option<Review>,
    pub step: Step,
    /// Steps 1, 3 and 7.
    pub form: Option<Form>,
    /// Step 4: the deal at the cursor (loaded by the app).
    pub triage: Option<TriageCard>,
    /// Step 3: open actions of earlier reviews.
    pub carried: Vec<ImprovementAction>,
    /// Finished reviews, for step 1's list and the report.
    pub past: Vec<Review>,
    pub owners: Vec<Owner>,
    pub categories: Vec<LossCategory>,
    /// This review's chosen actions (step 7 prefill).
    pub chosen: Vec<ImprovementAction>,
    /// Steps 5 and 6: which table is in front.
    pub view: usize,
    pub scroll: u16,
    /// What just happened ("2 deals skipped — back to them").
    pub notice: Option<String>,
    pub error: Option<String>,
    /// Loss reason keys by count in the period (step 7 prefill), from the figures.
    pub top_reasons: Vec<String>,
    pub today: NaiveDate,
    pub user: String,
    /// The step a sent request leads to once saved.
    pending: Option<Step>,
    /// Someone else's review shown as they drive it: nothing here changes it.
    pub following: bool,
    /// A reviewed period step 1 warned about once: the next enter on it goes ahead.
    again_for: Option<(NaiveDate, NaiveDate)>,
    /// ctrl-x pressed once at step 1: a second one abandons the review.
    confirm_abandon: bool,
}

impl ReviewWizard {
    pub fn new(
        review: Option<Review>,
        today: NaiveDate,
        user: String,
        categories: Vec<LossCategory>,
        owners: Vec<Owner>,
    ) -> ReviewWizard {
        let step = review
            .as_ref()
            .map_or(Step::Period, |r| Step::from_number(r.step));
        let mut wizard = ReviewWizard {
            review,
            step,
            form: None,
            triage: None,
            carried: Vec::new(),
            past: Vec::new(),
            owners,
            categories,
            chosen: Vec::new(),
            view: 0,
            scroll: 0,
            notice: None,
            error: None,
            top_reasons: Vec::new(),
            today,
            user,
            pending: None,
            following: false,
            again_for: None,
            confirm_abandon: false,
        };
        wizard.enter(step);
        wizard
    }

    pub fn is_finished(&self) -> bool {
        self.review.as_ref().is_some_and(Review::is_finished)
    }

    /// Whether the step on screen only shows (no form): a figures step, or step 3
    /// with nothing carried over. Keys there are motions and `enter` goes on.
    pub fn shows_only(&self) -> bool {
        self.step.is_read_only() || (self.step == Step::Actions && self.carried.is_empty())
    }

    /// Whether keys go to a text field (plain letters are typing).
    pub fn is_typing(&self) -> bool {
        if self.following || self.shows_only() || self.is_finished() {
            return false;
        }
        let form = match self.step {
            Step::Triage => self.triage.as_ref().map(|t| &t.dialog.form),
            _ => self.form.as_ref(),
        };
        form.is_some_and(super::form::Form::is_typing)
            || (self.step == Step::Triage && self.triage.is_some())
    }

    /// The deal at the triage cursor.
    pub fn cursor_deal(&self) -> Option<DealId> {
        let r = self.review.as_ref()?;
        r.lost_deals.get(r.triage_cursor).copied()
    }

    /// Shows `step` and builds its form.
    pub fn enter(&mut self, step: Step) {
        self.step = step;
        self.scroll = 0;
        self.view = 0;
        self.form = match step {
            Step::Period => Some(self.period_form()),
            Step::Actions => Some(self.actions_form()),
            Step::Improvements => Some(self.improvements_form()),
            _ => None,
        };
        if step != Step::Triage {
            self.triage = None;
        }
    }

    /// The app saved what the wizard asked for.
    pub fn saved(&mut self, review: Review) {
        self.review = Some(review);
        self.error = None;
        if let Some(step) = self.pending.take() {
            self.enter(step);
        }
    }

    pub fn refused(&mut self, message: String) {
        self.pending = None;
        match (self.step, &mut self.form, &mut self.triage) {
            (Step::Triage, _, Some(t)) => t.dialog.form.error = Some(message),
            (_, Some(form), _) => form.error = Some(message),
            _ => self.error = Some(message),
        }
    }

    pub fn handle(&mut self, key: Key, action: Option<Action>) -> Outcome {
        if self.following {
            return match action {
                Some(Action::Cancel | Action::Back | Action::Quit | Action::FollowReview) => {
                    Outcome::Close
                }
                _ => {
                    self.notice = Some(following_notice());
                    Outcome::Stay
                }
            };
        }
        self.notice = None;
        let asked = std::mem::take(&mut self.confirm_abandon);
        if action == Some(Action::AbandonReview) {
            return self.abandon(asked);
        }
        if self.is_finished() {
            return match action {
                Some(Action::Quit) => Outcome::Quit,
                Some(Action::Help) => Outcome::Help,
                Some(Action::Up) => {
                    self.scroll = self.scroll.saturating_sub(1);
                    Outcome::Stay
                }
                Some(Action::Down) => {
                    self.scroll = self.scroll.saturating_add(1);
                    Outcome::Stay
                }
                Some(Action::Confirm | Action::Cancel | Action::Back) => Outcome::Close,
                _ => Outcome::Stay,
            };
        }
        match action {
            Some(Action::NextStep) => return self.next_step(),
            Some(Action::PrevStep) => {
                return match self.review {
                    Some(_) if self.step != Step::Period => self.go(self.step.prev()),
                    _ => Outcome::Stay,
                };
            }
            Some(Action::SkipDeal) if self.step == Step::Triage => return self.skip(),
            Some(Action::OpenDetail) if self.step == Step::Triage => {
                return match self.cursor_deal() {
                    Some(deal) => Outcome::review(ReviewRequest::Peek(deal)),
                    None => Outcome::Stay,
                };
            }
            Some(Action::PreviousDeal) if self.step == Step::Triage => return self.previous_deal(),
            _ => {}
        }
        match self.step {
            _ if self.shows_only() => self.read_only_key(action),
            Step::Period | Step::Actions | Step::Improvements => {
                let Some(form) = self.form.as_mut() else {
                    return Outcome::Close;
                };
                match form.handle(key, action) {
                    FormEvent::Stay => Outcome::Stay,
                    FormEvent::Close => Outcome::Close,
                    FormEvent::Quit => Outcome::Quit,
                    FormEvent::Submit => self.submit_form(),
                }
            }
            Step::Triage => {
                let Some(card) = self.triage.as_mut() else {
                    // Nothing left to triage: enter goes on.
                    return match action {
                        Some(Action::Confirm) => self.go(Step::Contrast),
                        Some(Action::Cancel | Action::Back) => Outcome::Close,
                        Some(Action::Quit) => Outcome::Quit,
                        _ => Outcome::Stay,
                    };
                };
                match super::FormLayer::form_key(&mut card.dialog, key, action) {
                    Outcome::Stay => Outcome::Stay,
                    Outcome::Close => Outcome::Close,
                    Outcome::Submit(Command::Lose { deal, loss }) => self.triaged(deal, loss),
                    Outcome::Quit => Outcome::Quit,
                    _ => Outcome::Stay,
                }
            }
            Step::Scorecard | Step::Contrast | Step::Patterns | Step::Finish => {
                self.read_only_key(action)
            }
        }
    }

    /// ctrl-x: at step 1 of a review in progress, asks once, then gives it up.
    fn abandon(&mut self, asked: bool) -> Outcome {
        let Some(review) = self.review.as_ref().filter(|r| !r.is_finished()) else {
            return Outcome::Stay;
        };
        if self.step != Step::Period {
            self.notice = Some(t!("rev-abandon-from-step-1"));
            return Outcome::Stay;
        }
        if asked {
            return Outcome::review(ReviewRequest::Abandon(review.id));
        }
        self.confirm_abandon = true;
        self.notice = Some(t!(
            "rev-abandon-ask",
            id = review.id.to_string(),
            period = review.period_label()
        ));
        Outcome::Stay
    }

    fn read_only_key(&mut self, action: Option<Action>) -> Outcome {
        match action {
            Some(Action::Confirm) if self.step == Step::Finish => match &self.review {
                Some(r) => {
                    let id = r.id;
                    self.pending = Some(Step::Finish);
                    Outcome::review(ReviewRequest::Finish(id))
                }
                None => Outcome::Stay,
            },
            Some(Action::Confirm) => self.go(self.step.next()),
            Some(Action::Cancel | Action::Back) => Outcome::Close,
            Some(Action::Quit) => Outcome::Quit,
            Some(Action::Help) => Outcome::Help,
            Some(Action::Down) => {
                self.scroll = self.scroll.saturating_add(1);
                Outcome::Stay
            }
            Some(Action::Up) => {
                self.scroll = self.scroll.saturating_sub(1);
                Outcome::Stay
            }
            // The views cycle (`view % tables` where shown): keep the counter in
            // a range every table count divides, so left from the first table is
            // the last one (it used to wrap past zero and overflow on the way back).
            Some(Action::NextField | Action::Right | Action::Toggle) => {
                self.view = (self.view + 1) % VIEW_CYCLE;
                self.scroll = 0;
                Outcome::Stay
            }
            Some(Action::PrevField | Action::Left) => {
                self.view = (self.view + VIEW_CYCLE - 1) % VIEW_CYCLE;
                self.scroll = 0;
                Outcome::Stay
            }
            _ => Outcome::Stay,
        }
    }

    fn next_step(&mut self) -> Outcome {
        match (&self.review, self.step) {
            (None, _) => {
                self.notice = Some(t!("rev-confirm-period-first"));
                Outcome::Stay
            }
            (Some(_), Step::Finish) => Outcome::Stay,
            // Forms save with enter; pagedown passes them by unchanged.
            (Some(_), step) => self.go(step.next()),
        }
    }

    /// Saves the position and shows `step`.
    fn go(&mut self, step: Step) -> Outcome {
        let Some(r) = &self.review else {
            return Outcome::Stay;
        };
        self.pending = Some(step);
        Outcome::review(ReviewRequest::Progress {
            review: r.id,
            step,
            cursor: r.triage_cursor,
            skipped: r.skipped.clone(),
        })
    }
}

impl super::LayerKeys for ReviewWizard {
    fn scopes(&self) -> &'static [Scope] {
        if self.is_typing() {
            &[Scope::Review, Scope::Dialog]
        } else {
            &[Scope::Review, Scope::Dialog, Scope::Global]
        }
    }

    fn is_typing(&self) -> bool {
        ReviewWizard::is_typing(self)
    }

    fn help_scope(&self) -> Scope {
        Scope::Review
    }

    fn show_error(&mut self, message: String) {
        self.refused(message);
    }

    fn handle(&mut self, key: Key, action: Option<Action>, _cx: &super::LayerContext) -> Outcome {
        ReviewWizard::handle(self, key, action)
    }
}
