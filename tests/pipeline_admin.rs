//! Pipeline admin from the command line: a stage added, re-weighted, moved and
//! removed while unused; a stage in deals' history stays; the funnel of closed
//! deals reads the same before and after; one undo puts a change back.

mod common;

use serde_json::Value;

use common::imports::{ok, run};

fn funnel(db: &std::path::Path) -> Value {
    let text = ok(
        db,
        &["report", "funnel", "--period", "2026", "--format", "json"],
    );
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v.as_object_mut().unwrap().remove("generated_at");
    v
}

#[test]
fn stages_change_and_the_history_of_closed_deals_reads_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::ssh::sample(dir.path());
    let before = funnel(&db);
    let added = ok(
        &db,
        &[
            "pipeline",
            "add-stage",
            "new business",
            "Pilot",
            "--after",
            "qualification",
            "--probability",
            "35",
            "--rotting-days",
            "20",
            "--gate",
            "pilot scope signed",
        ],
    );
    assert!(
        added.contains("Pilot            35 %     20 d  pilot scope signed"),
        "{added}"
    );
    ok(
        &db,
        &[
            "pipeline",
            "edit-stage",
            "new business",
            "pilot",
            "--probability",
            "40",
            "--no-gate",
        ],
    );
    ok(
        &db,
        &[
            "pipeline",
            "move-stage",
            "new business",
            "pilot",
            "--after",
            "needs",
        ],
    );
    let json: Value = serde_json::from_str(&ok(&db, &["pipeline", "list", "--json"])).unwrap();
    let names: Vec<&str> = json[0]["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Qualification",
            "Needs Analysis",
            "Pilot",
            "Proposal",
            "Negotiation",
            "Won",
            "Lost"
        ]
    );
    assert_eq!(json[0]["stages"][2]["probability"], 40);
    // The old stages' figures are what they were (the new one has no history).
    let after = funnel(&db);
    let rows = |v: &Value| -> Vec<Value> {
        v["funnel"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|p| p["stages"].as_array().unwrap().clone())
            .filter(|s| s["stage"] != "Pilot")
            .collect()
    };
    assert_eq!(
        rows(&before).len(),
        7,
        "both pipelines' open stages: {before}"
    );
    assert_eq!(rows(&before), rows(&after));
    // A stage deals went through stays; an unused one goes.
    let refused = run(
        &db,
        &["pipeline", "remove-stage", "new business", "negotiation"],
    );
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("in the history of deals"));
    ok(&db, &["pipeline", "remove-stage", "new business", "pilot"]);
    // Undo puts Pilot back.
    ok(&db, &["undo"]);
    let json: Value = serde_json::from_str(&ok(&db, &["pipeline", "list", "--json"])).unwrap();
    assert!(
        json[0]["stages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["name"] == "Pilot")
    );
    // Won and Lost never move or go; two stages never share a name.
    assert!(
        !run(&db, &["pipeline", "remove-stage", "new business", "won"])
            .status
            .success()
    );
    assert!(
        !run(
            &db,
            &[
                "pipeline",
                "edit-stage",
                "new business",
                "pilot",
                "--name",
                "proposal"
            ]
        )
        .status
        .success()
    );
}
