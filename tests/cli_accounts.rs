//! `dealdeck account` and `contact add`/moves as a script runs them.

mod common;

use common::imports::{ok, run};

#[test]
fn an_account_shown_edited_and_its_contacts_added_and_moved() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::ssh::sample(dir.path());
    let list: serde_json::Value =
        serde_json::from_str(&ok(&db, &["account", "list", "--json"])).unwrap();
    let rows = list.as_array().unwrap();
    let name = |i: usize| rows[i]["account"]["name"].as_str().unwrap().to_string();
    let (a, b) = (name(0), name(1));
    // Open deals counted from the deals themselves, on an account that has some.
    let busy = rows
        .iter()
        .max_by_key(|r| r["figures"]["open_deals"].as_u64())
        .unwrap();
    let open = busy["figures"]["open_deals"].as_u64().unwrap();
    assert!(open > 0);
    let deals: serde_json::Value =
        serde_json::from_str(&ok(&db, &["deal", "list", "--status", "open", "--json"])).unwrap();
    let counted = deals
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["account"] == busy["account"]["id"])
        .count() as u64;
    assert_eq!(open, counted);
    let shown = ok(&db, &["account", "show", &a]);
    assert!(shown.starts_with(&a), "{shown}");
    assert!(shown.contains("Deals: "), "{shown}");
    assert!(shown.contains("Contacts ("), "{shown}");
    let added = ok(
        &db,
        &[
            "contact",
            "add",
            "Mei Lin",
            "--account",
            &a,
            "--role",
            "champion",
            "--stance",
            "supporter",
        ],
    );
    assert!(
        added.contains(&format!("Mei Lin added to {a}: Champion, supporter")),
        "{added}"
    );
    let id = added.split_whitespace().nth(1).unwrap().to_string();
    ok(&db, &["contact", "edit", &id, "--account", &b]);
    assert!(ok(&db, &["account", "show", &b]).contains("Mei Lin · Champion · supporter"));
    // The parent: set, then a circle refused with a non-zero exit.
    ok(&db, &["account", "edit", &a, "--parent", &b, "--tier", "A"]);
    assert!(ok(&db, &["account", "show", &a]).contains(&format!("part of {b}")));
    let circle = run(&db, &["account", "edit", &b, "--parent", &a]);
    assert!(!circle.status.success());
    assert!(String::from_utf8_lossy(&circle.stderr).contains("subsidiaries"));
    // An email that is not one is refused with what was expected.
    let bad = run(
        &db,
        &[
            "contact",
            "add",
            "Bo Wen",
            "--account",
            &a,
            "--email",
            "bo.wen",
        ],
    );
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("'bo.wen' is not an email address"));
    let unknown = run(&db, &["account", "show", "No Such Co"]);
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no account named 'No Such Co'"));
}
