//! `dealdeck report`: the analytics of a period as a table, Markdown, CSV or JSON.

use super::Context;
use crate::analytics::*;
use crate::domain::money::group_thousands;
use crate::domain::*;
use crate::store::Store;
use crate::table::Table;
use anyhow::{Context as _, bail};
use clap::{Args, ValueEnum};
use rust_decimal::Decimal;
use std::io::Write as _;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportKind {
    /// Per stage: entered, converted, lost, still open, conversion, dwell, open value, stale
    Funnel,
    /// Won and lost by a dimension (--by)
    Winloss,
    /// Open deals expected to close in the period: empirical, weighted, commit
    Forecast,
    /// Win rate, sales cycle and sales velocity
    Velocity,
    /// Top leak, middle silt, bottom volatility, conversion alerts
    Health,
    /// Month by month over the last 12 months: win rate, cycle, average won deal
    Trends,
    /// Every report
    All,
    /// Lost deals: Pareto by reason, sub-reason, competitor, stage lost at, owner; lessons
    Loss,
    /// Leads created in the period: lead → qualified → won by channel and owner, days to first follow-up
    Leads,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Table,
    Md,
    Csv,
    Json,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[arg(value_enum)]
    report: ReportKind,
    /// 2026-10, 2026-Q3, 2026, 2026-01-01..2026-03-31, this-month, last-month,
    /// this-quarter, last-quarter, this-year, last-year
    #[arg(long, default_value = "this-month")]
    period: String,
    /// winloss: owner, team, industry, region, source, competitor, size, discount,
    /// decision-maker, product (default: every one)
    #[arg(long, value_parser = parse_breakdown)]
    by: Option<Breakdown>,
    /// Only deals of this owner (name)
    #[arg(long)]
    owner: Option<String>,
    /// Only deals of this team's owners
    #[arg(long)]
    team: Option<String>,
    /// Only this pipeline (name or prefix)
    #[arg(long)]
    pipeline: Option<String>,
    #[arg(long, value_enum, default_value = "table")]
    format: ReportFormat,
}

fn parse_breakdown(text: &str) -> Result<Breakdown, String> {
    Breakdown::parse(text).ok_or_else(|| {
        let names: Vec<&str> = Breakdown::ALL.iter().map(|b| b.key()).collect();
        format!("expected one of: {}", names.join(", ").replace('_', "-"))
    })
}

pub fn run(ctx: &Context, args: ReportArgs) -> anyhow::Result<ExitCode> {
    if args.format == ReportFormat::Csv && args.report == ReportKind::All {
        bail!(
            "CSV holds one report: name it (funnel, winloss, forecast, velocity, health, trends or loss)"
        );
    }
    let period = Period::parse(&args.period, ctx.today())?;
    let store = ctx.open_existing()?;
    if args.report == ReportKind::Leads {
        out!(ctx, "{}", leads_report(&store, &period, args.format)?);
        return Ok(ExitCode::SUCCESS);
    }
    let input = store.analytics_input()?;
    let scope = resolve_scope(&input, &args)?;
    let facts = Facts::new(&input, ctx.now);
    if args.report == ReportKind::Loss {
        out!(
            ctx,
            "{}",
            super::report_loss::render(&store, &facts, &scope, &period, args.format)?
        );
        return Ok(ExitCode::SUCCESS);
    }
    let mut set = ReportSet::compute(&facts, &scope, &period);
    if scope == Scope::default() {
        set.forecast = with_snapshot(&store, &set, &period, ctx)?;
    }
    if let Some(by) = args.by {
        set.win_loss.retain(|r| r.dimension == by.key());
    }
    let out = match args.format {
        ReportFormat::Json => json(&set, args.report)?,
        format => {
            let mut out = String::new();
            for (title, table) in tables(&set, args.report, format == ReportFormat::Csv) {
                match format {
                    ReportFormat::Table => {
                        out.push_str(&format!("{title}\n{}\n", table.render(120)));
                    }
                    ReportFormat::Md => {
                        out.push_str(&format!("## {title}\n\n{}\n", table.markdown()))
                    }
                    _ => out.push_str(&table.csv()?),
                }
            }
            out
        }
    };
    out!(ctx, "{out}");
    Ok(ExitCode::SUCCESS)
}

