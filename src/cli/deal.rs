//! `dealdeck deal …`

use super::Context;
use super::deal_show::show;
use crate::domain::dates::parse_date;
use crate::domain::money::{group_thousands, parse_amount};
use crate::domain::*;
use crate::store::{AccountRef, DealDraft, GateDecision, LossInput, MoveOutcome, Store};
use crate::table::Table;
use anyhow::{Context as _, anyhow, bail};
use clap::{Args, Subcommand, ValueEnum};
use std::collections::HashMap;
use std::io::Write as _;
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum DealCommand {
    /// List deals
    List(ListArgs),
    /// Show one deal with its stage history, activities and quotes
    Show {
        id: DealId,
        #[arg(long)]
        json: bool,
    },
    /// Create a deal (in the pipeline's first stage unless --stage is given)
    New(NewArgs),
    /// Move a deal to another stage (gates apply when moving forward)
    Move {
        id: DealId,
        /// Target stage name (prefixes work: `negot`)
        stage: String,
        #[command(flatten)]
        gate: GateArgs,
    },
    /// Mark a deal won: why, when and for how much (defaults: no reason, now, its amount)
    Won {
        id: DealId,
        #[command(flatten)]
        gate: GateArgs,
        /// Why it was won (e.g. one of the settings' win_reasons)
        #[arg(long)]
        reason: Option<String>,
        /// The day it was won, if not today (not before it entered its stage)
        #[arg(long, value_name = "DATE")]
        closed_on: Option<String>,
        /// The amount signed, if not the deal's (in the deal's currency)
        #[arg(long)]
        amount: Option<String>,
    },
    /// Mark a deal lost, with the reason
    Lost(LostArgs),
    /// Change a deal's fields (stage and status change only through moves)
    Edit(super::deal_repair::EditArgs),
    /// Delete a deal with its history, activities and quotes (admin; undoable)
    Delete(super::deal_repair::DeleteArgs),
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatusArg {
    Open,
    Won,
    Lost,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only deals in this stage (name or prefix)
    #[arg(long)]
    stage: Option<String>,
    #[arg(long, value_enum)]
    status: Option<StatusArg>,
    /// Only deals of this owner
    #[arg(long)]
    owner: Option<String>,
    /// Print JSON (one array) instead of a table
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    #[arg(long)]
    title: String,
    /// Account name (created as a prospect if new) or id
    #[arg(long)]
    account: String,
    /// Amount: 12500, 12,500.00, 12.5k, 1.2m
    #[arg(long, allow_negative_numbers = true)]
    amount: String,
    #[arg(long, default_value = "USD")]
    currency: String,
    /// Owner name (default: you)
    #[arg(long)]
    owner: Option<String>,
    /// Expected close: 2026-12-31, +30d, eom, eoq (default: +90d)
    #[arg(long)]
    close_date: Option<String>,
    /// Pipeline name (default: the first)
    #[arg(long)]
    pipeline: Option<String>,
    /// Starting stage (default: the pipeline's first)
    #[arg(long)]
    stage: Option<String>,
    #[arg(long, default_value = "")]
    source: String,
    #[arg(long = "tag")]
    tags: Vec<String>,
}

#[derive(Debug, Args)]
pub struct GateArgs {
    /// Tick a gate criterion of the stages entered (repeatable)
    #[arg(long = "tick", value_name = "CRITERION")]
    ticked: Vec<String>,
    /// Pass unmet gate criteria anyway, recording this reason on the stage event
    #[arg(long = "override", value_name = "REASON")]
    override_reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct LostArgs {
    id: DealId,
    /// Loss reason category (key or name, e.g. pricing, competition)
    #[arg(long)]
    reason: String,
    /// Sub-reason within the category (default: its first)
    #[arg(long, default_value = "")]
    sub_reason: String,
    /// Competitor the deal was lost to
    #[arg(long)]
    competitor: Option<String>,
    /// One-line lesson
    #[arg(long, default_value = "")]
    lesson: String,
    /// The day it was lost, if not today (not before it entered its stage)
    #[arg(long, value_name = "DATE")]
    lost_on: Option<String>,
    /// Mark the loss as outside the team's control (default: by category)
    #[arg(long, conflicts_with = "controllable")]
    uncontrollable: bool,
    /// Mark the loss as within the team's control (default: by category)
    #[arg(long)]
    controllable: bool,
}

impl From<GateArgs> for GateDecision {
    fn from(g: GateArgs) -> Self {
        GateDecision {
            ticked: g.ticked,
            override_reason: g.override_reason,
        }
    }
}

pub fn run(ctx: &Context, cmd: DealCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        DealCommand::List(args) => list(ctx, args),
        DealCommand::Show { id, json } => show(ctx, id, json),
        DealCommand::New(args) => new(ctx, args),
        DealCommand::Move { id, stage, gate } => {
            let store = ctx.open_existing()?;
            let deal = store
                .deal(id)?
                .ok_or_else(|| anyhow!(t!("error-not-found", kind = t!("kind-deal"), id = id.0)))?;
            let pipeline = pipeline_of(&store, deal.pipeline)?;
            let target = pipeline.stage_named(&stage).map_err(|e| anyhow!(e))?;
            if target.kind == StageKind::Lost {
                bail!(t!("climsg-deal-use-lost", id = id.to_string()));
            }
            let outcome = store.move_deal(id, target.id, &gate.into(), ctx.stamp())?;
            report_move(ctx, &pipeline, &outcome);
            Ok(ExitCode::SUCCESS)
        }
        DealCommand::Won {
            id,
            gate,
            reason,
            closed_on,
            amount,
        } => {
            let store = ctx.open_existing()?;
            let won = crate::domain::moves::WinInput {
                reason: reason.unwrap_or_default(),
                closed_on: closed_on
                    .map(|d| parse_date(&d, ctx.today()).context("--closed-on"))
                    .transpose()?,
                amount: amount
                    .map(|a| parse_amount(&a).context("--amount"))
                    .transpose()?,
            };
            let outcome = store.win_deal_with(id, &gate.into(), &won, ctx.stamp())?;
            report_move(ctx, &pipeline_of(&store, outcome.deal.pipeline)?, &outcome);
            Ok(ExitCode::SUCCESS)
        }
        DealCommand::Edit(args) => super::deal_repair::edit(ctx, args),
        DealCommand::Delete(args) => super::deal_repair::delete(ctx, args),
        DealCommand::Lost(args) => {
            let store = ctx.open_existing()?;
            let loss = LossInput {
                category: args.reason,
                sub_reason: args.sub_reason,
                competitor: args.competitor,
                controllable: match (args.controllable, args.uncontrollable) {
                    (true, _) => Some(true),
                    (_, true) => Some(false),
                    _ => None,
                },
                lesson: args.lesson,
                lost_on: args
                    .lost_on
                    .map(|d| parse_date(&d, ctx.today()).context("--lost-on"))
                    .transpose()?,
            };
            let outcome = store.lose_deal(args.id, &loss, ctx.stamp())?;
            report_move(ctx, &pipeline_of(&store, outcome.deal.pipeline)?, &outcome);
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The pipeline of that name (any case), or the first one.
pub(super) fn pipeline_named(store: &Store, name: Option<&str>) -> anyhow::Result<Pipeline> {
    let pipelines = store.pipelines()?;
    match name {
        Some(name) => pipelines
            .into_iter()
            .find(|p| p.name.eq_ignore_ascii_case(name.trim()))
            .ok_or_else(|| anyhow!(t!("climsg-no-pipeline-named", name = name))),
        None => pipelines
            .into_iter()
            .next()
            .ok_or_else(|| anyhow!(t!("climsg-no-pipeline"))),
    }
}

fn pipeline_of(store: &Store, id: PipelineId) -> anyhow::Result<Pipeline> {
    store
        .pipelines()?
        .into_iter()
        .find(|p| p.id == id)
        .ok_or_else(|| anyhow!(t!("climsg-pipeline-missing", id = id.to_string())))
}

fn report_move(ctx: &Context, pipeline: &Pipeline, outcome: &MoveOutcome) {
    let stage = pipeline
        .stage(outcome.deal.stage)
        .map(|s| s.name.as_str())
        .unwrap_or("?");
    outln!(
        ctx,
        "{}",
        t!(
            "climsg-deal-moved",
            id = outcome.deal.id.to_string(),
            title = crate::text::sanitize(&outcome.deal.title).into_owned(),
            stage = stage,
            event = outcome.event.id.to_string()
        )
    );
    for o in &outcome.event.gate_overrides {
        outln!(
            ctx,
            "  {}",
            t!(
                "climsg-deal-gate-overridden",
                criterion = crate::text::sanitize(&o.criterion).into_owned(),
                reason = crate::text::sanitize(&o.reason).into_owned()
            )
        );
    }
}

fn new(ctx: &Context, args: NewArgs) -> anyhow::Result<ExitCode> {
    let store = ctx.open_or_create()?;
    let pipeline = &pipeline_named(&store, args.pipeline.as_deref())?;
    let stage = match &args.stage {
        Some(name) => Some(pipeline.stage_named(name).map_err(|e| anyhow!(e))?.id),
        None => None,
    };
    let amount = Money::new(
        parse_amount(&args.amount).context("--amount")?,
        args.currency.parse().context("--currency")?,
    );
    let expected_close = parse_date(args.close_date.as_deref().unwrap_or("+90d"), ctx.today())
        .context("--close-date")?;
    let account = match args.account.parse::<AccountId>() {
        Ok(id) if store.account(id)?.is_some() => AccountRef::Id(id),
        _ => AccountRef::Name(args.account.clone()),
    };
    let draft = DealDraft {
        title: args.title,
        account,
        owner: args.owner,
        amount,
        expected_close: Some(expected_close),
        pipeline: pipeline.id,
        stage,
        source: args.source,
        tags: args.tags,
        next_step: None,
        next_step_date: None,
    };
    let deal = store.create_deal(draft, ctx.stamp())?;
    outln!(
        ctx,
        "{}",
        t!(
            "climsg-deal-created",
            id = deal.id.to_string(),
            title = crate::text::sanitize(&deal.title).into_owned()
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// Names to show beside ids.
pub(super) struct Lookup {
    accounts: HashMap<AccountId, String>,
    owners: HashMap<OwnerId, String>,
    stages: HashMap<StageId, String>,
}

impl Lookup {
    pub(super) fn load(store: &Store) -> anyhow::Result<Lookup> {
        Ok(Lookup {
            accounts: store
                .accounts()?
                .into_iter()
                .map(|a| (a.id, a.name))
                .collect(),
            owners: store
                .owners()?
                .into_iter()
                .map(|o| (o.id, o.name))
                .collect(),
            stages: store
                .pipelines()?
                .into_iter()
                .flat_map(|p| p.stages)
                .map(|s| (s.id, s.name))
                .collect(),
        })
    }
    pub(super) fn account(&self, id: AccountId) -> String {
        self.accounts
            .get(&id)
            .cloned()
            .unwrap_or_else(|| format!("#{id}"))
    }
    pub(super) fn owner(&self, id: OwnerId) -> String {
        self.owners
            .get(&id)
            .cloned()
            .unwrap_or_else(|| format!("#{id}"))
    }
    pub(super) fn stage(&self, id: StageId) -> String {
        self.stages
            .get(&id)
            .cloned()
            .unwrap_or_else(|| format!("#{id}"))
    }
}

fn list(ctx: &Context, args: ListArgs) -> anyhow::Result<ExitCode> {
    let store = ctx.open_existing()?;
    let pipelines = store.pipelines()?;
    let mut deals = match &args.stage {
        Some(name) => {
            let found: Vec<Result<&Stage, String>> =
                pipelines.iter().map(|p| p.stage_named(name)).collect();
            // A prefix that fits two stages of one pipeline is a question, not a match.
            if let Some((_, Err(ambiguous))) = pipelines
                .iter()
                .zip(&found)
                .find(|(p, r)| r.is_err() && fits_several(p, name))
            {
                bail!("{ambiguous}");
            }
            let ids: Vec<StageId> = found
                .iter()
                .filter_map(|r| r.as_ref().ok())
                .map(|s| s.id)
                .collect();
            if ids.is_empty() {
                let errors: Vec<String> = found.into_iter().filter_map(Result::err).collect();
                bail!("{}", errors.join("; "));
            }
            store.deals_in_stages(&ids)?
        }
        None if matches!(args.status, Some(StatusArg::Open)) => store.open_deals()?,
        None => store.deals()?,
    };
    if let Some(status) = args.status {
        let wanted = match status {
            StatusArg::Open => DealStatus::Open,
            StatusArg::Won => DealStatus::Won,
            StatusArg::Lost => DealStatus::Lost,
        };
        deals.retain(|d| d.status == wanted);
    }
    let lookup = Lookup::load(&store)?;
    if let Some(owner) = &args.owner {
        let ids: Vec<OwnerId> = lookup
            .owners
            .iter()
            .filter(|(_, n)| n.eq_ignore_ascii_case(owner.trim()))
            .map(|(id, _)| *id)
            .collect();
        if ids.is_empty() {
            bail!(t!("climsg-no-owner-named", name = owner.as_str()));
        }
        deals.retain(|d| ids.contains(&d.owner));
    }
    deals.sort_by_key(|d| d.id);
    if args.json {
        outln!(ctx, "{}", super::json(&deals)?);
        return Ok(ExitCode::SUCCESS);
    }
    let mut t = Table::new(&[
        super::num("climsg-col-id"),
        super::col("climsg-col-title"),
        super::col("climsg-col-account"),
        super::col("climsg-col-stage"),
        super::num("climsg-col-amount"),
        super::col("climsg-col-owner"),
        super::col("climsg-col-close"),
    ]);
    for d in &deals {
        t.row(vec![
            d.id.to_string(),
            d.title.clone(),
            lookup.account(d.account),
            lookup.stage(d.stage),
            format!(
                "{} {}",
                group_thousands(d.amount.rounded(), d.amount.currency.minor_digits()),
                d.amount.currency
            ),
            lookup.owner(d.owner),
            d.closed_at
                .map(|c| c.date_naive())
                .or(d.expected_close)
                .map_or_else(|| "-".to_string(), |day| day.to_string()),
        ]);
    }
    out!(ctx, "{}", t.render(34));
    errln!(ctx, "{}", t!("climsg-deal-listed", count = deals.len()));
    Ok(ExitCode::SUCCESS)
}

/// Whether `name` begins the names of two stages or more of `p` (what
/// [`Pipeline::stage_named`] calls ambiguous, in any language).
fn fits_several(p: &Pipeline, name: &str) -> bool {
    let plain = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let wanted = plain(name.trim());
    !wanted.is_empty()
        && p.stages
            .iter()
            .filter(|s| plain(&s.name).starts_with(&wanted))
            .count()
            > 1
}
