//! `dealdeck import deals` on hand-written exports of each CRM's published column set,
//! and on malformed files: exact messages, and nothing written when a row is bad.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

fn dealdeck(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dealdeck"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("DEALDECK_NOW", "2026-11-22T10:00:00Z")
        .env("DEALDECK_USER", "importer")
        .env_remove("DEALDECK_DB")
        .output()
        .unwrap()
}

/// `import KIND FILE --from PRESET`.
fn import_cmd<'a>(kind: &'a str, file: &'a str, from: &'a str) -> [&'a str; 5] {
    ["import", kind, file, "--from", from]
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = dealdeck(db, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Fails, and says why on stderr.
fn refused(db: &Path, args: &[&str]) -> String {
    let out = dealdeck(db, args);
    assert!(!out.status.success(), "{args:?} should fail");
    String::from_utf8(out.stderr).unwrap()
}

fn export(db: &Path) -> Value {
    serde_json::from_str(&ok(db, &["export", "--format", "json"])).unwrap()
}

fn empty_workspace(dir: &Path) -> PathBuf {
    let db = dir.join("w.redb");
    // A dry run creates no file, even where none is yet.
    ok(
        &db,
        &[
            "import",
            "deals",
            fixture("salesforce.csv").to_str().unwrap(),
            "--from",
            "salesforce",
            "--stage-map",
            "Proposal/Price Quote=Proposal",
            "--dry-run",
        ],
    );
    assert!(!db.exists(), "a dry run created the workspace file");
    // An empty workspace: the default pipelines and nothing else.
    drop(dealdeck::store::Store::open(&db).unwrap());
    db
}

fn deal_by_external<'a>(ws: &'a Value, id: &str) -> &'a Value {
    ws["deals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["external_id"] == id)
        .unwrap_or_else(|| panic!("no deal {id}"))
}

#[test]
fn salesforce_export_imports_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = empty_workspace(dir.path());
    assert_eq!(
        export(&db)["deals"].as_array().unwrap().len(),
        0,
        "dry run wrote nothing"
    );
    let file = fixture("salesforce.csv");
    let args = [
        "import",
        "deals",
        file.to_str().unwrap(),
        "--from",
        "salesforce",
        "--stage-map",
        "Proposal/Price Quote=Proposal",
    ];
    let out = ok(&db, &args);
    assert!(
        out.starts_with("imported 4 deals (1 won, 1 lost) from ")
            && out.ends_with(
                "; 0 already in the workspace; 4 new accounts, 2 new owners\n  \
                 2 closed deals: no stage before the close in the file: history starts at the close, a loss's stage unknown\n"
            ),
        "{out}"
    );
    let ws = export(&db);
    let won = deal_by_external(&ws, "0065g00000AbCdE");
    assert_eq!(won["status"], "won");
    assert_eq!(won["amount"]["amount"], "75000");
    assert_eq!(won["closed_at"], "2026-03-18T12:00:00Z");
    assert_eq!(won["created_at"], "2026-01-05T12:00:00Z");
    let open = deal_by_external(&ws, "0065g00000AbCdF");
    assert_eq!(
        (&open["status"], &open["forecast"]),
        (&Value::from("open"), &Value::from("commit"))
    );
    assert_eq!(open["probability_override"], 75);
    assert_eq!(open["expected_close"], "2026-12-15");
    assert_eq!(open["next_step"], "Send revised quote");
    let lost = deal_by_external(&ws, "0065g00000AbCdG");
    assert_eq!(lost["loss"]["category"], "pricing");
    assert_eq!(lost["loss"]["sub_reason"], "Price too high");
    // The file says "Closed Lost" and no stage before it: the stage it was
    // lost at is unknown, and its synthetic history is the close alone
    // (marked imported) rather than a made-up stay in the first stage.
    assert_eq!(lost["loss"]["stage_lost_at"], Value::Null);
    let events: Vec<&Value> = ws["stage_events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["deal"] == lost["id"])
        .collect();
    assert_eq!(events.len(), 1);
    assert!(events.iter().all(|e| e["imported"] == true));
    assert_eq!(events[0]["at"], "2026-10-20T12:00:00Z");
    assert!(ok(&db, &["check"]).contains("healthy"));

    // The same file again changes nothing.
    let again = ok(&db, &args);
    assert!(
        again.starts_with("imported 0 deals") && again.contains("4 already in the workspace"),
        "{again}"
    );
    assert_eq!(export(&db)["deals"].as_array().unwrap().len(), 4);
}

#[test]
fn hubspot_and_pipedrive_exports() {
    let dir = tempfile::tempdir().unwrap();
    let db = empty_workspace(dir.path());
    let hubspot = fixture("hubspot.csv");
    let out = ok(
        &db,
        &[
            "import",
            "deals",
            hubspot.to_str().unwrap(),
            "--from",
            "hubspot",
            "--stage-map",
            "Appointment scheduled=Qualification",
        ],
    );
    assert!(out.starts_with("imported 3 deals (1 won, 1 lost)"), "{out}");
    let ws = export(&db);
    assert_eq!(
        deal_by_external(&ws, "9003")["loss"]["category"],
        "competition"
    );
    assert_eq!(
        deal_by_external(&ws, "9001")["closed_at"],
        "2026-09-30T12:00:00Z"
    );

    let pipedrive = fixture("pipedrive.csv");
    let out = ok(
        &db,
        &[
            "import",
            "deals",
            pipedrive.to_str().unwrap(),
            "--from",
            "pipedrive",
            "--stage-map",
            "Negotiations Started=Negotiation",
            "--stage-map",
            "Proposal Made=Proposal",
            "--stage-map",
            "Contact Made=Qualification",
        ],
    );
    assert!(out.starts_with("imported 3 deals (1 won, 1 lost)"), "{out}");
    let ws = export(&db);
    let won = deal_by_external(&ws, "18");
    assert_eq!(
        won["amount"],
        serde_json::json!({"amount": "15500", "currency": "EUR"})
    );
    assert_eq!(
        won["closed_at"], "2026-10-28T12:00:00Z",
        "the won time, not the expected date"
    );
    let lost = deal_by_external(&ws, "19");
    assert_eq!(lost["loss"]["category"], "customer_risk");
    assert_eq!(
        lost["loss"]["sub_reason"], "Budget cut",
        "a sub-reason of the taxonomy"
    );
    assert_eq!(
        lost["loss"]["stage_lost_at"], 1,
        "lost in Contact Made = Qualification"
    );
    assert!(ok(&db, &["check"]).contains("healthy"));
}

#[test]
fn semicolons_bom_crlf_european_amounts_and_dates_with_map() {
    let dir = tempfile::tempdir().unwrap();
    let db = empty_workspace(dir.path());
    let file = fixture("semicolon_bom_crlf.csv");
    let out = ok(
        &db,
        &[
            "import",
            "deals",
            file.to_str().unwrap(),
            "--map",
            "title=Name",
            "--map",
            "account=Company",
            "--map",
            "stage=Stage",
            "--map",
            "amount=Value",
            "--map",
            "close_date=Close",
            "--currency",
            "CNY",
            "--default-created",
            "2026-09-01",
        ],
    );
    assert!(out.starts_with("imported 1 deal (0 won, 0 lost)"), "{out}");
    let ws = export(&db);
    let deal = &ws["deals"][0];
    assert_eq!(deal["title"], "MES rollout");
    assert_eq!(deal["amount"]["amount"], "12500");
    assert_eq!(deal["amount"]["currency"], "CNY");
    assert_eq!(deal["expected_close"], "2026-12-31");
    assert_eq!(deal["created_at"], "2026-09-01T12:00:00Z");
    assert_eq!(ws["accounts"][0]["name"], "华东精密");
}

#[test]
fn a_gbk_export_is_read_as_gbk() {
    let dir = tempfile::tempdir().unwrap();
    let db = empty_workspace(dir.path());
    let text = "Deal Name,Deal Stage,Amount,Close Date,Associated Company\n\
                质量管理系统,Closed won,\"88,000\",2026-10-12,苏州联创食品\n";
    let (bytes, _, _) = encoding_rs::GBK.encode(text);
    let file = dir.path().join("gbk.csv");
    std::fs::write(&file, &bytes).unwrap();
    let path = file.to_str().unwrap();
    // Asked for as UTF-8, refused; detected, read.
    let err = refused(
        &db,
        &[
            "import",
            "deals",
            path,
            "--from",
            "hubspot",
            "--encoding",
            "utf-8",
        ],
    );
    assert!(err.contains("not UTF-8 text"), "{err}");
    // The file has no created dates: refused unless an option says what to use.
    let err = refused(&db, &import_cmd("deals", path, "hubspot"));
    assert!(
        err.contains("created_date (no such column in the file)")
            && err.contains("--default-created"),
        "{err}"
    );
    let mut args = import_cmd("deals", path, "hubspot").to_vec();
    args.extend(["--default-created", "close"]);
    let out = ok(&db, &args);
    assert!(out.starts_with("imported 1 deal (1 won, 0 lost)"), "{out}");
    assert!(
        out.contains("1 row: blank created date set by --default-created"),
        "{out}"
    );
    let ws = export(&db);
    assert_eq!(ws["deals"][0]["title"], "质量管理系统");
    assert_eq!(ws["deals"][0]["created_at"], "2026-10-12T12:00:00Z");
    assert_eq!(ws["accounts"][0]["name"], "苏州联创食品");
}

/// Writes `text` as a file and imports it with the Salesforce preset.
fn import_text(db: &Path, dir: &Path, text: &[u8]) -> String {
    let file = dir.join("bad.csv");
    std::fs::write(&file, text).unwrap();
    let mut args = import_cmd("deals", file.to_str().unwrap(), "salesforce").to_vec();
    args.extend(["--default-created", "import-date"]);
    refused(db, &args)
}

const HEADER: &str = "Opportunity Name,Account Name,Stage,Amount,Close Date\n";

#[test]
fn bad_files_are_refused_whole_with_the_cell_named() {
    let dir = tempfile::tempdir().unwrap();
    let db = empty_workspace(dir.path());
    let good = "A,Acme,Qualification,100,2026-12-01\n";
    let cases: Vec<(String, &str)> = vec![
        (
            format!("{HEADER}{good}B,Acme,Qualification,100,2026-13-45\n"),
            "line 3, column 'Close Date': '2026-13-45' — expected a date (2026-10-31, 10/31/2026 or 31.10.2026)",
        ),
        (
            format!("{HEADER}{good}C,Acme,Qualification,12.5.0,2026-12-01\n"),
            "line 3, column 'Amount': '12.5.0' — expected an amount like 12500, 12,500.00 or 12.5k",
        ),
        (
            format!("{HEADER}{good}D,Acme,Qualification\n"),
            "line 3: 3 columns where the header has 5",
        ),
        (
            format!("{HEADER}{good}E,Acme,Discovery,100,2026-12-01\n"),
            "line 3, column 'Stage': 'Discovery' — expected a stage of New business (Qualification, Needs Analysis, Proposal, Negotiation, won, lost); map others with --stage-map \"Discovery=STAGE\"",
        ),
        (
            "Opportunity Name,Stage,Amount\nA,Qualification,100\n".to_string(),
            "the preset found none for: account",
        ),
    ];
    for (text, message) in cases {
        let err = import_text(&db, dir.path(), text.as_bytes());
        assert!(err.contains(message), "wanted {message:?} in:\n{err}");
        assert!(err.contains("bad.csv"), "the file is named: {err}");
    }
    let not_text = import_text(
        &db,
        dir.path(),
        b"Opportunity Name,Account Name\n\xff\xff,x\n",
    );
    assert!(
        not_text.contains("bad.csv: line 2: not UTF-8 (or GBK) text"),
        "{not_text}"
    );
    // A 1 MB name: refused by the deal's own rules, with its line.
    let huge = format!(
        "{HEADER}{},Acme,Qualification,1,2026-12-01\n",
        "x".repeat(1 << 20)
    );
    let err = import_text(&db, dir.path(), huge.as_bytes());
    assert!(err.contains("line 2"), "{err}");
    // Nothing of any of it landed.
    let ws = export(&db);
    assert_eq!(ws["deals"].as_array().unwrap().len(), 0);
    assert_eq!(ws["accounts"].as_array().unwrap().len(), 0);
}

#[test]
fn at_most_twenty_problems_are_listed() {
    let dir = tempfile::tempdir().unwrap();
    let db = empty_workspace(dir.path());
    let mut text = HEADER.to_string();
    for i in 0..30 {
        text.push_str(&format!("D{i},Acme,Qualification,lots,2026-12-01\n"));
    }
    let err = import_text(&db, dir.path(), text.as_bytes());
    assert!(err.contains("30 problem(s), nothing imported"), "{err}");
    assert!(err.contains("… and 10 more (30 in all;"), "{err}");
    assert!(
        err.contains("line 21, column 'Amount'") && !err.contains("line 22,"),
        "{err}"
    );
}

mod reader_never_panics {
    use chrono::{TimeZone, Utc};
    use dealdeck::domain::{Currency, PipelineId, defaults};
    use dealdeck::io::deals_in::{DealMapping, Preset, read_deals};
    use dealdeck::io::sheet::read_sheet;
    use proptest::prelude::*;

    fn mapping() -> DealMapping {
        DealMapping {
            preset: Some(Preset::Salesforce),
            columns: vec![],
            stages: vec![],
            date_format: None,
            currency: Currency::USD,
            pipeline: PipelineId(1),
            now: Utc.with_ymd_and_hms(2026, 11, 22, 10, 0, 0).unwrap(),
            defaults: Default::default(),
            products: vec![],
        }
    }

    /// Cells drawn from what breaks readers: quotes, separators, line ends, odd
    /// numbers and dates, multi-byte text.
    fn cell() -> impl Strategy<Value = String> {
        prop_oneof![
            "[A-Za-z0-9 ,.;\"\r\n\t-]{0,12}",
            Just("Closed Won".to_string()),
            Just("12.500,00".to_string()),
            Just("10/31/2026".to_string()),
            Just("华东\u{202e}".to_string()),
            Just(String::new()),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let pipelines = defaults::pipelines(Utc::now());
            if let Ok(sheet) = read_sheet(&bytes, "fuzz.csv", None) {
                let _ = read_deals(&sheet, &mapping(), &pipelines);
            }
        }

        #[test]
        fn csv_shaped_rows(rows in proptest::collection::vec(proptest::collection::vec(cell(), 5), 0..8)) {
            let pipelines = defaults::pipelines(Utc::now());
            let mut text = String::from("Opportunity Name,Account Name,Stage,Amount,Close Date\n");
            for row in rows {
                let quoted: Vec<String> = row.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect();
                text.push_str(&quoted.join(","));
                text.push('\n');
            }
            let sheet = read_sheet(text.as_bytes(), "fuzz.csv", None);
            prop_assert!(sheet.is_ok(), "{:?}", sheet);
            if let Ok(sheet) = sheet {
                match read_deals(&sheet, &mapping(), &pipelines) {
                    Ok(deals) => prop_assert!(deals.len() <= sheet.len()),
                    Err(e) => prop_assert!(e.to_string().starts_with("fuzz.csv: ")),
                }
            }
        }
    }
}

#[test]
fn skip_bad_rows_imports_the_rest_and_lists_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let db = empty_workspace(dir.path());
    let file = dir.path().join("mixed.csv");
    std::fs::write(
        &file,
        format!(
            "{HEADER}A,Acme,Qualification,100,2026-12-01\nB,Acme,Qualification,lots,2026-12-01\nC,Acme,=cmd(),100,2026-12-01\nD,Acme,Proposal,100,2026-12-01\n"
        ),
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let out = ok(
        &db,
        &[
            "import",
            "deals",
            path,
            "--from",
            "salesforce",
            "--skip-bad-rows",
            "--default-created",
            "import-date",
        ],
    );
    let listed = format!("{path}.rejected.csv");
    assert!(
        out.starts_with("imported 2 deals (0 won, 0 lost)")
            && out.contains("  2 rows: blank created date set by --default-created\n")
            && out.ends_with(&format!(
                "  2 rows rejected (2 problems), listed in {listed}\n"
            )),
        "{out}"
    );
    let rejects = std::fs::read_to_string(&listed).unwrap();
    let lines: Vec<&str> = rejects.lines().collect();
    assert_eq!(
        lines[0],
        "problem,Opportunity Name,Account Name,Stage,Amount,Close Date"
    );
    assert!(
        lines[1].starts_with("\"line 3, column 'Amount': 'lots'")
            && lines[1].ends_with(",B,Acme,Qualification,lots,2026-12-01"),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].contains("column 'Stage': '=cmd()'"),
        "{}",
        lines[2]
    );
    assert_eq!(lines.len(), 3);
    let titles: Vec<String> = export(&db)["deals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["title"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(titles, ["A", "D"]);
}

#[test]
fn export_import_export_gives_the_same_file() {
    let dir = tempfile::tempdir().unwrap();
    let sample = dir.path().join("s.redb");
    ok(
        &sample,
        &[
            "sample",
            "--deals",
            "300",
            "--seed",
            "3",
            "--today",
            "2026-11-22",
        ],
    );
    let first = ok(&sample, &["export", "deals", "--format", "csv"]);
    assert!(first.starts_with(
        "external_id,title,account,owner,pipeline,stage,status,amount,currency,expected_close,created,closed,probability,source,next_step,forecast,loss_reason\n"
    ));
    let file = dir.path().join("deals.csv");
    std::fs::write(&file, &first).unwrap();
    let db = empty_workspace(dir.path());
    let out = ok(
        &db,
        &import_cmd("deals", file.to_str().unwrap(), "dealdeck"),
    );
    assert!(out.starts_with("imported 300 deals"), "{out}");
    let second = ok(&db, &["export", "deals", "--format", "csv"]);
    if first != second {
        let diff: Vec<(&str, &str)> = first
            .lines()
            .zip(second.lines())
            .filter(|(a, b)| a != b)
            .take(3)
            .collect();
        panic!("round trip differs: {diff:#?}");
    }
    assert!(ok(&db, &["check"]).contains("healthy"));
}

#[test]
fn csv_exports_neutralise_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let db = empty_workspace(dir.path());
    let file = dir.path().join("evil.csv");
    std::fs::write(
        &file,
        format!("{HEADER}\"=HYPERLINK(\"\"http://evil\"\")\",@Acme,Qualification,100,2026-12-01\n"),
    )
    .unwrap();
    let mut args = import_cmd("deals", file.to_str().unwrap(), "salesforce").to_vec();
    args.extend(["--default-created", "import-date"]);
    ok(&db, &args);
    let deals = ok(&db, &["export", "deals", "--format", "csv"]);
    let row = deals.lines().nth(1).unwrap();
    assert!(
        row.contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",'@Acme,"),
        "{row}"
    );
    for kind in ["accounts", "contacts", "activities", "events"] {
        let out = ok(&db, &["export", kind, "--format", "csv"]);
        assert!(
            !out.lines()
                .skip(1)
                .any(|l| l.split(',').any(|c| c.starts_with(['=', '@']))),
            "{kind}: {out}"
        );
    }
    let accounts = ok(&db, &["export", "accounts", "--format", "csv"]);
    assert!(accounts.contains(",'@Acme,"), "{accounts}");
    let err = refused(&db, &["export", "--format", "csv"]);
    assert!(err.contains("CSV holds one kind of record"), "{err}");
}