/// Keeps the first forecast computed in the current month or quarter (that is what
/// accuracy is measured against later) and attaches accuracy when the period has one.
fn with_snapshot(
    store: &Store,
    set: &ReportSet,
    period: &Period,
    ctx: &Context,
) -> anyhow::Result<Forecast> {
    let current = matches!(period.kind, PeriodKind::Month | PeriodKind::Quarter)
        && period.contains_day(ctx.today());
    if current {
        let currency: Currency = set.currency.parse().unwrap_or(Currency::USD);
        store.keep_forecast_snapshot(&set.forecast.snapshot(period, currency, ctx.now))?;
    }
    let snapshot = store.forecast_snapshot(&period.label)?;
    Ok(set.forecast.clone().with_accuracy(snapshot.as_ref()))
}

fn resolve_scope(ws: &Input, args: &ReportArgs) -> anyhow::Result<Scope> {
    let mut scope = Scope::default();
    if let Some(name) = &args.owner {
        let owner = ws
            .owners
            .iter()
            .find(|o| o.name.eq_ignore_ascii_case(name.trim()))
            .with_context(|| format!("no owner named '{name}'"))?;
        scope.owner = Some(owner.id);
    }
    if let Some(team) = &args.team {
        let Some(owner) = ws
            .owners
            .iter()
            .find(|o| o.team.eq_ignore_ascii_case(team.trim()))
        else {
            let mut teams: Vec<&str> = ws.owners.iter().map(|o| o.team.as_str()).collect();
            teams.sort_unstable();
            teams.dedup();
            bail!("no team named '{team}' (teams: {})", teams.join(", "));
        };
        scope.team = Some(owner.team.clone());
    }
    if let Some(name) = &args.pipeline {
        let wanted = name.trim().to_lowercase();
        let matches: Vec<&Pipeline> = ws
            .pipelines
            .iter()
            .filter(|p| p.name.to_lowercase().starts_with(&wanted))
            .collect();
        match matches.as_slice() {
            [one] => scope.pipeline = Some(one.id),
            _ => {
                let names: Vec<&str> = ws.pipelines.iter().map(|p| p.name.as_str()).collect();
                bail!(
                    "no single pipeline named '{name}' (pipelines: {})",
                    names.join(", ")
                );
            }
        }
    }
    Ok(scope)
}

fn json(set: &ReportSet, kind: ReportKind) -> anyhow::Result<String> {
    let mut full = serde_json::to_value(set)?;
    let sections: &[&str] = match kind {
        ReportKind::Funnel => &["funnel"],
        ReportKind::Winloss => &["win_rate", "win_loss"],
        ReportKind::Forecast => &["forecast"],
        ReportKind::Velocity => &["win_rate", "cycle", "velocity", "quote_pace"],
        ReportKind::Health => &["health"],
        ReportKind::Trends => &["trends"],
        ReportKind::All | ReportKind::Loss | ReportKind::Leads => &[],
    };
    if let (false, Some(map)) = (sections.is_empty(), full.as_object_mut()) {
        const ALWAYS: [&str; 5] = [
            "period",
            "scope",
            "generated_at",
            "currency",
            "other_currency_deals",
        ];
        map.retain(|k, _| ALWAYS.contains(&k.as_str()) || sections.contains(&k.as_str()));
    }
    Ok(super::json(&full)? + "\n")
}

/// How a cell is written: for people (`22,000`, `75 %`) or for spreadsheets
/// (`22000`, `75.0`).
struct Cells {
    plain: bool,
}

impl Cells {
    fn money(&self, amount: Decimal) -> String {
        if self.plain {
            amount.round_dp(2).normalize().to_string()
        } else {
            group_thousands(amount, 0)
        }
    }

    fn opt_money(&self, amount: Option<Decimal>) -> String {
        amount.map_or_else(String::new, |a| self.money(a))
    }

    fn percent(&self, share: Option<f64>) -> String {
        match (share, self.plain) {
            (None, _) => String::new(),
            (Some(s), true) => crate::format::percent_number(s),
            (Some(s), false) => crate::format::percent(s),
        }
    }

    fn days(&self, days: Option<f64>) -> String {
        days.map_or_else(String::new, |d| format!("{d:.1}"))
    }
}

