//! `dealdeck import deals FILE`: a CRM's CSV export checked whole, then written in
//! one transaction (or not at all).

use super::Context;

use crate::io::columns::ImportField;
use crate::io::deals_in::Rejected;
use crate::io::sheet::{Encoding, read_sheet_from};
use anyhow::{Context as _, bail};
use clap::{Args, Subcommand, ValueEnum};
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Deals from a CSV file (Salesforce, HubSpot, Pipedrive presets, or --map)
    Deals(super::import_deals::DealsArgs),
    /// Accounts from a CSV file (dealdeck, Salesforce, HubSpot presets, or --map);
    /// names already in the workspace are left alone
    Accounts(PartiesArgs),
    /// Contacts from a CSV file (dealdeck, Salesforce, HubSpot presets, or --map),
    /// joined to accounts by name; a contact already on its account is left alone
    Contacts(PartiesArgs),
    /// Activities from a CSV file (dealdeck or Salesforce columns, or --map), joined to
    /// deals by external id or name and to contacts by name
    Activities(PartiesArgs),
    /// The sales team from a CSV file (Salesforce User or HubSpot users export, or
    /// --map): names, emails, teams, roles; owners already there are brought up to date
    Owners(PartiesArgs),
    /// The product catalogue from a CSV file: a row per product (sku, name, unit,
    /// currency, list_price, unit_cost, active), optionally with one price-list
    /// entry (price_list, tier, min_qty, unit_price); products matched by SKU
    Products(ProductsArgs),
}

#[derive(Debug, Args)]
pub struct ProductsArgs {
    pub file: PathBuf,
    /// FIELD=Column, repeatable: sku, name, unit, currency, list_price, unit_cost,
    /// active, price_list, tier, min_qty, unit_price
    #[arg(long = "map", value_name = "FIELD=Column")]
    pub map: Vec<String>,
    /// Currency of rows without a currency column
    #[arg(long, default_value = "USD")]
    pub currency: String,
    #[arg(long)]
    pub delimiter: Option<String>,
    #[arg(long, value_enum)]
    pub encoding: Option<EncodingArg>,
    /// Check everything and say what would happen; write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum PartyFrom {
    Dealdeck,
    Salesforce,
    Hubspot,
}

#[derive(Debug, Args)]
pub struct PartiesArgs {
    file: PathBuf,
    #[arg(long, value_enum)]
    from: Option<PartyFrom>,
    /// FIELD=Column, repeatable. Accounts: name, industry, region, size, tier,
    /// lifecycle, owner, parent. Contacts: name (or first_name + last_name), account,
    /// title, role, stance, influence, email, phone. Activities: kind, at, deal,
    /// account, contacts, owner, summary, due, done
    #[arg(long = "map", value_name = "FIELD=Column")]
    map: Vec<String>,
    /// Date format of the file (activities), in chrono's notation; default: guessed
    #[arg(long, value_name = "FORMAT")]
    date_format: Option<String>,
    /// Cell separator: , ; or tab (default: sniffed from the header line)
    #[arg(long)]
    delimiter: Option<String>,
    #[arg(long, value_enum)]
    encoding: Option<EncodingArg>,
    /// Check everything and say what would happen; write nothing
    #[arg(long)]
    dry_run: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum EncodingArg {
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    Gbk,
}

pub(super) fn pair(text: &str, flag: &str) -> anyhow::Result<(String, String)> {
    match text.split_once('=') {
        Some((a, b)) if !a.trim().is_empty() && !b.trim().is_empty() => {
            Ok((a.trim().to_string(), b.trim().to_string()))
        }
        _ => bail!(t!("cliimp-pair-expected", flag = flag, text = text)),
    }
}

pub(super) fn delimiter(given: Option<&str>) -> anyhow::Result<Option<u8>> {
    Ok(match given {
        None => None,
        Some("tab" | "\\t" | "\t") => Some(b'\t'),
        Some(d) if d.len() == 1 => Some(d.as_bytes()[0]),
        Some(d) => bail!(t!("cliimp-delimiter-expected", given = d)),
    })
}

pub(super) fn encoding(given: Option<EncodingArg>) -> Encoding {
    match given {
        None => Encoding::Detect,
        Some(EncodingArg::Utf8) => Encoding::Utf8,
        Some(EncodingArg::Gbk) => Encoding::Gbk,
    }
}

/// The summary's indented lines, "  3 rows: what", each only when it counts
/// something: a catalogue message taking the `count`.
pub(super) fn counted_notes(ctx: &Context, notes: &[(usize, &str)]) {
    for (n, key) in notes {
        if *n > 0 {
            let args = crate::i18n::args([("count", crate::i18n::FluentValue::from(*n))]);
            outln!(ctx, "  {}", crate::i18n::message(key, Some(&args)));
        }
    }
}

/// The `dry` argument of a summary message: whether it says "would import".
pub(super) fn dry(dry_run: bool) -> &'static str {
    if dry_run { "yes" } else { "no" }
}

