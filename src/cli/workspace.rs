//! Whole-workspace commands: sample, check, backup, export, undo, and the summary.

use super::Context;
use super::context::parse_instant;
use crate::domain::money::PerCurrency;
use crate::domain::*;
use crate::sample::{self, SampleOptions};
use crate::store::{SCHEMA_VERSION, Store, files};
use crate::table::Table;
use anyhow::{Context as _, bail};
use clap::{Args, ValueEnum};

use serde::Serialize;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(Debug, Args)]
pub struct SampleArgs {
    /// Number of deals to generate
    #[arg(long)]
    deals: Option<usize>,
    /// Random seed (same seed + same --today ⇒ identical data)
    #[arg(long)]
    seed: Option<u64>,
    /// The day the generated history ends (default: today)
    #[arg(long)]
    today: Option<String>,
    /// Replace an existing database at the path
    #[arg(long)]
    force: bool,
}

pub fn sample(ctx: &Context, args: SampleArgs) -> anyhow::Result<ExitCode> {
    let (default_deals, default_seed) = sample::defaults();
    let today = match &args.today {
        Some(t) => parse_instant(t).context("--today")?.date_naive(),
        None => ctx.today(),
    };
    let options = SampleOptions {
        deals: args.deals.unwrap_or(default_deals),
        seed: args.seed.unwrap_or(default_seed),
        today,
    };
    // The file being replaced stays locked until the new one is in its place:
    // no other dealdeck can open it meanwhile and lose its changes with it.
    let held = if ctx.db.exists() {
        if !args.force {
            bail!(t!(
                "cliimp-sample-exists",
                file = ctx.db.display().to_string()
            ));
        }
        Some(Store::open(&ctx.db)?)
    } else {
        None
    };
    let started = Instant::now();
    // Each run builds its own file: concurrent runs never remove each other's.
    let fresh = files::sibling(&ctx.db, &format!(".new-{}", std::process::id()));
    let _ = std::fs::remove_file(&fresh);
    let built = sample::create(&fresh, options)
        .map_err(anyhow::Error::from)
        .and_then(|store| Ok(store.load_workspace()?))
        .and_then(|ws| {
            place(&fresh, &ctx.db, held.is_some())?;
            Ok(ws)
        });
    drop(held);
    let ws = match built {
        Ok(ws) => ws,
        Err(e) => {
            let _ = std::fs::remove_file(&fresh);
            return Err(e);
        }
    };
    let won = ws
        .deals
        .iter()
        .filter(|d| d.status == DealStatus::Won)
        .count();
    let lost = ws
        .deals
        .iter()
        .filter(|d| d.status == DealStatus::Lost)
        .count();
    outln!(
        ctx,
        "{}",
        t!(
            "cliimp-sample-written",
            file = ctx.db.display().to_string(),
            seconds = format!("{:.1}", started.elapsed().as_secs_f64()),
            seed = options.seed.to_string(),
            today = options.today.to_string()
        )
    );
    let rate = if won + lost > 0 {
        won as f64 * 100.0 / (won + lost) as f64
    } else {
        0.0
    };
    outln!(
        ctx,
        "  {}",
        t!(
            "cliimp-sample-counts",
            deals = ws.deals.len(),
            open = ws.deals.len() - won - lost,
            won = won,
            lost = lost,
            rate = format!("{rate:.1}"),
            accounts = ws.accounts.len(),
            contacts = ws.contacts.len(),
            events = ws.stage_events.len(),
            activities = ws.activities.len(),
            quotes = ws.quotes.len(),
            leads = ws.leads.len()
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// Puts a finished new workspace at `db`: replacing the (locked) old file, or
/// only if no other process created one meanwhile.
fn place(fresh: &std::path::Path, db: &std::path::Path, replace: bool) -> anyhow::Result<()> {
    if replace {
        return std::fs::rename(fresh, db)
            .with_context(|| t!("cliimp-sample-moving", file = db.display().to_string()));
    }
    match std::fs::hard_link(fresh, db) {
        Ok(()) => {
            let _ = std::fs::remove_file(fresh);
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            bail!(t!("cliimp-sample-raced", file = db.display().to_string()))
        }
        Err(e) => {
            Err(e).with_context(|| t!("cliimp-sample-placing", file = db.display().to_string()))
        }
    }
}

pub fn check(ctx: &Context) -> anyhow::Result<ExitCode> {
    let mut store = ctx.open_existing()?;
    // redb's own integrity check needs the file to itself; a server's
    // sessions share it, so there only the records are checked.
    let problems = match std::sync::Arc::get_mut(&mut store) {
        Some(sole) => sole.check()?,
        None => {
            outln!(ctx, "{}", t!("cliimp-check-served"));
            store.consistency_problems()?
        }
    };
    // Remembered: a failed check holds changes back until one passes. A file
    // too damaged to write keeps its report below all the same.
    let _ = store.record_check(problems.is_empty());
    if problems.is_empty() {
        outln!(
            ctx,
            "{}",
            t!("cliimp-check-healthy", file = ctx.db.display().to_string())
        );
        return Ok(ExitCode::SUCCESS);
    }
    for p in &problems {
        outln!(ctx, "{}", crate::text::sanitize(&p.to_string()));
    }
    errln!(
        ctx,
        "{}",
        t!(
            "cliimp-check-problems",
            count = problems.len(),
            file = ctx.db.display().to_string()
        )
    );
    errln!(ctx, "{}", damage_advice(&ctx.db));
    Ok(ExitCode::from(1))
}

pub fn backup(ctx: &Context, to: &std::path::Path) -> anyhow::Result<ExitCode> {
    let store = ctx.open_existing()?;
    let bytes = store.backup_to(to)?;
    outln!(
        ctx,
        "{}",
        t!(
            "cliimp-backed-up",
            file = ctx.db.display().to_string(),
            megabytes = format!("{:.1}", bytes as f64 / 1e6),
            to = to.display().to_string()
        )
    );
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
    Csv,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportKind {
    Deals,
    Accounts,
    Contacts,
    Activities,
    Events,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// One kind of record (default: the whole workspace, JSON only)
    #[arg(value_enum)]
    kind: Option<ExportKind>,
    #[arg(long, value_enum, default_value = "json")]
    format: ExportFormat,
    /// Write to this file (owner-only, replaced atomically) instead of stdout
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

/// The JSON export: every record, ids stable, decimals as strings.
#[derive(Serialize)]
struct Export<'a> {
    format: &'static str,
    schema_version: u32,
    #[serde(flatten)]
    workspace: &'a Workspace,
}

pub fn export(ctx: &Context, args: ExportArgs) -> anyhow::Result<ExitCode> {
    let store = ctx.open_existing()?;
    let ws = store.load_workspace()?;
    let json = match (args.kind, args.format) {
        (None, ExportFormat::Json) => {
            let mut json = super::json_bytes(&Export {
                format: "dealdeck",
                schema_version: SCHEMA_VERSION,
                workspace: &ws,
            })?;
            json.push(b'\n');
            json
        }
        (None, ExportFormat::Csv) => {
            anyhow::bail!(t!("cliimp-export-csv-one-kind"))
        }
        (Some(kind), ExportFormat::Csv) => {
            use crate::io::export;
            let table = match kind {
                ExportKind::Deals => export::deals(&ws),
                ExportKind::Accounts => export::accounts(&ws),
                ExportKind::Contacts => export::contacts(&ws),
                ExportKind::Activities => export::activities(&ws),
                ExportKind::Events => export::events(&ws),
            };
            export::to_csv(&table)?
        }
        (Some(kind), ExportFormat::Json) => {
            let mut json = match kind {
                ExportKind::Deals => super::json_bytes(&ws.deals)?,
                ExportKind::Accounts => super::json_bytes(&ws.accounts)?,
                ExportKind::Contacts => super::json_bytes(&ws.contacts)?,
                ExportKind::Activities => super::json_bytes(&ws.activities)?,
                ExportKind::Events => super::json_bytes(&ws.stage_events)?,
            };
            json.push(b'\n');
            json
        }
    };
    match &args.out {
        Some(path) => {
            files::write_atomically(path, &json)?;
            errln!(
                ctx,
                "{}",
                t!("cliimp-exported", file = path.display().to_string())
            );
        }
        None => {
            let mut out = ctx.out();
            out.write_all(&json)?;
            out.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn undo(ctx: &Context) -> anyhow::Result<ExitCode> {
    let store = ctx.open_existing()?;
    match store.undo(ctx.stamp())? {
        Some(done) => outln!(
            ctx,
            "{}",
            t!(
                "cliimp-undone",
                what = crate::text::sanitize(&done.label).into_owned()
            )
        ),
        None => outln!(ctx, "{}", t!("cliimp-nothing-to-undo")),
    }
    Ok(ExitCode::SUCCESS)
}

/// What plain `dealdeck` prints: the pipeline at a glance.
pub fn summary(ctx: &Context) -> anyhow::Result<ExitCode> {
    let store = ctx.open_existing()?;
    let title = if store.is_sample()? {
        "cliimp-summary-title-sample"
    } else {
        "cliimp-summary-title"
    };
    outln!(ctx, "{}", t!(title, file = ctx.db.display().to_string()));
    let open = store.open_deals()?;
    for pipeline in store.pipelines()? {
        outln!(ctx, "\n{}", crate::text::sanitize(&pipeline.name));
        let mut t = Table::new(&[
            super::col("cliimp-col-stage"),
            super::num("cliimp-col-deals"),
            super::num("cliimp-col-total"),
            super::num("cliimp-col-weighted"),
        ]);
        for stage in pipeline.open_stages() {
            let deals: Vec<&Deal> = open.iter().filter(|d| d.stage == stage.id).collect();
            let (mut total, mut weighted) = (PerCurrency::default(), PerCurrency::default());
            for d in &deals {
                let percent = d.probability_override.unwrap_or(stage.probability);
                total.add(d.amount.amount, d.amount.currency);
                weighted.add(d.amount.weighted(percent), d.amount.currency);
            }
            t.row(vec![
                stage.name.clone(),
                deals.len().to_string(),
                total.whole_units(),
                weighted.whole_units(),
            ]);
        }
        out!(ctx, "{}", t.render(30));
    }
    Ok(ExitCode::SUCCESS)
}

/// What to do about a damaged workspace, in the words of the commands to run.
pub fn damage_advice(db: &std::path::Path) -> String {
    t!("cliimp-damage-advice", db = db.display().to_string())
}
