//! Every change a user makes: one write transaction, committed durably, with an
//! undo entry recorded in the same transaction.

use super::Touched;
use super::record::{Record, decode, insert_new, next_id, put, require};
use super::stale::changed_since;
use super::undo::{Before, push_undo};
use super::users::authorize_deal;
use super::{Store, StoreError};
use crate::domain::moves::{
    MovePlan, MoveRefused, WinInput, outcome_stage, plan_move, resolve_loss, resolve_win,
};
use crate::domain::*;
use chrono::{DateTime, NaiveDate, Utc};
use redb::{ReadableTable, WriteTransaction};

/// Who makes a change, and when.
#[derive(Debug, Clone, Copy)]
pub struct Stamp<'a> {
    pub by: &'a str,
    pub at: DateTime<Utc>,
}

/// What a new deal needs; the rest starts empty or comes from the account.
#[derive(Debug, Clone)]
pub struct DealDraft {
    pub title: String,
    /// An existing account, or the name of a new one to create.
    pub account: AccountRef,
    /// The owner's name; None = the person making the change.
    pub owner: Option<String>,
    pub amount: Money,
    pub expected_close: Option<NaiveDate>,
    pub pipeline: PipelineId,
    /// None = the pipeline's first open stage.
    pub stage: Option<StageId>,
    pub source: String,
    pub tags: Vec<String>,
    pub next_step: Option<String>,
    pub next_step_date: Option<NaiveDate>,
}

#[derive(Debug, Clone)]
pub enum AccountRef {
    Id(AccountId),
    /// Matched by name (case-insensitive); created as a prospect when missing.
    Name(String),
}

pub use crate::domain::moves::{GateDecision, LossInput};

#[derive(Debug, Clone)]
pub struct MoveOutcome {
    pub deal: Deal,
    pub event: StageEvent,
}

impl Store {
    pub fn create_deal(&self, draft: DealDraft, stamp: Stamp) -> Result<Deal, StoreError> {
        let txn = self.begin_write()?;
        let mut before = Vec::new();
        let (deal, event) = insert_deal(&txn, draft, stamp, &mut before)?;
        push_undo(
            &txn,
            t!("store-undo-create-deal", deal = deal.title.as_str()),
            stamp,
            before,
            vec![event.id],
        )?;
        self.commit(txn, stamp.by, Touched::Deals(vec![deal.id]))?;
        Ok(deal)
    }

    /// Saves edited deal fields. Stage, status and loss change only through moves.
    pub fn update_deal(&self, edited: &Deal, stamp: Stamp) -> Result<Deal, StoreError> {
        let txn = self.begin_write()?;
        let deal = edit_deal(&txn, edited, stamp)?;
        self.commit(txn, stamp.by, Touched::Deals(vec![deal.id]))?;
        Ok(deal)
    }

    /// `dealdeck deal edit`: the same change as [`Store::update_deal`], kept in
    /// the audit log, and taken even after a failed check — correcting a record
    /// `check` named is how a workspace gets healthy again.
    pub fn correct_deal(&self, edited: &Deal, stamp: Stamp) -> Result<Deal, StoreError> {
        let txn = self.begin_write()?;
        let before: Deal = require(&txn, edited.id.0)?;
        let deal = edit_deal(&txn, edited, stamp)?;
        super::repair::audit(&txn, stamp, super::repair::describe_edit(&before, &deal))?;
        txn.commit()?;
        self.feed.committed(stamp.by, Touched::Deals(vec![deal.id]));
        Ok(deal)
    }
}

/// Checks and writes an edit of a deal's fields, with its undo entry.
fn edit_deal(txn: &WriteTransaction, edited: &Deal, stamp: Stamp) -> Result<Deal, StoreError> {
    let current: Deal = require(txn, edited.id.0)?;
    authorize_deal(txn, stamp, &current)?;
    if edited.updated_at != current.updated_at {
        return Err(changed_since(txn, &current, edited)?);
    }
    if edited.stage != current.stage
        || edited.status != current.status
        || edited.pipeline != current.pipeline
        || edited.closed_at != current.closed_at
        || edited.stage_entered_at != current.stage_entered_at
    {
        return Err(MoveRefused::NotByEdit.into());
    }
    let mut deal = edited.clone();
    deal.title = deal.title.trim().to_string();
    deal.created_at = current.created_at;
    deal.updated_at = stamp.at.max(current.updated_at);
    validate_deal(&deal)?;
    put(txn, &deal)?;
    push_undo(
        txn,
        t!("store-undo-edit-deal", deal = deal.title.as_str()),
        stamp,
        vec![Before::Deal(deal.id.0, Some(Box::new(current)))],
        vec![],
    )?;
    Ok(deal)
}

