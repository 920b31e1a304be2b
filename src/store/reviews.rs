//! Monthly loss reviews and their improvement actions. Every wizard step is one
//! durable transaction, so a dropped session resumes where it stopped; a finished
//! review refuses further edits. Action statuses stay editable after their review
//! and keep their history.

use super::Touched;
use super::mutate::{LossInput, Stamp, loss_record};
use super::read::all;
use super::record::{get, next_id, put, require};
use super::tables::*;
use super::{Store, StoreError};
use crate::domain::validate::text;
use crate::domain::*;
use chrono::{Datelike, NaiveDate};
use redb::{ReadableMultimapTable, WriteTransaction};

/// Most improvement actions one review may choose: a short list gets done.
pub const MAX_ACTIONS: usize = 3;

/// An improvement action as the wizard's step 7 collects it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionDraft {
    pub title: String,
    pub owner: OwnerId,
    pub due: NaiveDate,
    /// Loss category key the action addresses.
    pub linked_reason: String,
}

impl Store {
    /// Every review, oldest first.
    pub fn reviews(&self) -> Result<Vec<Review>, StoreError> {
        all(&self.read()?)
    }

    pub fn review(&self, id: ReviewId) -> Result<Option<Review>, StoreError> {
        let txn = self.read()?;
        super::record::get_in(&txn.open_table(REVIEWS)?, id.0)
    }

    /// The review being worked on, if any (there is at most one).
    pub fn review_in_progress(&self) -> Result<Option<Review>, StoreError> {
        Ok(self.reviews()?.into_iter().rev().find(|r| !r.is_finished()))
    }

    /// Every improvement action, oldest first.
    pub fn improvement_actions(&self) -> Result<Vec<ImprovementAction>, StoreError> {
        all(&self.read()?)
    }

    /// Open and in-progress actions of finished reviews, the earliest due
    /// first: a review's actions become live when it finishes (until then
    /// they are its draft, gone with it if it is abandoned).
    pub fn open_actions(&self) -> Result<Vec<ImprovementAction>, StoreError> {
        let finished: std::collections::HashSet<ReviewId> = self
            .reviews()?
            .into_iter()
            .filter(Review::is_finished)
            .map(|r| r.id)
            .collect();
        let mut open: Vec<ImprovementAction> = self
            .improvement_actions()?
            .into_iter()
            .filter(|a| a.status.is_open() && finished.contains(&a.review))
            .collect();
        open.sort_by_key(|a| (a.due, a.id));
        Ok(open)
    }

    /// Starts a review of the period (step 1 done): its lost deals are listed
    /// largest first for triage. Only one review can be in progress, and a
    /// period a finished review covers is refused (see [`Store::start_review_again`]).
    pub fn start_review(
        &self,
        first: NaiveDate,
        last: NaiveDate,
        participants: Vec<String>,
        stamp: Stamp,
    ) -> Result<Review, StoreError> {
        self.not_reviewed(first, last)?;
        self.start_review_again(first, last, participants, stamp)
    }

    /// Refuses a period a finished review already covers, naming it.
    fn not_reviewed(&self, first: NaiveDate, last: NaiveDate) -> Result<(), StoreError> {
        match self.reviews()?.into_iter().find(|r| r.covers(first, last)) {
            Some(done) => Err(StoreError::Conflict(already_reviewed(&done))),
            None => Ok(()),
        }
    }

    /// As [`Store::start_review`], for a period reviewed before: asked for explicitly.
    pub fn start_review_again(
        &self,
        first: NaiveDate,
        last: NaiveDate,
        participants: Vec<String>,
        stamp: Stamp,
    ) -> Result<Review, StoreError> {
        if let Some(open) = self.review_in_progress()? {
            return Err(StoreError::Conflict(t!(
                "store-review-in-progress",
                id = open.id.to_string(),
                period = open.period_label()
            )));
        }
        check_period(first, last)?;
        let participants = clean_participants(participants)?;
        let txn = self.begin_write()?;
        let review = Review {
            id: ReviewId(next_id::<Review>(&txn)?),
            period_start: first,
            period_end: last,
            participants,
            status: ReviewStatus::InProgress,
            step: 2,
            lost_deals: lost_in(&txn, first, last)?,
            triage_cursor: 0,
            triaged: Vec::new(),
            skipped: Vec::new(),
            report_path: None,
            created_by: stamp.by.to_string(),
            created_at: stamp.at,
            updated_at: stamp.at,
            finished_at: None,
        };
        put(&txn, &review)?;
        self.commit(txn, stamp.by, Touched::Nothing)?;
        Ok(review)
    }

