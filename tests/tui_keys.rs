//! Property test: 10 000 random key sequences, typed into one long-running
//! session on a sample workspace — reaching the reports, the review wizard,
//! the quote editor, the actions list and the product list — never panic,
//! always render, and leave the
//! store consistent (indexes match records, every domain invariant holds),
//! and the board's incrementally re-filed cards equal a fresh arrangement.
//!
//! The session is shared between cases, as a user's would be: what one
//! sequence leaves open (a form, a filter, the detail) the next one starts
//! from. A failure prints the offending sequence; the state it ran on is the
//! sum of the sequences before it. The store is checked after every tenth
//! sequence (a full check costs several times a sequence); a failure names
//! the ten sequences since the last clean check.

mod common;

use common::ui::{app_with, press};
use dealdeck::ui::app::App;
use dealdeck::ui::view;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::cell::RefCell;
use tempfile::TempDir;

/// Keys as the keymap spells them, weighted towards what users press.
fn key() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        6 => prop::sample::select(vec!["h", "j", "k", "l", "up", "down", "left", "right"]),
        3 => prop::sample::select(vec!["H", "L", "<", ">", "W", "X", "u"]),
        3 => prop::sample::select(vec!["n", "e", "a", "t", "f", "s", "p", "enter", ":", "/", "?"]),
        4 => prop::sample::select(vec!["esc", "q", "tab", "backtab", "space", "backspace"]),
        5 => prop::sample::select(vec!["x", "1", "2", ".", "k", "+", "7", "d", "e", "o", "m", "q"]),
        1 => prop::sample::select(vec![
            "g", "G", "home", "end", "pageup", "pagedown", "ctrl-u", "ctrl-d", "ctrl-c", "delete",
        ]),
        // After `g`: reports, the review wizard, products, today, the lead pool;
        // and the keys of the reports, the wizard, the quote editor, the
        // actions list and the lead pool.
        3 => prop::sample::select(vec![
            "g", "r", "v", "p", "A", "o", "F", "]", "[", "m", "b", "S", "Y", "N", "J", "K",
            "ctrl-n", "ctrl-p", "pagedown", "pageup", "a", "d", "c", "Q", "r", "t", "l", "n", "m", "e",
        ]),
    ]
}

const CHECK_EVERY: usize = 10;

/// Types the keys at this size (letting background work land after each),
/// then draws a frame: neither may panic.
fn type_and_draw(app: &mut App, keys: &[&'static str], width: u16, height: u16) {
    app.resize(width, height);
    for k in keys {
        press(app, k);
        app.tick();
    }
    // Ctrl-C and q end a real session; here the session goes on.
    app.quit = false;
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| view::render(app, f)).unwrap();
}

struct Session {
    _dir: TempDir,
    app: App,
    /// Sequences typed since the store was last found consistent.
    unchecked: Vec<Vec<&'static str>>,
}

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
}

fn with_session<T>(f: impl FnOnce(&mut Session) -> T) -> T {
    SESSION.with(|cell| {
        let mut slot = cell.borrow_mut();
        let session = slot.get_or_insert_with(|| {
            let (dir, app) = app_with(60);
            Session {
                _dir: dir,
                app,
                unchecked: Vec::new(),
            }
        });
        f(session)
    })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 10_000,
        // Shrinking replays cases on a session that has moved on; the failing
        // sequence itself is what is useful.
        max_shrink_iters: 0,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_keys_never_panic_and_keep_the_store_consistent(
        keys in prop::collection::vec(key(), 1..24),
        width in 1u16..140,
        height in 1u16..50,
    ) {
        with_session(|session| {
            let app = &mut session.app;
            type_and_draw(app, &keys, width, height);
            // Cards re-filed one at a time after each change must match a
            // board arranged from scratch.
            let mut fresh = app.board.clone();
            fresh.arrange(&app.data, app.now);
            prop_assert_eq!(&fresh.columns, &app.board.columns, "cards after {:?}", &keys);
            prop_assert_eq!(&fresh.totals, &app.board.totals, "totals after {:?}", &keys);
            session.unchecked.push(keys.clone());
            if session.unchecked.len() >= CHECK_EVERY {
                let problems = app.store.consistency_problems().unwrap();
                prop_assert!(
                    problems.is_empty(),
                    "after one of {:?}: {problems:?}",
                    session.unchecked
                );
                session.unchecked.clear();
            }
            Ok(())
        })?;
    }
}

/// Where the second walk starts each sequence from, by real keys from the board.
const PLACES: [(&str, &str); 6] = [
    ("reports", "g r"),
    ("review wizard", "g v"),
    ("quote editor", "enter o"),
    ("actions due", "A"),
    ("product list", "g p"),
    ("detail", "enter"),
];

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 1_200,
        max_shrink_iters: 0,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Random keys typed into each full screen and list: the walk above rarely
    /// gets there by chance (letters go into forms), so each sequence starts
    /// in one of them. Same checks: no panic, a frame, a consistent store.
    #[test]
    fn random_keys_in_every_screen_and_layer(
        place in 0usize..PLACES.len(),
        keys in prop::collection::vec(key(), 1..16),
        width in 20u16..140,
        height in 8u16..50,
    ) {
        PLACE_SESSION.with(|cell| {
            let mut slot = cell.borrow_mut();
            let (_, app) = slot.get_or_insert_with(|| app_with(60));
            // Back to the board, then into the place.
            app.layers.clear();
            app.chrome.pending.clear();
            app.update(dealdeck::ui::action::Action::GotoBoard);
            app.board.filter = Default::default();
            app.board.pipeline = 0;
            app.board.first_column = 0;
            app.board.arrange(&app.data, app.now);
            // A column with cards (the walk moves, wins and loses deals).
            app.board.column = app.board.columns.iter().position(|c| !c.is_empty()).unwrap_or(0);
            app.resize(120, 40);
            press(app, PLACES[place].1);
            app.tick();
            let (name, _) = PLACES[place];
            let reached = match app.layers.last() {
                Some(dealdeck::ui::layers::Layer::Review(_)) => name == "review wizard",
                Some(dealdeck::ui::layers::Layer::Quote(_)) => name == "quote editor",
                Some(dealdeck::ui::layers::Layer::ActionsDue(_)) => name == "actions due",
                Some(dealdeck::ui::layers::Layer::Products(_)) => name == "product list",
                None => matches!(
                    (name, app.screen),
                    ("reports", dealdeck::ui::app::Screen::Reports)
                        | ("detail", dealdeck::ui::app::Screen::Detail)
                ),
                Some(_) => false,
            };
            prop_assert!(
                reached,
                "did not reach the {}: screen {:?}, {} layers, columns {:?}, status {:?}",
                name,
                app.screen,
                app.layers.len(),
                app.board.columns.iter().map(Vec::len).collect::<Vec<_>>(),
                app.chrome.status
            );
            type_and_draw(app, &keys, width, height);
            let problems = app.store.consistency_problems().unwrap();
            prop_assert!(problems.is_empty(), "in the {} after {:?}: {:?}", name, &keys, problems);
            Ok(())
        })?;
    }
}

thread_local! {
    static PLACE_SESSION: RefCell<Option<(TempDir, App)>> = const { RefCell::new(None) };
}
