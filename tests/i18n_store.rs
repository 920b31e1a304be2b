//! The workspace store's words as a user meets them on the command line, in
//! Chinese (`--lang zh-CN`): real `dealdeck` processes on a sample workspace.

mod common;

use common::imports::{ok, run, zh};
use std::path::{Path, PathBuf};

const TODAY: &str = "2026-11-22";

fn sample(dir: &Path) -> PathBuf {
    let db = dir.join("w.redb");
    ok(
        &db,
        &["sample", "--deals", "40", "--seed", "5", "--today", TODAY],
    );
    db
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// Removes an index behind dealdeck's back, as a failing disk or an older
/// build could.
fn drop_owner_index(db: &Path) {
    let file = redb::Database::open(db).unwrap();
    let txn = file.begin_write().unwrap();
    txn.delete_multimap_table(redb::MultimapTableDefinition::<u64, u64>::new(
        "deals_by_owner",
    ))
    .unwrap();
    txn.commit().unwrap();
}

#[test]
fn check_names_a_broken_index_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample(dir.path());
    drop_owner_index(&db);
    let out = zh(&db, &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    let first = stdout.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("索引：索引 deals_by_owner 在键 ") && first.contains("下缺少商机 "),
        "{stdout}"
    );
    assert!(!stdout.contains("lacks"), "{stdout}");
    // The same problem in English, as before.
    let out = run(&db, &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with("index: index deals_by_owner lacks deal "),
        "{stdout}"
    );
}

#[test]
fn a_backup_never_overwrites_said_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample(dir.path());
    let to = dir.path().join("backup.redb");
    std::fs::write(&to, b"keep me").unwrap();
    let out = zh(&db, &["backup", "--to", to.to_str().unwrap()]);
    assert_ne!(out.status.code(), Some(0));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!("{} 已存在；备份从不覆盖已有文件", to.display())),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&to).unwrap(), b"keep me");
}