#[test]
fn accounts_then_contacts_then_deals_join_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let db = empty_workspace(dir.path());
    let accounts = fixture("salesforce_accounts.csv");
    let out = ok(
        &db,
        &import_cmd("accounts", accounts.to_str().unwrap(), "salesforce"),
    );
    assert_eq!(
        out,
        format!(
            "imported 3 accounts from {}; 0 already there; 0 new accounts, 2 new owners\n",
            accounts.display()
        )
    );
    let contacts = fixture("salesforce_contacts.csv");
    let out = ok(
        &db,
        &import_cmd("contacts", contacts.to_str().unwrap(), "salesforce"),
    );
    assert!(
        out.starts_with("imported 3 contacts") && out.contains("0 new accounts"),
        "{out}"
    );
    // Deals land on the accounts already there.
    let deals = fixture("salesforce.csv");
    let out = ok(
        &db,
        &[
            "import",
            "deals",
            deals.to_str().unwrap(),
            "--from",
            "salesforce",
            "--stage-map",
            "Proposal/Price Quote=Proposal",
        ],
    );
    assert!(
        out.contains("2 new accounts, 0 new owners"),
        "Edge and Burlington exist: {out}"
    );
    let ws = export(&db);
    let austin = ws["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == "Edge Communications Austin")
        .unwrap();
    assert_eq!(austin["parent"], 1, "Edge Communications");
    assert_eq!(austin["industry"], "Electronics");
    assert_eq!(austin["region"], "United States");
    let rose = ws["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "Rose Gonzalez")
        .unwrap();
    assert_eq!(
        (&rose["account"], &rose["title"]),
        (&Value::from(1), &Value::from("SVP Procurement"))
    );
    // Again: nothing new.
    let again = ok(
        &db,
        &import_cmd("contacts", contacts.to_str().unwrap(), "salesforce"),
    );
    assert!(
        again.starts_with("imported 0 contacts") && again.contains("3 already there"),
        "{again}"
    );
    assert!(ok(&db, &["check"]).contains("healthy"));
}

#[test]
fn accounts_round_trip_and_bad_cells() {
    let dir = tempfile::tempdir().unwrap();
    let sample = dir.path().join("s.redb");
    ok(
        &sample,
        &[
            "sample",
            "--deals",
            "120",
            "--seed",
            "3",
            "--today",
            "2026-11-22",
        ],
    );
    let first = ok(&sample, &["export", "accounts", "--format", "csv"]);
    let file = dir.path().join("accounts.csv");
    std::fs::write(&file, &first).unwrap();
    let db = empty_workspace(dir.path());
    ok(
        &db,
        &import_cmd("accounts", file.to_str().unwrap(), "dealdeck"),
    );
    let second = ok(&db, &["export", "accounts", "--format", "csv"]);
    assert!(first == second, "accounts differ after a round trip");

    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "name,tier,size\nAcme,Z,huge\n").unwrap();
    let err = refused(
        &db,
        &import_cmd("accounts", bad.to_str().unwrap(), "dealdeck"),
    );
    assert!(
        err.contains("line 2, column 'tier': 'Z' — expected one of A, B, C"),
        "{err}"
    );
    assert!(
        err.contains("line 2, column 'size': 'huge' — expected one of small"),
        "{err}"
    );
    std::fs::write(&bad, "name,account,influence\nAnn,Acme,9\n").unwrap();
    let err = refused(
        &db,
        &import_cmd("contacts", bad.to_str().unwrap(), "dealdeck"),
    );
    assert!(
        err.contains("column 'influence': '9' — expected 1 to 5"),
        "{err}"
    );
}

