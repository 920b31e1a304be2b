//! `dealdeck lead`: the lead pool (公海) from the command line — list, add,
//! import, claim, assign, follow up, convert, disqualify, return, and the
//! pool's rules (`recycle`), each change undoable as in the app's `g l`.

use super::Context;
use super::import::{EncodingArg, delimiter, encoding, maps, read_file};
use crate::domain::lead_pool::{
    LeadRules, PoolRow, duplicate_warnings, pool_rows, with_duplicates,
};
use crate::domain::money::parse_amount;
use crate::domain::*;
use crate::io::leads_in::{LeadField, read_leads};
use crate::store::{Conversion, LeadChange, LeadDraft, RulesOutcome, Store};
use crate::table::Table;
use anyhow::{Context as _, anyhow};
use clap::{Args, Subcommand, ValueEnum};
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Which {
    /// Open leads nobody holds
    Pool,
    /// Open leads you hold
    Mine,
    /// Every open lead
    Open,
    /// Every lead, converted and disqualified too
    All,
}

#[derive(Debug, Subcommand)]
pub enum LeadCommand {
    /// Leads with score (fit + behaviour), channel, age, owner and duplicate warnings
    List {
        #[arg(long, value_enum, default_value = "open")]
        which: Which,
        /// Only this owner's (name)
        #[arg(long)]
        owner: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// One lead: its score's parts, duplicates and history
    Show {
        #[arg(value_parser = lead_id)]
        id: LeadId,
    },
    /// Add a lead to the pool (duplicates are named, not refused)
    Add(AddArgs),
    /// Add leads from a CSV file (all rows or none)
    Import(ImportArgs),
    /// Take a lead from the pool for yourself
    Claim {
        #[arg(value_parser = lead_id)]
        id: LeadId,
    },
    /// Give a lead to a rep (managers and directors)
    Assign {
        #[arg(value_parser = lead_id)]
        id: LeadId,
        #[arg(long)]
        to: String,
    },
    /// Log a follow-up (a call, a mail, a visit)
    FollowUp {
        #[arg(value_parser = lead_id)]
        id: LeadId,
        #[arg(long)]
        note: String,
    },
    /// Qualify: make its account (or reuse the one already there), contact and deal
    Convert {
        #[arg(value_parser = lead_id)]
        id: LeadId,
        /// The deal's title (default: "<company> — first deal")
        #[arg(long)]
        title: Option<String>,
        /// Amount: 12500, 12.5k (default: 0, to be set)
        #[arg(long, default_value = "0")]
        amount: String,
        #[arg(long, default_value = "USD")]
        currency: String,
        /// Pipeline name (default: the first)
        #[arg(long)]
        pipeline: Option<String>,
    },
    /// Disqualify with a reason
    Disqualify {
        #[arg(value_parser = lead_id)]
        id: LeadId,
        #[arg(long)]
        reason: String,
    },
    /// Put a lead back in the pool
    Return {
        #[arg(value_parser = lead_id)]
        id: LeadId,
        #[arg(long, alias = "reason")]
        why: String,
    },
    /// Apply the pool's rules now: leads without a follow-up go back, hot leads are assigned
    Recycle {
        /// Say what would happen; write nothing
        #[arg(long)]
        dry_run: bool,
    },
}

/// A lead's id as people write it: `L-12` or `12`.
fn lead_id(text: &str) -> Result<LeadId, String> {
    text.parse()
        .map_err(|_| t!("climsg-lead-bad-id", given = text))
}

#[derive(Debug, Args)]
pub struct AddArgs {
    company: String,
    #[arg(long, default_value = "")]
    contact: String,
    #[arg(long, default_value = "")]
    phone: String,
    #[arg(long, default_value = "")]
    email: String,
    /// web, event, referral, partner, import
    #[arg(long, default_value = "web")]
    channel: String,
    #[arg(long, default_value = "")]
    industry: String,
    #[arg(long, default_value = "")]
    region: String,
    /// small, medium, large, enterprise (or 1-49, 50-499, 500-4999, 5000+)
    #[arg(long, default_value = "small")]
    size: String,
    /// What the lead did, 0–50 (added to the profile fit)
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=50))]
    behaviour: u8,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    file: PathBuf,
    /// FIELD=Column, repeatable: company, contact, phone, email, channel, industry,
    /// region, size, behaviour
    #[arg(long = "map", value_name = "FIELD=Column")]
    map: Vec<String>,
    #[arg(long)]
    delimiter: Option<String>,
    #[arg(long, value_enum)]
    encoding: Option<EncodingArg>,
}