    /// Step 1 again: a new period lists its lost deals afresh (triage of deals still
    /// in the list is kept). A period a finished review covers needs `again`.
    pub fn set_review_period(
        &self,
        id: ReviewId,
        first: NaiveDate,
        last: NaiveDate,
        participants: Vec<String>,
        again: bool,
        stamp: Stamp,
    ) -> Result<Review, StoreError> {
        if !again {
            self.not_reviewed(first, last)?;
        }
        check_period(first, last)?;
        let participants = clean_participants(participants)?;
        let txn = self.begin_write()?;
        let mut review = editable(&txn, id)?;
        if (review.period_start, review.period_end) != (first, last) {
            review.lost_deals = lost_in(&txn, first, last)?;
            review
                .triaged
                .retain(|t| review.lost_deals.contains(&t.deal));
            review.skipped.clear();
            review.triage_cursor = 0;
        }
        review.period_start = first;
        review.period_end = last;
        review.participants = participants;
        review.step = review.step.max(2);
        self.save_review(txn, review, stamp)
    }

    /// Saves where the wizard is: step, triage cursor and skipped deals.
    pub fn save_review_progress(
        &self,
        id: ReviewId,
        step: u8,
        triage_cursor: usize,
        skipped: Vec<DealId>,
        stamp: Stamp,
    ) -> Result<Review, StoreError> {
        let txn = self.begin_write()?;
        let mut review = editable(&txn, id)?;
        review.step = step.clamp(1, 8);
        review.triage_cursor = triage_cursor.min(review.lost_deals.len());
        review.skipped = skipped;
        self.save_review(txn, review, stamp)
    }

    /// Confirms or sets a lost deal's classification (step 4): the deal's loss record,
    /// the review's triage, the cursor moved on and the step the wizard goes to
    /// (`then_step`: 4 to stay in triage) in one transaction.
    pub fn triage_loss(
        &self,
        id: ReviewId,
        deal: DealId,
        loss: &LossInput,
        next_cursor: usize,
        then_step: u8,
        stamp: Stamp,
    ) -> Result<(Review, Deal), StoreError> {
        let taxonomy = self.loss_reasons()?;
        let txn = self.begin_write()?;
        let mut review = editable(&txn, id)?;
        if !review.lost_deals.contains(&deal) {
            return Err(StoreError::Conflict(t!(
                "store-review-deal-not-listed",
                deal = deal.to_string(),
                id = review.id.to_string()
            )));
        }
        let mut record: Deal = require(&txn, deal.0)?;
        super::users::authorize_deal(&txn, stamp, &record)?;
        if record.status != DealStatus::Lost {
            return Err(StoreError::Conflict(t!(
                "store-review-deal-reopened",
                deal = deal.to_string()
            )));
        }
        let stage_lost_at = match &record.loss {
            Some(old) => old.stage_lost_at,
            None => stage_before_loss(&txn, &record)?,
        };
        let new = loss_record(&taxonomy, loss, stage_lost_at, stamp)?;
        // What it was before this review first touched it (a second triage
        // of the same deal keeps the first one's "before").
        let before = match review.triage_of(deal) {
            Some(earlier) => earlier.before.clone(),
            None => record.loss.as_ref().map(|old| PriorReason {
                category: old.category.clone(),
                sub_reason: old.sub_reason.clone(),
            }),
        };
        let triaged = TriagedLoss {
            deal,
            category: new.category.clone(),
            sub_reason: new.sub_reason.clone(),
            competitor: new.competitor.clone(),
            controllable: new.controllable,
            lesson: new.lesson.clone(),
            before,
        };
        record.loss = Some(Box::new(new));
        record.updated_at = stamp.at;
        put(&txn, &record)?;
        review.triaged.retain(|t| t.deal != deal);
        review.triaged.push(triaged);
        review.skipped.retain(|d| *d != deal);
        review.triage_cursor = next_cursor.min(review.lost_deals.len());
        review.step = then_step.clamp(4, 8);
        review.updated_at = stamp.at;
        put(&txn, &review)?;
        self.commit(txn, stamp.by, Touched::Deals(vec![deal]))?;
        Ok((review, record))
    }

    /// Sets an action's status with a note; the change is added to its history.
    /// `review`: the review in which it was set, if any.
    pub fn set_action_status(
        &self,
        id: ActionId,
        status: ActionStatus,
        note: &str,
        review: Option<ReviewId>,
        stamp: Stamp,
    ) -> Result<ImprovementAction, StoreError> {
        text("note", note, MAX_TEXT, false)?;
        let txn = self.begin_write()?;
        if let Some(r) = review {
            editable(&txn, r)?;
        }
        let action = answer_action(&txn, id, status, note, review, stamp)?;
        self.commit(txn, stamp.by, Touched::Nothing)?;
        Ok(action)
    }

