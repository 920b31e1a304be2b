//! Store benchmarks on a generated workspace (default 100 000 deals; set
//! DEALDECK_BENCH_DEALS to change). The database is generated once into
//! `target/bench-<N>.redb` and reused by later runs.
//!
//! Run: `cargo bench --bench store`

use chrono::{Duration, TimeZone, Utc};
mod common;

use common::workspace;
use criterion::{Criterion, criterion_group, criterion_main};
use dealdeck::domain::*;
use dealdeck::store::{GateDecision, Stamp, Store};

fn store_benches(c: &mut Criterion) {
    let path = workspace();

    c.bench_function("open + load all open deals", |b| {
        b.iter(|| {
            let store = Store::open(&path).expect("open");
            let open = store.open_deals().expect("load");
            assert!(!open.is_empty());
            open.len()
        })
    });

    let store = Store::open(&path).expect("open");
    let deal = store
        .open_deals()
        .expect("load")
        .into_iter()
        .find(|d| d.pipeline == defaults::NEW_BUSINESS)
        .expect("an open deal");
    let pipeline = store
        .pipelines()
        .expect("pipelines")
        .into_iter()
        .find(|p| p.id == deal.pipeline)
        .expect("pipeline");
    let stages: Vec<StageId> = pipeline.open_stages().map(|s| s.id).take(2).collect();
    let gate = GateDecision {
        ticked: Vec::new(),
        override_reason: Some("benchmark".into()),
    };
    let mut at = Utc
        .with_ymd_and_hms(2026, 11, 23, 9, 0, 0)
        .single()
        .unwrap_or_default();
    let mut current = deal.stage;
    c.bench_function("durable deal move (one commit)", |b| {
        b.iter(|| {
            let target = if current == stages[0] {
                stages[1]
            } else {
                stages[0]
            };
            at += Duration::seconds(1);
            let moved = store
                .move_deal(deal.id, target, &gate, Stamp { by: "bench", at })
                .expect("move");
            current = moved.deal.stage;
            moved
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = store_benches
}
criterion_main!(benches);
