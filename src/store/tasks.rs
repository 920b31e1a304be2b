//! Tasks — dated to-dos on a deal: done, moved to another day, handed to
//! someone else. A deal's overdue next step is that work: when its last open
//! task is done the overdue step is cleared with it, and when the task moves
//! the step's date moves along; both in the same undoable change.

use super::Touched;
use super::mutate::find_owner;
use super::record::{Record, each_in, put, require};
use super::undo::{Before, push_undo};
use super::users::authorize_deal;
use super::{Stamp, Store, StoreError};
use crate::domain::*;
use chrono::NaiveDate;
use redb::ReadableMultimapTable;

/// What to do with a task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TaskChange {
    Done,
    Due(NaiveDate),
    /// To the owner of that name.
    Owner(String),
}

/// The task as saved, and what its deal's next step became.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskOutcome {
    pub task: Activity,
    /// The deal's overdue next step was cleared (its last open task is done).
    pub next_step_cleared: bool,
    /// The deal's next-step date moved with the task.
    pub next_step_moved: bool,
}

impl Store {
    /// Every task, the earliest due first (undated last).
    pub fn tasks(&self) -> Result<Vec<Activity>, StoreError> {
        let txn = self.read()?;
        let mut out = Vec::new();
        each_in(&txn.open_table(Activity::TABLE)?, |a: Activity| {
            if a.kind == ActivityKind::Task {
                out.push(a)
            }
        })?;
        out.sort_by_key(|t| (t.done, t.due.is_none(), t.due, t.id));
        Ok(out)
    }

    /// Applies the changes to the task (and its deal's next step) in one
    /// undoable transaction.
    /// The deal's tasks, done ones too.
    pub fn tasks_of(&self, deal: DealId) -> Result<Vec<Activity>, StoreError> {
        Ok(self
            .activities_of(deal)?
            .into_iter()
            .filter(|a| a.kind == ActivityKind::Task)
            .collect())
    }

    pub fn change_task(
        &self,
        id: ActivityId,
        changes: &[TaskChange],
        stamp: Stamp,
    ) -> Result<TaskOutcome, StoreError> {
        let txn = self.begin_write()?;
        let before: Activity = require(&txn, id.0)?;
        if before.kind != ActivityKind::Task {
            return Err(StoreError::Conflict(t!(
                "store-task-not-a-task",
                id = id.to_string(),
                kind = before.kind.label()
            )));
        }
        let deal: Option<Deal> = match before.deal {
            Some(d) => Some(require(&txn, d.0)?),
            None => None,
        };
        if let Some(d) = &deal {
            authorize_deal(&txn, stamp, d)?;
        }
        let mut task = before.clone();
        let mut outcome_deal = deal.clone();
        let (mut cleared, mut moved) = (false, false);
        let mut labels = Vec::new();
        for change in changes {
            let label = match change {
                TaskChange::Done => {
                    if task.done {
                        return Err(StoreError::Conflict(t!(
                            "store-task-already-done",
                            id = id.to_string()
                        )));
                    }
                    task.done = true;
                    if let Some(d) = outcome_deal.as_mut() {
                        let today = stamp.at.date_naive();
                        let others_open = open_tasks_of(&txn, d.id)?.iter().any(|t| t.id != id);
                        if risk::next_step_overdue(d, today) && !others_open {
                            d.next_step = None;
                            d.next_step_date = None;
                            cleared = true;
                        }
                    }
                    t!("store-undo-complete-task", task = task.summary.as_str())
                }
                TaskChange::Due(day) => {
                    crate::domain::validate::date_in_range("due date", *day)?;
                    if let Some(d) = outcome_deal.as_mut()
                        && d.next_step_date.is_some()
                        && d.next_step_date == task.due
                    {
                        d.next_step_date = Some(*day);
                        moved = true;
                    }
                    task.due = Some(*day);
                    t!(
                        "store-undo-move-task",
                        task = task.summary.as_str(),
                        day = day.to_string()
                    )
                }
                TaskChange::Owner(name) => {
                    task.owner = find_owner(&txn, name)?.id;
                    t!(
                        "store-undo-hand-task",
                        task = task.summary.as_str(),
                        owner = name.trim()
                    )
                }
            };
            labels.push(label);
        }
        if labels.is_empty() {
            return Err(StoreError::Conflict(t!(
                "store-task-nothing-to-change",
                id = id.to_string()
            )));
        }
        let label = labels.join(&t!("store-undo-separator"));
        task.updated_at = stamp.at.max(before.updated_at);
        put(&txn, &task)?;
        let mut undo = vec![Before::Activity(id.0, Some(Box::new(before)))];
        if let (Some(was), Some(now)) = (deal, outcome_deal)
            && was != now
        {
            let mut now = now;
            now.updated_at = stamp.at.max(was.updated_at);
            put(&txn, &now)?;
            undo.push(Before::Deal(was.id.0, Some(Box::new(was))));
        }
        push_undo(&txn, label, stamp, undo, vec![])?;
        self.commit(
            txn,
            stamp.by,
            Touched::Deals(task.deal.into_iter().collect()),
        )?;
        Ok(TaskOutcome {
            task,
            next_step_cleared: cleared,
            next_step_moved: moved,
        })
    }
}

fn open_tasks_of(txn: &redb::WriteTransaction, deal: DealId) -> Result<Vec<Activity>, StoreError> {
    let ids: Vec<u64> = {
        let index = txn.open_multimap_table(super::tables::ACTIVITIES_BY_DEAL)?;
        index
            .get(deal.0)?
            .map(|r| r.map(|g| g.value()))
            .collect::<Result<_, _>>()?
    };
    let mut out = Vec::new();
    for id in ids {
        if let Some(a) = super::record::get::<Activity>(txn, id)?
            && a.kind == ActivityKind::Task
            && !a.done
        {
            out.push(a);
        }
    }
    Ok(out)
}