    /// Step 3: the answers given to the actions carried over, and the wizard on
    /// to triage at the first deal not triaged yet — one transaction. An answer
    /// the same as this review already recorded for an action is not repeated.
    pub fn answer_carried_actions(
        &self,
        id: ReviewId,
        answers: &[(ActionId, ActionStatus, String)],
        stamp: Stamp,
    ) -> Result<Review, StoreError> {
        for (_, _, note) in answers {
            text("note", note, MAX_TEXT, false)?;
        }
        let txn = self.begin_write()?;
        let mut review = editable(&txn, id)?;
        for (action, status, note) in answers {
            let current: ImprovementAction = require(&txn, action.0)?;
            let already = current
                .history
                .iter()
                .rev()
                .find(|h| h.review == Some(id))
                .is_some_and(|h| h.status == *status && h.note == note.trim());
            if !already {
                answer_action(&txn, *action, *status, note, Some(id), stamp)?;
            }
        }
        review.step = 4;
        review.triage_cursor = review
            .lost_deals
            .iter()
            .position(|d| review.triage_of(*d).is_none())
            .unwrap_or(review.lost_deals.len());
        self.save_review(txn, review, stamp)
    }

    /// Step 7: the review's improvement actions, replacing any chosen before,
    /// and the wizard on to `then_step` (at least 7) in the same transaction.
    pub fn set_review_actions(
        &self,
        id: ReviewId,
        drafts: &[ActionDraft],
        then_step: u8,
        stamp: Stamp,
    ) -> Result<Vec<ImprovementAction>, StoreError> {
        if drafts.len() > MAX_ACTIONS {
            return Err(StoreError::Conflict(t!(
                "store-review-too-many-actions",
                max = MAX_ACTIONS.to_string()
            )));
        }
        let taxonomy = self.loss_reasons()?;
        let txn = self.begin_write()?;
        let review = editable(&txn, id)?;
        remove_chosen_actions(&txn, id)?;
        let mut saved = Vec::new();
        for draft in drafts {
            text("action title", &draft.title, MAX_TITLE, true)?;
            require::<Owner>(&txn, draft.owner.0)?;
            if !taxonomy.iter().any(|c| c.key == draft.linked_reason) {
                return Err(StoreError::Conflict(t!(
                    "store-review-not-a-loss-reason",
                    given = draft.linked_reason.as_str()
                )));
            }
            let action = ImprovementAction {
                id: ActionId(next_id::<ImprovementAction>(&txn)?),
                review: review.id,
                title: draft.title.trim().to_string(),
                owner: draft.owner,
                due: draft.due,
                linked_reason: draft.linked_reason.clone(),
                status: ActionStatus::Open,
                history: vec![ActionStatusChange {
                    at: stamp.at,
                    status: ActionStatus::Open,
                    note: t!("store-review-action-chosen"),
                    review: Some(review.id),
                }],
                created_at: stamp.at,
                updated_at: stamp.at,
            };
            put(&txn, &action)?;
            saved.push(action);
        }
        let mut review = review;
        review.step = review.step.max(then_step.clamp(7, 8));
        review.updated_at = stamp.at;
        put(&txn, &review)?;
        self.commit(txn, stamp.by, Touched::Nothing)?;
        Ok(saved)
    }

    /// Gives up a review in progress: the review and the improvement actions it
    /// chose are removed. What it wrote to other records stays — a loss confirmed
    /// in triage is the deal's own record now, an answer given to an earlier
    /// action is in that action's history. Returns the review as it was.
    pub fn abandon_review(&self, id: ReviewId, stamp: Stamp) -> Result<Review, StoreError> {
        let txn = self.begin_write()?;
        let review = editable(&txn, id)?;
        remove_chosen_actions(&txn, id)?;
        super::record::delete::<Review>(&txn, id.0)?;
        self.commit(txn, stamp.by, Touched::Nothing)?;
        Ok(review)
    }

    /// Step 8: the review is stored read-only, with the path of its written report.
    pub fn finish_review(
        &self,
        id: ReviewId,
        report_path: Option<String>,
        stamp: Stamp,
    ) -> Result<Review, StoreError> {
        let txn = self.begin_write()?;
        let mut review = editable(&txn, id)?;
        review.status = ReviewStatus::Finished;
        review.step = 8;
        review.report_path = report_path;
        review.finished_at = Some(stamp.at);
        self.save_review(txn, review, stamp)
    }
}

/// Removes the improvement actions a review chose (choosing again, or giving
/// the review up).
fn remove_chosen_actions(txn: &WriteTransaction, review: ReviewId) -> Result<(), StoreError> {
    let mut chosen = Vec::new();
    super::record::each_in(
        &txn.open_table(IMPROVEMENT_ACTIONS)?,
        |a: ImprovementAction| {
            if a.review == review {
                chosen.push(a.id.0)
            }
        },
    )?;
    for action in chosen {
        super::record::delete::<ImprovementAction>(txn, action)?;
    }
    Ok(())
}

