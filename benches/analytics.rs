//! The full report set (funnel, win rate, cycle, velocity, forecast, health, win/loss
//! by every dimension, 12-month trends) on the generated workspace, after load.
//!
//! Run: `cargo bench --bench analytics`

mod common;

use chrono::{TimeZone, Utc};
use common::workspace;
use criterion::{Criterion, criterion_group, criterion_main};
use dealdeck::analytics::*;
use std::time::Instant;

/// Where the time goes, one run each (printed, not benchmarked).
fn parts(ws: &Input, facts: &Facts, scope: &Scope, period: &Period) {
    fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
        let started = Instant::now();
        let out = f();
        eprintln!(
            "  {name:<22} {:>7.1} ms",
            started.elapsed().as_secs_f64() * 1000.0
        );
        out
    }
    eprintln!("one run of each part, period {}:", period.label);
    timed("facts", || Facts::new(ws, facts.now));
    let norms = timed("stage norms", || StageNorms::new(facts));
    timed("win rate", || outcomes::win_rate(facts, scope, period));
    timed("cycle", || outcomes::cycle(facts, scope, period));
    timed("velocity", || outcomes::velocity(facts, scope, period));
    timed("funnel", || funnel::funnel(facts, scope, period, &norms));
    timed("forecast", || forecast::forecast(facts, scope, period));
    let months = trends::trends(facts, scope, period);
    timed("health", || {
        health::health(facts, scope, period, &norms, &months)
    });
    let closed = outcomes::closed(facts, scope, period);
    timed("win/loss (every dim.)", || {
        outcomes::win_loss_all(facts, &closed, &Breakdown::ALL).len()
    });
    timed("trends", || trends::trends(facts, scope, period));
}
use dealdeck::store::Store;

/// Resident memory of this process, in MB (Linux; 0 elsewhere).
fn rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| {
                l.split_whitespace()
                    .nth(1)
                    .and_then(|kb| kb.parse::<f64>().ok())
            })
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn analytics_benches(c: &mut Criterion) {
    let path = workspace();
    let store = Store::open(&path).expect("open");
    let before = rss_mb();
    let started = std::time::Instant::now();
    let ws = store.analytics_input().expect("load");
    eprintln!(
        "read {} deals with their journeys (activities, quotes, contacts folded in) in {:.0} ms (not part of the figure)",
        ws.deals.len(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    let loaded = rss_mb();
    let now = Utc
        .with_ymd_and_hms(2026, 11, 22, 18, 0, 0)
        .single()
        .unwrap_or_default();
    let today = now.date_naive();
    let scope = Scope::default();

    for label in ["2026-10", "2026-Q3", "2026"] {
        let period = Period::parse(label, today).expect("period");
        c.bench_function(&format!("full report set, period {label}"), |b| {
            b.iter(|| {
                let facts = Facts::new(&ws, now);
                let set = ReportSet::compute(&facts, &scope, &period);
                set.win_rate.won
            })
        });
    }
    let facts = Facts::new(&ws, now);
    eprintln!(
        "resident memory: input {:.0} MB, facts {:.0} MB more",
        loaded - before,
        rss_mb() - loaded
    );
    let period = Period::parse("2026-10", today).expect("period");
    parts(&ws, &facts, &scope, &period);
    parts(
        &ws,
        &facts,
        &scope,
        &Period::parse("2026", today).expect("period"),
    );
    c.bench_function("report set only (facts derived once)", |b| {
        b.iter(|| ReportSet::compute(&facts, &scope, &period).win_rate.won)
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = analytics_benches
}
criterion_main!(benches);