/// `--map FIELD=Column` pairs, each field named as the import knows it.
pub(super) fn maps<F: ImportField>(given: &[String]) -> anyhow::Result<Vec<(F, String)>> {
    given
        .iter()
        .map(|m| {
            let (field, column) = pair(m, "--map")?;
            let Some(field) = F::parse(&field) else {
                bail!(t!(
                    "cliimp-map-no-field",
                    given = m.as_str(),
                    field = field,
                    fields = F::names().join(", ")
                ));
            };
            Ok((field, column))
        })
        .collect()
}

pub(super) fn read_file(
    file: &std::path::Path,
    delimiter: Option<u8>,
    encoding: Encoding,
) -> anyhow::Result<crate::io::sheet::Sheet> {
    let name = file.display().to_string();
    let bytes =
        std::fs::read(file).with_context(|| t!("cliimp-cannot-read", file = name.as_str()))?;
    Ok(read_sheet_from(bytes, &name, delimiter, encoding)?)
}

pub fn run(ctx: &Context, command: ImportCommand) -> anyhow::Result<ExitCode> {
    let args = match command {
        ImportCommand::Deals(args) => args,
        ImportCommand::Accounts(args) => return parties(ctx, args, Kind::Accounts),
        ImportCommand::Contacts(args) => return parties(ctx, args, Kind::Contacts),
        ImportCommand::Activities(args) => return parties(ctx, args, Kind::Activities),
        ImportCommand::Owners(args) => return owners(ctx, args),
        ImportCommand::Products(args) => return super::product_edit::import(ctx, args),
    };
    super::import_deals::run(ctx, args)
}

/// The rejected rows as they were (formula cells neutralised), with a first column
/// saying what is wrong; written whole or not at all (owner-only, replaced atomically).
pub(super) fn write_rejects(
    path: &std::path::Path,
    headers: &[String],
    rows: &[Rejected],
) -> anyhow::Result<()> {
    let mut header: Vec<&str> = vec!["problem"];
    header.extend(headers.iter().map(String::as_str));
    let records: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let problems: Vec<String> = r.problems.iter().map(ToString::to_string).collect();
            let mut record = vec![problems.join("; ")];
            record.extend(r.cells.iter().cloned());
            record
        })
        .collect();
    let bytes = crate::io::export::write_csv(&header, &records)?;
    crate::store::files::write_atomically(path, &bytes)
        .with_context(|| t!("cliimp-cannot-write", file = path.display().to_string()))?;
    Ok(())
}

/// A one-line progress display on stderr for long imports, when stderr is a terminal;
/// silent when piped or for small files.
pub(super) struct Progress {
    total: usize,
    on: bool,
}

impl Progress {
    /// `interactive`: stderr is this process's own terminal (never under the server).
    pub(super) fn new(total: usize, interactive: bool) -> Progress {
        Progress {
            total,
            on: total >= 10_000 && interactive,
        }
    }

    /// `key`: a catalogue message taking `done` and `total`.
    pub(super) fn show(&mut self, key: &str, done: usize) {
        if self.on {
            let line = t!(key, done = done.to_string(), total = self.total.to_string());
            eprint!("\r\x1b[2K{line}");
        }
    }

    pub(super) fn clear(&mut self) {
        if self.on {
            eprint!("\r\x1b[2K");
        }
    }
}