fn tables(set: &ReportSet, kind: ReportKind, plain: bool) -> Vec<(String, Table)> {
    let c = Cells { plain };
    let when = format!("{} ({})", set.period.label, set.currency);
    let mut out = Vec::new();
    let wants = |k: ReportKind| kind == k || kind == ReportKind::All;
    if wants(ReportKind::Funnel) {
        let mut t = Table::new(&[
            "pipeline",
            "stage",
            ">entered",
            ">converted",
            ">lost",
            ">still open",
            ">conversion",
            ">median dwell",
            ">mean dwell",
            ">p90 dwell",
            ">open deals",
            ">open amount",
            ">weighted",
            ">stale",
        ]);
        for p in &set.funnel {
            for s in &p.stages {
                t.row(vec![
                    p.pipeline.clone(),
                    s.stage.clone(),
                    s.flow.entered.to_string(),
                    s.flow.converted.to_string(),
                    s.flow.lost.to_string(),
                    s.flow.still_open.to_string(),
                    c.percent(s.flow.conversion),
                    c.days(s.dwell_days.median),
                    c.days(s.dwell_days.mean),
                    c.days(s.dwell_days.p90),
                    s.open_deals.to_string(),
                    c.money(s.open_amount),
                    c.money(s.weighted_amount),
                    s.stale_deals.to_string(),
                ]);
            }
        }
        let at_list: usize = set.funnel.iter().map(|p| p.at_list_price).sum();
        let note = if at_list > 0 {
            format!(
                " ({} without an amount counted at the product's list price)",
                crate::format::count(at_list, "open deal")
            )
        } else {
            String::new()
        };
        out.push((format!("Funnel — {when}{note}"), t));
    }
    if wants(ReportKind::Winloss) {
        let mut t = Table::new(&[
            "dimension",
            "value",
            ">won",
            ">lost",
            ">win rate",
            ">won amount",
            ">lost amount",
        ]);
        for d in &set.win_loss {
            for r in &d.rows {
                t.row(vec![
                    d.dimension.replace('_', " "),
                    r.value.clone(),
                    r.outcome.won.to_string(),
                    r.outcome.lost.to_string(),
                    c.percent(r.outcome.win_rate),
                    c.money(r.outcome.won_amount),
                    c.money(r.outcome.lost_amount),
                ]);
            }
        }
        out.push((format!("Win / loss — {when}"), t));
    }
    if wants(ReportKind::Forecast) {
        let f = &set.forecast;
        let mut t = Table::new(&[
            "stage",
            ">deals",
            ">amount",
            ">probability",
            "from",
            ">expected",
        ]);
        for s in f.stages.iter().filter(|s| s.deals > 0) {
            t.row(vec![
                format!("{} · {}", s.pipeline, s.stage),
                s.deals.to_string(),
                c.money(s.amount),
                c.percent(rust_decimal::prelude::ToPrimitive::to_f64(&s.probability)),
                if s.from_history {
                    format!("history ({} closed)", s.history_closed)
                } else {
                    "stage default".into()
                },
                c.money(s.expected),
            ]);
        }
        t.row(vec![
            "empirical forecast".into(),
            f.deals.to_string(),
            c.money(f.amount),
            String::new(),
            String::new(),
            c.money(f.empirical),
        ]);
        for (what, amount) in [
            ("static-weighted", f.weighted),
            ("commit", f.commit),
            ("won so far", f.won),
        ] {
            t.row(vec![
                what.into(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                c.money(amount),
            ]);
        }
        if f.undated_deals > 0 {
            t.row(vec![
                "open, no close date (not in any period)".into(),
                f.undated_deals.to_string(),
                c.money(f.undated_amount),
                String::new(),
                String::new(),
                String::new(),
            ]);
        }
        if let Some(a) = &f.accuracy {
            t.row(vec![
                format!(
                    "accuracy vs {} at {}",
                    c.money(a.forecast_at_start),
                    a.snapshot_taken_at.date_naive()
                ),
                String::new(),
                String::new(),
                c.percent(a.accuracy),
                String::new(),
                String::new(),
            ]);
        }
        out.push((format!("Forecast — {when}"), t));
    }
    if wants(ReportKind::Velocity) {
        let mut t = Table::new(&["measure", ">value"]);
        let w = &set.win_rate;
        let v = &set.velocity;
        let rows = [
            ("won", w.won.to_string()),
            ("lost", w.lost.to_string()),
            ("win rate", c.percent(w.win_rate)),
            ("won amount", c.money(w.won_amount)),
            ("lost amount", c.money(w.lost_amount)),
            ("median cycle won (days)", c.days(set.cycle.won_days.median)),
            ("mean cycle won (days)", c.days(set.cycle.won_days.mean)),
            (
                "median cycle lost (days)",
                c.days(set.cycle.lost_days.median),
            ),
            ("mean cycle lost (days)", c.days(set.cycle.lost_days.mean)),
            ("open deals", v.open_deals.to_string()),
            ("average won deal", c.opt_money(v.average_won_amount)),
            ("sales velocity per day", c.opt_money(v.per_day)),
            (
                "deals first quoted",
                set.quote_pace.quoted_deals.to_string(),
            ),
            (
                "quote revisions per quoted deal",
                set.quote_pace
                    .average_revisions
                    .map_or("–".into(), |r| format!("{r:.2}")),
            ),
            (
                "median days needs confirmed → first quote",
                c.days(set.quote_pace.needs_to_first_quote_days.median),
            ),
        ];
        for (measure, value) in rows {
            t.row(vec![measure.into(), value]);
        }
        out.push((format!("Velocity — {when}"), t));
    }
    if wants(ReportKind::Health) {
        let mut t = Table::new(&["check", "pipeline", "status", ">deals", "detail"]);
        for h in &set.health {
            t.row(vec![
                h.check.title().into(),
                h.pipeline.clone().unwrap_or_default(),
                if h.alert { "ALERT" } else { "ok" }.into(),
                h.deals.len().to_string(),
                h.detail.clone(),
            ]);
        }
        out.push((format!("Health — {when}"), t));
    }
    if wants(ReportKind::Trends) {
        let mut t = Table::new(&[
            "month",
            ">won",
            ">lost",
            ">win rate",
            ">median won cycle",
            ">average won",
        ]);
        for m in &set.trends {
            t.row(vec![
                m.month.clone(),
                m.won.to_string(),
                m.lost.to_string(),
                c.percent(m.win_rate),
                c.days(m.median_won_cycle_days),
                c.opt_money(m.average_won_amount),
            ]);
        }
        out.push((format!("Trends — 12 months to {}", set.period.last), t));
    }
    out
}

fn leads_report(store: &Store, period: &Period, format: ReportFormat) -> anyhow::Result<String> {
    let owners = store.owners()?;
    let mut won = std::collections::HashSet::new();
    store.for_each_deal(|d| {
        if d.status == DealStatus::Won {
            won.insert(d.id);
        }
    })?;
    let report = crate::analytics::leads::lead_report(
        &store.leads()?,
        &store.lead_events()?,
        &won,
        |id| {
            owners
                .iter()
                .find(|o| o.id == id)
                .map_or_else(|| format!("owner {id}"), |o| o.name.clone())
        },
        period,
    );
    if format == ReportFormat::Json {
        return Ok(format!("{}\n", serde_json::to_string_pretty(&report)?));
    }
    let mut out = String::new();
    for (title, rows) in [
        ("Leads by channel", &report.by_channel),
        ("Leads by owner", &report.by_owner),
    ] {
        let mut t = Table::new(&[
            if title.ends_with("channel") {
                "CHANNEL"
            } else {
                "OWNER"
            },
            ">LEADS",
            ">QUALIFIED",
            ">QUAL %",
            ">WON",
            ">WON %",
            ">FOLLOWED",
            ">MEDIAN DAYS TO 1ST FOLLOW-UP",
        ]);
        for r in rows.iter().chain([&report.total]) {
            t.row(vec![
                r.key.clone(),
                r.leads.to_string(),
                r.qualified.to_string(),
                crate::format::percent_or_none(crate::analytics::ratio(r.qualified, r.leads)),
                r.won.to_string(),
                crate::format::percent_or_none(crate::analytics::ratio(r.won, r.qualified)),
                r.followed_up.to_string(),
                r.median_days_to_follow_up
                    .map_or_else(|| crate::format::NONE.into(), |d| format!("{d:.1}")),
            ]);
        }
        let title = format!("{title} · created in {}", report.period);
        match format {
            ReportFormat::Md => out.push_str(&format!("## {title}\n\n{}\n", t.markdown())),
            ReportFormat::Csv => out.push_str(&t.csv()?),
            _ => out.push_str(&format!("{title}\n{}\n", t.render(120))),
        }
    }
    Ok(out)
}
