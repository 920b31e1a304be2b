//! The lead pool on the generated workspace (100 000 deals, 20 000 leads):
//! `g l` until its first frame is drawn (the pool's rules run on open; after
//! the first run they find nothing to do), and one filter keystroke answered
//! (update + frame). 120x40, frames through a test backend.
//!
//! Run: `cargo bench --bench leads`

mod common;

use common::{open_app, workspace};
use criterion::{Criterion, criterion_group, criterion_main};
use dealdeck::ui::keymap::Key;
use dealdeck::ui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyEvent, KeyModifiers};

fn press(app: &mut dealdeck::ui::app::App, keys: &str) {
    for k in keys.split_whitespace() {
        let key = Key::parse(k).expect("key");
        let mods = if matches!(key.code, ratatui::crossterm::event::KeyCode::Char(c) if c.is_ascii_uppercase())
        {
            key.mods | KeyModifiers::SHIFT
        } else {
            key.mods
        };
        app.handle_key(KeyEvent::new(key.code, mods));
    }
}

fn lead_benches(c: &mut Criterion) {
    let path = workspace();
    let mut app = open_app(&path);
    app.resize(120, 40);
    let mut t = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    // The first opening applies the pool's rules to the generated leads.
    press(&mut app, "g l");
    app.finish_lead_checks();
    if let Some(dealdeck::ui::layers::Layer::Leads(pool)) = app.layers.last() {
        eprintln!(
            "leads: {} ({} in the pool); on first open: {}",
            pool.rows.len(),
            pool.shown.len(),
            pool.notice.clone().unwrap_or_default()
        );
    }
    press(&mut app, "q");

    // Untimed between iterations: the duplicate search of the last opening ends.
    c.bench_function("lead pool: g l to its first frame (rules idle)", |b| {
        b.iter_custom(|iterations| {
            let mut spent = std::time::Duration::ZERO;
            for _ in 0..iterations {
                let started = std::time::Instant::now();
                press(&mut app, "g l");
                t.draw(|f| view::render(&app, f)).expect("draw");
                spent += started.elapsed();
                app.finish_lead_checks();
                press(&mut app, "q");
            }
            spent
        })
    });
    c.bench_function(
        "lead pool: g l until the duplicate warnings are shown",
        |b| {
            b.iter(|| {
                press(&mut app, "g l");
                app.finish_lead_checks();
                t.draw(|f| view::render(&app, f)).expect("draw");
                press(&mut app, "q");
            })
        },
    );

    press(&mut app, "g l tab tab tab f");
    app.finish_lead_checks();
    let letters: Vec<String> = ('a'..='z').map(|c| c.to_string()).collect();
    for base in ["", "hold"] {
        for ch in base.chars() {
            press(&mut app, &ch.to_string());
        }
        let mut next = 0;
        c.bench_function(
            &format!("lead pool: a filter key after '{base}' answered (update + frame)"),
            |b| {
                b.iter(|| {
                    press(&mut app, &letters[next % letters.len()]);
                    next += 1;
                    t.draw(|f| view::render(&app, f)).expect("draw");
                    press(&mut app, "backspace");
                })
            },
        );
        for _ in base.chars() {
            press(&mut app, "backspace");
        }
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = lead_benches
}
criterion_main!(benches);
