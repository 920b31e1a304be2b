//! `dealdeck task`: the dated to-dos on deals — listed (yours, overdue), added,
//! done, moved to another day, handed to someone else. Each change is undoable;
//! finishing a deal's last open task clears its overdue next step.

use super::Context;
use crate::domain::dates::parse_date;
use crate::domain::*;
use crate::store::{TaskChange, TaskOutcome};
use crate::table::Table;
use anyhow::{Context as _, anyhow};
use clap::Subcommand;
use std::collections::HashMap;
use std::io::Write as _;
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum TaskCommand {
    /// Open tasks, the earliest due first
    List {
        /// Only yours
        #[arg(long)]
        mine: bool,
        /// Only those past their due date
        #[arg(long)]
        overdue: bool,
        /// Done ones too
        #[arg(long)]
        all: bool,
        #[arg(long)]
        json: bool,
    },
    /// Add a task on a deal
    Add {
        deal: DealId,
        #[arg(long)]
        summary: String,
        /// Due: 2026-12-31, +3d, eom
        #[arg(long)]
        due: String,
        /// Who does it (default: you, or the deal's owner)
        #[arg(long)]
        owner: Option<String>,
    },
    /// Mark a task done
    Done { id: ActivityId },
    /// Move a task to another day (the deal's next step moves along when it was that day)
    Move {
        id: ActivityId,
        #[arg(long)]
        due: String,
    },
    /// Hand a task to someone else
    Assign {
        id: ActivityId,
        #[arg(long)]
        owner: String,
    },
}

pub fn run(ctx: &Context, command: TaskCommand) -> anyhow::Result<ExitCode> {
    let store = ctx.open_existing()?;
    let change = match command {
        TaskCommand::List {
            mine,
            overdue,
            all,
            json,
        } => return list(ctx, &store, mine, overdue, all, json),
        TaskCommand::Add {
            deal,
            summary,
            due,
            owner,
        } => {
            let record = store.deal(deal)?.ok_or_else(|| {
                anyhow!(t!("error-not-found", kind = t!("kind-deal"), id = deal.0))
            })?;
            let owners = store.owners()?;
            let by_name = |name: &str| {
                owners
                    .iter()
                    .find(|o| o.name.eq_ignore_ascii_case(name.trim()))
                    .map(|o| o.id)
            };
            let owner = match &owner {
                Some(name) => by_name(name)
                    .ok_or_else(|| anyhow!(t!("climsg-no-owner-named", name = name.as_str())))?,
                None => by_name(&ctx.user).unwrap_or(record.owner),
            };
            let due = parse_date(&due, ctx.today()).context("--due")?;
            let task = Activity {
                id: ActivityId(0),
                kind: ActivityKind::Task,
                at: ctx.now,
                deal: Some(deal),
                account: Some(record.account),
                contacts: Vec::new(),
                owner,
                summary,
                due: Some(due),
                done: false,
                created_at: ctx.now,
                updated_at: ctx.now,
            };
            let saved = store.log_activity(task, ctx.stamp())?;
            outln!(
                ctx,
                "{}",
                t!(
                    "climsg-task-added",
                    id = saved.id.to_string(),
                    deal = deal.to_string(),
                    due = due.to_string()
                )
            );
            return Ok(ExitCode::SUCCESS);
        }
        TaskCommand::Done { id } => (id, TaskChange::Done),
        TaskCommand::Move { id, due } => (
            id,
            TaskChange::Due(parse_date(&due, ctx.today()).context("--due")?),
        ),
        TaskCommand::Assign { id, owner } => (id, TaskChange::Owner(owner)),
    };
    let (id, change) = change;
    let outcome = store.change_task(id, &[change], ctx.stamp())?;
    report(ctx, &outcome);
    Ok(ExitCode::SUCCESS)
}

fn report(ctx: &Context, o: &TaskOutcome) {
    let t = &o.task;
    let id = t.id.to_string();
    let summary = crate::text::sanitize(&t.summary).into_owned();
    let what = if t.done {
        t!("climsg-task-done", id = id, summary = summary)
    } else {
        t!(
            "climsg-task-due",
            id = id,
            summary = summary,
            due = t.due.map_or("—".into(), |d| d.to_string())
        )
    };
    let cleared = if o.next_step_cleared {
        t!("climsg-task-next-step-cleared")
    } else {
        String::new()
    };
    let moved = if o.next_step_moved {
        t!("climsg-task-next-step-moved")
    } else {
        String::new()
    };
    outln!(ctx, "{what}{cleared}{moved}");
}

fn list(
    ctx: &Context,
    store: &crate::store::Store,
    mine: bool,
    overdue: bool,
    all: bool,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let owners: HashMap<OwnerId, String> = store
        .owners()?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let me = owners
        .iter()
        .find(|(_, n)| n.eq_ignore_ascii_case(&ctx.user))
        .map(|(id, _)| *id);
    if mine && me.is_none() {
        anyhow::bail!(t!("climsg-task-not-owner", user = ctx.user.as_str()));
    }
    let today = ctx.today();
    let tasks: Vec<Activity> = store
        .tasks()?
        .into_iter()
        .filter(|t| all || !t.done)
        .filter(|t| !mine || Some(t.owner) == me)
        .filter(|t| !overdue || (!t.done && t.due.is_some_and(|d| d < today)))
        .collect();
    // Overdue work is work still asked for: not a task on a deal since won or lost.
    let mut tasks = tasks;
    if overdue {
        let closed: std::collections::HashSet<DealId> = store
            .deals()?
            .into_iter()
            .filter(|d| !d.is_open())
            .map(|d| d.id)
            .collect();
        tasks.retain(|t| !t.deal.is_some_and(|d| closed.contains(&d)));
    }
    if json {
        outln!(ctx, "{}", super::json(&tasks)?);
        return Ok(ExitCode::SUCCESS);
    }
    if tasks.is_empty() {
        outln!(ctx, "{}", t!("climsg-task-none"));
        return Ok(ExitCode::SUCCESS);
    }
    let mut t = Table::new(&[
        super::num("climsg-task-col-id"),
        super::col("climsg-task-col-due"),
        super::col("climsg-task-col-deal"),
        super::col("climsg-task-col-task"),
        super::col("climsg-task-col-owner"),
        super::col("climsg-task-col-status"),
    ]);
    for task in &tasks {
        let late = !task.done && task.due.is_some_and(|d| d < today);
        t.row(vec![
            task.id.to_string(),
            task.due.map_or(String::new(), |d| d.to_string()),
            task.deal.map_or(String::new(), |d| d.to_string()),
            task.summary.clone(),
            owners.get(&task.owner).cloned().unwrap_or_default(),
            if task.done {
                t!("climsg-task-status-done")
            } else if late {
                t!("climsg-task-status-overdue")
            } else {
                t!("climsg-task-status-open")
            },
        ]);
    }
    out!(ctx, "{}", t.render(50));
    Ok(ExitCode::SUCCESS)
}
