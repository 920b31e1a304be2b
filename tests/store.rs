//! The store: durable moves through gates, undo as new events, loss capture,
//! one process per file, schema versions and migration, file permissions.

mod common;

use common::*;
use dealdeck::domain::moves::MoveRefused;
use dealdeck::domain::*;
use dealdeck::store::{GateDecision, LossInput, SCHEMA_VERSION, Store, StoreError};
use redb::{ReadableDatabase, ReadableTable, TableDefinition};
use std::os::unix::fs::PermissionsExt;

const META: TableDefinition<&str, &[u8]> = TableDefinition::new("meta");

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn a_new_deal_starts_in_the_first_stage_with_one_event() {
    let mut w = empty();
    let deal = w
        .store
        .create_deal(draft("MES rollout", 48_000), at(0))
        .unwrap();
    assert_eq!(deal.stage, stage("Qualification"));
    assert_eq!(deal.status, DealStatus::Open);
    let events = w.store.events_of(deal.id).unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].from, None);
    assert_eq!(events[0].by, USER);
    // The account was created on the fly, and the creator became an owner.
    assert_eq!(w.store.accounts().unwrap()[0].name, "Northwind Logistics");
    assert_eq!(w.store.owners().unwrap()[0].name, USER);
    assert_healthy(&mut w.store);
}

#[test]
fn moving_forward_past_an_unmet_gate_needs_ticks_or_an_override() {
    let mut w = empty();
    let deal = w.store.create_deal(draft("WMS", 90_000), at(0)).unwrap();
    let err = w
        .store
        .move_deal(deal.id, stage("Proposal"), &GateDecision::default(), at(1))
        .unwrap_err();
    match err {
        StoreError::Move(MoveRefused::GateUnmet { stage, missing }) => {
            assert_eq!(stage, "Proposal");
            assert_eq!(
                missing,
                [
                    "discovery call held",
                    "budget confirmed",
                    "decision maker identified"
                ]
            );
        }
        other => panic!("expected a gate error, got {other}"),
    }
    // Nothing was written by the refused move.
    assert_eq!(w.store.events_of(deal.id).unwrap().len(), 1);

    let ticked = GateDecision {
        ticked: vec!["Discovery call held".into()],
        override_reason: None,
    };
    let moved = w
        .store
        .move_deal(deal.id, stage("Needs Analysis"), &ticked, at(2))
        .unwrap();
    assert!(moved.event.gate_overrides.is_empty());
    assert!(moved.deal.gates_met.contains("discovery call held"));

    let pushed = GateDecision {
        ticked: vec!["budget confirmed".into()],
        override_reason: Some("customer asked for a quote now".into()),
    };
    let moved = w
        .store
        .move_deal(deal.id, stage("Proposal"), &pushed, at(3))
        .unwrap();
    assert_eq!(moved.event.gate_overrides.len(), 1);
    assert_eq!(
        moved.event.gate_overrides[0].criterion,
        "decision maker identified"
    );
    assert_eq!(
        moved.event.gate_overrides[0].reason,
        "customer asked for a quote now"
    );
    assert_eq!(moved.deal.stage_entered_at, at(3).at);

    // Backwards needs no gate.
    w.store
        .move_deal(
            deal.id,
            stage("Needs Analysis"),
            &GateDecision::default(),
            at(4),
        )
        .unwrap();
    let unknown = GateDecision {
        ticked: vec!["free lunch".into()],
        override_reason: None,
    };
    assert!(matches!(
        w.store.move_deal(deal.id, stage("Proposal"), &unknown, at(5)),
        Err(StoreError::Move(MoveRefused::UnknownCriterion { given, pipeline }))
            if given == "free lunch" && pipeline == "New business"
    ));
    assert_healthy(&mut w.store);
}

