//! The command line as scripts use it: a real `dealdeck` process per call.

mod common;

use common::imports::{ok, refused, run};

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const TODAY: &str = "2026-11-22";

fn dealdeck(db: &Path) -> Command {
    common::cli(db)
}

fn small_sample(dir: &Path, name: &str) -> PathBuf {
    let db = dir.join(name);
    ok(
        &db,
        &["sample", "--deals", "120", "--seed", "5", "--today", TODAY],
    );
    db
}

/// A small sample workspace and its deals' ids, in list order.
fn sample_deals() -> (tempfile::TempDir, PathBuf, Vec<u64>) {
    let dir = tempfile::tempdir().unwrap();
    let db = small_sample(dir.path(), "w.redb");
    let deals: serde_json::Value =
        serde_json::from_str(&ok(&db, &["deal", "list", "--json"])).unwrap();
    let ids = deals
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_u64().unwrap())
        .collect();
    (dir, db, ids)
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn the_same_seed_and_today_export_byte_identical_files() {
    let dir = tempfile::tempdir().unwrap();
    let a = small_sample(dir.path(), "a.redb");
    let b = small_sample(dir.path(), "b.redb");
    let ea = ok(&a, &["export", "--format", "json"]);
    let eb = ok(&b, &["export", "--format", "json"]);
    assert!(ea == eb, "exports differ");
    assert!(ea.contains("\"amount\": \""), "decimals are strings");
    let parsed: serde_json::Value = serde_json::from_str(&ea).unwrap();
    for key in [
        "pipelines",
        "owners",
        "accounts",
        "contacts",
        "deals",
        "stage_events",
        "activities",
        "quotes",
        "leads",
        "reviews",
        "loss_reasons",
    ] {
        assert!(
            parsed.get(key).is_some_and(|v| v.is_array()),
            "export lacks {key}"
        );
    }
}

#[test]
fn check_passes_on_a_fresh_sample_and_lists_problems_with_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let db = small_sample(dir.path(), "s.redb");
    assert!(ok(&db, &["check"]).contains("healthy"));
    // Damage an index behind dealdeck's back.
    {
        let file = redb::Database::open(&db).unwrap();
        let txn = file.begin_write().unwrap();
        txn.delete_multimap_table(redb::MultimapTableDefinition::<u64, u64>::new(
            "deals_by_owner",
        ))
        .unwrap();
        txn.commit().unwrap();
    }
    let out = run(&db, &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("index deals_by_owner lacks deal"),
        "{stdout}"
    );
}

#[test]
fn files_it_creates_are_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let db = small_sample(dir.path(), "s.redb");
    assert_eq!(mode(&db), 0o600);
    let backup = dir.path().join("backup.redb");
    ok(&db, &["backup", "--to", backup.to_str().unwrap()]);
    assert_eq!(mode(&backup), 0o600);
    let export = dir.path().join("export.json");
    ok(
        &db,
        &[
            "export",
            "--format",
            "json",
            "--out",
            export.to_str().unwrap(),
        ],
    );
    assert_eq!(mode(&export), 0o600);
    // The backup is a working workspace.
    assert!(ok(&backup, &["check"]).contains("healthy"));
}

#[test]
fn a_second_process_on_a_held_database_fails_fast_with_the_file_named() {
    let dir = tempfile::tempdir().unwrap();
    let db = small_sample(dir.path(), "s.redb");
    let held = dealdeck::store::Store::open(&db).unwrap();
    let started = Instant::now();
    let out = run(&db, &["deal", "list"]);
    assert!(started.elapsed() < Duration::from_secs(1));
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.trim(),
        format!(
            "dealdeck: {} is in use by another dealdeck process",
            db.display()
        )
    );
    drop(held);
    assert!(run(&db, &["deal", "list"]).status.success());
}

