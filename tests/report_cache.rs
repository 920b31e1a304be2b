//! The report cache never shows stale figures: after any sequence of changes,
//! undos, reports and an import, what a report reads equals a full read of
//! every record.

mod common;

use common::*;
use dealdeck::analytics::{Facts, Period, ReportSet, Scope, Wanted};
use dealdeck::domain::*;
use dealdeck::store::{GateDecision, LossInput, Store};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    Create(u32),
    Move {
        deal: usize,
        stage: usize,
    },
    Win {
        deal: usize,
    },
    Lose {
        deal: usize,
        /// Lost to a named competitor (counted under it in win/loss).
        to_competitor: bool,
    },
    Call {
        deal: usize,
    },
    Edit {
        deal: usize,
        amount: u32,
        /// Competitors named on the deal, from a short list.
        competitors: usize,
    },
    Undo,
    /// A report reads (and keeps what it read).
    Report,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        2 => (1u32..500_000).prop_map(Op::Create),
        3 => (0usize..8, 0usize..6).prop_map(|(deal, stage)| Op::Move { deal, stage }),
        1 => (0usize..8).prop_map(|deal| Op::Win { deal }),
        1 => (0usize..8, any::<bool>()).prop_map(|(deal, to_competitor)| Op::Lose { deal, to_competitor }),
        1 => (0usize..8).prop_map(|deal| Op::Call { deal }),
        1 => (0usize..8, 1u32..900_000, 0usize..3)
            .prop_map(|(deal, amount, competitors)| Op::Edit { deal, amount, competitors }),
        2 => Just(Op::Undo),
        3 => Just(Op::Report),
    ]
}