impl Store {
    /// Moves a deal to another stage of its pipeline (forward past gates, back,
    /// or to Won). Losing goes through [`Store::lose_deal`].
    pub fn move_deal(
        &self,
        id: DealId,
        to: StageId,
        gate: &GateDecision,
        stamp: Stamp,
    ) -> Result<MoveOutcome, StoreError> {
        let txn = self.begin_write()?;
        let outcome = apply_move(&txn, id, to, gate, Closing::default(), stamp)?;
        self.commit(txn, stamp.by, Touched::Deals(vec![id]))?;
        Ok(outcome)
    }

    /// Marks a deal won now, at its amount, no reason given.
    pub fn win_deal(
        &self,
        id: DealId,
        gate: &GateDecision,
        stamp: Stamp,
    ) -> Result<MoveOutcome, StoreError> {
        self.win_deal_with(id, gate, &WinInput::default(), stamp)
    }

    /// Marks a deal won as the won dialog says: the day it was won, the
    /// amount signed and why (each defaulting to now, the deal's, none).
    pub fn win_deal_with(
        &self,
        id: DealId,
        gate: &GateDecision,
        input: &WinInput,
        stamp: Stamp,
    ) -> Result<MoveOutcome, StoreError> {
        let txn = self.begin_write()?;
        let deal: Deal = require(&txn, id.0)?;
        let pipeline: Pipeline = require(&txn, deal.pipeline.0)?;
        let won = outcome_stage(&pipeline, StageKind::Won)?;
        let plan = resolve_win(&deal, input, stamp.by, stamp.at)?;
        let closing = Closing {
            at: Some(plan.at),
            amount: Some(plan.amount),
            win: plan.record,
            loss: None,
        };
        let outcome = apply_move(&txn, id, won, gate, closing, stamp)?;
        self.commit(txn, stamp.by, Touched::Deals(vec![id]))?;
        Ok(outcome)
    }

    pub fn lose_deal(
        &self,
        id: DealId,
        loss: &LossInput,
        stamp: Stamp,
    ) -> Result<MoveOutcome, StoreError> {
        let taxonomy = self.loss_reasons()?;
        let txn = self.begin_write()?;
        let deal: Deal = require(&txn, id.0)?;
        let pipeline: Pipeline = require(&txn, deal.pipeline.0)?;
        let lost = outcome_stage(&pipeline, StageKind::Lost)?;
        let record = loss_record(&taxonomy, loss, Some(deal.stage), stamp)?;
        let at = crate::domain::moves::close_moment(&deal, loss.lost_on, "mark it lost", stamp.at)?;
        let closing = Closing {
            loss: Some(record),
            at: Some(at),
            ..Closing::default()
        };
        let outcome = apply_move(&txn, id, lost, &GateDecision::default(), closing, stamp)?;
        self.commit(txn, stamp.by, Touched::Deals(vec![outcome.deal.id]))?;
        Ok(outcome)
    }

    /// Records an activity; a call, meeting, email or demo with contacts also
    /// updates their last-contacted time.
    pub fn log_activity(&self, activity: Activity, stamp: Stamp) -> Result<Activity, StoreError> {
        Ok(self.log_activity_and_task(activity, None, stamp)?.0)
    }

