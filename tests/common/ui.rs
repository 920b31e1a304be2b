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
