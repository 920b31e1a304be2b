//! The generated benchmark workspace, shared by every bench.

use chrono::NaiveDate;
use dealdeck::sample::{self, SampleOptions};
use std::path::PathBuf;
use std::time::Instant;

pub fn deals() -> usize {
    std::env::var("DEALDECK_BENCH_DEALS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000)
}

/// Default 100 000 deals (`DEALDECK_BENCH_DEALS` changes it), generated once
/// into `target/bench-<N>.redb` and reused.
pub fn workspace() -> PathBuf {
    let n = deals();
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("target/bench-{n}.redb"));
    if !path.exists() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
        let started = Instant::now();
        let options = SampleOptions {
            deals: n,
            seed: 20261122,
            today,
        };
        if let Err(e) = sample::create(&path, options) {
            panic!("cannot generate the benchmark workspace: {e}");
        }
        eprintln!(
            "generated {n} deals in {:.1}s",
            started.elapsed().as_secs_f64()
        );
    }
    let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    eprintln!(
        "workspace: {n} deals, file {:.1} MB, {:.0} bytes per deal (with its events, activities, quotes, accounts and contacts)",
        bytes as f64 / 1e6,
        bytes as f64 / n as f64
    );
    path
}

/// The app on `path` at the benchmarks' clock (2026-11-22 18:00 UTC), this month's
/// closed deals loaded.
#[allow(dead_code)]
pub fn open_app(path: &std::path::Path) -> dealdeck::ui::app::App {
    use chrono::TimeZone;
    let store = dealdeck::store::Store::open(path).expect("open");
    let now = chrono::Utc
        .with_ymd_and_hms(2026, 11, 22, 18, 0, 0)
        .single()
        .unwrap_or_default();
    let mut app = dealdeck::ui::app::App::new(
        store,
        "bench".into(),
        now,
        dealdeck::ui::keymap::Keymap::builtin(),
        dealdeck::ui::theme::Theme::load("dark", None).0,
    )
    .expect("app");
    app.finish_loading();
    app
}
