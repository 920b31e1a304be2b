//! `check` reads each record once and compares indexes by fingerprint: it must
//! find every damage the entry-by-entry comparison finds, and its rules fed
//! record by record must say what the rules over the whole workspace say.

mod common;

use common::imports::ok;
use dealdeck::domain::invariants::check_workspace;
use dealdeck::domain::*;
use dealdeck::store::Store;
use redb::{MultimapTableDefinition, ReadableMultimapTable, ReadableTable, TableDefinition};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const INDEXES: [&str; 8] = [
    "deals_by_stage",
    "deals_by_owner",
    "deals_by_account",
    "deals_by_close_month",
    "events_by_deal",
    "activities_by_deal",
    "contacts_by_account",
    "quotes_by_deal",
];

fn sample(dir: &Path) -> PathBuf {
    let db = dir.join("w.redb");
    ok(
        &db,
        &[
            "sample",
            "--deals",
            "60",
            "--seed",
            "3",
            "--today",
            "2026-11-22",
        ],
    );
    db
}

fn problems(db: &Path) -> Vec<String> {
    let store = Store::open(db).unwrap();
    let found = store.consistency_problems().unwrap();
    found.iter().map(|p| p.to_string()).collect()
}

fn entries(db: &Path, index: &str) -> Vec<(u64, u64)> {
    let file = redb::Database::open(db).unwrap();
    let txn = file.begin_write().unwrap();
    let table = txn
        .open_multimap_table(MultimapTableDefinition::<u64, u64>::new(index))
        .unwrap();
    let mut out = Vec::new();
    for row in table.iter().unwrap() {
        let (key, values) = row.unwrap();
        for value in values {
            out.push((key.value(), value.unwrap().value()));
        }
    }
    out
}

/// Removes `gone` from an index and adds `added`, behind the store's back.
fn change_index(db: &Path, index: &str, gone: Option<(u64, u64)>, added: Option<(u64, u64)>) {
    let file = redb::Database::open(db).unwrap();
    let txn = file.begin_write().unwrap();
    {
        let mut table = txn
            .open_multimap_table(MultimapTableDefinition::<u64, u64>::new(index))
            .unwrap();
        if let Some((key, value)) = gone {
            assert!(table.remove(key, value).unwrap());
        }
        if let Some((key, value)) = added {
            assert!(!table.insert(key, value).unwrap());
        }
    }
    txn.commit().unwrap();
}

fn all_about_indexes(found: &[String]) -> bool {
    !found.is_empty() && found.iter().all(|p| p.starts_with("index: "))
}

#[test]
fn every_missing_stale_or_altered_index_entry_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample(dir.path());
    assert_eq!(problems(&db), Vec::<String>::new());
    let pristine = std::fs::read(&db).unwrap();
    for index in INDEXES {
        let held = entries(&db, index);
        let (key, value) = held[held.len() / 2];
        let unused = 9_000_000;
        let cases = [
            ("missing", Some((key, value)), None),
            ("stale", None, Some((key, unused))),
            // The same number of entries: only the print's sums tell.
            ("altered", Some((key, value)), Some((key + unused, value))),
        ];
        for (what, gone, added) in cases {
            change_index(&db, index, gone, added);
            let found = problems(&db);
            assert!(all_about_indexes(&found), "{index} {what}: {found:?}");
            assert!(
                found.iter().any(|p| p.contains(index)),
                "{index} {what}: {found:?}"
            );
            std::fs::write(&db, &pristine).unwrap();
        }
    }
    assert_eq!(problems(&db), Vec::<String>::new());
}

#[test]
fn an_entry_no_record_could_own_is_found() {
    // No quote at all: the entry-by-entry comparison has nothing to compare
    // `quotes_by_deal` against; the fingerprint still tells.
    let common::Workspace { dir, path, store } = common::empty();
    drop(store);
    change_index(&path, "quotes_by_deal", None, Some((7, 70)));
    let found = problems(&path);
    assert_eq!(
        found,
        ["index: quotes_by_deal does not hold what its records say (an entry no record could own)"]
    );
    drop(dir);
}

