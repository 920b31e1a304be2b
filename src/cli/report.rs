//! `dealdeck report`: the analytics of a period as a table, Markdown, CSV or JSON.

use super::Context;
use crate::analytics::*;
use crate::domain::money::group_thousands;
use crate::domain::*;
use crate::i18n::Lang;
use crate::store::Store;
use crate::table::Table;
use anyhow::bail;
use clap::{Args, ValueEnum};
use fluent_bundle::FluentArgs;
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
    pub(super) owner: Option<String>,
    /// Only deals of this team's owners
    #[arg(long)]
    pub(super) team: Option<String>,
    /// Only this pipeline (name or prefix)
    #[arg(long)]
    pub(super) pipeline: Option<String>,
    #[arg(long, value_enum, default_value = "table")]
    format: ReportFormat,
}

fn parse_breakdown(text: &str) -> Result<Breakdown, String> {
    Breakdown::parse(text).ok_or_else(|| {
        let names: Vec<&str> = Breakdown::ALL.iter().map(|b| b.key()).collect();
        t!(
            "clirep-expected-one-of",
            names = names.join(", ").replace('_', "-")
        )
    })
}

pub fn run(ctx: &Context, args: ReportArgs) -> anyhow::Result<ExitCode> {
    if args.format == ReportFormat::Csv && args.report == ReportKind::All {
        bail!(t!("clirep-csv-one-report"));
    }
    if args.by.is_some() && !matches!(args.report, ReportKind::Winloss | ReportKind::All) {
        bail!(t!("clirep-by-winloss"));
    }
    // Machines read JSON and CSV: their words (health details, row names) are
    // the same whatever language the command line speaks. A local command owns
    // its process (the figures are computed on several threads); a served one
    // owns its thread.
    if matches!(args.format, ReportFormat::Json | ReportFormat::Csv) {
        crate::i18n::set_session_lang(crate::i18n::Lang::En);
        if !ctx.is_served() {
            crate::i18n::set_lang(crate::i18n::Lang::En);
        }
    }
    let period = Period::parse(&args.period, ctx.today())?;
    let store = ctx.open_for_one_pass()?;
    if args.report == ReportKind::Leads {
        out!(
            ctx,
            "{}",
            super::report_leads::render(&store, &period, args.format)?
        );
        return Ok(ExitCode::SUCCESS);
    }
    // Win/loss reads only the period's closings (kept apart by month).
    let (mut set, _, whose) = if args.report == ReportKind::Winloss {
        let closings = store.closings(&period)?;
        let (pipelines, owners) = (closings.pipelines(), closings.owners());
        let scope = super::report_scope::resolve(pipelines, owners, &args)?;
        let whose = super::report_scope::label(pipelines, owners, &scope);
        (
            closings.win_loss(ctx.now, &scope, &period, args.by),
            scope,
            whose,
        )
    } else {
        // The whole input is read: its size decides the pages it is read into.
        if !ctx.is_served() {
            super::pages::fit_to_deals(store.deal_count()?);
        }
        let input = store.analytics_input()?;
        let scope = super::report_scope::resolve(&input.pipelines, &input.owners, &args)?;
        let whose = super::report_scope::label(&input.pipelines, &input.owners, &scope);
        let facts = Facts::new(&input, ctx.now);
        if args.report == ReportKind::Loss {
            out!(
                ctx,
                "{}",
                super::report_loss::render(&store, &facts, &scope, &period, args.format)?
            );
            return Ok(ExitCode::SUCCESS);
        }
        let wanted = match args.report {
            ReportKind::Funnel => Wanted::Funnel,
            ReportKind::Forecast => Wanted::Forecast,
            ReportKind::Velocity => Wanted::Velocity,
            ReportKind::Health => Wanted::Health,
            ReportKind::Trends => Wanted::Trends,
            _ => Wanted::All,
        };
        let mut set = ReportSet::compute_wanted(&facts, &scope, &period, wanted);
        let forecast_shown = matches!(args.report, ReportKind::All | ReportKind::Forecast);
        if scope == Scope::default() && forecast_shown {
            set.forecast = with_snapshot(&store, &set, &facts, &period, ctx)?;
        }
        (set, scope, whose)
    };
    if let Some(by) = args.by {
        set.win_loss.retain(|r| r.dimension == by.key());
    }
    let out = match args.format {
        ReportFormat::Json => json(&set, args.report)?,
        format => {
            let mut out = String::new();
            let plain = format == ReportFormat::Csv;
            for (title, table) in tables(&set, args.report, plain, whose.as_deref()) {
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
    facts: &Facts,
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
    let forecast = set.forecast.clone();
    Ok(forecast.with_accuracy(snapshot.as_ref(), facts, &Scope::default(), period))
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

/// How a cell is written: for people (`22,000`, `75 %`, words in their
/// language) or for spreadsheets (`22000`, `75.0`, words in English, as CSV
/// readers expect whatever language the command speaks).
pub(super) struct Cells {
    pub(super) plain: bool,
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

    /// The language cells are written in: English in CSV.
    fn lang(&self) -> Lang {
        if self.plain {
            Lang::En
        } else {
            crate::i18n::lang()
        }
    }

    /// A catalogue message as a cell.
    fn say(&self, key: &str) -> String {
        crate::i18n::message_in(self.lang(), key, None)
    }

    /// A catalogue message with arguments as a cell.
    fn say_with(&self, key: &str, args: &FluentArgs) -> String {
        crate::i18n::message_in(self.lang(), key, Some(args))
    }

    /// A column header (left-aligned).
    pub(super) fn head(&self, key: &str) -> &'static str {
        self.header(key, false)
    }

    /// A right-aligned column header (numbers).
    pub(super) fn head_right(&self, key: &str) -> &'static str {
        self.header(key, true)
    }

    /// Tables hold `&'static str` headers, `>` first for right alignment: each
    /// text is made once and kept, so the set is as small as the catalogue.
    fn header(&self, key: &str, right: bool) -> &'static str {
        let text = self.say(key);
        crate::i18n::keep(if right { format!(">{text}") } else { text })
    }

    /// A win/loss dimension (`decision_maker`) as its first column reads.
    fn dimension(&self, key: &str) -> String {
        let Some(by) = Breakdown::parse(key) else {
            return key.replace('_', " ");
        };
        self.say(match by {
            Breakdown::Owner => "clirep-dim-owner",
            Breakdown::Team => "clirep-dim-team",
            Breakdown::Industry => "clirep-dim-industry",
            Breakdown::Region => "clirep-dim-region",
            Breakdown::Source => "clirep-dim-source",
            Breakdown::Competitor => "clirep-dim-competitor",
            Breakdown::Size => "clirep-dim-size",
            Breakdown::Discount => "clirep-dim-discount",
            Breakdown::DecisionMaker => "clirep-dim-decision-maker",
            Breakdown::Product => "clirep-dim-product",
        })
    }
}

/// Each report's title and table; `whose`, the scope's names, follows the
/// period in every title (a table pasted elsewhere still says whose it is).
fn tables(
    set: &ReportSet,
    kind: ReportKind,
    plain: bool,
    whose: Option<&str>,
) -> Vec<(String, Table)> {
    let c = Cells { plain };
    let period = match whose {
        Some(whose) => format!("{} · {whose}", set.period.label),
        None => set.period.label.clone(),
    };
    let period = period.as_str();
    let currency = set.currency.as_str();
    let title = |key: &str| t!(key, period = period, currency = currency);
    let mut out = Vec::new();
    let wants = |k: ReportKind| kind == k || kind == ReportKind::All;
    if wants(ReportKind::Funnel) {
        let mut t = Table::new(&[
            c.head("clirep-col-pipeline"),
            c.head("clirep-col-stage"),
            c.head_right("clirep-col-entered"),
            c.head_right("clirep-col-converted"),
            c.head_right("clirep-col-lost"),
            c.head_right("clirep-col-still-open"),
            c.head_right("clirep-col-conversion"),
            c.head_right("clirep-col-median-dwell"),
            c.head_right("clirep-col-mean-dwell"),
            c.head_right("clirep-col-p90-dwell"),
            c.head_right("clirep-col-open-deals"),
            c.head_right("clirep-col-open-amount"),
            c.head_right("clirep-col-weighted"),
            c.head_right("clirep-col-stale"),
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
        let heading = if at_list > 0 {
            t!(
                "clirep-title-funnel-list-price",
                period = period,
                currency = currency,
                count = at_list
            )
        } else {
            title("clirep-title-funnel")
        };
        out.push((heading, t));
    }
    if wants(ReportKind::Winloss) {
        let mut t = Table::new(&[
            c.head("clirep-col-dimension"),
            c.head("clirep-col-value"),
            c.head_right("clirep-col-won"),
            c.head_right("clirep-col-lost"),
            c.head_right("clirep-col-win-rate"),
            c.head_right("clirep-col-won-amount"),
            c.head_right("clirep-col-lost-amount"),
        ]);
        for d in &set.win_loss {
            for r in &d.rows {
                t.row(vec![
                    c.dimension(d.dimension),
                    r.value.clone(),
                    r.outcome.won.to_string(),
                    r.outcome.lost.to_string(),
                    c.percent(r.outcome.win_rate),
                    c.money(r.outcome.won_amount),
                    c.money(r.outcome.lost_amount),
                ]);
            }
        }
        out.push((title("clirep-title-win-loss"), t));
    }
    if wants(ReportKind::Forecast) {
        let f = &set.forecast;
        let mut t = Table::new(&[
            c.head("clirep-col-stage"),
            c.head_right("clirep-col-deals"),
            c.head_right("clirep-col-amount"),
            c.head_right("clirep-col-probability"),
            c.head("clirep-col-from"),
            c.head_right("clirep-col-expected"),
        ]);
        for s in f.stages.iter().filter(|s| s.deals > 0) {
            t.row(vec![
                format!("{} · {}", s.pipeline, s.stage),
                s.deals.to_string(),
                c.money(s.amount),
                c.percent(rust_decimal::prelude::ToPrimitive::to_f64(&s.probability)),
                if s.from_history {
                    c.say_with(
                        "clirep-forecast-from-history",
                        &crate::i18n::args([("count", s.history_closed.to_string().into())]),
                    )
                } else {
                    c.say("clirep-forecast-from-default")
                },
                c.money(s.expected),
            ]);
        }
        t.row(vec![
            c.say("clirep-forecast-empirical"),
            f.deals.to_string(),
            c.money(f.amount),
            String::new(),
            String::new(),
            c.money(f.empirical),
        ]);
        for (what, amount) in [
            ("clirep-forecast-weighted", f.weighted),
            ("clirep-forecast-commit", f.commit),
            ("clirep-forecast-won", f.won),
            ("clirep-forecast-landing", f.landing()),
        ]
        .into_iter()
        .filter(|(what, _)| *what != "clirep-forecast-landing" || !f.won.is_zero())
        {
            t.row(vec![
                c.say(what),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                c.money(amount),
            ]);
        }
        if f.undated_deals > 0 {
            t.row(vec![
                c.say("clirep-forecast-undated"),
                f.undated_deals.to_string(),
                c.money(f.undated_amount),
                String::new(),
                String::new(),
                String::new(),
            ]);
        }
        if let Some(a) = &f.accuracy {
            t.row(vec![
                c.say_with(
                    "clirep-forecast-accuracy",
                    &crate::i18n::args([
                        ("amount", c.money(a.forecast_at_start).into()),
                        ("day", a.snapshot_taken_at.date_naive().to_string().into()),
                    ]),
                ),
                String::new(),
                String::new(),
                c.percent(a.accuracy),
                String::new(),
                String::new(),
            ]);
        }
        out.push((title("clirep-title-forecast"), t));
    }
    if wants(ReportKind::Velocity) {
        let mut t = Table::new(&[
            c.head("clirep-col-measure"),
            c.head_right("clirep-col-value"),
        ]);
        let w = &set.win_rate;
        let v = &set.velocity;
        let rows = [
            ("clirep-col-won", w.won.to_string()),
            ("clirep-col-lost", w.lost.to_string()),
            ("clirep-col-win-rate", c.percent(w.win_rate)),
            ("clirep-col-won-amount", c.money(w.won_amount)),
            ("clirep-col-lost-amount", c.money(w.lost_amount)),
            (
                "clirep-velocity-median-cycle-won",
                c.days(set.cycle.won_days.median),
            ),
            (
                "clirep-velocity-mean-cycle-won",
                c.days(set.cycle.won_days.mean),
            ),
            (
                "clirep-velocity-median-cycle-lost",
                c.days(set.cycle.lost_days.median),
            ),
            (
                "clirep-velocity-mean-cycle-lost",
                c.days(set.cycle.lost_days.mean),
            ),
            ("clirep-col-open-deals", v.open_deals.to_string()),
            (
                "clirep-velocity-average-won-deal",
                c.opt_money(v.average_won_amount),
            ),
            ("clirep-velocity-per-day", c.opt_money(v.per_day)),
            (
                "clirep-velocity-first-quoted",
                set.quote_pace.quoted_deals.to_string(),
            ),
            (
                "clirep-velocity-revisions",
                set.quote_pace
                    .average_revisions
                    .map_or(crate::format::NONE.into(), |r| format!("{r:.2}")),
            ),
            (
                "clirep-velocity-needs-to-quote",
                c.days(set.quote_pace.needs_to_first_quote_days.median),
            ),
        ];
        for (measure, value) in rows {
            t.row(vec![c.say(measure), value]);
        }
        out.push((title("clirep-title-velocity"), t));
    }
    if wants(ReportKind::Health) {
        let mut t = Table::new(&[
            c.head("clirep-col-check"),
            c.head("clirep-col-pipeline"),
            c.head("clirep-col-status"),
            c.head_right("clirep-col-deals"),
            c.head("clirep-col-detail"),
        ]);
        for h in &set.health {
            t.row(vec![
                h.check.title().into(),
                h.pipeline.clone().unwrap_or_default(),
                c.say(if h.alert {
                    "clirep-health-alert"
                } else {
                    "clirep-health-ok"
                }),
                h.deals.len().to_string(),
                h.detail.clone(),
            ]);
        }
        out.push((title("clirep-title-health"), t));
    }
    if wants(ReportKind::Trends) {
        let mut t = Table::new(&[
            c.head("clirep-col-month"),
            c.head_right("clirep-col-won"),
            c.head_right("clirep-col-lost"),
            c.head_right("clirep-col-win-rate"),
            c.head_right("clirep-col-median-won-cycle"),
            c.head_right("clirep-col-average-won"),
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
        out.push((
            t!("clirep-title-trends", day = set.period.last.to_string()),
            t,
        ));
    }
    out
}