pub fn run(ctx: &Context, command: LeadCommand) -> anyhow::Result<ExitCode> {
    let rules = ctx.settings().leads;
    match command {
        LeadCommand::List { which, owner, json } => list(ctx, &rules, which, owner, json),
        LeadCommand::Show { id } => show(ctx, &rules, id),
        LeadCommand::Add(args) => add(ctx, &rules, args),
        LeadCommand::Import(args) => import(ctx, &rules, args),
        LeadCommand::Claim { id } => change(ctx, id, LeadChange::Claim),
        LeadCommand::Assign { id, to } => change(ctx, id, LeadChange::Assign(to)),
        LeadCommand::FollowUp { id, note } => change(ctx, id, LeadChange::FollowUp(note)),
        LeadCommand::Disqualify { id, reason } => change(ctx, id, LeadChange::Disqualify(reason)),
        LeadCommand::Return { id, why } => change(ctx, id, LeadChange::Return(why)),
        LeadCommand::Convert {
            id,
            title,
            amount,
            currency,
            pipeline,
        } => {
            let store = ctx.open_existing()?;
            let lead = store
                .leads()?
                .into_iter()
                .find(|l| l.id == id)
                .ok_or_else(|| not_found(id))?;
            let pipeline = super::deal::pipeline_named(&store, pipeline.as_deref())?;
            let amount = Money::new(
                parse_amount(&amount).context("--amount")?,
                currency.parse().context("--currency")?,
            );
            let conversion = Conversion {
                title: title.unwrap_or_else(|| crate::domain::lead_pool::deal_title(&lead)),
                amount,
                pipeline: pipeline.id,
            };
            let made = store.convert_lead(id, conversion, ctx.stamp())?;
            outln!(
                ctx,
                "{}",
                t!(
                    if made.account_reused {
                        "climsg-lead-converted-reused"
                    } else {
                        "climsg-lead-converted"
                    },
                    id = shown_id(id),
                    account = made.account.name.as_str(),
                    contact = made.contact_said(),
                    deal = made.deal.id.to_string(),
                    title = made.deal.title.as_str(),
                    pipeline = pipeline.name.as_str()
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        LeadCommand::Recycle { dry_run } => {
            let store = ctx.open_existing()?;
            let outcome = store.apply_lead_rules(&rules, ctx.stamp(), dry_run)?;
            let names = owner_names(&store)?;
            for line in rules_said(&outcome, &rules, &names, dry_run) {
                outln!(ctx, "{line}");
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// A lead's id as people write it: `L-12`.
fn shown_id(id: LeadId) -> String {
    format!("{}-{id}", LeadId::PREFIX)
}

fn not_found(id: LeadId) -> anyhow::Error {
    anyhow!(t!(
        "error-not-found",
        kind = t!("kind-lead"),
        id = id.to_string()
    ))
}

fn owner_names(store: &Store) -> anyhow::Result<impl Fn(OwnerId) -> String + use<>> {
    let owners = store.owners()?;
    Ok(move |id: OwnerId| {
        owners.iter().find(|o| o.id == id).map_or_else(
            || t!("climsg-owner-fallback", id = id.to_string()),
            |o| o.name.clone(),
        )
    })
}

/// What the pool's rules did, in lines (the app's status line takes the first).
pub fn rules_said(
    outcome: &RulesOutcome,
    rules: &LeadRules,
    name: &impl Fn(OwnerId) -> String,
    dry_run: bool,
) -> Vec<String> {
    let mut lines = vec![t!(
        if dry_run {
            "climsg-lead-rules-dry"
        } else {
            "climsg-lead-rules"
        },
        returned = outcome.returned.len(),
        days = rules.recycle_days.to_string(),
        assigned = outcome.assigned.len().to_string(),
        score = rules.auto_assign_score.to_string()
    )];
    for (id, company, was) in &outcome.returned {
        lines.push(format!(
            "  {}",
            t!(
                "climsg-lead-rules-was",
                id = shown_id(*id),
                company = company.as_str(),
                owner = name(*was)
            )
        ));
    }
    for a in &outcome.assigned {
        lines.push(format!(
            "  {}-{} → {} ({})",
            LeadId::PREFIX,
            a.lead,
            name(a.to),
            a.why
        ));
    }
    lines
}

fn rows(ctx: &Context, store: &Store, rules: &LeadRules) -> anyhow::Result<Vec<PoolRow>> {
    let leads = store.leads()?;
    let mut rows = pool_rows(
        &leads,
        &store.lead_events()?,
        &store.owners()?,
        rules,
        ctx.now,
    );
    with_duplicates(
        &mut rows,
        duplicate_warnings(&leads, &store.accounts()?, &store.contacts()?),
    );
    Ok(rows)
}

fn list(
    ctx: &Context,
    rules: &LeadRules,
    which: Which,
    owner: Option<String>,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let store = ctx.open_existing()?;
    if let Some(o) = &owner {
        let owners = store.owners()?;
        if !owners.iter().any(|x| x.name.eq_ignore_ascii_case(o.trim())) {
            let names: Vec<&str> = owners.iter().map(|x| x.name.as_str()).collect();
            anyhow::bail!(t!(
                "climsg-lead-unknown-owner",
                name = o.as_str(),
                owners = names.join(", ")
            ));
        }
    }
    let me = ctx.stamp().by.to_string();
    let mut shown: Vec<PoolRow> = rows(ctx, &store, rules)?
        .into_iter()
        .filter(|r| match which {
            Which::Pool => r.lead.status.is_open() && r.lead.owner.is_none(),
            Which::Mine => r.lead.status.is_open() && r.owner.eq_ignore_ascii_case(&me),
            Which::Open => r.lead.status.is_open(),
            Which::All => true,
        })
        .filter(|r| {
            owner
                .as_deref()
                .is_none_or(|o| r.owner.eq_ignore_ascii_case(o.trim()))
        })
        .collect();
    shown.sort_by_key(|r| (std::cmp::Reverse(r.lead.score), r.lead.id));
    if json {
        let leads: Vec<&Lead> = shown.iter().map(|r| &r.lead).collect();
        outln!(ctx, "{}", super::json(&leads)?);
        return Ok(ExitCode::SUCCESS);
    }
    let mut t = Table::new(&[
        super::col("climsg-col-id"),
        super::col("climsg-col-company"),
        super::col("climsg-col-contact"),
        super::col("climsg-col-channel"),
        super::num("climsg-col-score"),
        super::num("climsg-col-fit"),
        super::num("climsg-col-beh"),
        super::num("climsg-col-age"),
        super::col("climsg-col-owner"),
        super::col("climsg-col-status"),
        super::col("climsg-col-warnings"),
    ]);
    for r in &shown {
        let mut warnings = Vec::new();
        if r.flagged {
            warnings.push(t!(
                "climsg-lead-not-followed",
                hours = rules.follow_up_hours.to_string()
            ));
        }
        warnings.extend(r.duplicates.iter().cloned());
        t.row(vec![
            shown_id(r.lead.id),
            r.lead.company.clone(),
            r.lead.contact_name.clone(),
            r.lead.channel.label().to_string(),
            r.lead.score.to_string(),
            r.parts.fit.to_string(),
            r.parts.behaviour.to_string(),
            t!("climsg-lead-age", days = r.age_days.to_string()),
            if r.owner.is_empty() {
                t!("climsg-lead-pool")
            } else {
                r.owner.clone()
            },
            r.lead.status.label().to_string(),
            warnings.join("; "),
        ]);
    }
    out!(ctx, "{}", t.render(40));
    errln!(ctx, "{}", t!("climsg-lead-count", count = shown.len()));
    Ok(ExitCode::SUCCESS)
}

fn show(ctx: &Context, rules: &LeadRules, id: LeadId) -> anyhow::Result<ExitCode> {
    let store = ctx.open_existing()?;
    let row = rows(ctx, &store, rules)?
        .into_iter()
        .find(|r| r.lead.id == id)
        .ok_or_else(|| not_found(id))?;
    let l = &row.lead;
    outln!(
        ctx,
        "{} {} · {}",
        shown_id(l.id),
        l.company,
        l.status.label()
    );
    // `contact  value`: the labels in a column of their own.
    let field = |key: &str| super::label(key, 9);
    outln!(
        ctx,
        "{}{} {} {}",
        field("climsg-lead-field-contact"),
        l.contact_name,
        l.phone,
        l.email
    );
    outln!(
        ctx,
        "{}{}",
        field("climsg-lead-field-profile"),
        t!(
            "climsg-lead-profile",
            industry = l.industry.as_str(),
            region = l.region.as_str(),
            size = l.size.label(),
            channel = l.channel.label()
        )
    );
    outln!(
        ctx,
        "{}{}",
        field("climsg-lead-field-score"),
        t!(
            "climsg-lead-score",
            score = l.score.to_string(),
            fit = row.parts.fit.to_string(),
            behaviour = row.parts.behaviour.to_string()
        )
    );
    outln!(
        ctx,
        "{}{}",
        field("climsg-lead-field-owner"),
        t!(
            if row.flagged {
                "climsg-lead-owner-flagged"
            } else {
                "climsg-lead-owner"
            },
            owner = if row.owner.is_empty() {
                t!("climsg-lead-pool")
            } else {
                row.owner.clone()
            },
            days = row.age_days.to_string()
        )
    );
    for d in &row.duplicates {
        outln!(ctx, "{}{d}", field("climsg-lead-field-warning"));
    }
    for h in row.history.iter().rev() {
        outln!(ctx, "  {h}");
    }
    Ok(ExitCode::SUCCESS)
}

fn add(ctx: &Context, rules: &LeadRules, args: AddArgs) -> anyhow::Result<ExitCode> {
    let channel = Channel::parse(&args.channel)
        .ok_or_else(|| anyhow!(t!("climsg-lead-bad-channel", given = args.channel.as_str())))?;
    let size = crate::io::parties_in::size_named(&args.size)
        .ok_or_else(|| anyhow!(t!("climsg-bad-size", given = args.size.as_str())))?;
    let store = ctx.open_or_create()?;
    let draft = LeadDraft {
        company: args.company,
        contact_name: args.contact,
        phone: args.phone,
        email: args.email,
        channel,
        industry: args.industry,
        region: args.region,
        size,
        behaviour: args.behaviour,
    };
    let (lead, duplicates) = store.add_lead(draft, rules, ctx.stamp())?;
    let parts = rules.parts(&lead);
    outln!(
        ctx,
        "{}",
        t!(
            "climsg-lead-added",
            id = shown_id(lead.id),
            company = lead.company.as_str(),
            score = lead.score.to_string(),
            fit = parts.fit.to_string(),
            behaviour = parts.behaviour.to_string()
        )
    );
    let rows = rows(ctx, &store, rules)?;
    if let Some(row) = rows.iter().find(|r| r.lead.id == lead.id) {
        for d in &row.duplicates {
            errln!(ctx, "{}", t!("climsg-warning", warning = d.as_str()));
        }
    } else if !duplicates.is_empty() {
        errln!(
            ctx,
            "{}",
            t!(
                "climsg-lead-possible-duplicates",
                count = duplicates.len().to_string()
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn import(ctx: &Context, rules: &LeadRules, args: ImportArgs) -> anyhow::Result<ExitCode> {
    let sheet = read_file(
        &args.file,
        delimiter(args.delimiter.as_deref())?,
        encoding(args.encoding),
    )?;
    let map = maps::<LeadField>(&args.map)?;
    let file = read_leads(&sheet, &map)?;
    let store = ctx.open_or_create()?;
    let added = store.add_leads(file.drafts, rules, ctx.stamp())?;
    let with_duplicates = added.iter().filter(|(_, d)| !d.is_empty()).count();
    outln!(
        ctx,
        "{}",
        t!(
            "climsg-lead-imported",
            file = args.file.display().to_string(),
            added = added.len().to_string(),
            duplicates = with_duplicates.to_string()
        )
    );
    for (lines, key) in [
        (&file.without_size, "climsg-lead-without-size"),
        (&file.without_channel, "climsg-lead-without-channel"),
    ] {
        if !lines.is_empty() {
            let list: Vec<String> = lines.iter().map(u64::to_string).collect();
            outln!(
                ctx,
                "{}",
                t!(key, count = lines.len(), lines = list.join(", "))
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn change(ctx: &Context, id: LeadId, change: LeadChange) -> anyhow::Result<ExitCode> {
    let store = ctx.open_existing()?;
    // What was done, said without and with whose the lead is now.
    let (said, said_owned) = match &change {
        LeadChange::Claim => ("climsg-lead-claimed", "climsg-lead-claimed-owned"),
        LeadChange::Assign(_) => ("climsg-lead-assigned", "climsg-lead-assigned-owned"),
        LeadChange::FollowUp(_) => ("climsg-lead-followed-up", "climsg-lead-followed-up-owned"),
        LeadChange::Disqualify(_) => ("climsg-lead-disqualified", "climsg-lead-disqualified-owned"),
        LeadChange::Return(_) => ("climsg-lead-returned", "climsg-lead-returned-owned"),
    };
    let lead = store.change_lead(id, change, ctx.stamp())?;
    let names = owner_names(&store)?;
    let said = match lead.owner {
        Some(o) => t!(
            said_owned,
            id = shown_id(lead.id),
            company = lead.company.as_str(),
            owner = names(o)
        ),
        None => t!(
            said,
            id = shown_id(lead.id),
            company = lead.company.as_str()
        ),
    };
    outln!(ctx, "{said}");
    Ok(ExitCode::SUCCESS)
}