#[test]
fn a_missing_stale_or_outdated_copy_of_an_open_deal_is_found() {
    const OPEN_DEALS: TableDefinition<u64, &[u8]> = TableDefinition::new("open_deals");
    const DEALS: TableDefinition<u64, &[u8]> = TableDefinition::new("deals");
    let dir = tempfile::tempdir().unwrap();
    let db = sample(dir.path());
    let pristine = std::fs::read(&db).unwrap();
    for what in ["missing", "outdated", "stale"] {
        let file = redb::Database::open(&db).unwrap();
        let txn = file.begin_write().unwrap();
        {
            let deals = txn.open_table(DEALS).unwrap();
            let mut copies = txn.open_table(OPEN_DEALS).unwrap();
            let (key, mut bytes) = {
                let (key, value) = copies.first().unwrap().unwrap();
                (key.value(), value.value().to_vec())
            };
            match what {
                "missing" => {
                    copies.remove(key).unwrap();
                }
                "outdated" => {
                    bytes[2] ^= 1;
                    copies.insert(key, bytes.as_slice()).unwrap();
                }
                _ => {
                    let (closed, bytes) = deals
                        .iter()
                        .unwrap()
                        .map(|row| row.unwrap())
                        .map(|(key, value)| (key.value(), value.value().to_vec()))
                        .find(|(key, _)| copies.get(*key).unwrap().is_none())
                        .unwrap();
                    copies.insert(closed, bytes.as_slice()).unwrap();
                }
            }
        }
        txn.commit().unwrap();
        drop(file);
        let found = problems(&db);
        assert!(all_about_indexes(&found), "{what}: {found:?}");
        assert!(
            found.iter().any(|p| p.contains("open_deals")),
            "{what}: {found:?}"
        );
        std::fs::write(&db, &pristine).unwrap();
    }
}

#[test]
fn the_rules_record_by_record_say_what_the_rules_over_the_workspace_say() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample(dir.path());
    // Records an older dealdeck (that checked nothing) could have stored.
    for table in ["deals", "open_deals"] {
        common::raw::rewrite(&db, table, |key, deal: &mut Deal| match key {
            1 => deal.account = AccountId(99_999),
            2 => deal.stage = StageId(99_999),
            3 => deal.owner = OwnerId(99_999),
            4 => deal.stage_entered_at += chrono::Duration::days(1),
            _ => {}
        });
    }
    common::raw::rewrite(
        &db,
        "stage_events",
        |key, event: &mut StageEvent| match key {
            5 => event.deal = DealId(77_777),
            9 => event.from = Some(StageId(42_424)),
            _ => {}
        },
    );
    common::raw::rewrite(&db, "accounts", |key, account: &mut Account| match key {
        1 => account.parent = Some(AccountId(2)),
        2 => account.parent = Some(AccountId(1)),
        3 => account.parent = Some(AccountId(88_888)),
        _ => {}
    });
    common::raw::rewrite(&db, "contacts", |key, contact: &mut Contact| {
        if key == 1 {
            contact.account = AccountId(66_666);
        }
    });
    common::raw::rewrite(&db, "activities", |key, activity: &mut Activity| {
        if key == 1 {
            activity.deal = Some(DealId(55_555));
        }
    });
    common::raw::rewrite(&db, "quotes", |key, quote: &mut Quote| {
        if key == 1 {
            quote.deal = DealId(44_444);
        }
    });
    let store = Store::open(&db).unwrap();
    let listed: Vec<String> = store
        .consistency_problems()
        .unwrap()
        .iter()
        .filter(|p| p.record != "index")
        .map(|p| p.to_string())
        .collect();
    // Listed in the order check has always used: events without their deal,
    // deals, contacts, accounts, parent loops, activities, quotes.
    let place = |start: &str| listed.iter().position(|p| p.starts_with(start)).unwrap();
    let order = [
        "event 5:",
        "deal 1:",
        "deal 3:",
        "contact 1:",
        "account 3: parent account",
        "account 1: its parent chain",
        "account 2: its parent chain",
        "activity 1:",
        "quote 1:",
    ];
    let places: Vec<usize> = order.iter().map(|start| place(start)).collect();
    assert!(places.is_sorted(), "{order:?} at {places:?} in {listed:#?}");
    let streamed: BTreeSet<String> = listed.into_iter().collect();
    let whole: BTreeSet<String> = check_workspace(&store.load_workspace().unwrap())
        .iter()
        .map(|p| p.to_string())
        .collect();
    assert_eq!(streamed, whole);
    for expected in [
        "deal 1: account 99999 does not exist",
        "deal 2: stage 99999 does not exist",
        "deal 3: owner 99999 does not exist",
        "event 5: belongs to missing deal 77777",
        "account 1: its parent chain loops back on itself",
        "account 3: parent account 88888 does not exist",
        "contact 1: account 66666 does not exist",
        "activity 1: deal 55555 does not exist",
        "quote 1: deal 44444 does not exist",
    ] {
        assert!(
            streamed.iter().any(|p| p.starts_with(expected)),
            "{expected} not in {streamed:#?}"
        );
    }
    assert!(streamed.len() >= 12, "{streamed:#?}");
}
