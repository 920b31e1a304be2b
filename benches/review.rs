//! The loss review wizard on the generated workspace (default 100 000 deals), on a
//! copy of it so the shared bench file stays without a review in progress: opening
//! the wizard, starting a review, the figures on the worker, and a triage `enter`
//! (one durable transaction writing the deal and the review, the next deal's card
//! with its signals, a frame).
//!
//! Run: `cargo bench --bench review`

mod common;

use chrono::{TimeZone, Utc};
use common::workspace;
use criterion::{Criterion, criterion_group, criterion_main};
use dealdeck::analytics::{Facts, Period};
use dealdeck::review::{figures_from, reason_names};
use dealdeck::store::Store;
use dealdeck::ui::app::App;
use dealdeck::ui::keymap::Key;
use dealdeck::ui::layers::Layer;
use dealdeck::ui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyEvent, KeyModifiers};
use std::time::{Duration, Instant};

fn press(app: &mut App, key: &str) {
    let key = Key::parse(key).expect("key");
    app.handle_key(KeyEvent::new(key.code, key.mods | KeyModifiers::NONE));
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn review_benches(c: &mut Criterion) {
    let shared = workspace();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("review.redb");
    std::fs::copy(&shared, &path).expect("copy the bench workspace");
    let now = Utc
        .with_ymd_and_hms(2026, 11, 22, 18, 0, 0)
        .single()
        .unwrap_or_default();

    // The figures alone, from an input already read (what the worker does per request).
    {
        let store = Store::open(&path).expect("open");
        let input = store.analytics_input().expect("input");
        let reasons = reason_names(&store).expect("taxonomy");
        let period = Period::parse("2026-10", now.date_naive()).expect("period");
        let earlier = [
            Period::parse("2026-09", now.date_naive()).expect("period"),
            Period::parse("2026-08", now.date_naive()).expect("period"),
        ];
        c.bench_function(
            "review figures 2026-10 (facts + scorecard, contrast, patterns, 2 earlier)",
            |b| {
                b.iter(|| {
                    figures_from(&input, now, &period, &earlier, &reasons)
                        .losses
                        .lost
                })
            },
        );
        let facts = Facts::new(&input, now);
        c.bench_function("review figures only (facts derived once)", |b| {
            b.iter(|| {
                dealdeck::analytics::review::review_figures(&facts, &period, &earlier, &reasons)
                    .losses
                    .lost
            })
        });
    }

    let mut app = common::open_app(&path);
    app.resize(100, 30);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("terminal");

    let started = Instant::now();
    press(&mut app, "g");
    press(&mut app, "v");
    terminal.draw(|f| view::render(&app, f)).expect("draw");
    eprintln!("g v → wizard on screen: {:.1} ms", ms(started.elapsed()));

    let started = Instant::now();
    press(&mut app, "enter");
    terminal.draw(|f| view::render(&app, f)).expect("draw");
    let answered = started.elapsed();
    app.jobs.review_engine.settle();
    let figures = started.elapsed();
    let lost = match app.layers.last() {
        Some(Layer::Review(w)) => w.review.as_ref().map_or(0, |r| r.lost_deals.len()),
        _ => 0,
    };
    eprintln!(
        "enter (start the review, {lost} lost deals listed): answered {:.1} ms; figures on the worker {:.0} ms (first read of the input included)",
        ms(answered),
        ms(figures)
    );
    // To the triage step (scorecard, last actions saved as they are).
    press(&mut app, "enter");
    press(&mut app, "enter");

    let state = |app: &App| match app.layers.last() {
        Some(Layer::Review(w)) => format!(
            "step {:?}, triaged {}",
            w.step,
            w.review.as_ref().map_or(0, |r| r.triaged.len())
        ),
        _ => "wizard closed".into(),
    };
    eprintln!("before triage: {}", state(&app));
    // Each sample triages a deal (enter) and steps back to it (ctrl-p, untimed), so
    // it cycles over the same two deals.
    c.bench_function(
        "triage enter (durable save + next deal's card + frame)",
        |b| {
            b.iter_custom(|iterations| {
                let mut spent = Duration::ZERO;
                for _ in 0..iterations {
                    let started = Instant::now();
                    press(&mut app, "enter");
                    terminal.draw(|f| view::render(&app, f)).expect("draw");
                    spent += started.elapsed();
                    press(&mut app, "ctrl-p");
                }
                spent
            })
        },
    );
    eprintln!("after: {}", state(&app));
    c.bench_function("wizard frame (triage, 100x30)", |b| {
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
    targets = review_benches
}
criterion_main!(benches);