/// Records an answer on an action and adds it to the action's history.
fn answer_action(
    txn: &WriteTransaction,
    id: ActionId,
    status: ActionStatus,
    note: &str,
    review: Option<ReviewId>,
    stamp: Stamp,
) -> Result<ImprovementAction, StoreError> {
    let mut action: ImprovementAction = require(txn, id.0)?;
    // In a review every answer is kept, "no change" too: it says the action was looked at.
    let unchanged = action.status == status && note.trim().is_empty() && review.is_none();
    if !unchanged {
        action.status = status;
        action.history.push(ActionStatusChange {
            at: stamp.at,
            status,
            note: note.trim().to_string(),
            review,
        });
        action.updated_at = stamp.at;
        put(txn, &action)?;
    }
    Ok(action)
}

impl Store {
    /// The last step of a review change: stamped, stored, committed.
    fn save_review(
        &self,
        txn: WriteTransaction,
        mut review: Review,
        stamp: Stamp,
    ) -> Result<Review, StoreError> {
        review.updated_at = stamp.at;
        put(&txn, &review)?;
        self.commit(txn, stamp.by, Touched::Nothing)?;
        Ok(review)
    }
}

fn editable(txn: &WriteTransaction, id: ReviewId) -> Result<Review, StoreError> {
    let review: Review = require(txn, id.0)?;
    if review.is_finished() {
        return Err(StoreError::Conflict(t!(
            "store-review-finished",
            id = review.id.to_string(),
            period = review.period_label()
        )));
    }
    Ok(review)
}

/// What a second review of a reviewed period is told.
pub fn already_reviewed(done: &Review) -> String {
    match done.finished_at {
        Some(at) => t!(
            "store-review-already-reviewed-finished",
            period = done.period_label(),
            id = done.id.to_string(),
            finished = at.date_naive().to_string()
        ),
        None => t!(
            "store-review-already-reviewed",
            period = done.period_label(),
            id = done.id.to_string()
        ),
    }
}

fn check_period(first: NaiveDate, last: NaiveDate) -> Result<(), StoreError> {
    if last < first {
        return Err(StoreError::Conflict(t!(
            "store-review-period-backwards",
            last = last.to_string(),
            first = first.to_string()
        )));
    }
    if (last - first).num_days() > 366 {
        return Err(StoreError::Conflict(t!("store-review-period-too-long")));
    }
    Ok(())
}

fn clean_participants(names: Vec<String>) -> Result<Vec<String>, StoreError> {
    let mut out: Vec<String> = Vec::new();
    for name in names {
        let name = name.trim().to_string();
        text("participant", &name, MAX_TITLE, false)?;
        if !name.is_empty() && !out.iter().any(|n| n.eq_ignore_ascii_case(&name)) {
            out.push(name);
        }
    }
    Ok(out)
}

/// Deals lost between `first` and `last` (inclusive), largest first.
fn lost_in(
    txn: &WriteTransaction,
    first: NaiveDate,
    last: NaiveDate,
) -> Result<Vec<DealId>, StoreError> {
    let index = txn.open_multimap_table(DEALS_BY_CLOSE_MONTH)?;
    let deals = txn.open_table(DEALS)?;
    let mut lost: Vec<Deal> = Vec::new();
    let mut month = first.with_day(1).unwrap_or(first);
    while month <= last {
        for id in index.get(super::record::month_key(month))? {
            let id = id?.value();
            if let Some(deal) = super::record::get_in::<Deal>(&deals, id)?
                && deal.status == DealStatus::Lost
                && deal
                    .closed_at
                    .is_some_and(|at| (first..=last).contains(&at.date_naive()))
            {
                lost.push(deal);
            }
        }
        month = month
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(NaiveDate::MAX);
    }
    lost.sort_by(|a, b| b.amount.amount.cmp(&a.amount.amount).then(a.id.cmp(&b.id)));
    Ok(lost.into_iter().map(|d| d.id).collect())
}

/// The stage a deal with no loss record was in when it was lost: where the last
/// move into its Lost stage came from.
/// The open stage a lost deal left for Lost; None when its history starts
/// in Lost (an import that did not say).
fn stage_before_loss(txn: &WriteTransaction, deal: &Deal) -> Result<Option<StageId>, StoreError> {
    let index = txn.open_multimap_table(EVENTS_BY_DEAL)?;
    let mut last: Option<StageEvent> = None;
    for id in index.get(deal.id.0)? {
        let id = id?.value();
        let event: Option<StageEvent> = get(txn, id)?;
        if let Some(e) = event.filter(|e| e.to == deal.stage)
            && last.as_ref().is_none_or(|l| (l.at, l.id) < (e.at, e.id))
        {
            last = Some(e);
        }
    }
    Ok(last.and_then(|e| e.from))
}
