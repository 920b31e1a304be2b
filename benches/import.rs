//! Importing 100 000 deals from a Salesforce-shaped CSV into an empty workspace:
//! read, check every row, write in one transaction. Budget: ≤ 2 s.
//!
//! Run: `cargo bench --bench import`

use chrono::{TimeZone, Utc};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use dealdeck::domain::{Currency, PipelineId};
use dealdeck::io::deals_in::{DealMapping, Preset, read_deals};
use dealdeck::io::sheet::read_sheet;
use dealdeck::store::Store;
use std::fmt::Write as _;

const DEALS: usize = 100_000;

/// A deterministic export: 25 000 accounts, 12 owners, a third closed.
fn salesforce_csv() -> Vec<u8> {
    let stages = [
        "Qualification",
        "Needs Analysis",
        "Proposal",
        "Negotiation",
        "Closed Won",
        "Closed Lost",
    ];
    let mut out = String::from(
        "Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Close Date,Probability (%),Lead Source,Opportunity Owner,Created Date,Is Closed,Is Won,Loss Reason\n",
    );
    for i in 0..DEALS {
        let stage = stages[(i * 7) % stages.len()];
        let closed = stage.starts_with("Closed");
        let won = stage == "Closed Won";
        let _ = writeln!(
            out,
            "006{i:012},\"Deal {i}, phase {}\",Account {},{stage},\"{},{:03}.00\",{}/{}/2026,{},Web,Owner {},{}/{}/2025,{closed},{won},{}",
            i % 5,
            i % 25_000,
            1 + i % 900,
            i % 1000,
            1 + i % 12,
            1 + i % 28,
            (i * 13) % 100,
            i % 12,
            1 + (i / 7) % 12,
            1 + i % 28,
            if closed && !won { "Price too high" } else { "" },
        );
    }
    out.into_bytes()
}

fn import_benches(c: &mut Criterion) {
    let csv = salesforce_csv();
    eprintln!("file: {} deals, {:.1} MB", DEALS, csv.len() as f64 / 1e6);
    let now = Utc
        .with_ymd_and_hms(2026, 11, 22, 10, 0, 0)
        .single()
        .unwrap_or_default();
    let mapping = DealMapping {
        preset: Some(Preset::Salesforce),
        columns: vec![],
        stages: vec![],
        date_format: None,
        currency: Currency::USD,
        pipeline: PipelineId(1),
        now,
        defaults: Default::default(),
        products: vec![],
    };
    {
        // One timed run of each part, printed (where the time goes).
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(&dir.path().join("w.redb")).expect("open");
        let t = std::time::Instant::now();
        let sheet = read_sheet(&csv, "bench.csv", None).expect("read");
        let read = t.elapsed();
        let pipelines = store.pipelines().expect("pipelines");
        let deals = read_deals(&sheet, &mapping, &pipelines).expect("rows");
        let checked = t.elapsed();
        store
            .import_deals(&deals, "bench", now, false)
            .expect("import");
        let written = t.elapsed();
        eprintln!(
            "read {:.0} ms, check {:.0} ms, write {:.0} ms",
            read.as_secs_f64() * 1e3,
            (checked - read).as_secs_f64() * 1e3,
            (written - checked).as_secs_f64() * 1e3
        );
    }
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    group.bench_function("100 000 deals: read, check, write (one transaction)", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().expect("temp dir");
                let store = Store::open(&dir.path().join("w.redb")).expect("open");
                (dir, store)
            },
            |(dir, store)| {
                let sheet = read_sheet(&csv, "bench.csv", None).expect("read");
                let pipelines = store.pipelines().expect("pipelines");
                let deals = read_deals(&sheet, &mapping, &pipelines).expect("rows");
                let summary = store
                    .import_deals(&deals, "bench", now, false)
                    .expect("import");
                assert_eq!(summary.created, DEALS);
                (dir, store)
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, import_benches);
criterion_main!(benches);