#[test]
fn undo_reverts_a_move_with_a_new_event_and_keeps_history() {
    let mut w = empty();
    let deal = w
        .store
        .create_deal(draft("Plant IoT pilot", 20_000), at(0))
        .unwrap();
    let tick = GateDecision {
        ticked: vec!["discovery call held".into()],
        override_reason: None,
    };
    w.store
        .move_deal(deal.id, stage("Needs Analysis"), &tick, at(3))
        .unwrap();
    assert_eq!(
        w.store.deal(deal.id).unwrap().unwrap().stage,
        stage("Needs Analysis")
    );

    let undone = w.store.undo(at(4)).unwrap().unwrap();
    assert_eq!(undone.label, "move Plant IoT pilot to Needs Analysis");
    assert_eq!(undone.deal, Some(deal.id));
    let after = w.store.deal(deal.id).unwrap().unwrap();
    assert_eq!(after.stage, stage("Qualification"));
    // Days in stage count from the original entry: the undone move never happened.
    assert_eq!(after.stage_entered_at, at(0).at);
    assert!(after.gates_met.is_empty());
    let events = w.store.events_of(deal.id).unwrap();
    assert_eq!(events.len(), 3, "create, move, revert");
    assert_eq!(events[2].reverts, Some(events[1].id));
    assert_eq!(events[2].from, Some(stage("Needs Analysis")));
    assert_eq!(events[2].to, stage("Qualification"));
    assert_healthy(&mut w.store);

    // Undo again removes the deal it created, events and all.
    w.store.undo(at(5)).unwrap().unwrap();
    assert!(w.store.deal(deal.id).unwrap().is_none());
    assert!(w.store.events_of(deal.id).unwrap().is_empty());
    assert_healthy(&mut w.store);
    // The account and owner the creation made on the fly went with it.
    assert!(w.store.accounts().unwrap().is_empty());
    assert!(w.store.owners().unwrap().is_empty());
    assert!(
        w.store.undo(at(6)).unwrap().is_none(),
        "nothing left to undo"
    );
}

#[test]
fn winning_and_losing_close_the_deal_and_reopening_clears_the_close() {
    let mut w = empty();
    let a = w
        .store
        .create_deal(draft("Won one", 10_000), at(0))
        .unwrap();
    let b = w
        .store
        .create_deal(draft("Lost one", 30_000), at(0))
        .unwrap();

    let err = w
        .store
        .win_deal(a.id, &GateDecision::default(), at(1))
        .unwrap_err();
    assert!(
        matches!(err, StoreError::Move(MoveRefused::GateUnmet { .. })),
        "winning from Qualification skips gated stages"
    );
    let force = GateDecision {
        ticked: vec![],
        override_reason: Some("signed PO arrived".into()),
    };
    let won = w.store.win_deal(a.id, &force, at(1)).unwrap();
    assert_eq!(won.deal.status, DealStatus::Won);
    assert_eq!(won.deal.closed_at, Some(at(1).at));
    assert_eq!(won.event.gate_overrides.len(), 4);

    let bad = LossInput {
        category: "weather".into(),
        ..Default::default()
    };
    let err = w
        .store
        .lose_deal(b.id, &bad, at(2))
        .unwrap_err()
        .to_string();
    assert!(err.contains("unknown loss reason 'weather'"), "{err}");
    assert!(err.contains("pricing"), "lists known reasons: {err}");
    let loss = LossInput {
        category: "competition".into(),
        sub_reason: String::new(),
        competitor: Some(" Zoho ".into()),
        controllable: None,
        lesson: "They bundled support".into(),
        lost_on: None,
    };
    let lost = w.store.lose_deal(b.id, &loss, at(2)).unwrap();
    let record = lost.deal.loss.clone().unwrap();
    assert_eq!(record.category, "competition");
    assert_eq!(record.sub_reason, "Lost to named competitor");
    assert_eq!(record.competitor.as_deref(), Some("Zoho"));
    assert!(record.controllable);
    assert_eq!(record.stage_lost_at, Some(stage("Qualification")));
    assert_eq!(lost.deal.status, DealStatus::Lost);

    // A closed deal cannot be closed again, but can be reopened.
    assert!(w.store.win_deal(b.id, &force, at(3)).is_err());
    let reopened = w
        .store
        .move_deal(
            b.id,
            stage("Qualification"),
            &GateDecision::default(),
            at(3),
        )
        .unwrap();
    assert_eq!(reopened.deal.status, DealStatus::Open);
    assert_eq!(reopened.deal.closed_at, None);
    assert_eq!(reopened.deal.loss, None);
    assert_healthy(&mut w.store);
}