/// The column set `--from` names; without it, `--map` must say every column.
fn party_preset(args: &PartiesArgs) -> anyhow::Result<Option<crate::io::parties_in::PartyPreset>> {
    use crate::io::parties_in::PartyPreset;
    if args.from.is_none() && args.map.is_empty() {
        bail!(t!(
            "cliimp-say-how-parties",
            file = args.file.display().to_string()
        ));
    }
    Ok(args.from.map(|f| match f {
        PartyFrom::Dealdeck => PartyPreset::Dealdeck,
        PartyFrom::Salesforce => PartyPreset::Salesforce,
        PartyFrom::Hubspot => PartyPreset::Hubspot,
    }))
}

/// The file of a party import, read, with the column set it is in.
fn party_sheet(
    args: &PartiesArgs,
) -> anyhow::Result<(
    Option<crate::io::parties_in::PartyPreset>,
    crate::io::sheet::Sheet,
)> {
    let preset = party_preset(args)?;
    let sheet = read_file(
        &args.file,
        delimiter(args.delimiter.as_deref())?,
        encoding(args.encoding),
    )?;
    Ok((preset, sheet))
}

enum Kind {
    Accounts,
    Contacts,
    Activities,
}

fn parties(ctx: &Context, args: PartiesArgs, kind: Kind) -> anyhow::Result<ExitCode> {
    use crate::io::activities_in::{ActivityField, ActivityPreset, read_activities};
    use crate::io::parties_in::{AccountField, ContactField, read_accounts, read_contacts};
    let name = args.file.display().to_string();
    let (preset, sheet) = party_sheet(&args)?;
    let store = ctx.open_or_create()?;
    let (kind, summary) = match kind {
        Kind::Accounts => {
            let map = maps::<AccountField>(&args.map)?;
            let rows = read_accounts(&sheet, preset, &map)?;
            (
                "cliimp-accounts-summary",
                store.import_accounts(&rows, ctx.now, args.dry_run)?,
            )
        }
        Kind::Contacts => {
            let map = maps::<ContactField>(&args.map)?;
            let rows = read_contacts(&sheet, preset, &map)?;
            (
                "cliimp-contacts-summary",
                store.import_contacts(&rows, ctx.now, args.dry_run)?,
            )
        }
        Kind::Activities => {
            let map = maps::<ActivityField>(&args.map)?;
            let preset = match args.from {
                None => None,
                Some(PartyFrom::Dealdeck) => Some(ActivityPreset::Dealdeck),
                Some(PartyFrom::Salesforce) => Some(ActivityPreset::Salesforce),
                Some(PartyFrom::Hubspot) => {
                    bail!(t!("cliimp-no-hubspot-activities"))
                }
            };
            let rows = read_activities(&sheet, preset, &map, args.date_format.as_deref())?;
            let summary = store.import_activities(&rows, &ctx.user, ctx.now, args.dry_run)?;
            ("cliimp-activities-summary", summary)
        }
    };
    outln!(
        ctx,
        "{}",
        t!(
            kind,
            dry = dry(args.dry_run),
            created = summary.created,
            file = name.as_str(),
            there = summary.already_there,
            accounts = summary.new_accounts,
            owners = summary.new_owners
        )
    );
    counted_notes(ctx, &[(summary.given_id, "cliimp-note-given-id")]);
    Ok(ExitCode::SUCCESS)
}

fn owners(ctx: &Context, args: PartiesArgs) -> anyhow::Result<ExitCode> {
    use crate::io::owners_in::{OwnerField, read_owners};
    let name = args.file.display().to_string();
    let (preset, sheet) = party_sheet(&args)?;
    let map = maps::<OwnerField>(&args.map)?;
    let rows = read_owners(&sheet, preset, &map)?;
    let store = ctx.open_or_create()?;
    let s = store.import_owners(&rows, ctx.stamp(), args.dry_run)?;
    outln!(
        ctx,
        "{}",
        t!(
            "cliimp-owners-summary",
            dry = dry(args.dry_run),
            file = name.as_str(),
            created = s.created,
            updated = s.updated,
            unchanged = s.unchanged
        )
    );
    counted_notes(
        ctx,
        &[
            (s.managers_set, "cliimp-note-managers-set"),
            (s.team_from_manager, "cliimp-note-team-from-manager"),
        ],
    );
    if !s.unknown_managers.is_empty() {
        outln!(
            ctx,
            "  {}",
            t!(
                "cliimp-unknown-managers",
                names = s.unknown_managers.join(", ")
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}