#[test]
fn deals_are_created_moved_won_and_lost_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.redb");
    // Reading a missing explicit path is an error, not a silent new file.
    let out = run(&db, &["deal", "list"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no database at"));
    assert!(!db.exists());

    let created = ok(
        &db,
        &[
            "deal",
            "new",
            "--title",
            "华东精密制造 MES",
            "--account",
            "华东精密制造",
            "--amount",
            "12.5k",
            "--close-date",
            "eoq",
        ],
    );
    assert_eq!(created.trim(), "created deal 1 \"华东精密制造 MES\"");
    let out = run(&db, &["deal", "move", "1", "proposal"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("gate not met for Proposal: discovery call held, budget confirmed, decision maker identified"), "{err}");
    let out = run(&db, &["deal", "move", "1", "nowhere"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("no stage 'nowhere' in New business (stages: Qualification, Needs Analysis, Proposal, Negotiation, Won, Lost)"));

    let moved = ok(
        &db,
        &[
            "deal",
            "move",
            "1",
            "proposal",
            "--tick",
            "discovery call held",
            "--override",
            "CFO asked for numbers",
        ],
    );
    assert!(moved.contains("is now in Proposal"));
    assert!(moved.contains("gate overridden: budget confirmed — CFO asked for numbers"));

    let json: serde_json::Value =
        serde_json::from_str(&ok(&db, &["deal", "show", "1", "--json"])).unwrap();
    assert_eq!(json["deal"]["amount"]["amount"], "12500");
    assert_eq!(json["deal"]["expected_close"], "2026-12-31");
    assert_eq!(json["stage"], "Proposal");
    assert_eq!(json["events"].as_array().unwrap().len(), 2);

    ok(
        &db,
        &[
            "deal",
            "new",
            "--title",
            "Second",
            "--account",
            "Northwind",
            "--amount",
            "1,000",
        ],
    );
    ok(
        &db,
        &[
            "deal",
            "lost",
            "2",
            "--reason",
            "pricing",
            "--sub-reason",
            "price too high",
            "--lesson",
            "Too expensive",
        ],
    );
    ok(&db, &["deal", "won", "1", "--override", "PO signed"]);
    let lost: serde_json::Value =
        serde_json::from_str(&ok(&db, &["deal", "list", "--status", "lost", "--json"])).unwrap();
    assert_eq!(lost.as_array().unwrap().len(), 1);
    assert_eq!(lost[0]["loss"]["sub_reason"], "Price too high");
    let table = ok(&db, &["deal", "list"]);
    assert!(
        table.lines().next().unwrap().starts_with("ID  TITLE"),
        "{table}"
    );
    assert!(table.contains("12,500.00 USD"));

    assert_eq!(
        ok(&db, &["undo"]).trim(),
        "undone: move 华东精密制造 MES to Won"
    );
    let open: serde_json::Value =
        serde_json::from_str(&ok(&db, &["deal", "list", "--status", "open", "--json"])).unwrap();
    assert_eq!(open.as_array().unwrap().len(), 1);
    assert!(ok(&db, &["check"]).contains("healthy"));
}

#[test]
fn bad_input_gets_a_clear_message_and_a_non_zero_exit() {
    let dir = tempfile::tempdir().unwrap();
    let db = small_sample(dir.path(), "s.redb");
    for (args, expected) in [
        (
            vec![
                "deal",
                "new",
                "--title",
                "X",
                "--account",
                "A",
                "--amount",
                "lots",
            ],
            "--amount: 'lots' is not an amount",
        ),
        (
            vec![
                "deal",
                "new",
                "--title",
                "X",
                "--account",
                "A",
                "--amount",
                "5",
                "--close-date",
                "someday",
            ],
            "--close-date: 'someday' is not a date",
        ),
        (
            vec![
                "deal",
                "new",
                "--title",
                "  ",
                "--account",
                "A",
                "--amount",
                "5",
            ],
            "title must not be empty",
        ),
        (
            vec![
                "deal",
                "new",
                "--title",
                "X",
                "--account",
                "A",
                "--amount",
                "5",
                "--owner",
                "Nobody",
            ],
            "no owner named 'Nobody'",
        ),
        (vec!["deal", "show", "999999"], "no deal with id 999999"),
        (
            vec!["deal", "lost", "1", "--reason", "bad luck"],
            "unknown loss reason 'bad luck'",
        ),
    ] {
        let out = run(&db, &args);
        assert!(!out.status.success(), "{args:?} should fail");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
    let out = run(&db, &["sample"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists; pass --force"));
}

#[test]
fn every_command_has_help() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("none.redb");
    for args in [
        vec!["--help"],
        vec!["sample", "--help"],
        vec!["check", "--help"],
        vec!["backup", "--help"],
        vec!["export", "--help"],
        vec!["deal", "--help"],
        vec!["deal", "list", "--help"],
        vec!["deal", "show", "--help"],
        vec!["deal", "new", "--help"],
        vec!["deal", "move", "--help"],
        vec!["deal", "won", "--help"],
        vec!["deal", "lost", "--help"],
        vec!["undo", "--help"],
        vec!["completions", "--help"],
    ] {
        let out = run(&db, &args);
        assert!(out.status.success(), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("Usage:"),
            "{args:?}"
        );
    }
    assert!(!db.exists());
}

/// Moves acknowledged by a process that then gets `kill -9` are never lost.
#[test]
fn acknowledged_moves_survive_kill_9() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.redb");
    ok(
        &db,
        &[
            "deal",
            "new",
            "--title",
            "Durable",
            "--account",
            "Acme",
            "--amount",
            "1000",
        ],
    );
    ok(
        &db,
        &[
            "deal",
            "move",
            "1",
            "needs",
            "--tick",
            "discovery call held",
        ],
    );
    let stages = ["Qualification", "Needs Analysis"];
    let mut acknowledged = "Needs Analysis";
    let (mut acks, mut kills) = (0, 0);
    // A spread of kill delays, some before, some during and some after the commit.
    for i in 0..40u64 {
        let target = stages[(i % 2) as usize];
        let mut child = dealdeck(&db)
            .args(["deal", "move", "1", target])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros((i * 7919) % 60_000));
        let _ = child.kill();
        let out = child.wait_with_output().unwrap();
        let said = String::from_utf8_lossy(&out.stdout);
        if out.status.success() && said.contains("is now in") {
            acknowledged = target;
            acks += 1;
        }
        let json: serde_json::Value =
            serde_json::from_str(&ok(&db, &["deal", "show", "1", "--json"])).unwrap();
        let stage = json["stage"].as_str().unwrap().to_string();
        if out.status.success() {
            assert_eq!(
                stage, acknowledged,
                "round {i}: an acknowledged move was lost"
            );
        } else {
            kills += 1;
            // Killed: the move either fully happened or not at all.
            assert!(stages.contains(&stage.as_str()));
            acknowledged = if stage == "Qualification" {
                "Qualification"
            } else {
                "Needs Analysis"
            };
        }
    }
    assert!(
        acks > 0 && kills > 0,
        "{acks} acknowledged, {kills} killed: the test needs both"
    );
    assert!(ok(&db, &["check"]).contains("healthy"));
}

#[test]
fn the_loss_taxonomy_is_edited_from_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let db = small_sample(dir.path(), "t.redb");
    let list = ok(&db, &["taxonomy", "list"]);
    assert!(
        list.starts_with("customer_insight  Customer insight (controllable)\n    Needs misread\n"),
        "{list}"
    );
    ok(
        &db,
        &[
            "taxonomy",
            "add",
            "delivery_risk",
            "--name",
            "Delivery risk",
            "--controllable",
            "false",
        ],
    );
    ok(
        &db,
        &["taxonomy", "add-sub", "delivery_risk", "Lead time too long"],
    );
    ok(&db, &["taxonomy", "rename", "pricing", "--name", "Price"]);
    let list = ok(&db, &["taxonomy", "list"]);
    assert!(
        list.contains("delivery_risk  Delivery risk (not controllable)\n    Lead time too long\n"),
        "{list}"
    );
    assert!(list.contains("pricing  Price (controllable)"), "{list}");
    // A deal can now be lost for the new reason.
    let open: serde_json::Value =
        serde_json::from_str(&ok(&db, &["deal", "list", "--status", "open", "--json"])).unwrap();
    let id = open[0]["id"].to_string();
    ok(
        &db,
        &[
            "deal",
            "lost",
            &id,
            "--reason",
            "delivery_risk",
            "--sub-reason",
            "Lead time too long",
        ],
    );
    let shown: serde_json::Value =
        serde_json::from_str(&ok(&db, &["deal", "show", &id, "--json"])).unwrap();
    assert_eq!(shown["deal"]["loss"]["category"], "delivery_risk");
    assert_eq!(
        shown["deal"]["loss"]["controllable"], false,
        "the category's default"
    );
    let out = run(&db, &["taxonomy", "add", "pricing", "--name", "again"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("category 'pricing' exists already"));
    assert!(ok(&db, &["check"]).contains("healthy"));
}

#[test]
fn an_amount_beyond_the_limit_is_refused_and_the_workspace_still_opens() {
    let dir = tempfile::tempdir().unwrap();
    let db = small_sample(dir.path(), "w.redb");
    let before = ok(&db, &["export", "deals", "--format", "csv"]);
    let message = refused(
        &db,
        &[
            "deal",
            "new",
            "--title",
            "Huge",
            "--account",
            "Northwind",
            "--amount",
            "8000000000000000000000000",
        ],
    );
    assert!(
        message.contains("amount 8000000000000000000000000 is too large"),
        "{message}"
    );
    assert_eq!(message.lines().count(), 1, "said once: {message}");
    assert_eq!(ok(&db, &["export", "deals", "--format", "csv"]), before);
    assert!(ok(&db, &["check"]).contains("healthy"));
    ok(&db, &["report", "all", "--period", "2026"]);
}

#[test]
fn a_closed_pipe_ends_a_command_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let db = small_sample(dir.path(), "w.redb");
    let mut child = dealdeck(&db)
        .args(["export", "deals", "--format", "csv"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one byte, then close the pipe, as `| head -c1` does.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 1];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        matches!(out.status.code(), Some(0) | Some(141)),
        "{:?} {stderr}",
        out.status
    );
}

#[test]
fn devices_fifos_links_and_empty_files_are_never_written_or_taken_for_workspaces() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let db = small_sample(dir.path(), "w.redb");
    let null_mode = mode(Path::new("/dev/null"));

    // Outputs: only regular files.
    for (args, kind) in [
        (
            vec!["export", "--format", "json", "--out", "/dev/null"],
            "character device",
        ),
        (vec!["backup", "--to", "/dev/null"], "character device"),
    ] {
        let out = run(&db, &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let message = String::from_utf8_lossy(&out.stderr);
        assert!(
            message.contains(&format!("/dev/null is a {kind}")),
            "{message}"
        );
    }
    let null = std::fs::metadata("/dev/null").unwrap();
    assert!(
        null.file_type().is_char_device(),
        "/dev/null is still a device"
    );
    assert_eq!(mode(Path::new("/dev/null")), null_mode, "and not chmodded");

    let target = dir.path().join("target.json");
    std::fs::write(&target, "keep").unwrap();
    let link = dir.path().join("link.json");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let out = run(
        &db,
        &[
            "export",
            "--format",
            "json",
            "--out",
            link.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is a symbolic link"));
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");

    // Workspaces: a FIFO is refused at once (it used to hang), a device too.
    let fifo = dir.path().join("pipe.redb");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let started = std::time::Instant::now();
    let out = run(&fifo, &["deal", "list"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is a FIFO (named pipe)"));
    let out = run(Path::new("/dev/null"), &["deal", "list"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(mode(Path::new("/dev/null")), null_mode);

    // An empty file is not a workspace for a command that only reads.
    let empty = dir.path().join("empty.redb");
    std::fs::write(&empty, "").unwrap();
    let out = run(&empty, &["deal", "list"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is empty, not a workspace"));
    assert_eq!(
        std::fs::metadata(&empty).unwrap().len(),
        0,
        "left as it was"
    );
}

#[test]
fn folders_dealdeck_makes_are_owner_only_whatever_the_umask() {
    let dir = tempfile::tempdir().unwrap();
    let db = small_sample(dir.path(), "w.redb");
    let out = dir.path().join("a/b/c/export.json");
    let old = unsafe { libc::umask(0) };
    let result = run(
        &db,
        &["export", "--format", "json", "--out", out.to_str().unwrap()],
    );
    unsafe { libc::umask(old) };
    assert!(result.status.success());
    for folder in ["a", "a/b", "a/b/c"] {
        assert_eq!(mode(&dir.path().join(folder)), 0o700, "{folder}");
    }
    assert_eq!(mode(&out), 0o600);
}

#[test]
fn control_and_invisible_characters_are_refused_at_every_door() {
    let dir = tempfile::tempdir().unwrap();
    let db = small_sample(dir.path(), "w.redb");
    let before = ok(&db, &["export", "--format", "json"]);
    let message = refused(
        &db,
        &[
            "deal",
            "new",
            "--title",
            "\u{1b}]52;c;aGk=\u{7}x",
            "--account",
            "Northwind",
            "--amount",
            "1k",
        ],
    );
    assert!(message.contains("title holds U+001B"), "{message}");
    assert!(!message.contains('\u{1b}'), "the message itself is clean");

    let csv = dir.path().join("deals.csv");
    std::fs::write(
        &csv,
        "title,account,stage,amount,close_date,created_date,owner\n\
         Fine deal,Northwind,Qualification,1000,2026-12-01,2026-11-01,李伟\n\
         Evil \u{202e}gpj.exe,Northwind,Qualification,1000,2026-12-01,2026-11-01,李伟\n",
    )
    .unwrap();
    let message = refused(
        &db,
        &[
            "import",
            "deals",
            csv.to_str().unwrap(),
            "--map",
            "title=title",
            "--map",
            "account=account",
            "--map",
            "stage=stage",
            "--map",
            "amount=amount",
            "--map",
            "close_date=close_date",
            "--map",
            "created_date=created_date",
            "--map",
            "owner=owner",
        ],
    );
    assert!(
        message.contains("line 3") && message.contains("U+202E"),
        "{message}"
    );
    assert_eq!(
        ok(&db, &["export", "--format", "json"]),
        before,
        "nothing half-written"
    );
}

#[test]
fn messages_say_what_failed_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = small_sample(dir.path(), "w.redb");
    let said = |args: &[&str]| refused(&db, args);
    assert_eq!(
        said(&[
            "deal",
            "new",
            "--title",
            "x",
            "--account",
            "y",
            "--amount",
            "-5000"
        ]),
        "dealdeck: amount must not be negative (got -5000)\n"
    );
    assert_eq!(
        said(&["deal", "list", "--stage", "n"]),
        "dealdeck: 'n' is ambiguous in New business: Needs Analysis or Negotiation\n"
    );
    let unknown = said(&[
        "deal",
        "new",
        "--title",
        "x",
        "--account",
        "y",
        "--amount",
        "1k",
        "--owner",
        "Nobody",
    ]);
    assert!(
        unknown.starts_with("dealdeck: no owner named 'Nobody' (known: "),
        "{unknown}"
    );
    assert!(!unknown.contains("cannot move"), "{unknown}");
}

#[test]
fn quote_show_takes_the_number_the_app_shows() {
    let dir = tempfile::tempdir().unwrap();
    let db = small_sample(dir.path(), "w.redb");
    let list = ok(&db, &["quote", "list"]);
    let first = list.lines().nth(1).unwrap();
    let mut cells = first.split_whitespace();
    let (id, number) = (cells.next().unwrap(), cells.next().unwrap());
    assert!(number.starts_with("Q-2026-"), "{first}");
    assert_eq!(
        ok(&db, &["quote", "show", number, "--format", "txt"]),
        ok(&db, &["quote", "show", id, "--format", "txt"])
    );
    // A version that went out carries no draft mark.
    let sent = list.lines().find(|l| l.contains(" sent ")).unwrap();
    let sent_id = sent.split_whitespace().next().unwrap();
    assert!(!ok(&db, &["quote", "show", sent_id]).contains("DRAFT"));
    let out = run(&db, &["quote", "show", "Q-1999-99999"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn damaged_files_are_reported_in_words_never_with_a_panic_or_other_data() {
    let dir = tempfile::tempdir().unwrap();
    let db = small_sample(dir.path(), "w.redb");
    let original = std::fs::read(&db).unwrap();
    let export = run(&db, &["export", "--format", "json"]);
    assert!(export.status.success());
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let damaged = dir.path().join("damaged.redb");
    let (mut refused, mut same) = (0, 0);
    for variant in 0..300 {
        let mut bytes = original.clone();
        for _ in 0..=(variant % 16) {
            let at = (next() as usize) % bytes.len();
            bytes[at] ^= 1 << (next() % 8);
        }
        std::fs::write(&damaged, &bytes).unwrap();
        let out = run(&damaged, &["export", "--format", "json"]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "variant {variant}: {stderr}");
        match out.status.code() {
            // Read without complaint: then it is the workspace as it was.
            Some(0) => {
                assert!(
                    out.stdout == export.stdout,
                    "variant {variant} exported other data with exit 0"
                );
                same += 1;
            }
            Some(1) => {
                assert!(stderr.starts_with("dealdeck: "), "worded: {stderr}");
                refused += 1;
            }
            other => panic!("variant {variant}: exit {other:?} {stderr}"),
        }
    }
    eprintln!("{refused} refused, {same} read unchanged");
    // Most flips land in free or unread pages; some must be noticed.
    assert!(
        refused > 0 && same > 0,
        "{refused} refused, {same} unchanged"
    );
}

#[test]
fn a_deal_is_edited_deleted_and_put_back_from_the_command_line() {
    let (_dir, db, ids) = sample_deals();
    let id = ids[0].to_string();
    let out = ok(
        &db,
        &[
            "deal",
            "edit",
            &id,
            "--title",
            "Line 4 retrofit",
            "--amount",
            "42k",
        ],
    );
    assert!(
        out.contains("saved deal") && out.contains("Line 4 retrofit"),
        "{out}"
    );
    let shown: serde_json::Value =
        serde_json::from_str(&ok(&db, &["deal", "show", &id, "--json"])).unwrap();
    assert_eq!(shown["deal"]["title"], "Line 4 retrofit");
    assert_eq!(shown["deal"]["amount"]["amount"], "42000");
    let err = refused(&db, &["deal", "edit", &id, "--owner", "Nobody Here"]);
    assert!(err.contains("no owner named 'Nobody Here'"), "{err}");

    let events = shown["events"].as_array().unwrap().len();
    let out = ok(&db, &["deal", "delete", &id]);
    assert!(
        out.contains(&format!(
            "with {}",
            dealdeck::format::count(events, "stage event")
        )) && out.contains("dealdeck undo"),
        "{out}"
    );
    assert_eq!(run(&db, &["deal", "show", &id]).status.code(), Some(1));
    let audit = ok(&db, &["audit"]);
    assert!(
        audit.contains(&format!("tester  deleted deal {id} \"Line 4 retrofit\"")),
        "{audit}"
    );
    ok(&db, &["undo"]);
    let back: serde_json::Value =
        serde_json::from_str(&ok(&db, &["deal", "show", &id, "--json"])).unwrap();
    assert_eq!(back["deal"]["title"], "Line 4 retrofit");
    assert_eq!(
        back["events"].as_array().unwrap().len(),
        events,
        "its history too"
    );
    assert!(ok(&db, &["check"]).contains("healthy"));
}

/// Flips one bit in the middle of a stored deal's value, as a failing disk would.
fn damage_deal(db: &Path, id: u64) {
    common::raw::rewrite_bytes(db, "deals", |key, value| {
        if key == id {
            let middle = value.len() / 2;
            value[middle] ^= 0x10;
        }
    });
}

#[test]
fn a_damaged_record_is_named_holds_changes_back_and_is_repaired() {
    let (_dir, db, ids) = sample_deals();
    let id = ids[3];
    damage_deal(&db, id);
    // Reading it says so, in words, with advice; nothing exports other data.
    let err = refused(&db, &["export", "--format", "json"]);
    assert!(
        err.contains(&format!("stored deal {id} is damaged")),
        "{err}"
    );
    assert!(err.contains("restore the latest backup"), "{err}");
    // check names it and remembers: changes wait until a check passes.
    let out = run(&db, &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains(&format!("deal {id}")), "{report}");
    let err = refused(
        &db,
        &[
            "deal",
            "new",
            "--title",
            "New line",
            "--account",
            "Acme",
            "--amount",
            "5k",
        ],
    );
    assert!(
        err.contains("the last `dealdeck check` found damage"),
        "{err}"
    );
    // Deleting a damaged record needs --repair, which works past the failed check.
    let err = refused(&db, &["deal", "delete", &id.to_string()]);
    assert!(err.contains("--repair"), "{err}");
    let out = ok(&db, &["deal", "delete", &id.to_string(), "--repair"]);
    assert!(out.contains("cannot be undone"), "{out}");
    assert!(ok(&db, &["check"]).contains("healthy"));
    ok(
        &db,
        &[
            "deal",
            "new",
            "--title",
            "New line",
            "--account",
            "Acme",
            "--amount",
            "5k",
        ],
    );
    assert!(ok(&db, &["audit"]).contains("damaged record removed in a repair"));
}

#[test]
fn concurrent_samples_leave_one_whole_workspace_and_force_never_pulls_an_open_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.redb");
    let runs: Vec<_> = (0..3)
        .map(|seed| {
            dealdeck(&db)
                .args(["sample", "--deals", "60", "--seed", &seed.to_string()])
                .args(["--today", TODAY])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let outcomes: Vec<Output> = runs
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect();
    let made = outcomes.iter().filter(|o| o.status.success()).count();
    assert_eq!(made, 1, "exactly one run creates it");
    for o in outcomes.iter().filter(|o| !o.status.success()) {
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert!(
            err.contains("already exists")
                || err.contains("created by another process")
                || err.contains("in use"),
            "{err}"
        );
    }
    assert!(ok(&db, &["check"]).contains("healthy"));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".new"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    // While another dealdeck has it open, --force replaces nothing.
    let held = dealdeck::store::Store::open(&db).unwrap();
    let before = std::fs::read(&db).unwrap();
    let err = refused(&db, &["sample", "--force", "--deals", "10"]);
    assert!(err.contains("in use by another dealdeck process"), "{err}");
    assert!(
        std::fs::read(&db).unwrap() == before,
        "the open file is untouched"
    );
    drop(held);
    ok(
        &db,
        &["sample", "--force", "--deals", "10", "--today", TODAY],
    );
    assert!(ok(&db, &["check"]).contains("healthy"));
}

#[test]
fn a_workspace_you_cannot_write_says_why_and_what_to_do() {
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let db = small_sample(dir.path(), "w.redb");
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&db).unwrap();
    let mut cmd = dealdeck(&db);
    cmd.args(["deal", "list"]);
    // Root may write anything: run as nobody to be refused as a user is.
    if unsafe { libc::geteuid() } == 0 {
        cmd.uid(65534).gid(65534);
    }
    let out = cmd.output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("is not writable by you"), "{err}");
    assert!(err.contains("open a copy"), "{err}");
    assert!(
        std::fs::read(&db).unwrap() == before,
        "the file is untouched"
    );
}

#[test]
fn an_amount_beyond_the_limits_from_an_older_file_is_named_by_reports_and_corrected() {
    let (_dir, db, ids) = sample_deals();
    let id = ids[0];
    // As an older dealdeck (no limits) would have stored it.
    for table in ["deals", "open_deals"] {
        common::raw::rewrite(&db, table, |key, deal: &mut dealdeck::domain::Deal| {
            if key == id {
                deal.amount.amount = rust_decimal::Decimal::from(8_000_000_000_000_000_000i64);
            }
        });
    }
    let err = refused(&db, &["report", "winloss", "--period", "2026"]);
    assert!(
        err.contains(&format!("deal {id}: amount")) && err.contains("deal edit"),
        "{err}"
    );
    // check names it and holds changes back; correcting the amount is allowed.
    assert_eq!(run(&db, &["check"]).status.code(), Some(1));
    let id = id.to_string();
    ok(&db, &["deal", "edit", &id, "--amount", "80k"]);
    assert!(ok(&db, &["check"]).contains("healthy"));
    ok(&db, &["report", "winloss", "--period", "2026"]);
    let audit = ok(&db, &["audit"]);
    assert!(
        audit.contains(&format!("edited deal {id}")) && audit.contains("→ 80,000.00 USD"),
        "{audit}"
    );
}

#[test]
fn tasks_are_listed_done_moved_and_handed_on_and_clear_an_overdue_next_step() {
    let dir = tempfile::tempdir().unwrap();
    let db = small_sample(dir.path(), "w.redb");
    let deals: serde_json::Value =
        serde_json::from_str(&ok(&db, &["deal", "list", "--status", "open", "--json"])).unwrap();
    // An open deal whose next step is overdue.
    let deal = deals
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["next_step_date"].as_str().is_some_and(|s| s < TODAY))
        .expect("the sample has an overdue next step");
    let id = deal["id"].as_u64().unwrap().to_string();
    let out = ok(
        &db,
        &[
            "task",
            "add",
            &id,
            "--summary",
            "Send the revised quote",
            "--due",
            "+2d",
        ],
    );
    assert!(
        out.contains(&format!("on deal {id}, due 2026-11-24")),
        "{out}"
    );
    let added = out.split_whitespace().nth(2).unwrap().to_string();
    let tasks: serde_json::Value =
        serde_json::from_str(&ok(&db, &["task", "list", "--json"])).unwrap();
    let open: Vec<u64> = tasks
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["deal"].as_u64().map(|d| d.to_string()) == Some(id.clone()))
        .map(|t| t["id"].as_u64().unwrap())
        .collect();
    assert!(!open.is_empty());
    // The added task moved and handed on (not the deal's next step: that stays
    // overdue), then every open task done: the last clears the overdue step.
    let moved = ok(&db, &["task", "move", &added, "--due", "2026-11-30"]);
    assert!(
        moved.contains("due 2026-11-30") && !moved.contains("next step"),
        "{moved}"
    );
    let err = refused(&db, &["task", "assign", &added, "--owner", "Nobody"]);
    assert!(err.contains("no owner named 'Nobody'"), "{err}");
    let owner = deal["owner"].as_u64().unwrap();
    let owners: serde_json::Value =
        serde_json::from_str(&ok(&db, &["export", "--format", "json"])).unwrap();
    let name = owners["owners"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"].as_u64() == Some(owner))
        .unwrap()["name"]
        .as_str()
        .unwrap()
        .to_string();
    ok(&db, &["task", "assign", &added, "--owner", &name]);
    let first = open[0].to_string();
    let mut last = String::new();
    for t in &open {
        last = ok(&db, &["task", "done", &t.to_string()]);
    }
    assert!(
        last.contains("the deal's overdue next step is cleared"),
        "{last}"
    );
    let shown: serde_json::Value =
        serde_json::from_str(&ok(&db, &["deal", "show", &id, "--json"])).unwrap();
    assert!(
        shown["deal"]["next_step_date"].is_null(),
        "{}",
        shown["deal"]
    );
    let err = refused(&db, &["task", "done", &first]);
    assert!(err.contains("already done"), "{err}");
    // Undo takes the last completion back, and the next step with it.
    ok(&db, &["undo"]);
    let shown: serde_json::Value =
        serde_json::from_str(&ok(&db, &["deal", "show", &id, "--json"])).unwrap();
    assert_eq!(shown["deal"]["next_step_date"], deal["next_step_date"]);
    assert!(ok(&db, &["check"]).contains("healthy"));
}

#[test]
fn deal_won_records_why_when_and_the_amount_signed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.redb");
    let made = ok(
        &db,
        &[
            "deal",
            "new",
            "--title",
            "Line sensors",
            "--account",
            "Acme",
            "--amount",
            "10k",
        ],
    );
    assert!(made.starts_with("created deal 1 "), "{made}");
    let won = [
        "deal",
        "won",
        "1",
        "--override",
        "signed before the demo",
        "--reason",
        "Price and terms",
        "--amount",
        "9,500",
    ];
    // Before the deal entered its stage (today, 2026-11-22): refused, worded.
    let mut early = won.to_vec();
    early.extend(["--closed-on", "2026-11-20"]);
    let err = refused(&db, &early);
    assert!(
        err.contains("cannot win on 2026-11-20: pick a day from 2026-11-22 to 2026-11-22"),
        "{err}"
    );
    ok(&db, &won);
    let shown = ok(&db, &["deal", "show", "1"]);
    assert!(shown.contains("  won       Price and terms"), "{shown}");
    assert!(shown.contains("9,500.00 USD"), "{shown}");
    let ws: serde_json::Value =
        serde_json::from_str(&ok(&db, &["export", "--format", "json"])).unwrap();
    assert_eq!(ws["deals"][0]["win"]["reason"], "Price and terms");
    assert_eq!(ws["deals"][0]["amount"]["amount"], "9500");
}

#[test]
fn deal_lost_takes_the_day_it_was_lost() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.redb");
    ok(
        &db,
        &[
            "deal",
            "new",
            "--title",
            "Dock cameras",
            "--account",
            "Acme",
            "--amount",
            "8k",
        ],
    );
    let lost = ["deal", "lost", "1", "--reason", "pricing"];
    // The day before the deal entered its stage (today, 2026-11-22): refused.
    let mut early = lost.to_vec();
    early.extend(["--lost-on", "2026-11-21"]);
    let err = refused(&db, &early);
    assert!(
        err.contains("cannot mark it lost on 2026-11-21: pick a day from 2026-11-22 to 2026-11-22"),
        "{err}"
    );
    let mut today = lost.to_vec();
    today.extend(["--lost-on", "today"]);
    ok(&db, &today);
    let shown = ok(&db, &["deal", "show", "1"]);
    assert!(shown.contains("Lost (lost)"), "{shown}");
}

#[test]
fn contact_edit_moves_a_contact_in_the_power_map_and_undo_takes_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = small_sample(dir.path(), "c.redb");
    let listed: serde_json::Value = serde_json::from_str(&ok(
        &db,
        &[
            "contact",
            "list",
            "--account",
            "Sterling Brands Inc.",
            "--json",
        ],
    ))
    .unwrap();
    let first = &listed.as_array().unwrap()[0];
    let id = first["id"].to_string();
    let out = ok(
        &db,
        &[
            "contact",
            "edit",
            &id,
            "--stance",
            "opponent",
            "--role",
            "decision-maker",
            "--influence",
            "5",
        ],
    );
    assert!(
        out.contains("Decision maker, opponent, influence 5"),
        "{out}"
    );
    let err = refused(&db, &["contact", "edit", &id, "--stance", "hostile"]);
    assert!(
        err.contains("--stance 'hostile': supporter, neutral or opponent"),
        "{err}"
    );
    assert!(ok(&db, &["undo"]).contains("edit contact"));
    let again: serde_json::Value = serde_json::from_str(&ok(
        &db,
        &[
            "contact",
            "list",
            "--account",
            "Sterling Brands Inc.",
            "--json",
        ],
    ))
    .unwrap();
    assert_eq!(again[0]["stance"], first["stance"]);
}
