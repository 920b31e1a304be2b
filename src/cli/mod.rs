//! The scriptable command line. Every mutating command prints its result only
//! after the transaction is durably committed.

/// A line to the command's standard output ([`Context::out`]). A closed pipe
/// (`dealdeck deal list | head -1`) is not an error worth a message.
macro_rules! outln {
    ($ctx:expr) => {{ let _ = writeln!($ctx.out()); }};
    ($ctx:expr, $($arg:tt)*) => {{ let _ = writeln!($ctx.out(), $($arg)*); }};
}

/// Text to the command's standard output, no newline added.
macro_rules! out {
    ($ctx:expr, $($arg:tt)*) => {{ let _ = write!($ctx.out(), $($arg)*); }};
}

/// A line to the command's standard error.
macro_rules! errln {
    ($ctx:expr, $($arg:tt)*) => {{ let _ = writeln!($ctx.err(), $($arg)*); }};
}

mod account;
mod contact;
mod context;
mod deal;
mod deal_repair;
mod deal_show;
mod help_text;
mod import;
mod import_deals;
mod lead;
mod pages;
mod pipeline;
mod product_edit;
mod quote;
mod report;
mod report_leads;
mod report_loss;
mod report_scope;
mod review;
mod search;
mod task;
mod taxonomy;
pub mod tui;
mod user;
mod workspace;

use clap::{Parser, Subcommand};

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

pub use context::Context;

#[derive(Debug, Parser)]
#[command(
    name = "dealdeck",
    version,
    about = "A keyboard-driven terminal workbench for B2B sales pipelines"
)]
pub struct Cli {
    /// Workspace database file (default: dealdeck.redb in the user data dir)
    #[arg(long, global = true, env = "DEALDECK_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Colour theme: dark, light, high-contrast, ansi16, or one in the config dir's themes/
    #[arg(long, global = true, env = "DEALDECK_THEME", default_value = "dark")]
    pub theme: String,

