//! The quote editor on the generated workspace (default 100 000 deals), on a copy:
//! opening it (price list, products, won-at prices over every quote), and a cell
//! edit answered (one durable save, guards recomputed, a frame).
//!
//! Run: `cargo bench --bench quote`

mod common;

use common::workspace;
use criterion::{Criterion, criterion_group, criterion_main};
use dealdeck::ui::app::App;
use dealdeck::ui::keymap::Key;
use dealdeck::ui::layers::Layer;
use dealdeck::ui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::time::{Duration, Instant};

fn press(app: &mut App, key: &str) {
    let key = Key::parse(key).expect("key");
    let mods = if matches!(key.code, KeyCode::Char(c) if c.is_ascii_uppercase()) {
        key.mods | KeyModifiers::SHIFT
    } else {
        key.mods
    };
    app.handle_key(KeyEvent::new(key.code, mods));
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

fn quote_benches(c: &mut Criterion) {
    let shared = workspace();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("quote.redb");
    std::fs::copy(&shared, &path).expect("copy the bench workspace");
    let mut app = common::open_app(&path);
    let deal = app.store.open_deals().expect("deals").remove(0);
    app.resize(100, 30);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("terminal");
    app.open_detail(deal.id);

    let started = Instant::now();
    press(&mut app, "o");
    terminal.draw(|f| view::render(&app, f)).expect("draw");
    eprintln!(
        "o → editor on screen: {:.1} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    app.finish_quote_history();
    eprintln!(
        "won-at prices (every quote read, on a thread) in place after {:.1} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    if !matches!(app.layers.last(), Some(Layer::Quote(_))) {
        panic!("the quote editor did not open");
    }
    // A line to edit.
    press(&mut app, "a");
    typed(&mut app, "sensor");
    press(&mut app, "enter");
    // Each sample types a quantity into the cell and saves it (1–9 cycling).
    let mut n = 0;
    c.bench_function(
        "quote cell edit saved (durable save + guards + frame)",
        |b| {
            b.iter_custom(|iterations| {
                let mut spent = Duration::ZERO;
                for _ in 0..iterations {
                    n = n % 9 + 1;
                    press(&mut app, "enter");
                    press(&mut app, "ctrl-u");
                    typed(&mut app, &n.to_string());
                    let started = Instant::now();
                    press(&mut app, "enter");
                    terminal.draw(|f| view::render(&app, f)).expect("draw");
                    spent += started.elapsed();
                }
                spent
            })
        },
    );
    c.bench_function("quote editor frame (100x30)", |b| {
        b.iter(|| {
            terminal
                .draw(|f| view::render(&app, f))
                .expect("draw")
                .area
                .width
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = quote_benches
}
criterion_main!(benches);