#[test]
fn a_whole_workspace_moves_through_csv() {
    let dir = tempfile::tempdir().unwrap();
    let sample = dir.path().join("s.redb");
    ok(
        &sample,
        &[
            "sample",
            "--deals",
            "150",
            "--seed",
            "4",
            "--today",
            "2026-11-22",
        ],
    );
    let db = empty_workspace(dir.path());
    for kind in ["accounts", "contacts", "deals", "activities"] {
        let file = dir.path().join(format!("{kind}.csv"));
        std::fs::write(&file, ok(&sample, &["export", kind, "--format", "csv"])).unwrap();
        let out = ok(
            &db,
            &["import", kind, file.to_str().unwrap(), "--from", "dealdeck"],
        );
        assert!(out.starts_with("imported "), "{kind}: {out}");
    }
    for kind in ["accounts", "deals", "activities"] {
        let before = ok(&sample, &["export", kind, "--format", "csv"]);
        let after = ok(&db, &["export", kind, "--format", "csv"]);
        assert!(before == after, "{kind} differ after moving through CSV");
    }
    // Contacts: all there, on the same accounts (their last contact now comes from
    // the imported activities).
    let names = |db: &Path| -> Vec<(String, String)> {
        let csv = ok(db, &["export", "contacts", "--format", "csv"]);
        csv.lines()
            .skip(1)
            .map(|l| {
                let cells: Vec<&str> = l.split(',').collect();
                (cells[1].to_string(), cells[3].to_string())
            })
            .collect()
    };
    assert_eq!(names(&sample), names(&db));
    let activities = dir.path().join("activities.csv");
    let again = ok(
        &db,
        &import_cmd("activities", activities.to_str().unwrap(), "dealdeck"),
    );
    assert!(again.starts_with("imported 0 activities"), "{again}");
    assert!(ok(&db, &["check"]).contains("healthy"));
}
