//! `dealdeck import deals FILE`: a CRM's CSV export checked whole, then written in
//! one transaction (or not at all). Nothing is changed silently: every default or
//! correction comes from an option and is counted in the summary; every problem
//! is counted, and with `--skip-bad-rows` every rejected row is written out.

use super::Context;
use super::import::{
    EncodingArg, Progress, delimiter, encoding, maps, pair, read_file, write_rejects,
};
use crate::domain::*;
use crate::io::deals_in::{
    Checked, DealMapping, DefaultCreated, Field, FixDates, ImportDefaults, Preset, check_deals,
};
use crate::store::{Correction, ImportSummary, Store};
use anyhow::{Context as _, anyhow, bail};
use clap::{Args, ValueEnum};
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum From {
    /// A file written by `dealdeck export deals --format csv`
    Dealdeck,
    Salesforce,
    Hubspot,
    Pipedrive,
}

#[derive(Debug, Args)]
pub struct DealsArgs {
    file: PathBuf,
    /// The CRM the file was exported from (its column names are known); without it
    /// (and without --map) the header says which
    #[arg(long, value_enum)]
    from: Option<From>,
    /// FIELD=Column, repeatable; wins over the preset. Fields: title, account, stage,
    /// amount, currency, close_date, created_date, owner, probability, source,
    /// is_closed, is_won, status, loss_reason, next_step, external_id, pipeline,
    /// won_time, lost_time, forecast, team, account_id, owner_id, stage_before_close,
    /// product
    #[arg(long = "map", value_name = "FIELD=Column")]
    map: Vec<String>,
    /// "Name in the file=stage", repeatable; the stage is one of the pipeline's, or won / lost
    #[arg(long = "stage-map", value_name = "FROM=TO")]
    stage_map: Vec<String>,
    /// Cell separator: , ; or tab (default: sniffed from the header line)
    #[arg(long)]
    delimiter: Option<String>,
    /// Date format of the file, in chrono's notation (e.g. %d/%m/%Y); default: guessed
    #[arg(long, value_name = "FORMAT")]
    date_format: Option<String>,
    /// Currency of amounts when the file has no currency column
    #[arg(long, default_value = "USD")]
    currency: String,
    /// Pipeline for rows that name none we know (name or prefix)
    #[arg(long)]
    pipeline: Option<String>,
    /// Text encoding of the file (default: UTF-8, or GBK when the bytes say so)
    #[arg(long, value_enum)]
    encoding: Option<EncodingArg>,
    /// Import the good rows and write the bad ones, with what is wrong, to --rejects
    #[arg(long)]
    skip_bad_rows: bool,
    /// Where --skip-bad-rows writes rejected rows (default: FILE.rejected.csv)
    #[arg(long, value_name = "FILE", requires = "skip_bad_rows")]
    rejects: Option<PathBuf>,
    /// Check everything and say what would happen; no file is created or changed
    /// (but the rejects file, when rows are rejected)
    #[arg(long)]
    dry_run: bool,
    /// Account for rows whose account is blank (else such rows are problems)
    #[arg(long, value_name = "NAME")]
    default_account: Option<String>,
    /// Created date for rows without one: close (the row's close date),
    /// import-date, or a date
    #[arg(long, value_name = "close|import-date|DATE")]
    default_created: Option<String>,
    /// Close date for won or lost rows without one
    #[arg(long, value_name = "DATE")]
    closed_on: Option<String>,
    /// Rows that close before they were created: swap the two dates, or close
    /// on the created date (else such rows are problems)
    #[arg(long, value_enum)]
    fix_dates: Option<FixDatesArg>,
    /// Print the summary as JSON (counts of rows, corrections, rejects)
    #[arg(long)]
    summary_json: bool,
    /// Deals already imported take the file's values (the CRM wins); a stage
    /// change becomes a stage event marked imported
    #[arg(long)]
    update: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FixDatesArg {
    Swap,
    Created,
}

impl From {
    fn preset(self) -> Preset {
        match self {
            From::Dealdeck => Preset::Dealdeck,
            From::Salesforce => Preset::Salesforce,
            From::Hubspot => Preset::Hubspot,
            From::Pipedrive => Preset::Pipedrive,
        }
    }
}

fn defaults(args: &DealsArgs, ctx: &Context) -> anyhow::Result<ImportDefaults> {
    let day = |text: &str, flag: &str| {
        crate::domain::dates::parse_date(text, ctx.today()).with_context(|| flag.to_string())
    };
    Ok(ImportDefaults {
        account: args
            .default_account
            .as_ref()
            .map(|a| a.trim().to_string())
            .filter(|a| !a.is_empty()),
        created: match &args.default_created {
            None => None,
            Some(text) => Some(DefaultCreated::parse(text).ok_or_else(|| {
                anyhow!(t!("cliimp-default-created-expected", given = text.as_str()))
            })?),
        },
        closed_on: match &args.closed_on {
            None => None,
            Some(text) => Some(day(text, "--closed-on")?),
        },
        fix_dates: args.fix_dates.map(|f| match f {
            FixDatesArg::Swap => FixDates::Swap,
            FixDatesArg::Created => FixDates::Created,
        }),
    })
}

/// The workspace an import runs against. A dry run works on a copy (or on a new
/// empty workspace when there is none yet), so the file is never created or
/// changed; the copy goes with the returned guard.
fn workspace(
    ctx: &Context,
    dry_run: bool,
) -> anyhow::Result<(Arc<Store>, Option<tempfile::TempDir>)> {
    if !dry_run || ctx.is_served() {
        return Ok((ctx.open_or_create()?, None));
    }
    let scratch = tempfile::tempdir().with_context(|| t!("cliimp-scratch-folder"))?;
    let copy = scratch.path().join("dry-run.redb");
    if ctx.db.exists() {
        crate::store::files::refuse_special(&ctx.db)?;
        crate::store::files::copy_private(&ctx.db, &copy)?;
    }
    Ok((Arc::new(Store::open(&copy)?), Some(scratch)))
}

pub fn run(ctx: &Context, args: DealsArgs) -> anyhow::Result<ExitCode> {
    let name = args.file.display().to_string();
    let delimiter = delimiter(args.delimiter.as_deref())?;
    let columns = maps::<Field>(&args.map)?;
    let stages = args
        .stage_map
        .iter()
        .map(|s| pair(s, "--stage-map"))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let currency: Currency = args.currency.to_ascii_uppercase().parse().map_err(|_| {
        anyhow::anyhow!(t!(
            "cliimp-currency-expected",
            given = args.currency.as_str()
        ))
    })?;
    let defaults = defaults(&args, ctx)?;
    let sheet = read_file(&args.file, delimiter, encoding(args.encoding))?;
    // Which export this is: said, mapped by hand, or read from the header.
    let (preset, detected) = match (args.from, columns.is_empty()) {
        (Some(from), _) => (Some(from.preset()), false),
        (None, false) => (None, false),
        (None, true) => match Preset::detect(&sheet) {
            Ok(p) => (Some(p), true),
            Err(candidates) if candidates.is_empty() => bail!(t!(
                "cliimp-header-unknown",
                file = name.as_str(),
                columns = sheet.headers.join(", ")
            )),
            Err(candidates) => {
                let names: Vec<&str> = candidates.iter().map(|p| p.name()).collect();
                bail!(t!(
                    "cliimp-header-ambiguous",
                    file = name.as_str(),
                    presets = names.join(&t!("cliimp-and"))
                ))
            }
        },
    };
    let (store, _scratch) = workspace(ctx, args.dry_run)?;
    let pipelines = store.pipelines()?;
    let pipeline = match &args.pipeline {
        None => pipelines.first().map(|p| p.id),
        Some(wanted) => {
            let w = wanted.to_lowercase();
            let found: Vec<&Pipeline> = pipelines
                .iter()
                .filter(|p| p.name.to_lowercase().starts_with(&w))
                .collect();
            match found.as_slice() {
                [one] => Some(one.id),
                _ => bail!(t!("cliimp-pipeline-not-single", given = wanted.as_str())),
            }
        }
    };
    let Some(pipeline) = pipeline else {
        bail!(t!("cliimp-no-pipeline"));
    };
    let mapping = DealMapping {
        preset,
        columns,
        stages,
        date_format: args.date_format.clone(),
        currency,
        pipeline,
        now: ctx.now,
        defaults,
        products: store.products()?,
    };
    if let (Some(p), true) = (preset, detected) {
        errln!(
            ctx,
            "{}",
            t!("cliimp-reading-as", file = name.as_str(), preset = p.name())
        );
    }
    let mut progress = Progress::new(sheet.len(), ctx.interactive);
    let checked = check_deals(&sheet, &mapping, &pipelines, &mut |done| {
        progress.show("cliimp-progress-checking", done)
    });
    progress.clear();
    let checked = checked?;
    // What goes on is in the checked rows (and the refused rows' own cells).
    let sheet = sheet.forget_rows();
    if !checked.rejected.is_empty() && !args.skip_bad_rows {
        return Err(checked.refusal(&sheet.file).into());
    }
    let rejects_path = (!checked.rejected.is_empty()).then(|| {
        args.rejects
            .clone()
            .unwrap_or_else(|| PathBuf::from(format!("{}.rejected.csv", args.file.display())))
    });
    progress.show("cliimp-progress-writing", checked.deals.len());
    let imported = store.import_deals_with(
        &checked.deals,
        &ctx.user,
        ctx.now,
        args.dry_run,
        args.update,
    );
    progress.clear();
    let summary = imported?;
    // Written once the good rows are in (or checked, in a dry run), so a failed
    // import leaves no list behind.
    if let Some(path) = &rejects_path {
        write_rejects(path, &sheet.headers, &checked.rejected)?;
    }
    if args.summary_json {
        let value = summary_json(
            &summary,
            &checked,
            preset,
            rejects_path.as_ref(),
            args.dry_run,
        );
        outln!(ctx, "{}", super::json(&value)?);
    } else {
        report(
            ctx,
            &name,
            &summary,
            &checked,
            rejects_path.as_ref(),
            args.dry_run,
        );
    }
    if args.skip_bad_rows && summary.created == 0 && !checked.rejected.is_empty() {
        errln!(
            ctx,
            "{}",
            t!("cliimp-nothing-imported", file = name.as_str())
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn report(
    ctx: &Context,
    name: &str,
    summary: &ImportSummary,
    checked: &Checked,
    rejects: Option<&PathBuf>,
    dry_run: bool,
) {
    outln!(
        ctx,
        "{}",
        t!(
            "cliimp-deals-summary",
            dry = super::import::dry(dry_run),
            created = summary.created,
            won = summary.won,
            lost = summary.lost,
            file = name,
            there = summary.already_there,
            accounts = summary.new_accounts,
            owners = summary.new_owners
        )
    );
    if summary.updated > 0 {
        outln!(
            ctx,
            "  {}",
            t!(
                "cliimp-deals-updated",
                updated = summary.updated,
                changes = summary.stage_changes
            )
        );
    }
    super::import::counted_notes(ctx, &[(checked.repeated, "cliimp-note-repeated")]);
    for (correction, rows) in &summary.corrections {
        outln!(ctx, "  {}", t!(correction_key(*correction), count = *rows));
    }
    super::import::counted_notes(
        ctx,
        &[
            (summary.owners_given_team, "cliimp-note-owners-given-team"),
            (summary.undated, "cliimp-note-undated"),
            (summary.stage_unknown, "cliimp-note-stage-unknown"),
            (summary.with_product, "cliimp-note-with-product"),
            (summary.at_list_price, "cliimp-note-at-list-price"),
            (summary.joined_by_id, "cliimp-note-joined-by-id"),
            (summary.unclassified, "cliimp-note-unclassified"),
        ],
    );
    if let Some(path) = rejects {
        outln!(
            ctx,
            "  {}",
            t!(
                "cliimp-rejected",
                rows = checked.rejected.len(),
                problems = checked.problem_count(),
                path = path.display().to_string()
            )
        );
        for p in checked.rejected.iter().flat_map(|r| &r.problems).take(3) {
            errln!(ctx, "  {}", p.describe());
        }
    }
}

/// The summary line of a correction, a catalogue message taking the `count` of rows.
fn correction_key(correction: Correction) -> &'static str {
    match correction {
        Correction::DefaultAccount => "cliimp-correction-default-account",
        Correction::DefaultCreated => "cliimp-correction-default-created",
        Correction::ClosedOn => "cliimp-correction-closed-on",
        Correction::SwappedDates => "cliimp-correction-swapped-dates",
        Correction::CloseMovedToCreated => "cliimp-correction-close-moved",
    }
}

fn summary_json(
    summary: &ImportSummary,
    checked: &Checked,
    preset: Option<Preset>,
    rejects: Option<&PathBuf>,
    dry_run: bool,
) -> serde_json::Value {
    let corrections: serde_json::Map<String, serde_json::Value> = summary
        .corrections
        .iter()
        .map(|(c, n)| (c.key().to_string(), (*n).into()))
        .collect();
    serde_json::json!({
        "dry_run": dry_run,
        "preset": preset.map(Preset::name),
        "imported": summary.created,
        "won": summary.won,
        "lost": summary.lost,
        "already_there": summary.already_there,
        "updated": summary.updated,
        "stage_changes": summary.stage_changes,
        "repeated_rows": checked.repeated,
        "new_accounts": summary.new_accounts,
        "new_owners": summary.new_owners,
        "unclassified_losses": summary.unclassified,
        "owners_given_team": summary.owners_given_team,
        "open_without_close_date": summary.undated,
        "closed_stage_unknown": summary.stage_unknown,
        "with_product": summary.with_product,
        "at_list_price": summary.at_list_price,
        "joined_by_id": summary.joined_by_id,
        "corrections": corrections,
        "rejected_rows": checked.rejected.len(),
        "problems": checked.problem_count(),
        "rejects_file": rejects.map(|p| p.display().to_string()),
    })
}