    /// Language of the app and the command line: en or zh-CN (default: settings, then the locale)
    #[arg(long, global = true, env = "DEALDECK_LANG", value_name = "LANG")]
    pub lang: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Generate a sample workspace (deterministic: same seed and today, same data)
    Sample(workspace::SampleArgs),
    /// Check file integrity, indexes and domain invariants (exit 1 when problems are found)
    Check,
    /// Copy the database to a new file (owner-only permissions)
    Backup {
        /// Where to write the copy; never overwrites
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
    },
    /// Import deals from a CRM's CSV export (all rows or none)
    #[command(subcommand)]
    Import(import::ImportCommand),
    /// Export the whole workspace
    Export(workspace::ExportArgs),
    /// List, show, create, move, win and lose deals
    #[command(subcommand)]
    Deal(deal::DealCommand),
    /// Tasks on deals: list (yours, overdue), add, done, move, assign
    #[command(subcommand)]
    Task(task::TaskCommand),
    /// Accounts: list with their figures, show one whole, edit
    #[command(subcommand)]
    Account(account::AccountCommand),
    /// Contacts at accounts: list, add, edit (or move to another account)
    #[command(subcommand)]
    Contact(contact::ContactCommand),
    /// The lead pool: list, show, add, import, claim, assign, follow-up, convert,
    /// disqualify, return, recycle
    #[command(subcommand)]
    Lead(lead::LeadCommand),
    /// Pipelines and their stages: list; rename, add, edit, move or remove stages (admins)
    #[command(subcommand)]
    Pipeline(pipeline::PipelineCommand),
    /// Undo the most recent change (a new change that reverts it)
    Undo,
    /// Admin changes (deal deletions, repairs), oldest first
    Audit {
        #[arg(long)]
        json: bool,
    },
    /// List and edit the loss-reason taxonomy
    #[command(subcommand)]
    Taxonomy(taxonomy::TaxonomyCommand),
    /// Funnel analytics of a period: funnel, winloss, forecast, velocity, health, trends
    Report(report::ReportArgs),
    /// The product catalogue with its tier prices
    #[command(subcommand)]
    Product(quote::ProductCommand),
    /// Quotes: list them, show one as Markdown, text or JSON
    #[command(subcommand)]
    Quote(quote::QuoteCommand),
    /// Monthly loss reviews (run in the app with `g v`): list, show, open actions
    #[command(subcommand)]
    Review(review::ReviewCommand),
    /// Fuzzy-search deals, accounts and contacts (the same matcher as `/` in the app)
    Search(search::SearchArgs),
    /// Serve the workspace to the team over SSH (the app, and commands by exec)
    Serve {
        /// Address to listen on (port 0: any free port)
        #[arg(long, default_value = "127.0.0.1:2323")]
        listen: std::net::SocketAddr,
    },
    /// Who may sign in to `dealdeck serve`: add, list, keys, remove
    #[command(subcommand)]
    User(user::UserCommand),
    /// Print shell completions
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// Runs the command line; returns the process exit code.
/// When `main` began: the reference for `DEALDECK_STARTUP_TIMING`.
pub static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Where a panic happened, for the worded message `main` gives instead.
static PANIC_AT: std::sync::OnceLock<String> = std::sync::OnceLock::new();

pub fn main() -> ExitCode {
    // Taken first, so the TUI can report how long start-up took.
    let _ = STARTED.set(std::time::Instant::now());
    let args: Vec<String> = std::env::args().collect();
    let (settings, _) = crate::settings::Settings::load(
        tui::config_dir()
            .map(|d| d.join("settings.toml"))
            .as_deref(),
    );
    let language_warnings = help_text::choose_language(&args, &settings);
    let cli = match parse(&args) {
        Ok(cli) => cli,
        Err(e) => match help_text::localized_error(&e) {
            Some(text) => {
                eprint!("{text}");
                return ExitCode::from(2);
            }
            None => e.exit(),
        },
    };
    for w in language_warnings {
        eprintln!("{}: {w}", t!("error-prefix"));
    }
    let ctx = match Context::from_env(cli.db.clone()) {
        Ok(ctx) => ctx,
        Err(e) => {
            eprintln!(
                "{}: {}",
                t!("error-prefix"),
                crate::text::sanitize_lines(&format!("{e:#}"))
            );
            return ExitCode::FAILURE;
        }
    };
    if let Some(code) = pass_to_server(&ctx, &cli) {
        return code;
    }
    // A damaged file can make the storage library panic; say so in words, with
    // what to do, instead of a stack trace (the hook keeps where it happened).
    std::panic::set_hook(Box::new(|info| {
        // Off the main thread (a server session, a loader) nobody words it later.
        if std::thread::current().name() != Some("main") {
            eprintln!(
                "{}: {}",
                t!("error-prefix"),
                t!("climsg-background-failed", info = info.to_string())
            );
        }
        let _ = PANIC_AT.set(
            info.location()
                .map_or_else(String::new, |l| format!("{}:{}", l.file(), l.line())),
        );
    }));
    let db = ctx.db.clone();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(&ctx, cli)));
    let result = match outcome {
        Ok(result) => result,
        Err(panic) => {
            let what = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| t!("climsg-unknown-failure"));
            let at = PANIC_AT.get().map_or("", String::as_str);
            Err(anyhow::anyhow!(
                "{}\n{}",
                t!(
                    "climsg-read-failed",
                    path = db.display().to_string(),
                    what = what,
                    at = at
                ),
                workspace::damage_advice(&db)
            ))
        }
    };
    finish(&ctx, result)
}