    /// Logs the activity and, given a day, a task to follow it up then: one
    /// change, undone together. The task says what it follows up.
    pub fn log_activity_and_task(
        &self,
        mut activity: Activity,
        follow_up: Option<NaiveDate>,
        stamp: Stamp,
    ) -> Result<(Activity, Option<Activity>), StoreError> {
        let txn = self.begin_write()?;
        let mut before = Vec::new();
        activity.id = ActivityId(next_id::<Activity>(&txn)?);
        activity.created_at = stamp.at;
        activity.updated_at = stamp.at;
        if let Some(deal) = activity.deal {
            authorize_deal(&txn, stamp, &require::<Deal>(&txn, deal.0)?)?;
        }
        crate::domain::validate::text("summary", &activity.summary, MAX_TEXT, true)?;
        let touches = !matches!(activity.kind, ActivityKind::Note | ActivityKind::Task);
        for contact_id in &activity.contacts {
            let mut contact: Contact = require(&txn, contact_id.0)?;
            if touches && contact.last_contacted.is_none_or(|t| t < activity.at) {
                before.push(Before::Contact(
                    contact.id.0,
                    Some(Box::new(contact.clone())),
                ));
                contact.last_contacted = Some(activity.at);
                contact.updated_at = stamp.at;
                put(&txn, &contact)?;
            }
        }
        insert_new(&txn, &activity)?;
        before.push(Before::Activity(activity.id.0, None));
        let task = match follow_up {
            Some(due) if activity.kind != ActivityKind::Task => {
                let summary = t!("store-follow-up-task", summary = activity.summary.as_str());
                let task = Activity {
                    id: ActivityId(next_id::<Activity>(&txn)?),
                    kind: ActivityKind::Task,
                    summary: crate::text::truncate(&summary, MAX_TEXT).into_owned(),
                    due: Some(due),
                    done: false,
                    ..activity.clone()
                };
                insert_new(&txn, &task)?;
                before.push(Before::Activity(task.id.0, None));
                Some(task)
            }
            _ => None,
        };
        push_undo(
            &txn,
            t!(
                "store-undo-log",
                code = activity.kind.code(),
                kind = activity.kind.label()
            ),
            stamp,
            before,
            vec![],
        )?;
        self.commit(
            txn,
            stamp.by,
            Touched::Deals(activity.deal.into_iter().collect()),
        )?;
        Ok((activity, task))
    }
}

pub(super) fn loss_record(
    taxonomy: &[LossCategory],
    input: &LossInput,
    stage: Option<StageId>,
    stamp: Stamp,
) -> Result<LossRecord, StoreError> {
    Ok(resolve_loss(taxonomy, input, stage, stamp.by, stamp.at)?)
}

/// What a move that closes a deal records with it.
#[derive(Default)]
struct Closing {
    loss: Option<LossRecord>,
    win: Option<WinRecord>,
    /// When it closed, if not now (a win dated in the won dialog).
    at: Option<DateTime<Utc>>,
    /// The amount signed, if not the deal's.
    amount: Option<Money>,
}

/// The one place a deal changes stage: gate check, event, deal update, undo entry.
fn apply_move(
    txn: &WriteTransaction,
    id: DealId,
    to: StageId,
    gate: &GateDecision,
    closing: Closing,
    stamp: Stamp,
) -> Result<MoveOutcome, StoreError> {
    let before: Deal = require(txn, id.0)?;
    authorize_deal(txn, stamp, &before)?;
    let pipeline: Pipeline = require(txn, before.pipeline.0)?;
    let MovePlan {
        target,
        gates_met,
        overrides,
        status,
    } = plan_move(&pipeline, &before, to, gate, closing.loss.is_some())?;
    let mut deal = before.clone();
    deal.gates_met = gates_met;
    // Events never go back before the stay they end, even if the clock does.
    let at = closing.at.unwrap_or(stamp.at).max(before.stage_entered_at);
    let event = StageEvent {
        id: EventId(next_id::<StageEvent>(txn)?),
        deal: id,
        from: Some(before.stage),
        to,
        at,
        by: stamp.by.to_string(),
        gate_overrides: overrides,
        reverts: None,
        imported: false,
    };
    deal.stage = to;
    deal.stage_entered_at = at;
    deal.updated_at = at.max(stamp.at);
    deal.status = status;
    deal.closed_at = (target.kind != StageKind::Open).then_some(at);
    deal.loss = closing.loss.map(Box::new);
    deal.win = closing.win.map(Box::new);
    if let Some(amount) = closing.amount {
        deal.amount = amount;
    }
    validate_deal(&deal)?;
    put(txn, &deal)?;
    insert_new(txn, &event)?;
    let label = t!(
        "store-undo-move",
        deal = deal.title.as_str(),
        stage = target.name.as_str()
    );
    push_undo(
        txn,
        label,
        stamp,
        vec![Before::Deal(id.0, Some(Box::new(before)))],
        vec![event.id],
    )?;
    Ok(MoveOutcome { deal, event })
}