#[test]
fn logging_a_call_updates_the_contacts_last_contacted_and_undo_restores_it() {
    // The sample generator is the quickest way to a workspace with contacts.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.redb");
    let options = dealdeck::sample::SampleOptions {
        deals: 20,
        seed: 7,
        today: t0().date_naive(),
    };
    let mut store = dealdeck::sample::create(&path, options).unwrap();
    let deal = store.open_deals().unwrap().into_iter().next().unwrap();
    let contact = store.contacts_of(deal.account).unwrap().remove(0);
    let when = t0() + chrono::Duration::days(1);
    let activity = Activity {
        id: ActivityId(0),
        kind: ActivityKind::Call,
        at: when,
        deal: Some(deal.id),
        account: Some(deal.account),
        contacts: vec![contact.id],
        owner: deal.owner,
        summary: "Agreed pilot scope".into(),
        due: None,
        done: false,
        created_at: when,
        updated_at: when,
    };
    let logged = store.log_activity(activity, at(1)).unwrap();
    let c = store
        .contacts_of(deal.account)
        .unwrap()
        .into_iter()
        .find(|c| c.id == contact.id)
        .unwrap();
    assert_eq!(c.last_contacted, Some(when));
    assert!(
        store
            .activities_of(deal.id)
            .unwrap()
            .iter()
            .any(|a| a.id == logged.id)
    );
    store.undo(at(2)).unwrap();
    let c = store
        .contacts_of(deal.account)
        .unwrap()
        .into_iter()
        .find(|c| c.id == contact.id)
        .unwrap();
    assert_eq!(c.last_contacted, contact.last_contacted);
    assert!(
        !store
            .activities_of(deal.id)
            .unwrap()
            .iter()
            .any(|a| a.id == logged.id)
    );
    assert_healthy(&mut store);
}

#[test]
fn a_second_open_of_a_held_file_fails_at_once_naming_the_file() {
    let w = empty();
    let started = std::time::Instant::now();
    let err = Store::open(&w.path).unwrap_err();
    assert!(started.elapsed() < std::time::Duration::from_secs(1));
    assert!(matches!(err, StoreError::InUse(_)));
    assert_eq!(
        err.to_string(),
        format!("{} is in use by another dealdeck process", w.path.display())
    );
}

fn set_schema_version(path: &std::path::Path, version: u32) {
    let db = redb::Database::open(path).unwrap();
    let txn = db.begin_write().unwrap();
    txn.open_table(META)
        .unwrap()
        .insert("schema_version", version.to_le_bytes().as_slice())
        .unwrap();
    txn.commit().unwrap();
}

#[test]
fn a_file_from_a_newer_version_is_refused() {
    let w = empty();
    let path = w.path.clone();
    drop(w.store);
    set_schema_version(&path, SCHEMA_VERSION + 6);
    let err = Store::open(&path).unwrap_err().to_string();
    assert_eq!(
        err,
        format!(
            "{} was written by a newer dealdeck (schema {}; this build reads up to {SCHEMA_VERSION}); upgrade dealdeck to open it",
            path.display(),
            SCHEMA_VERSION + 6
        )
    );
}

/// A workspace written by dealdeck at schema 3 (a 12-deal sample, seed 7,
/// with one move made after it so the undo stack holds an entry).
fn schema3_copy(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("old.redb");
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/workspaces/schema3.redb"),
        &path,
    )
    .unwrap();
    path
}