fn same_as_a_full_read(store: &Store) -> Result<(), TestCaseError> {
    let kept = store.analytics_input().unwrap();
    let full = store.analytics_input_uncached().unwrap();
    prop_assert_eq!(&kept, &full);
    // Win/loss from the months kept apart equals win/loss from every record,
    // over periods that cut months, span them, or hold no closing at all.
    let now = at(40).at;
    let owner = full.deals.first().map(|d| d.owner);
    for label in [
        "2026-11",
        "2026-12",
        "2026",
        "2026-11-15..2026-12-01",
        "2025",
    ] {
        let period = Period::parse(label, now.date_naive()).unwrap();
        for scope in [
            Scope::default(),
            Scope {
                owner,
                ..Scope::default()
            },
        ] {
            let facts = Facts::new(&full, now);
            let from_records =
                ReportSet::compute_wanted(&facts, &scope, &period, Wanted::WinLoss(None));
            let closings = store.closings(&period).unwrap();
            let from_months = closings.win_loss(now, &scope, &period, None);
            prop_assert_eq!(from_months, from_records, "{}", label);
            // The reports screen's headline from the months = from every record.
            let full = ReportSet::compute_wanted(&facts, &scope, &period, Wanted::Velocity);
            if let Some(headline) = closings.headline(now, &scope, &period) {
                prop_assert_eq!(&headline.win_rate, &full.win_rate, "{}", label);
                prop_assert_eq!(&headline.cycle, &full.cycle, "{}", label);
                prop_assert_eq!(&headline.velocity, &full.velocity, "{}", label);
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn what_reports_read_is_always_what_the_records_say(ops in prop::collection::vec(op(), 1..30)) {
        let w = empty();
        let stages = defaults::pipelines(t0())[0].stages.clone();
        let every_gate = GateDecision {
            ticked: stages.iter().flat_map(|s| s.gate.clone()).collect(),
            override_reason: Some("pushed".into()),
        };
        for (step, op) in ops.into_iter().enumerate() {
            let stamp = at(step as i64);
            let ids: Vec<DealId> = w.store.deals().unwrap().iter().map(|d| d.id).collect();
            let pick = |i: usize| ids.get(i % ids.len().max(1)).copied();
            // Refusals are fine here: only what reports then read matters.
            match op {
                Op::Create(amount) => { let _ = w.store.create_deal(draft("Deal", i64::from(amount)), stamp); }
                Op::Move { deal, stage } => if let Some(id) = pick(deal) {
                    let _ = w.store.move_deal(id, stages[stage].id, &every_gate, stamp);
                },
                Op::Win { deal } => if let Some(id) = pick(deal) {
                    let _ = w.store.win_deal(id, &every_gate, stamp);
                },
                Op::Lose { deal, to_competitor } => if let Some(id) = pick(deal) {
                    let loss = LossInput {
                        category: "pricing".into(),
                        competitor: to_competitor.then(|| "Initech".to_string()),
                        ..Default::default()
                    };
                    let _ = w.store.lose_deal(id, &loss, stamp);
                },
                Op::Call { deal } => if let Some(id) = pick(deal) {
                    let deal = w.store.deal(id).unwrap().unwrap();
                    let call = Activity {
                        id: ActivityId(0),
                        kind: ActivityKind::Call,
                        at: stamp.at,
                        deal: Some(id),
                        account: Some(deal.account),
                        contacts: vec![],
                        owner: deal.owner,
                        summary: "called".into(),
                        due: None,
                        done: false,
                        created_at: stamp.at,
                        updated_at: stamp.at,
                    };
                    let _ = w.store.log_activity(call, stamp);
                },
                Op::Edit { deal, amount, competitors } => if let Some(id) = pick(deal) {
                    let mut d = w.store.deal(id).unwrap().unwrap();
                    d.amount = Money::new(rust_decimal::Decimal::from(amount), Currency::USD);
                    d.competitors = ["Globex", "Initech"][..competitors].iter().map(|c| c.to_string()).collect();
                    let _ = w.store.update_deal(&d, stamp);
                },
                Op::Undo => { let _ = w.store.undo(stamp); }
                Op::Report => { w.store.analytics_input().unwrap(); }
            }
            same_as_a_full_read(&w.store)?;
        }
    }
}

#[test]
fn an_import_after_a_report_is_in_the_next_report() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::ssh::sample(dir.path());
    let deals_before = {
        let store = Store::open(&db).unwrap();
        let kept = store.analytics_input().unwrap();
        // The second read comes from what the first kept.
        assert_eq!(store.analytics_input().unwrap(), kept);
        kept.deals.len()
    };
    let out = common::cli(&db)
        .args([
            "import",
            "deals",
            &common::imports::fixture("hubspot.csv"),
            "--from",
            "hubspot",
            "--stage-map",
            "Appointment scheduled=Qualification",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let store = Store::open(&db).unwrap();
    let kept = store.analytics_input().unwrap();
    assert!(
        kept.deals.len() > deals_before,
        "the imported deals are counted"
    );
    assert_eq!(kept, store.analytics_input_uncached().unwrap());
}

/// A kept part that is damaged or gone is never read as figures: the report
/// reads the records instead, and keeps them again. 9 000 deals are kept in
/// two parts, read back by two readers.
#[test]
fn a_damaged_or_missing_kept_part_is_read_from_the_records() {
    use redb::{ReadableDatabase, ReadableTable, TableDefinition};
    const CACHE: TableDefinition<u64, &[u8]> = TableDefinition::new("report_cache");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.redb");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let options = dealdeck::sample::SampleOptions {
        deals: 9_000,
        ..dealdeck::sample::SampleOptions::with_today(today)
    };
    let full = {
        let store = dealdeck::sample::create(&db, options).unwrap();
        let full = store.analytics_input_uncached().unwrap();
        assert_eq!(store.analytics_input().unwrap(), full, "kept");
        assert_eq!(store.analytics_input().unwrap(), full, "read back");
        full
    };
    // The whole workspace's parts are the keys from 16 up to the months'.
    let parts = |db: &std::path::Path| -> Vec<u64> {
        let file = redb::Database::open(db).unwrap();
        let txn = file.begin_read().unwrap();
        let table = txn.open_table(CACHE).unwrap();
        let keys = table.range(16..1u64 << 32).unwrap();
        keys.map(|e| e.unwrap().0.value()).collect()
    };
    assert_eq!(parts(&db).len(), 2, "two parts, two readers");
    let change = |db: &std::path::Path, damage: bool| {
        let last = *parts(db).last().unwrap();
        let file = redb::Database::open(db).unwrap();
        let txn = file.begin_write().unwrap();
        {
            let mut table = txn.open_table(CACHE).unwrap();
            let mut bytes = table.get(last).unwrap().unwrap().value().to_vec();
            if damage {
                let middle = bytes.len() / 2;
                bytes[middle] ^= 0x40;
                table.insert(last, bytes.as_slice()).unwrap();
            } else {
                table.remove(last).unwrap();
            }
        }
        txn.commit().unwrap();
    };
    for damage in [true, false] {
        change(&db, damage);
        {
            let store = Store::open(&db).unwrap();
            assert_eq!(store.analytics_input().unwrap(), full, "damaged: {damage}");
            // Read again from what that report kept.
            assert_eq!(store.analytics_input().unwrap(), full);
        }
        assert_eq!(parts(&db).len(), 2, "kept whole again");
    }
}