/// Prints a failed command's error (once, sanitised) and gives its exit code.
fn finish(ctx: &Context, result: anyhow::Result<ExitCode>) -> ExitCode {
    let code = match result {
        Ok(code) => code,
        // The reader went away (`dealdeck export … | head`): nothing to say.
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            ExitCode::from(141)
        }
        Err(e) => {
            errln!(
                ctx,
                "{}: {}",
                t!("error-prefix"),
                crate::text::sanitize_lines(&format!("{e:#}"))
            );
            ExitCode::FAILURE
        }
    };
    let _ = ctx.out().flush();
    let _ = ctx.err().flush();
    code
}

/// Parses a command line (`args` with the program name) against the command
/// tree in the current language.
fn parse(args: &[String]) -> Result<Cli, clap::Error> {
    use clap::{CommandFactory, FromArgMatches};
    let matches = help_text::localized(Cli::command()).try_get_matches_from(args)?;
    Cli::from_arg_matches(&matches)
}

/// Runs one command line (`args` without the program name) for a user of the
/// server, on its open store, writing to `ctx`'s sinks. Output and exit code
/// are the ones the same command gives locally.
pub fn run_served(ctx: &Context, args: &[String]) -> u8 {
    let argv = std::iter::once("dealdeck".to_string()).chain(args.iter().cloned());
    let argv: Vec<String> = argv.collect();
    let code = match parse(&argv) {
        // (The server's own DEALDECK_DB fills `cli.db` too: look at what was typed.)
        Ok(_) if args.iter().any(|a| a == "--db" || a.starts_with("--db=")) => finish(
            ctx,
            Err(anyhow::anyhow!(t!(
                "climsg-served-no-db",
                path = ctx.db.display().to_string()
            ))),
        ),
        Ok(cli) => {
            let result = run(ctx, cli);
            finish(ctx, result)
        }
        Err(e) => {
            // --help and --version go to stdout with 0, mistakes to stderr with 2.
            let text = help_text::localized_error(&e).unwrap_or_else(|| e.render().to_string());
            if e.use_stderr() {
                let _ = ctx.err().write_all(text.as_bytes());
            } else {
                let _ = ctx.out().write_all(text.as_bytes());
            }
            let _ = ctx.out().flush();
            let _ = ctx.err().flush();
            return e.exit_code().clamp(0, 255) as u8;
        }
    };
    exit_number(code)
}

/// While `dealdeck serve` holds the workspace, a local command runs there
/// (through the socket next to the database) and the app says how to join.
/// None: no server answers; run here as usual.
fn pass_to_server(ctx: &Context, cli: &Cli) -> Option<ExitCode> {
    use std::io::IsTerminal;
    if matches!(
        cli.command,
        Some(Command::Serve { .. } | Command::Completions { .. })
    ) {
        return None;
    }
    let stream = crate::server::socket::connect(&ctx.db)?;
    let app =
        cli.command.is_none() && std::io::stdout().is_terminal() && std::io::stdin().is_terminal();
    if app {
        let hello = crate::server::socket::hello(stream);
        let (pid, port, host) = hello
            .map(|h| {
                let addr: Option<std::net::SocketAddr> = h.listen.parse().ok();
                (
                    h.pid.to_string(),
                    addr.map_or("2323".into(), |a| a.port().to_string()),
                    addr.map_or("HOST".into(), |a| a.ip().to_string()),
                )
            })
            .unwrap_or_else(|| ("?".into(), "2323".into(), "HOST".into()));
        eprintln!(
            "{}: {}",
            t!("error-prefix"),
            t!(
                "climsg-held-by-server",
                path = ctx.db.display().to_string(),
                pid = pid,
                port = port,
                host = host
            )
        );
        return Some(ExitCode::FAILURE);
    }
    // The command line as typed, less the --db the server already has.
    let mut args = Vec::new();
    let mut skip_next = false;
    for arg in std::env::args().skip(1) {
        if skip_next {
            skip_next = false;
        } else if arg == "--db" {
            skip_next = true;
        } else if !arg.starts_with("--db=") {
            args.push(arg);
        }
    }
    match crate::server::socket::forward(stream, args, ctx.user.clone()) {
        Ok(code) => Some(ExitCode::from(code)),
        Err(e) => {
            eprintln!(
                "{}: {}",
                t!("error-prefix"),
                t!(
                    "climsg-server-no-answer",
                    path = ctx.db.display().to_string(),
                    error = e.to_string()
                )
            );
            Some(ExitCode::FAILURE)
        }
    }
}