#[test]
fn a_schema3_file_keeps_every_record_and_its_undo_after_the_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let path = schema3_copy(dir.path());
    let mut store = Store::open(&path).unwrap();
    let (from, backup) = store.open_report().migrated_from.clone().expect("migrated");
    assert_eq!(from, 3);
    assert_eq!(mode(&backup), 0o600);
    let deals = store.deals().unwrap();
    assert_eq!(deals.len(), 12);
    assert!(
        deals
            .iter()
            .all(|d| d.expected_close.is_some() && d.product.is_none())
    );
    let lost: Vec<&Deal> = deals
        .iter()
        .filter(|d| d.status == DealStatus::Lost)
        .collect();
    assert_eq!(lost.len(), 4);
    assert!(
        lost.iter()
            .all(|d| d.loss.as_ref().is_some_and(|l| l.stage_lost_at.is_some())),
        "a recorded loss keeps the stage it was lost at"
    );
    let owners = store.owners().unwrap();
    assert!(
        owners
            .iter()
            .all(|o| o.manager.is_none() && o.external_id.is_none())
    );
    assert_eq!(
        store.deal(DealId(9)).unwrap().unwrap().stage,
        stage("Needs Analysis")
    );
    // The move made at schema 3 is still the one `u` takes back.
    let undone = store.undo(at(1)).unwrap().expect("an undo entry");
    assert_eq!(undone.deal, Some(DealId(9)));
    assert_eq!(
        store.deal(DealId(9)).unwrap().unwrap().stage,
        stage("Qualification")
    );
    assert_healthy(&mut store);
}

#[test]
fn an_older_file_is_backed_up_then_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = schema3_copy(dir.path());
    // Schema 0 predates the secondary indexes, the open-deals mirror and the
    // values' checksums: fake one from the schema 3 file by dropping an index
    // and the mirror, and taking the checksum off every value.
    for name in [
        "pipelines",
        "owners",
        "accounts",
        "contacts",
        "deals",
        "stage_events",
        "activities",
        "products",
        "price_lists",
        "quotes",
        "leads",
        "reviews",
        "improvement_actions",
        "undo",
    ] {
        common::raw::rewrite_bytes(&path, name, |_, value| {
            value.truncate(value.len() - 4);
        });
    }
    {
        let db = redb::Database::open(&path).unwrap();
        let txn = db.begin_write().unwrap();
        {
            let mut meta = txn.open_table(META).unwrap();
            let reasons = meta.get("loss_reasons").unwrap().unwrap().value().to_vec();
            meta.insert("loss_reasons", &reasons[..reasons.len() - 4])
                .unwrap();
        }
        txn.delete_multimap_table(redb::MultimapTableDefinition::<u64, u64>::new(
            "deals_by_stage",
        ))
        .unwrap();
        txn.delete_table(redb::TableDefinition::<u64, &[u8]>::new("open_deals"))
            .unwrap();
        txn.open_table(META)
            .unwrap()
            .insert("schema_version", 0u32.to_le_bytes().as_slice())
            .unwrap();
        txn.commit().unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    let (from, backup) = store.open_report().migrated_from.clone().expect("migrated");
    assert_eq!(from, 0);
    assert!(backup.exists());
    assert_eq!(mode(&backup), 0o600);
    assert_eq!(
        store.open_deals().unwrap().len(),
        3,
        "the open-deals mirror is back"
    );
    assert_eq!(
        store
            .deals_in_stages(&[stage("Needs Analysis")])
            .unwrap()
            .len(),
        2,
        "the stage index is back"
    );
    assert_eq!(store.deals().unwrap()[0].title, "Adatum MES rollout");
    assert!(!store.loss_reasons().unwrap().is_empty());
    assert!(
        store.undo(at(1)).unwrap().is_some(),
        "the undo stack reads too"
    );
    assert_healthy(&mut store);
    drop(store);
    // The backup is the untouched old file.
    let old = redb::Database::open(&backup).unwrap();
    let txn = old.begin_read().unwrap();
    let v = txn
        .open_table(META)
        .unwrap()
        .get("schema_version")
        .unwrap()
        .unwrap()
        .value()
        .to_vec();
    assert_eq!(v, 0u32.to_le_bytes());
}

#[test]
fn database_and_backup_files_are_owner_only() {
    let w = empty();
    assert_eq!(mode(&w.path), 0o600);
    let backup = w.dir.path().join("copy.redb");
    w.store.backup_to(&backup).unwrap();
    assert_eq!(mode(&backup), 0o600);
    assert!(
        w.store.backup_to(&backup).is_err(),
        "backups never overwrite"
    );
}

#[test]
fn not_a_database_is_reported_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "just some notes, not a database\n".repeat(200)).unwrap();
    let err = Store::open(&path).unwrap_err().to_string();
    assert!(err.contains("is not a dealdeck database"), "{err}");
}
