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

/// Waits the way the event loop does — asleep, leaving every core to the
/// search workers — checking every 100 µs.
fn wait(mut done: impl FnMut() -> bool) {
    while !done() {
        std::thread::sleep(std::time::Duration::from_micros(100));
    }
}

fn tui_benches(c: &mut Criterion) {
    let path = workspace();

    c.bench_function("start to first frame (open, load, draw 120x40)", |b| {
        // This month's closed deals load on a thread after the first frame; it holds the
        // database until done, so each iteration lets it finish (untimed) before the next
        // open.
        b.iter_custom(|iterations| {
            let mut spent = std::time::Duration::ZERO;
            for _ in 0..iterations {
                let started = std::time::Instant::now();
                let mut app = open_app(&path);
                let mut t = terminal(Counter::default());
                t.draw(|f| view::render(&app, f)).expect("draw");
                spent += started.elapsed();
                app.finish_loading();
            }
            spent
        })
    });

    let mut app = open_app(&path);
    app.finish_loading();
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
    wait(|| app.jobs.search.settled());
    eprintln!("search items: {}", app.jobs.search.total());
    // A keystroke that grows the query ranks every item ('' + a letter) or,
    // when it extends a ranked query, what that one matched. The letter
    // cycles through a–z so no answer is ever cached (backspace returns to a
    // cached ranking, untimed here). Two figures per case: until the first
    // results are on screen (open deals and accounts rank first), and until
    // every item is ranked.
    let letters: Vec<String> = ('a'..='z').map(|c| c.to_string()).collect();
    for base in ["", "ma", "zhang"] {
        for c in base.chars() {
            press(&mut app, &c.to_string());
            wait(|| app.jobs.search.settled());
        }
        for (what, complete) in [("first results", false), ("all ranked", true)] {
            let mut next = 0;
            let name = format!("search: type a letter after '{base}' ({what})");
            c.bench_function(&name, |b| {
                b.iter_custom(|iterations| {
                    let mut spent = std::time::Duration::ZERO;
                    for _ in 0..iterations {
                        let letter = &letters[next % letters.len()];
                        next += 1;
                        let started = std::time::Instant::now();
                        press(&mut app, letter);
                        if complete {
                            wait(|| app.jobs.search.settled());
                        } else {
                            wait(|| app.jobs.search.answered());
                        }
                        t.draw(|f| view::render(&app, f)).expect("draw");
                        spent += started.elapsed();
                        wait(|| app.jobs.search.settled());
                        press(&mut app, "backspace");
                        wait(|| app.jobs.search.settled());
                    }
                    spent
                })
            });
        }
        for _ in base.chars() {
            press(&mut app, "backspace");
        }
        wait(|| app.jobs.search.settled());
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = tui_benches
}
criterion_main!(benches);
