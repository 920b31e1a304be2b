//! Plain `dealdeck`: the board on a terminal, a text summary when piped.

use super::Context;
use crate::ui::{app::App, keymap::Keymap, terminal, theme::Theme};
use std::io::IsTerminal;
use std::process::ExitCode;

pub fn config_dir() -> Option<std::path::PathBuf> {
    directories::ProjectDirs::from("", "", "dealdeck").map(|d| d.config_dir().to_path_buf())
}

pub use crate::ui::app_parts::Look;

/// Loads the look; problems (a broken keymap line, an unknown theme) come back
/// as warnings and the defaults are used.
pub fn load_look(theme_name: &str) -> (Look, Vec<String>) {
    let config = config_dir();
    let (keymap, mut warnings) =
        Keymap::load(config.as_ref().map(|d| d.join("keymap.toml")).as_deref());
    let (theme, theme_warnings) = if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        (Theme::monochrome(), Vec::new())
    } else {
        Theme::load(theme_name, config.as_deref())
    };
    warnings.extend(theme_warnings);
    let (settings, settings_warnings) = crate::settings::Settings::load(
        config.as_ref().map(|d| d.join("settings.toml")).as_deref(),
    );
    warnings.extend(settings_warnings);
    (
        Look {
            keymap,
            theme,
            settings,
        },
        warnings,
    )
}

pub fn open(ctx: &Context, theme_name: &str) -> anyhow::Result<ExitCode> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return super::workspace::summary(ctx);
    }
    let store = ctx.open_existing()?;
    let (look, warnings) = load_look(theme_name);
    let live_clock = std::env::var_os("DEALDECK_NOW").is_none();
    let mut app = App::new(store, ctx.user.clone(), ctx.now, look.keymap, look.theme)?;
    app.apply_settings(look.settings);
    // The pool's rules run when the workspace is opened (and on `g l`), on a
    // thread: the first frame does not wait for them.
    app.start_lead_rules();
    if let Some(first) = warnings.first() {
        app.set_error(match warnings.len() - 1 {
            0 => first.clone(),
            more => t!("climsg-warnings-more", first = first.as_str(), count = more),
        });
    }
    let first_frame = terminal::run(app, live_clock)?;
    for w in &warnings {
        eprintln!("{}: {}", t!("error-prefix"), crate::text::sanitize(w));
    }
    // For measuring start-up (BENCHMARKS.md): how long from `main` to the
    // first frame being flushed to the terminal.
    if std::env::var_os("DEALDECK_STARTUP_TIMING").is_some()
        && let (Some(started), Some(drawn)) = (super::STARTED.get(), first_frame)
    {
        let ms = drawn.saturating_duration_since(*started).as_secs_f64() * 1e3;
        eprintln!(
            "{}: {}",
            t!("error-prefix"),
            t!("climsg-startup-timing", ms = format!("{ms:.1}"))
        );
    }
    Ok(ExitCode::SUCCESS)
}
