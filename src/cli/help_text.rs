//! `--help` in the chosen language: clap's command tree, its texts replaced
//! by the catalogue's: `cli-<command path>` for a command (`cli-deal-list`),
//! `cli-<command path>--<option id>` for an option of that command
//! (`cli-deal-list--stage`), `cli-arg-<id>` for the global ones. A text the
//! catalogue lacks keeps the English of the code.

use clap::Command;

/// The language the command line speaks, chosen before the arguments are
/// parsed (so `--help` is already in it): `--lang`, `DEALDECK_LANG`,
/// settings.toml's `lang`, then the locale. Also sets how amounts and dates read.
pub fn choose_language(args: &[String], settings: &crate::settings::Settings) -> Vec<String> {
    use crate::i18n;
    let flag = args.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--lang=")
            .map(str::to_string)
            .or_else(|| (a == "--lang").then(|| args.get(i + 1).cloned()).flatten())
    });
    let env = std::env::var("DEALDECK_LANG")
        .ok()
        .filter(|v| !v.is_empty());
    let locale = i18n::locale_from_env();
    let sources = i18n::LangSources {
        flag: flag.as_deref(),
        env: env.as_deref(),
        settings: settings.lang.as_deref(),
        locale: locale.as_deref(),
    };
    let lang = i18n::choose(&sources);
    i18n::set_lang(lang);
    i18n::set_display(i18n::Display {
        amounts: settings.amounts,
        dates: settings.dates,
    });
    i18n::unknown(&sources)
        .into_iter()
        .map(|tag| t!("error-unknown-lang", tag = tag, name = lang.name()))
        .collect()
}

/// The command tree with its texts in the current language.
pub fn localized(command: Command) -> Command {
    use clap::{Arg, ArgAction};
    let command = command
        .subcommand_help_heading(t!("cli-heading-commands"))
        .next_help_heading(t!("cli-heading-options"))
        .help_template(help_template())
        // clap's own -h and -V, with their words from the catalogue.
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(true),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version),
        );
    let mut command = walk(command, "cli");
    // The `help` commands exist once the tree is built.
    command.build();
    help_commands(command)
}

/// Every level's `help` command (clap adds one beside each set of commands)
/// with its words from the catalogue.
fn help_commands(command: Command) -> Command {
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    let mut command = command;
    for name in names {
        command = if name == "help" {
            command.mut_subcommand("help", |s| s.about(t!("cli-help-command")))
        } else {
            command.mut_subcommand(name.as_str(), help_commands)
        };
    }
    command
}

fn help_template() -> String {
    format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        t!("cli-heading-usage")
    )
}

fn walk(mut command: Command, key: &str) -> Command {
    let lang = crate::i18n::lang();
    let has = |k: &str| crate::i18n::has(lang, k) || crate::i18n::has(crate::i18n::Lang::En, k);
    let about_key = if key == "cli" {
        "cli-about".to_string()
    } else {
        key.to_string()
    };
    if has(&about_key) {
        let text = crate::i18n::message(&about_key, None);
        command = command.about(text.clone()).long_about(None);
    }
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().as_str().to_string())
        .collect();
    let options = t!("cli-heading-options");
    let arguments = t!("cli-heading-arguments");
    for id in ids {
        // This command's own words for the option, else the global option's.
        let own = format!("{key}--{id}");
        let global = format!("cli-arg-{id}");
        let text = [own, global]
            .into_iter()
            .find(|k| has(k))
            .map(|k| crate::i18n::message(&k, None));
        let heading = options.clone();
        let positional_heading = arguments.clone();
        command = command.mut_arg(id.as_str(), move |arg| {
            let arg = if arg.is_positional() {
                arg.help_heading(positional_heading)
            } else {
                arg.help_heading(heading)
            };
            match text {
                Some(t) => arg.help(t),
                None => arg,
            }
        });
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    let template = help_template();
    let commands = t!("cli-heading-commands");
    for name in names {
        let child = format!("{key}-{name}");
        let template = template.clone();
        let commands = commands.clone();
        command = command.mut_subcommand(name.as_str(), move |s| {
            walk(
                s.help_template(template).subcommand_help_heading(commands),
                &child,
            )
        });
    }
    command
}

/// A mistake on the command line as clap found it, said in the current
/// language: the mistake, the usage line and where to read more. None in
/// English (clap's own words are English) and for `--help` and `--version`.
pub fn localized_error(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ErrorKind};
    if crate::i18n::lang() == crate::i18n::Lang::En {
        return None;
    }
    let get = |kind: ContextKind| e.get(kind).map(|v| v.to_string()).unwrap_or_default();
    let mistake = match e.kind() {
        ErrorKind::InvalidValue => t!(
            "cli-error-invalid-value",
            value = get(ContextKind::InvalidValue),
            arg = get(ContextKind::InvalidArg),
            valid = get(ContextKind::ValidValue)
        ),
        ErrorKind::ValueValidation => t!(
            "cli-error-bad-value",
            value = get(ContextKind::InvalidValue),
            arg = get(ContextKind::InvalidArg),
            why = match std::error::Error::source(e) {
                // A number was expected (an id, a count): say so in words.
                Some(s) if s.is::<std::num::ParseIntError>() => t!("cli-error-not-a-number"),
                Some(s) => s.to_string(),
                None => String::new(),
            }
        ),
        ErrorKind::UnknownArgument => t!(
            "cli-error-unknown-argument",
            arg = get(ContextKind::InvalidArg)
        ),
        ErrorKind::InvalidSubcommand => t!(
            "cli-error-unknown-command",
            command = get(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::MissingRequiredArgument => {
            t!(
                "cli-error-missing-argument",
                args = get(ContextKind::InvalidArg)
            )
        }
        ErrorKind::MissingSubcommand => t!("cli-error-missing-command"),
        ErrorKind::ArgumentConflict => t!(
            "cli-error-conflict",
            arg = get(ContextKind::InvalidArg),
            other = get(ContextKind::PriorArg)
        ),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            t!("cli-error-values", arg = get(ContextKind::InvalidArg))
        }
        _ => return None,
    };
    // clap's rendering holds the usage line; it is kept, its heading translated.
    let rendered = e.render().to_string();
    let usage = rendered
        .lines()
        .find_map(|l| l.trim_start().strip_prefix("Usage:"))
        .map(|rest| format!("{}{rest}\n\n", t!("cli-heading-usage")))
        .unwrap_or_default();
    Some(format!(
        "{}{mistake}\n\n{usage}{}\n",
        t!("cli-error-label"),
        t!("cli-error-more")
    ))
}
