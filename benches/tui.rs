//! Terminal UI benchmarks at 120x40 on the generated workspace (default
//! 100 000 deals): start to first frame, one frame, keys answered (update and
//! the frame after it), and fuzzy search per keystroke. Frames go through
//! crossterm into a byte sink, so escape-sequence output is included.
//!
//! Run: `cargo bench --bench tui`

mod common;

use chrono::{TimeZone, Utc};
use common::workspace;
use criterion::{Criterion, criterion_group, criterion_main};
use dealdeck::store::Store;
use dealdeck::ui::app::App;
use dealdeck::ui::keymap::{Key, Keymap};
use dealdeck::ui::theme::Theme;
use dealdeck::ui::view;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use std::io::Write;
use std::path::Path;
use std::sync::{Arc, Mutex};

const WIDTH: u16 = 120;
const HEIGHT: u16 = 40;

/// Counts the bytes a frame sends to the terminal.
#[derive(Clone, Default)]
struct Counter(Arc<Mutex<usize>>);

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if let Ok(mut n) = self.0.lock() {
            *n += buf.len();
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Counter {
    fn take(&self) -> usize {
        self.0
            .lock()
            .map(|mut n| std::mem::take(&mut *n))
            .unwrap_or(0)
    }
}

fn terminal(out: Counter) -> Terminal<CrosstermBackend<Counter>> {
    Terminal::with_options(
        CrosstermBackend::new(out),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, WIDTH, HEIGHT)),
        },
    )
    .expect("terminal")
}

fn open_app(path: &Path) -> App {
    let store = Store::open(path).expect("open");
    let now = Utc
        .with_ymd_and_hms(2026, 11, 22, 18, 0, 0)
        .single()
        .unwrap_or_default();
    let mut app = App::new(
        store,
        "bench".into(),
        now,
        Keymap::builtin(),
        Theme::load("dark", None).0,
    )
    .expect("app");
    app.resize(WIDTH, HEIGHT);
    app
}

fn press(app: &mut App, key: &str) {
    let key = Key::parse(key).expect("key");
    let mods = if matches!(key.code, ratatui::crossterm::event::KeyCode::Char(c) if c.is_ascii_uppercase())
    {
        key.mods | KeyModifiers::SHIFT
    } else {
        key.mods
    };
    app.handle_key(KeyEvent::new(key.code, mods));
}

fn tui_benches(c: &mut Criterion) {
    let path = workspace();

    c.bench_function("start to first frame (open, load, draw 120x40)", |b| {
        b.iter(|| {
            let app = open_app(&path);
            let mut t = terminal(Counter::default());
            t.draw(|f| view::render(&app, f)).expect("draw");
            app.data.deals.len()
        })
    });

    let mut app = open_app(&path);
    let out = Counter::default();
    let mut t = terminal(out.clone());
    t.draw(|f| view::render(&app, f)).expect("draw");
    eprintln!("first frame: {} bytes", out.take());
    press(&mut app, "j");
    t.draw(|f| view::render(&app, f)).expect("draw");
    eprintln!("cursor move (j): {} bytes", out.take());

    c.bench_function("one frame (board 120x40, render + diff)", |b| {
        b.iter(|| {
            t.draw(|f| view::render(&app, f)).expect("draw");
        })
    });

    let mut down = true;
    c.bench_function("key j/k answered (update + frame)", |b| {
        b.iter(|| {
            press(&mut app, if down { "j" } else { "k" });
            down = !down;
            t.draw(|f| view::render(&app, f)).expect("draw");
        })
    });

    // A durable change: move the selected deal back a stage, then undo it.
    press(&mut app, "l");
    press(&mut app, "l");
    c.bench_function(
        "keys H then u answered (two durable commits + frames)",
        |b| {
            b.iter(|| {
                for key in ["H", "u"] {
                    press(&mut app, key);
                    t.draw(|f| view::render(&app, f)).expect("draw");
                }
            })
        },
    );

    press(&mut app, "/");
    while !app.search.settled() {}
    eprintln!("search items: {}", app.search.total());
    // Each keystroke re-ranks every item (or, when the query grew, what the
    // shorter one matched). Two figures per query pair: until the first
    // results are on screen (open deals and accounts are ranked first), and
    // until every item is ranked. Keystrokes alternate growing and shrinking.
    for (base, extra) in [("", "r"), ("ma", "r"), ("zhang", "w")] {
        for c in base.chars() {
            press(&mut app, &c.to_string());
        }
        while !app.search.settled() {}
        for (what, complete) in [("first results", false), ("all ranked", true)] {
            let mut grow = true;
            let name = format!("search keystroke '{base}' <-> '{base}{extra}': {what}");
            c.bench_function(&name, |b| {
                b.iter_custom(|iterations| {
                    let mut spent = std::time::Duration::ZERO;
                    for _ in 0..iterations {
                        let started = std::time::Instant::now();
                        press(&mut app, if grow { extra } else { "backspace" });
                        grow = !grow;
                        if complete {
                            while !app.search.settled() {}
                        } else {
                            while !app.search.answered() {}
                        }
                        t.draw(|f| view::render(&app, f)).expect("draw");
                        spent += started.elapsed();
                        while !app.search.settled() {}
                    }
                    spent
                })
            });
            if !grow {
                // An odd number of keystrokes left the extra letter typed.
                press(&mut app, "backspace");
            }
        }
        for _ in base.chars() {
            press(&mut app, "backspace");
        }
        while !app.search.settled() {}
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = tui_benches
}
criterion_main!(benches);