fn resolve_account(
    txn: &WriteTransaction,
    account: &AccountRef,
    stamp: Stamp,
    before: &mut Vec<Before>,
) -> Result<Account, StoreError> {
    match account {
        AccountRef::Id(id) => require(txn, id.0),
        AccountRef::Name(name) => {
            let name = name.trim();
            let table = txn.open_table(Account::TABLE)?;
            for row in table.iter()? {
                let (key, value) = row?;
                let account: Account = decode("account", key.value(), value.value())?;
                if account.name.eq_ignore_ascii_case(name) {
                    return Ok(account);
                }
            }
            drop(table);
            let account = Account::prospect(AccountId(next_id::<Account>(txn)?), name, stamp.at);
            validate_account(&account)?;
            insert_new(txn, &account)?;
            before.push(Before::Account(account.id.0, None));
            Ok(account)
        }
    }
}

pub(super) fn all_owners(txn: &WriteTransaction) -> Result<Vec<Owner>, StoreError> {
    let table = txn.open_table(Owner::TABLE)?;
    let mut owners = Vec::new();
    for row in table.iter()? {
        let (key, value) = row?;
        owners.push(decode("owner", key.value(), value.value())?);
    }
    Ok(owners)
}

pub(super) fn find_owner(txn: &WriteTransaction, name: &str) -> Result<Owner, StoreError> {
    let owners = all_owners(txn)?;
    owners
        .iter()
        .find(|o| o.name.eq_ignore_ascii_case(name.trim()))
        .cloned()
        .ok_or_else(|| StoreError::UnknownOwner {
            name: name.trim().to_string(),
            known: owners.iter().map(|o| o.name.clone()).collect(),
        })
}

/// The owner record of the person making a change, created on first use.
pub(super) fn ensure_owner(
    txn: &WriteTransaction,
    name: &str,
    before: &mut Vec<Before>,
) -> Result<Owner, StoreError> {
    if let Ok(owner) = find_owner(txn, name) {
        return Ok(owner);
    }
    let owner = Owner::rep(OwnerId(next_id::<Owner>(txn)?), name);
    if owner.name.is_empty() {
        return Err(ValidationError::Empty { field: "owner" }.into());
    }
    insert_new(txn, &owner)?;
    before.push(Before::Owner(owner.id.0, None));
    Ok(owner)
}

/// A new deal (and its account or owner when they are new) with its first
/// stage event, inside the caller's transaction; `before` gains what undo needs.
pub(super) fn insert_deal(
    txn: &WriteTransaction,
    draft: DealDraft,
    stamp: Stamp,
    before: &mut Vec<Before>,
) -> Result<(Deal, StageEvent), StoreError> {
    let pipeline: Pipeline = require(txn, draft.pipeline.0)?;
    let stage = match draft.stage {
        Some(id) => pipeline
            .stage(id)
            .filter(|s| s.kind == StageKind::Open)
            .ok_or_else(|| MoveRefused::NotOpenStage {
                stage: id,
                pipeline: pipeline.name.clone(),
            })?,
        None => pipeline
            .open_stages()
            .next()
            .ok_or_else(|| MoveRefused::NoStage {
                pipeline: pipeline.name.clone(),
                kind: "open",
            })?,
    };
    let account = resolve_account(txn, &draft.account, stamp, before)?;
    let owner = match &draft.owner {
        Some(name) => find_owner(txn, name)?,
        None => ensure_owner(txn, stamp.by, before)?,
    };
    let id = DealId(next_id::<Deal>(txn)?);
    let deal = Deal {
        title: draft.title.trim().to_string(),
        account: account.id,
        owner: owner.id,
        amount: draft.amount,
        expected_close: draft.expected_close,
        source: draft.source,
        industry: account.industry.clone(),
        region: account.region.clone(),
        tags: draft.tags,
        next_step: draft.next_step,
        next_step_date: draft.next_step_date,
        ..Deal::entering(id, pipeline.id, stage.id, stamp.at)
    };
    validate_deal(&deal)?;
    authorize_deal(txn, stamp, &deal)?;
    let event = StageEvent {
        id: EventId(next_id::<StageEvent>(txn)?),
        deal: id,
        from: None,
        to: stage.id,
        at: stamp.at,
        by: stamp.by.to_string(),
        gate_overrides: Vec::new(),
        reverts: None,
        imported: false,
    };
    insert_new(txn, &deal)?;
    insert_new(txn, &event)?;
    before.push(Before::Deal(id.0, None));
    Ok((deal, event))
}
