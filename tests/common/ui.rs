//! Driving the terminal UI in tests: a sample workspace, real keys through
//! the real keymap, and screens rendered on a TestBackend.

use chrono::{DateTime, TimeZone, Utc};
use dealdeck::sample::{self, SampleOptions};
use dealdeck::ui::app::App;
use dealdeck::ui::keymap::Keymap;
use dealdeck::ui::theme::Theme;
use dealdeck::ui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tempfile::TempDir;

pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 18, 0, 0).unwrap()
}

pub fn app_with(deals: usize) -> (TempDir, App) {
    let (dir, store) = sample_store(deals);
    (dir, open_app(store))
}

/// The sample workspace of `deals` deals (seed 5, today `now()`), in a
/// folder kept as long as the returned `TempDir`.
pub fn sample_store(deals: usize) -> (TempDir, dealdeck::store::Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = sample::create(
        &dir.path().join("s.redb"),
        SampleOptions {
            deals,
            seed: 5,
            today: now().date_naive(),
        },
    )
    .unwrap();
    (dir, store)
}

/// The app on a store, as 李伟 at `now()`, with this month's closed deals loaded.
pub fn open_app(store: dealdeck::store::Store) -> App {
    open_app_as(store, "李伟")
}

/// The app on a store as `user` at `now()`, this month's closed deals loaded.
pub fn open_app_as(store: dealdeck::store::Store, user: &str) -> App {
    let mut app = App::new(
        store,
        user.into(),
        now(),
        Keymap::builtin(),
        Theme::load("dark", None).0,
    )
    .unwrap();
    app.finish_loading();
    app
}

/// Presses keys written as in the keymap: "j", "L", "enter", "g b", "space".
pub fn press(app: &mut App, keys: &str) {
    for k in keys.split_whitespace() {
        let key = dealdeck::ui::keymap::Key::parse(k).unwrap_or_else(|| panic!("bad key {k}"));
        let mods = if matches!(key.code, KeyCode::Char(c) if c.is_ascii_uppercase()) {
            key.mods | KeyModifiers::SHIFT
        } else {
            key.mods
        };
        app.handle_key(KeyEvent::new(key.code, mods));
    }
}

pub fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

pub fn screen(app: &mut App, w: u16, h: u16) -> String {
    app.resize(w, h);
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| view::render(app, f)).unwrap();
    terminal.backend().to_string()
}

/// Lets the report and review workers answer, then takes their answers in.
pub fn settle(app: &mut App) {
    app.jobs.report_engine.settle();
    app.jobs.review_engine.settle();
    app.tick();
}

/// Presses keys, then lets the workers answer.
pub fn press_settled(app: &mut App, keys: &str) {
    press(app, keys);
    settle(app);
}

/// The loss review wizard on top; a test that expects it fails without it.
pub fn review_wizard(app: &App) -> &dealdeck::ui::layers::review::ReviewWizard {
    match app.layers.last() {
        Some(dealdeck::ui::layers::Layer::Review(w)) => w,
        _ => panic!("the review wizard is not open"),
    }
}

/// The screen with the review report's temporary path replaced (it differs per run).
pub fn screen_without_report_path(app: &mut App, w: u16, h: u16) -> String {
    screen(app, w, h)
        .lines()
        .map(|l| {
            if l.contains("loss-review-R") {
                "│ <data dir>/reviews/s-loss-review-R3-2026-10.md".to_string()
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// In the quote editor: the selected cell set to `text`.
/// An open deal of the sample that has no quote yet, its detail open.
pub fn detail_of_a_deal_without_quotes(app: &mut App) -> dealdeck::domain::Deal {
    let store = app.store.clone();
    let deal = store
        .open_deals()
        .unwrap()
        .into_iter()
        .find(|d| store.quotes_of(d.id).unwrap().is_empty())
        .expect("an open deal without quotes");
    app.open_detail(deal.id);
    deal
}

pub fn set_quote_cell(app: &mut App, text: &str) {
    press(app, "enter ctrl-u");
    typed(app, text);
    press(app, "enter");
}

/// In the quote editor: a line of the product `query` picks, `qty` of it
/// (after a pick the quantity is asked for, the cell open and empty).
pub fn add_quote_line(app: &mut App, query: &str, qty: &str) {
    press(app, "a");
    typed(app, query);
    press(app, "enter");
    typed(app, qty);
    press(app, "enter");
}
