//! `dealdeck deal edit` and `deal delete`: correcting one deal from the command
//! line (any field the form edits; stage and status only through moves; taken
//! even after a failed check, since it is how a named record gets fixed), and
//! taking one out (admin). Both are undoable and kept in the audit log;
//! `delete --repair` removes a record too damaged to read.

use super::Context;
use crate::domain::dates::parse_date;
use crate::domain::money::parse_amount;
use crate::domain::*;
use anyhow::{Context as _, anyhow};
use clap::Args;
use std::io::Write as _;
use std::process::ExitCode;

#[derive(Debug, Args)]
pub struct EditArgs {
    pub id: DealId,
    #[arg(long)]
    title: Option<String>,
    /// Amount: 12500, 12,500.00, 12.5k, 1.2m (in the deal's currency unless --currency)
    #[arg(long, allow_negative_numbers = true)]
    amount: Option<String>,
    #[arg(long)]
    currency: Option<String>,
    /// Expected close: 2026-12-31, +30d, eom, eoq
    #[arg(long)]
    close_date: Option<String>,
    /// Owner name
    #[arg(long)]
    owner: Option<String>,
    #[arg(long)]
    source: Option<String>,
    /// Next step (an empty text clears it)
    #[arg(long)]
    next_step: Option<String>,
}

pub fn edit(ctx: &Context, args: EditArgs) -> anyhow::Result<ExitCode> {
    let store = ctx.open_existing()?;
    let mut deal = store.deal(args.id)?.ok_or_else(|| {
        anyhow!(t!(
            "error-not-found",
            kind = t!("kind-deal"),
            id = args.id.0
        ))
    })?;
    let before = deal.clone();
    if let Some(title) = args.title {
        deal.title = title;
    }
    if args.amount.is_some() || args.currency.is_some() {
        let amount = match &args.amount {
            Some(a) => parse_amount(a).context("--amount")?,
            None => deal.amount.amount,
        };
        let currency = match &args.currency {
            Some(c) => c.to_ascii_uppercase().parse().context("--currency")?,
            None => deal.amount.currency,
        };
        deal.amount = Money::new(amount, currency);
    }
    if let Some(close) = &args.close_date {
        deal.expected_close = Some(parse_date(close, ctx.today()).context("--close-date")?);
    }
    if let Some(name) = &args.owner {
        let owners = store.owners()?;
        deal.owner = owners
            .iter()
            .find(|o| o.name.eq_ignore_ascii_case(name.trim()))
            .map(|o| o.id)
            .ok_or_else(|| {
                let known: Vec<&str> = owners.iter().map(|o| o.name.as_str()).collect();
                anyhow!(t!(
                    "error-unknown-owner",
                    name = name.as_str(),
                    known = known.join(", ")
                ))
            })?;
    }
    if let Some(source) = args.source {
        deal.source = source;
    }
    if let Some(step) = args.next_step {
        deal.next_step = Some(step).filter(|s| !s.trim().is_empty());
    }
    if deal == before {
        outln!(
            ctx,
            "{}",
            t!("climsg-deal-unchanged", id = deal.id.to_string())
        );
        return Ok(ExitCode::SUCCESS);
    }
    let saved = store.correct_deal(&deal, ctx.stamp())?;
    outln!(
        ctx,
        "{}",
        t!(
            "climsg-deal-saved",
            id = saved.id.to_string(),
            title = crate::text::sanitize(&saved.title).into_owned()
        )
    );
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    pub id: DealId,
    /// The deal's record is damaged (`dealdeck check` named it): remove it and
    /// what refers to it even so, and even after a failed check
    #[arg(long)]
    repair: bool,
}

pub fn delete(ctx: &Context, args: DeleteArgs) -> anyhow::Result<ExitCode> {
    let store = ctx.open_existing()?;
    let deleted = store.delete_deal(args.id, args.repair, ctx.stamp())?;
    let name = deleted.title.as_deref().map_or(String::new(), |title| {
        format!(
            " {}",
            t!(
                "climsg-deal-deleted-title",
                title = crate::text::sanitize(title).into_owned()
            )
        )
    });
    outln!(
        ctx,
        "{}",
        t!(
            if deleted.undoable {
                "climsg-deal-deleted"
            } else {
                "climsg-deal-deleted-damaged"
            },
            id = deleted.deal.to_string(),
            name = name,
            events = deleted.events,
            activities = deleted.activities,
            quotes = deleted.quotes
        )
    );
    Ok(ExitCode::SUCCESS)
}

pub fn audit(ctx: &Context, json: bool) -> anyhow::Result<ExitCode> {
    let store = ctx.open_existing()?;
    let log = store.audit_log()?;
    if json {
        let rows: Vec<serde_json::Value> = log
            .iter()
            .map(|e| serde_json::json!({ "at": e.at, "by": e.by, "what": e.what }))
            .collect();
        outln!(ctx, "{}", super::json(&rows)?);
        return Ok(ExitCode::SUCCESS);
    }
    if log.is_empty() {
        outln!(ctx, "{}", t!("climsg-audit-empty"));
    }
    for e in &log {
        outln!(
            ctx,
            "{}  {}  {}",
            crate::format::moment(e.at),
            crate::text::sanitize(&e.by),
            crate::text::sanitize(&e.what)
        );
    }
    Ok(ExitCode::SUCCESS)
}