/// A value as pretty JSON that is safe to print: C1 controls, DEL and
/// invisible or bidi characters are written as `\u` escapes (serde_json
/// escapes only C0), so no JSON output can drive a terminal.
pub(crate) fn json<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    Ok(crate::text::json_safe(serde_json::to_string_pretty(value)?))
}

pub(crate) fn json_bytes<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Result<Vec<u8>> {
    json(value).map(String::into_bytes)
}

/// A column header of a table for people, from the catalogue.
pub(crate) fn col(key: &str) -> &'static str {
    crate::i18n::word(key)
}

/// The header of a right-aligned (number) column, from the catalogue: `>`
/// before it, as [`crate::table::Table::new`] reads it.
pub(crate) fn num(key: &str) -> &'static str {
    crate::i18n::keep(format!(">{}", crate::i18n::word(key)))
}

/// A label of a `label  value` line, padded to `cells` terminal cells (a
/// space at least), so the values line up in any language.
pub(crate) fn label(key: &str, cells: usize) -> String {
    let text = t!(key);
    // A space at least, even past `cells`.
    let room = cells.max(crate::text::width(&text) + 1);
    crate::text::pad_end(&text, room)
}

/// The number behind an `ExitCode` (std keeps it private).
fn exit_number(code: ExitCode) -> u8 {
    (0..=u8::MAX)
        .find(|n| ExitCode::from(*n) == code)
        .unwrap_or(1)
}

fn run(ctx: &Context, cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        None if ctx.is_served() => workspace::summary(ctx),
        None => tui::open(ctx, &cli.theme),
        Some(Command::Sample(_)) if ctx.is_served() => {
            anyhow::bail!(t!("climsg-served-no-sample"))
        }
        Some(Command::Sample(args)) => workspace::sample(ctx, args),
        Some(Command::Check) => workspace::check(ctx),
        Some(Command::Backup { to }) => workspace::backup(ctx, &to),
        Some(Command::Export(args)) => workspace::export(ctx, args),
        Some(Command::Import(cmd)) => import::run(ctx, cmd),
        Some(Command::Deal(cmd)) => deal::run(ctx, cmd),
        Some(Command::Undo) => workspace::undo(ctx),
        Some(Command::Task(cmd)) => task::run(ctx, cmd),
        Some(Command::Contact(cmd)) => contact::run(ctx, cmd),
        Some(Command::Account(cmd)) => account::run(ctx, cmd),
        Some(Command::Lead(cmd)) => lead::run(ctx, cmd),
        Some(Command::Pipeline(cmd)) => pipeline::run(ctx, cmd),
        Some(Command::Audit { json }) => deal_repair::audit(ctx, json),
        Some(Command::Search(args)) => search::run(ctx, args),
        Some(Command::Report(args)) => report::run(ctx, args),
        Some(Command::Taxonomy(cmd)) => taxonomy::run(ctx, cmd),
        Some(Command::Review(cmd)) => review::run(ctx, cmd),
        Some(Command::Product(cmd)) => quote::run_products(ctx, cmd),
        Some(Command::Quote(cmd)) => quote::run_quotes(ctx, cmd),
        Some(Command::User(cmd)) => user::run(ctx, cmd),
        Some(Command::Serve { listen }) => crate::server::serve(ctx, listen, &cli.theme),
        Some(Command::Completions { shell }) => {
            use clap::CommandFactory;
            clap_complete::generate(shell, &mut Cli::command(), "dealdeck", &mut *ctx.out());
            Ok(ExitCode::SUCCESS)
        }
    }
}
