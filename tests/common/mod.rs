//! Helpers shared by the integration tests: a temporary workspace and a fixed clock.
#![allow(dead_code)]

pub mod fixture;
pub mod imports;
pub mod raw;
pub mod ssh;
pub mod ui;

use chrono::{DateTime, Duration, TimeZone, Utc};
use dealdeck::domain::*;
use dealdeck::store::{AccountRef, DealDraft, Stamp, Store};
use rust_decimal::Decimal;
use std::path::PathBuf;
use tempfile::TempDir;

pub const USER: &str = "tester";

/// The `dealdeck` binary on `db`, as a script runs it: a fixed user and clock.
pub fn cli(db: &std::path::Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_dealdeck"));
    cmd.arg("--db").arg(db);
    cmd.env("DEALDECK_USER", USER)
        .env("DEALDECK_NOW", "2026-11-22T10:00:00Z");
    cmd.env_remove("DEALDECK_DB");
    // English whatever the machine's locale: tests that want Chinese say --lang.
    cmd.env("DEALDECK_LANG", "en");
    cmd
}

pub fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap()
}

pub fn at(days: i64) -> Stamp<'static> {
    Stamp {
        by: USER,
        at: t0() + Duration::days(days),
    }
}

pub struct Workspace {
    pub dir: TempDir,
    pub path: PathBuf,
    pub store: Store,
}

/// An empty workspace (default pipelines) in a temporary folder.
pub fn empty() -> Workspace {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.redb");
    let store = Store::open(&path).unwrap();
    Workspace { dir, path, store }
}

pub fn draft(title: &str, amount: i64) -> DealDraft {
    DealDraft {
        title: title.into(),
        account: AccountRef::Name("Northwind Logistics".into()),
        owner: None,
        amount: Money::new(Decimal::from(amount), Currency::USD),
        expected_close: Some((t0() + Duration::days(60)).date_naive()),
        pipeline: PipelineId(1),
        stage: None,
        source: "Referral".into(),
        tags: vec![],
        next_step: None,
        next_step_date: None,
    }
}

/// Stage id of the default "New business" pipeline by name.
pub fn stage(name: &str) -> StageId {
    defaults::pipelines(t0())[0].stage_by_name(name).unwrap().id
}

pub fn assert_healthy(store: &mut Store) {
    let problems = store.check().unwrap();
    assert!(problems.is_empty(), "invariants broken: {problems:#?}");
}
