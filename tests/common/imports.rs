//! Running imports and reading back what they did, as a script would: the
//! binary on a workspace, its JSON export and reports.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;

pub fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
        .display()
        .to_string()
}

pub fn run(db: &Path, args: &[&str]) -> Output {
    super::cli(db).args(args).output().unwrap()
}

pub fn ok(db: &Path, args: &[&str]) -> String {
    let out = run(db, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

pub fn refused(db: &Path, args: &[&str]) -> String {
    let out = run(db, args);
    assert_eq!(out.status.code(), Some(1), "{args:?} should be refused");
    String::from_utf8(out.stderr).unwrap()
}

/// The command in Chinese (`--lang zh-CN`).
pub fn zh(db: &Path, args: &[&str]) -> Output {
    let mut all = vec!["--lang", "zh-CN"];
    all.extend_from_slice(args);
    run(db, &all)
}

/// Succeeded in Chinese (exit code 0); what it printed on stdout.
pub fn zh_ok(db: &Path, args: &[&str]) -> String {
    let out = zh(db, args);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

/// Refused in Chinese with exit code 1; what it said on stderr.
pub fn zh_refused(db: &Path, args: &[&str]) -> String {
    let out = zh(db, args);
    assert_eq!(out.status.code(), Some(1), "{args:?} should be refused");
    stderr(&out)
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

pub fn json(db: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&ok(db, args)).unwrap()
}

pub fn workspace(dir: &Path) -> PathBuf {
    let db = dir.join("w.redb");
    drop(dealdeck::store::Store::open(&db).unwrap());
    db
}

/// The win/loss row of `value` when the period is broken down `by` one dimension.
pub fn winloss_row(db: &Path, period: &str, by: &str, value: &str) -> Value {
    let report = json(
        db,
        &[
            "report", "winloss", "--period", period, "--by", by, "--format", "json",
        ],
    );
    report["win_loss"][0]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["value"] == value)
        .unwrap_or_else(|| panic!("no {by} row {value}: {report}"))
        .clone()
}

/// The Salesforce fixture's four deals (two owners, four accounts).
pub fn import_salesforce_deals(db: &Path) {
    ok(
        db,
        &[
            "import",
            "deals",
            &fixture("salesforce.csv"),
            "--from",
            "salesforce",
            "--stage-map",
            "Proposal/Price Quote=Proposal",
        ],
    );
}

/// The element of the array `v[list]` whose `field` is `value`.
pub fn row(v: &Value, list: &str, field: &str, value: &str) -> Value {
    v[list]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x[field] == value)
        .unwrap_or_else(|| panic!("no {list} with {field} {value}"))
        .clone()
}

pub fn deals(db: &Path) -> Vec<Value> {
    json(db, &["export", "--format", "json"])["deals"]
        .as_array()
        .unwrap()
        .clone()
}

/// `import KIND FILE --from PRESET`, which must succeed; what it printed.
pub fn import_from(db: &Path, kind: &str, file: &str, preset: &str) -> String {
    ok(db, &["import", kind, file, "--from", preset])
}

/// A Salesforce deals file of `csv` (header and rows), which must be refused;
/// what the refusal said.
pub fn refused_deals(dir: &Path, db: &Path, csv: &str) -> String {
    let file = dir.join("refused.csv");
    std::fs::write(&file, csv).unwrap();
    refused(
        db,
        &[
            "import",
            "deals",
            file.to_str().unwrap(),
            "--from",
            "salesforce",
        ],
    )
}

/// `report KIND --period PERIOD` as JSON.
pub fn report(db: &Path, kind: &str, period: &str) -> Value {
    json(
        db,
        &["report", kind, "--period", period, "--format", "json"],
    )
}
