//! The monthly loss review wizard (`g v`): one layer walking the eight steps of
//! DESIGN §7. It keeps the step's form and cursor; every step change goes to the
//! app as a [`ReviewRequest`] and is saved before the wizard moves on, so quitting
//! or a dropped connection resumes at the same step and deal.

use super::form::{Check, Field, Form, FormEvent, Input};
use super::loss::LossDialog;
use super::{Command, Outcome};
use crate::analytics::Period;
use crate::domain::*;
use crate::store::{ActionDraft, LossInput, MAX_ACTIONS};
use crate::ui::action::Action;
use crate::ui::keymap::Key;
use chrono::{Duration, NaiveDate};

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
        match self {
            Step::Period => "Period",
            Step::Scorecard => "Scorecard",
            Step::Actions => "Last actions",
            Step::Triage => "Triage",
            Step::Contrast => "Won vs lost",
            Step::Patterns => "Patterns",
            Step::Improvements => "Improvements",
            Step::Finish => "Finish",
        }
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
    },
    SetPeriod {
        review: ReviewId,
        first: NaiveDate,
        last: NaiveDate,
        participants: Vec<String>,
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
}

pub enum WizardOutcome {
    Stay,
    Close,
    Quit,
    Help,
    Request(ReviewRequest),
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
const ACTION_LABELS: [&str; MAX_ACTIONS] = ["action 1", "action 2", "action 3"];
/// Step 3 answers at most this many open actions; the rest wait for the actions list.
pub const MAX_CARRIED: usize = 12;

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
        };
        wizard.enter(step);
        wizard
    }

    pub fn is_finished(&self) -> bool {
        self.review.as_ref().is_some_and(Review::is_finished)
    }

    /// Whether keys go to a text field (plain letters are typing).
    pub fn is_typing(&self) -> bool {
        if self.step.is_read_only()
            || self.is_finished()
            || (self.step == Step::Actions && self.carried.is_empty())
        {
            return false;
        }
        let form = match self.step {
            Step::Triage => self.triage.as_ref().map(|t| &t.dialog.form),
            _ => self.form.as_ref(),
        };
        form.is_some_and(|f| {
            f.asking_discard
                || matches!(
                    f.fields.get(f.focus).map(|x| &x.input),
                    Some(Input::Text(_))
                )
        }) || (self.step == Step::Triage && self.triage.is_some())
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

    fn period_form(&self) -> Form {
        let (period, participants) = match &self.review {
            Some(r) => (r.period_label(), r.participants.join(", ")),
            None => {
                let (first, _) = crate::review::default_period(self.today);
                (Period::month_of(first).label, self.user.clone())
            }
        };
        let fields = vec![
            Field::text("period", "period", &period, Check::Required),
            Field::text(
                "participants",
                "participants",
                &participants,
                Check::Optional,
            ),
        ];
        let mut form = Form::new(
            "Loss review".into(),
            "Which period, and who takes part (names, comma-separated)?".into(),
            fields,
            self.today,
        );
        form.notes = vec!["period: 2026-10, 2026-Q3, last month, or 2026-09-01..2026-10-15".into()];
        form
    }

    fn actions_form(&self) -> Form {
        let statuses: Vec<String> = ActionStatus::ALL
            .iter()
            .map(|s| s.label().to_string())
            .collect();
        let review = self.review.as_ref().map(|r| r.id);
        let mut fields = Vec::new();
        for a in self.carried.iter().take(MAX_CARRIED) {
            // A step revisited shows the answers already given in this review.
            let given = a
                .history
                .iter()
                .rev()
                .find(|h| h.review == review && review.is_some());
            let status = given.map_or(a.status, |h| h.status);
            let index = ActionStatus::ALL
                .iter()
                .position(|s| *s == status)
                .unwrap_or(0);
            fields.push(Field::choice("status", "status", statuses.clone(), index));
            fields.push(Field::text(
                "note",
                "note",
                given.map_or("", |h| h.note.as_str()),
                Check::Optional,
            ));
        }
        Form::new(
            "Last review's actions".into(),
            String::new(),
            fields,
            self.today,
        )
    }

    fn improvements_form(&self) -> Form {
        let owner_names: Vec<String> = self.owners.iter().map(|o| o.name.clone()).collect();
        let me = self
            .owners
            .iter()
            .position(|o| o.name.eq_ignore_ascii_case(&self.user))
            .or_else(|| self.owners.iter().position(|o| o.role != OwnerRole::Rep))
            .unwrap_or(0);
        let reasons: Vec<String> = self.categories.iter().map(|c| c.name.clone()).collect();
        let reason_index = |key: &str| self.categories.iter().position(|c| c.key == key);
        let mut fields = Vec::new();
        for (i, keys) in ACTION_FIELDS.iter().enumerate() {
            let chosen = self.chosen.get(i);
            let owner = chosen
                .and_then(|a| self.owners.iter().position(|o| o.id == a.owner))
                .unwrap_or(me);
            let due = chosen.map_or(self.today + Duration::days(30), |a| a.due);
            let reason = chosen
                .map(|a| a.linked_reason.as_str())
                .or(self.top_reasons.get(i).map(String::as_str))
                .and_then(reason_index)
                .unwrap_or(i.min(reasons.len().saturating_sub(1)));
            fields.push(Field::text(
                keys[0],
                ACTION_LABELS[i],
                chosen.map_or("", |a| a.title.as_str()),
                Check::Optional,
            ));
            fields.push(Field::choice(
                keys[1],
                "  owner",
                owner_names.clone(),
                owner,
            ));
            fields.push(Field::text(keys[2], "  due", &due.to_string(), Check::Date));
            fields.push(Field::choice(
                keys[3],
                "  addresses",
                reasons.clone(),
                reason,
            ));
        }
        let mut form = Form::new(
            "Improvement actions".into(),
            "Up to three; an action without a title is left out.".into(),
            fields,
            self.today,
        );
        form.ask_before_discard = true;
        form
    }

    pub fn handle(&mut self, key: Key, action: Option<Action>) -> WizardOutcome {
        self.notice = None;
        if self.is_finished() {
            return match action {
                Some(Action::Quit) => WizardOutcome::Quit,
                Some(Action::Help) => WizardOutcome::Help,
                Some(Action::Up) => {
                    self.scroll = self.scroll.saturating_sub(1);
                    WizardOutcome::Stay
                }
                Some(Action::Down) => {
                    self.scroll += 1;
                    WizardOutcome::Stay
                }
                Some(Action::Confirm | Action::Cancel | Action::Back) => WizardOutcome::Close,
                _ => WizardOutcome::Stay,
            };
        }
        match action {
            Some(Action::NextStep) => return self.next_step(),
            Some(Action::PrevStep) => {
                return match self.review {
                    Some(_) if self.step != Step::Period => self.go(self.step.prev()),
                    _ => WizardOutcome::Stay,
                };
            }
            Some(Action::SkipDeal) if self.step == Step::Triage => return self.skip(),
            Some(Action::PreviousDeal) if self.step == Step::Triage => return self.previous_deal(),
            _ => {}
        }
        match self.step {
            // Nothing carried over: step 3 has no form, enter goes on.
            Step::Actions if self.carried.is_empty() => self.read_only_key(action),
            Step::Period | Step::Actions | Step::Improvements => {
                let Some(form) = self.form.as_mut() else {
                    return WizardOutcome::Close;
                };
                match form.handle(key, action) {
                    FormEvent::Stay => WizardOutcome::Stay,
                    FormEvent::Close => WizardOutcome::Close,
                    FormEvent::Quit => WizardOutcome::Quit,
                    FormEvent::Submit => self.submit_form(),
                }
            }
            Step::Triage => {
                let Some(card) = self.triage.as_mut() else {
                    // Nothing left to triage: enter goes on.
                    return match action {
                        Some(Action::Confirm) => self.go(Step::Contrast),
                        Some(Action::Cancel | Action::Back) => WizardOutcome::Close,
                        Some(Action::Quit) => WizardOutcome::Quit,
                        _ => WizardOutcome::Stay,
                    };
                };
                match card.dialog.handle(key, action) {
                    Outcome::Stay => WizardOutcome::Stay,
                    Outcome::Close => WizardOutcome::Close,
                    Outcome::Submit(Command::Lose { deal, loss }) => self.triaged(deal, loss),
                    Outcome::Submit(Command::Run(Action::Quit)) => WizardOutcome::Quit,
                    Outcome::Submit(_) => WizardOutcome::Stay,
                }
            }
            Step::Scorecard | Step::Contrast | Step::Patterns | Step::Finish => {
                self.read_only_key(action)
            }
        }
    }

    fn read_only_key(&mut self, action: Option<Action>) -> WizardOutcome {
        match action {
            Some(Action::Confirm) if self.step == Step::Finish => match &self.review {
                Some(r) => {
                    let id = r.id;
                    self.pending = Some(Step::Finish);
                    WizardOutcome::Request(ReviewRequest::Finish(id))
                }
                None => WizardOutcome::Stay,
            },
            Some(Action::Confirm) => self.go(self.step.next()),
            Some(Action::Cancel | Action::Back) => WizardOutcome::Close,
            Some(Action::Quit) => WizardOutcome::Quit,
            Some(Action::Help) => WizardOutcome::Help,
            Some(Action::Down) => {
                self.scroll += 1;
                WizardOutcome::Stay
            }
            Some(Action::Up) => {
                self.scroll = self.scroll.saturating_sub(1);
                WizardOutcome::Stay
            }
            Some(Action::NextField | Action::Right | Action::Toggle) => {
                self.view += 1;
                self.scroll = 0;
                WizardOutcome::Stay
            }
            Some(Action::PrevField | Action::Left) => {
                self.view = self.view.wrapping_sub(1);
                self.scroll = 0;
                WizardOutcome::Stay
            }
            _ => WizardOutcome::Stay,
        }
    }

    fn next_step(&mut self) -> WizardOutcome {
        match (&self.review, self.step) {
            (None, _) => {
                self.notice = Some("confirm the period with enter first".into());
                WizardOutcome::Stay
            }
            (Some(_), Step::Finish) => WizardOutcome::Stay,
            // Forms save with enter; pagedown passes them by unchanged.
            (Some(_), step) => self.go(step.next()),
        }
    }

    /// Saves the position and shows `step`.
    fn go(&mut self, step: Step) -> WizardOutcome {
        let Some(r) = &self.review else {
            return WizardOutcome::Stay;
        };
        self.pending = Some(step);
        WizardOutcome::Request(ReviewRequest::Progress {
            review: r.id,
            step,
            cursor: r.triage_cursor,
            skipped: r.skipped.clone(),
        })
    }

    fn submit_form(&mut self) -> WizardOutcome {
        let Some(form) = self.form.as_mut() else {
            return WizardOutcome::Stay;
        };
        match self.step {
            Step::Period => {
                let period = match Period::parse(&form.text("period"), self.today) {
                    Ok(p) => p,
                    Err(e) => {
                        form.reject("period", e.0);
                        return WizardOutcome::Stay;
                    }
                };
                let participants: Vec<String> = form
                    .text("participants")
                    .split([',', ';'])
                    .map(|p| p.trim().to_string())
                    .filter(|p| !p.is_empty())
                    .collect();
                self.pending = Some(Step::Scorecard);
                WizardOutcome::Request(match &self.review {
                    None => ReviewRequest::Start {
                        first: period.first,
                        last: period.last,
                        participants,
                    },
                    Some(r) => ReviewRequest::SetPeriod {
                        review: r.id,
                        first: period.first,
                        last: period.last,
                        participants,
                    },
                })
            }
            Step::Actions => {
                let Some(r) = &self.review else {
                    return WizardOutcome::Stay;
                };
                let answers = self
                    .carried
                    .iter()
                    .take(MAX_CARRIED)
                    .enumerate()
                    .map(|(i, a)| {
                        let status = form
                            .fields
                            .get(2 * i)
                            .and_then(|f| match &f.input {
                                Input::Choice { index, .. } => {
                                    ActionStatus::ALL.get(*index).copied()
                                }
                                Input::Text(_) => None,
                            })
                            .unwrap_or(a.status);
                        let note = form
                            .fields
                            .get(2 * i + 1)
                            .map(|f| f.value().trim().to_string())
                            .unwrap_or_default();
                        (a.id, status, note)
                    })
                    .collect();
                self.pending = Some(Step::Triage);
                WizardOutcome::Request(ReviewRequest::ActionStatuses {
                    review: r.id,
                    answers,
                })
            }
            Step::Improvements => {
                let Some(r) = &self.review else {
                    return WizardOutcome::Stay;
                };
                let mut drafts = Vec::new();
                for keys in ACTION_FIELDS {
                    let title = form.text(keys[0]);
                    if title.trim().is_empty() {
                        continue;
                    }
                    let Some(due) = form.date(keys[2]) else {
                        form.reject(keys[2], "a due date is needed".into());
                        return WizardOutcome::Stay;
                    };
                    let (Some(owner), Some(reason)) = (
                        self.owners.get(form.choice(keys[1])),
                        self.categories.get(form.choice(keys[3])),
                    ) else {
                        form.error = Some("no owners or loss reasons to choose from".into());
                        return WizardOutcome::Stay;
                    };
                    drafts.push(ActionDraft {
                        title: title.trim().to_string(),
                        owner: owner.id,
                        due,
                        linked_reason: reason.key.clone(),
                    });
                }
                self.pending = Some(Step::Finish);
                WizardOutcome::Request(ReviewRequest::Actions {
                    review: r.id,
                    drafts,
                })
            }
            _ => WizardOutcome::Stay,
        }
    }

    /// Indexes of deals not yet triaged, in triage order.
    fn untriaged(&self, r: &Review, except: Option<DealId>) -> Vec<usize> {
        r.lost_deals
            .iter()
            .enumerate()
            .filter(|(_, d)| Some(**d) != except && r.triage_of(**d).is_none())
            .map(|(i, _)| i)
            .collect()
    }

    /// The next deal to show after `from`: the first open one after it not skipped,
    /// else the first open one at all (skipped deals come back at the end).
    fn next_open(
        &self,
        r: &Review,
        from: usize,
        except: Option<DealId>,
        skipped: &[DealId],
    ) -> Option<usize> {
        let open = self.untriaged(r, except);
        open.iter()
            .copied()
            .find(|&i| i > from && !skipped.contains(&r.lost_deals[i]))
            .or_else(|| {
                open.iter()
                    .copied()
                    .find(|&i| !skipped.contains(&r.lost_deals[i]))
            })
            .or_else(|| open.first().copied())
    }

    fn triaged(&mut self, deal: DealId, loss: LossInput) -> WizardOutcome {
        let Some(r) = &self.review else {
            return WizardOutcome::Stay;
        };
        let skipped: Vec<DealId> = r.skipped.iter().copied().filter(|d| *d != deal).collect();
        let next = self.next_open(r, r.triage_cursor, Some(deal), &skipped);
        let (next_cursor, then) = match next {
            Some(i) => (i, Step::Triage),
            None => (r.lost_deals.len(), Step::Contrast),
        };
        if then == Step::Triage && next_cursor <= r.triage_cursor && !skipped.is_empty() {
            self.notice = Some(format!(
                "back to the {} skipped deal{}",
                skipped.len(),
                if skipped.len() == 1 { "" } else { "s" }
            ));
        }
        self.pending = Some(then);
        WizardOutcome::Request(ReviewRequest::Triage {
            review: r.id,
            deal,
            loss,
            next_cursor,
            then,
        })
    }

    fn skip(&mut self) -> WizardOutcome {
        let Some(r) = &self.review else {
            return WizardOutcome::Stay;
        };
        let Some(current) = self.cursor_deal() else {
            return WizardOutcome::Stay;
        };
        let mut skipped = r.skipped.clone();
        if r.triage_of(current).is_none() && !skipped.contains(&current) {
            skipped.push(current);
        }
        let cursor = self
            .next_open(r, r.triage_cursor, Some(current), &skipped)
            .unwrap_or(r.triage_cursor);
        if cursor == r.triage_cursor {
            self.notice = Some("no other deal left to triage; pagedown goes on".into());
            return WizardOutcome::Stay;
        }
        self.pending = Some(Step::Triage);
        WizardOutcome::Request(ReviewRequest::Progress {
            review: r.id,
            step: Step::Triage,
            cursor,
            skipped,
        })
    }

    fn previous_deal(&mut self) -> WizardOutcome {
        let Some(r) = &self.review else {
            return WizardOutcome::Stay;
        };
        if r.triage_cursor == 0 {
            return WizardOutcome::Stay;
        }
        let cursor = r.triage_cursor.min(r.lost_deals.len()) - 1;
        self.pending = Some(Step::Triage);
        WizardOutcome::Request(ReviewRequest::Progress {
            review: r.id,
            step: Step::Triage,
            cursor,
            skipped: r.skipped.clone(),
        })
    }

    /// Counts for step 4's progress line: (position 1-based, total, triaged, skipped).
    pub fn progress(&self) -> (usize, usize, usize, usize) {
        self.review.as_ref().map_or((0, 0, 0, 0), |r| {
            (
                (r.triage_cursor + 1).min(r.lost_deals.len()),
                r.lost_deals.len(),
                r.triaged.len(),
                r.skipped.len(),
            )
        })
    }
}
