//! Real exports nobody here wrote, in the shape CRMs write them: every row comes
//! in or is named, and nothing is changed without an option saying so — each
//! default counted in the summary — and the figures after the import are the
//! ones the file holds.

mod common;

use common::imports::*;
use serde_json::Value;

#[test]
fn blank_accounts_are_named_until_an_option_says_where_they_go() {
    let dir = tempfile::tempdir().unwrap();
    let db = workspace(dir.path());
    let file = fixture("pipeline_blank_accounts.csv");
    let err = refused(&db, &["import", "deals", &file, "--from", "salesforce"]);
    assert!(err.contains("2 problem(s), nothing imported"), "{err}");
    for line in [3, 4] {
        assert!(
            err.contains(&format!("line {line}, column 'Account Name': ''"))
                && err.contains("--default-account NAME"),
            "{err}"
        );
    }
    assert!(deals(&db).is_empty(), "nothing half-written");
    let summary = json(
        &db,
        &[
            "import",
            "deals",
            &file,
            "--from",
            "salesforce",
            "--default-account",
            "Unassigned accounts",
            "--summary-json",
        ],
    );
    assert_eq!(summary["imported"], 5);
    assert_eq!(summary["corrections"]["default_account"], 2);
    assert_eq!(summary["problems"], 0);
    // An open deal the CRM never dated comes in undated, counted.
    assert_eq!(summary["open_without_close_date"], 1);
    let all = deals(&db);
    let forecast: Vec<&str> = all
        .iter()
        .map(|d| d["forecast"].as_str().unwrap())
        .collect();
    // Label and API forms: Pipeline, BestCase, Forecast (= Commit), Omitted.
    assert_eq!(
        forecast,
        ["pipeline", "best_case", "commit", "omitted", "pipeline"]
    );
    assert_eq!(all[4]["expected_close"], Value::Null);
    let report = report(&db, "forecast", "2026-Q4");
    assert_eq!(
        (
            &report["forecast"]["undated_deals"],
            &report["forecast"]["undated_amount"]
        ),
        (&Value::from(1), &Value::from("9000"))
    );
    let accounts = json(&db, &["export", "--format", "json"])["accounts"].clone();
    let names: Vec<&str> = accounts
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"Unassigned accounts"), "{names:?}");
}

#[test]
fn a_closed_file_without_dates_comes_in_with_the_dates_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let db = workspace(dir.path());
    let file = fixture("closed_no_dates.csv");
    let map = [
        "--map",
        "title=Deal Name",
        "--map",
        "account=Company",
        "--map",
        "status=Outcome",
        "--map",
        "amount=Value",
        "--map",
        "loss_reason=Loss Reason",
    ];
    let mut args = vec!["import", "deals", file.as_str()];
    args.extend(map);
    let err = refused(&db, &args);
    // The column the file lacks is named, with the option that supplies it.
    assert!(
        err.contains("column 'close_date (no such column in the file)'")
            && err.contains("--closed-on DATE"),
        "{err}"
    );
    args.extend([
        "--closed-on",
        "2026-10-31",
        "--default-created",
        "close",
        "--summary-json",
    ]);
    let summary: Value = serde_json::from_str(&ok(&db, &args)).unwrap();
    assert_eq!(summary["imported"], 5);
    assert_eq!(
        (summary["won"].as_u64(), summary["lost"].as_u64()),
        (Some(2), Some(3))
    );
    assert_eq!(summary["corrections"]["closed_on"], 5);
    assert_eq!(summary["corrections"]["default_created"], 5);
    // Fleet tracking was lost without a reason: unclassified, not "no decision".
    assert_eq!(summary["unclassified_losses"], 1);
    let loss = report(&db, "loss", "2026-10");
    assert_eq!(loss["lost"], 3);
    assert_eq!(loss["unclassified"], 1);
    // Win rate of October, computed from the file by hand: 2 won of 5 closed.
    let report = report(&db, "winloss", "2026-10");
    assert_eq!(report["win_rate"]["won"], 2);
    assert_eq!(report["win_rate"]["lost"], 3);
    let rate = report["win_rate"]["win_rate"].as_f64().unwrap();
    assert!((rate - 0.4).abs() < 1e-9, "{rate}");
    assert!(ok(&db, &["check"]).contains("healthy"));
}

#[test]
fn repeated_ids_identical_rows_are_skipped_differing_ones_named() {
    let dir = tempfile::tempdir().unwrap();
    let db = workspace(dir.path());
    let file = fixture("repeated_ids.csv");
    let err = refused(&db, &["import", "deals", &file, "--from", "hubspot"]);
    assert!(
        err.contains("line 5, column 'Record ID': '903' — expected one row per deal: line 6 has the same id with other values")
            && err.contains("line 6, column 'Record ID': '903' — expected one row per deal: line 5"),
        "{err}"
    );
    let rejects = dir.path().join("rejects.csv");
    let out = ok(
        &db,
        &[
            "import",
            "deals",
            &file,
            "--from",
            "hubspot",
            "--skip-bad-rows",
            "--rejects",
            rejects.to_str().unwrap(),
        ],
    );
    assert!(out.starts_with("imported 2 deals"), "{out}");
    assert!(
        out.contains("  1 row: identical to an earlier row with the same id, skipped"),
        "{out}"
    );
    assert!(out.contains("  2 rows rejected (2 problems)"), "{out}");
    let titles: Vec<String> = deals(&db)
        .iter()
        .map(|d| d["title"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(titles, ["Analytics add-on", "Data platform"]);
    // Each refused row keeps its own cells, read again from the file.
    let rejected = std::fs::read_to_string(&rejects).unwrap();
    let rows: Vec<&str> = rejected.lines().collect();
    assert_eq!(rows.len(), 3, "{rejected}");
    assert!(
        rows[1].ends_with(",903,Support renewal,Tailspin,Negotiation,15000,2026-12-31,2026-08-20")
            && rows[2]
                .ends_with(",903,Support renewal,Tailspin,Negotiation,17500,2026-12-31,2026-08-20"),
        "{rejected}"
    );
}

#[test]
fn a_close_before_the_created_date_is_a_problem_unless_fixed_as_asked() {
    let dir = tempfile::tempdir().unwrap();
    let db = workspace(dir.path());
    let file = fixture("close_before_created.csv");
    let err = refused(&db, &["import", "deals", &file, "--from", "pipedrive"]);
    assert!(
        err.contains("line 2")
            && err.contains("on or after the created date 2026-09-10")
            && err.contains("--fix-dates swap|created"),
        "{err}"
    );
    let out = ok(
        &db,
        &[
            "import",
            "deals",
            &file,
            "--from",
            "pipedrive",
            "--fix-dates",
            "swap",
        ],
    );
    assert!(
        out.contains("  1 row: close before created: dates swapped (--fix-dates swap)"),
        "{out}"
    );
    let kiosk = deals(&db)
        .into_iter()
        .find(|d| d["title"] == "Kiosk rollout")
        .unwrap();
    assert_eq!(kiosk["created_at"], "2026-08-28T12:00:00Z");
    assert_eq!(kiosk["closed_at"], "2026-09-10T12:00:00Z");
    assert_eq!(kiosk["amount"]["currency"], "EUR");
}

#[test]
fn the_export_is_known_by_its_header() {
    let dir = tempfile::tempdir().unwrap();
    let db = workspace(dir.path());
    let file = fixture("salesforce_api.csv");
    let out = run(
        &db,
        &[
            "import",
            "deals",
            &file,
            "--stage-map",
            "Prospecting=Qualification",
        ],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("as a salesforce export (from its header)"),
        "{stderr}"
    );
    let all = deals(&db);
    assert_eq!(all.len(), 2);
    assert_eq!(all[0]["status"], "won");
    assert_eq!(all[1]["source"], "Web");
    // A header no preset knows: say how to read it.
    let odd = dir.path().join("odd.csv");
    std::fs::write(&odd, "Thing,Other\nx,y\n").unwrap();
    let err = refused(&db, &["import", "deals", odd.to_str().unwrap()]);
    assert!(err.contains("matches no export dealdeck knows"), "{err}");
}

#[test]
fn options_keep_their_word() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.redb");
    let file = fixture("repeated_ids.csv");
    let rejects = dir.path().join("dry-rejects.csv");
    // A dry run on a path with no workspace creates none, and still lists the rejects.
    let out = ok(
        &db,
        &[
            "import",
            "deals",
            &file,
            "--from",
            "hubspot",
            "--dry-run",
            "--skip-bad-rows",
            "--rejects",
            rejects.to_str().unwrap(),
        ],
    );
    assert!(
        out.starts_with("dry run, nothing written: would import 2 deals"),
        "{out}"
    );
    assert!(!db.exists(), "the dry run created the workspace");
    assert!(rejects.exists(), "the rejects file named is written");
    // A dry run on a workspace leaves it byte for byte as it was.
    let db = workspace(dir.path());
    let before = std::fs::read(&db).unwrap();
    ok(
        &db,
        &[
            "import",
            "deals",
            &file,
            "--from",
            "hubspot",
            "--dry-run",
            "--skip-bad-rows",
        ],
    );
    assert!(
        std::fs::read(&db).unwrap() == before,
        "the dry run changed the file"
    );
    // --skip-bad-rows that brings nothing in says so with a non-zero exit.
    let all_bad = dir.path().join("all-bad.csv");
    std::fs::write(
        &all_bad,
        "Deal Name,Associated Company,Deal Stage,Amount,Close Date,Create Date\nA,Acme,Nowhere,1,2026-12-01,2026-10-01\n",
    )
    .unwrap();
    let err = refused(
        &db,
        &[
            "import",
            "deals",
            all_bad.to_str().unwrap(),
            "--from",
            "hubspot",
            "--skip-bad-rows",
        ],
    );
    assert!(err.contains("nothing imported"), "{err}");
}

#[test]
fn deals_take_their_industry_and_region_from_the_account() {
    let dir = tempfile::tempdir().unwrap();
    let db = workspace(dir.path());
    ok(
        &db,
        &[
            "import",
            "accounts",
            &fixture("salesforce_accounts.csv"),
            "--from",
            "salesforce",
        ],
    );
    import_salesforce_deals(&db);
    let all = deals(&db);
    let edge = all
        .iter()
        .find(|d| d["title"] == "Edge Installation")
        .unwrap();
    assert_eq!(
        (&edge["industry"], &edge["region"]),
        (&Value::from("Electronics"), &Value::from("United States"))
    );
    // Win/loss by industry counts the won Edge deal under its industry, not "(none)".
    assert_eq!(
        winloss_row(&db, "2026", "industry", "Electronics")["won"],
        1
    );
}

#[test]
fn update_takes_the_crm_values_and_records_stage_changes_as_imported() {
    let dir = tempfile::tempdir().unwrap();
    let db = workspace(dir.path());
    let first = dir.path().join("week1.csv");
    let second = dir.path().join("week2.csv");
    let header = "Record ID,Deal Name,Associated Company,Deal Stage,Amount,Close Date,Create Date,Closed Lost Reason\n";
    std::fs::write(
        &first,
        format!("{header}501,POS rollout,Alpine Foods,Qualification,10000,2026-12-15,2026-10-01,\n502,Loyalty app,Alpine Foods,Proposal,20000,2026-12-20,2026-10-05,\n"),
    )
    .unwrap();
    std::fs::write(
        &second,
        format!("{header}501,POS rollout,Alpine Foods,Proposal,12500,2026-12-31,2026-10-01,\n502,Loyalty app,Alpine Foods,Closed lost,20000,2026-11-20,2026-10-05,Price too high\n"),
    )
    .unwrap();
    ok(
        &db,
        &[
            "import",
            "deals",
            first.to_str().unwrap(),
            "--from",
            "hubspot",
        ],
    );
    // Without --update the deals already there are left alone.
    let out = ok(
        &db,
        &[
            "import",
            "deals",
            second.to_str().unwrap(),
            "--from",
            "hubspot",
        ],
    );
    assert!(
        out.contains("imported 0 deals") && out.contains("2 already in the workspace"),
        "{out}"
    );
    assert_eq!(deals(&db)[0]["amount"]["amount"], "10000");
    let out = ok(
        &db,
        &[
            "import",
            "deals",
            second.to_str().unwrap(),
            "--from",
            "hubspot",
            "--update",
        ],
    );
    assert!(
        out.contains("  2 deals updated from the file (2 stage changes)"),
        "{out}"
    );
    let all = deals(&db);
    assert_eq!(all[0]["amount"]["amount"], "12500");
    assert_eq!(all[0]["expected_close"], "2026-12-31");
    assert_eq!(all[1]["status"], "lost");
    assert_eq!(all[1]["closed_at"], "2026-11-20T12:00:00Z");
    assert_eq!(all[1]["loss"]["sub_reason"], "Price too high");
    // Lost from Proposal (stage 3 of New business), where the workspace had it.
    assert_eq!(all[1]["loss"]["stage_lost_at"], 3);
    let ws = json(&db, &["export", "--format", "json"]);
    let imported_moves = ws["stage_events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["from"].is_u64() && e["imported"] == true)
        .count();
    assert_eq!(imported_moves, 2, "each change is an imported stage event");
    assert!(ok(&db, &["check"]).contains("healthy"));
    // The same file again: nothing new to take.
    let again = ok(
        &db,
        &[
            "import",
            "deals",
            second.to_str().unwrap(),
            "--from",
            "hubspot",
            "--update",
        ],
    );
    assert!(!again.contains("updated from the file"), "{again}");
}

#[test]
fn owners_and_teams_come_in_and_team_figures_follow() {
    let dir = tempfile::tempdir().unwrap();
    let db = workspace(dir.path());
    // Deals first (their owners are made without a team), then the team file.
    import_salesforce_deals(&db);
    let out = import_from(
        &db,
        "owners",
        &fixture("salesforce_users.csv"),
        "salesforce",
    );
    assert!(out.contains(": 4 new, 1 updated, 0 unchanged"), "{out}");
    assert!(
        out.contains("1 row: no team in the file, joined their manager's"),
        "{out}"
    );
    let ws = json(&db, &["export", "--format", "json"]);
    let of = |name: &str| row(&ws, "owners", "name", name);
    assert_eq!(of("Ann Lee")["team"], "North");
    assert_eq!(of("Ann Lee")["email"], "ann.lee@example.com");
    assert_eq!(of("Raj Patel")["team"], "North", "from the manager");
    assert_eq!(of("Maria Gomez")["role"], "manager");
    assert_eq!(of("Tom Becker")["role"], "director");
    // Ann Lee's won Edge deal now counts for team North.
    let report = json(
        &db,
        &[
            "report", "winloss", "--period", "2026", "--team", "North", "--format", "json",
        ],
    );
    assert_eq!(report["win_rate"]["won"], 1, "{report}");
    // A person without a name is a problem, named with its line.
    let bad = dir.path().join("bad-users.csv");
    std::fs::write(&bad, "Full Name,Email\n,x@example.com\n").unwrap();
    let err = refused(
        &db,
        &[
            "import",
            "owners",
            bad.to_str().unwrap(),
            "--from",
            "salesforce",
        ],
    );
    assert!(
        err.contains("line 2") && err.contains("a person's name"),
        "{err}"
    );
}

#[test]
fn a_team_column_on_deals_puts_their_owners_in_teams() {
    let dir = tempfile::tempdir().unwrap();
    let db = workspace(dir.path());
    let file = dir.path().join("teams.csv");
    std::fs::write(
        &file,
        "Record ID,Deal Name,Associated Company,Deal Stage,Amount,Close Date,Create Date,Deal owner,Owner Team\n\
         1,Won deal,Acme,Closed won,1000,2026-10-10,2026-09-01,Ann Lee,North\n\
         2,Lost deal,Acme,Closed lost,1000,2026-10-12,2026-09-01,Bo Chen,South\n\
         3,Won again,Acme,Closed won,1000,2026-10-20,2026-09-01,Bo Chen,South\n",
    )
    .unwrap();
    let out = ok(
        &db,
        &[
            "import",
            "deals",
            file.to_str().unwrap(),
            "--from",
            "hubspot",
            "--map",
            "team=Owner Team",
        ],
    );
    assert!(
        out.contains("  2 owners: given the team the file names"),
        "{out}"
    );
    // Team South: one won, one lost — 50 %, counted by hand from the file.
    let south = json(
        &db,
        &[
            "report", "winloss", "--period", "2026-10", "--team", "South", "--format", "json",
        ],
    );
    assert_eq!(
        (
            south["win_rate"]["won"].as_u64(),
            south["win_rate"]["lost"].as_u64()
        ),
        (Some(1), Some(1))
    );
    assert_eq!(winloss_row(&db, "2026-10", "team", "North")["won"], 1);
}

#[test]
fn products_and_price_lists_come_in_by_sku_and_one_currency_per_list() {
    let dir = tempfile::tempdir().unwrap();
    let db = workspace(dir.path());
    let out = ok(&db, &["import", "products", &fixture("products.csv")]);
    assert!(
        out.contains(": 2 new, 0 updated, 0 unchanged; 3 price entries (1 new price list)"),
        "{out}"
    );
    let catalogue = json(&db, &["product", "list", "--json"]);
    let gw = row(&catalogue, "products", "sku", "GW-200");
    assert_eq!(
        (&gw["list_price"], &gw["unit_cost"]),
        (&Value::from("1200"), &Value::from("480"))
    );
    let list = row(&catalogue, "price_lists", "name", "EU Tier A");
    assert_eq!(list["currency"], "EUR");
    assert_eq!(list["tier"], "A");
    assert_eq!(
        list["entries"].as_array().unwrap().len(),
        3,
        "two volume breaks and a sensor"
    );
    // A USD product cannot go on the EUR list.
    let usd = dir.path().join("usd.csv");
    std::fs::write(
        &usd,
        "sku,name,currency,list_price,unit_cost,price_list,unit_price\nX-1,Cable,USD,10,4,EU Tier A,9\n",
    )
    .unwrap();
    let err = refused(&db, &["import", "products", usd.to_str().unwrap()]);
    assert!(err.contains("a list holds one currency"), "{err}");
    // Added and edited from the command line, by SKU.
    ok(
        &db,
        &[
            "product",
            "add",
            "SV-1",
            "--name",
            "Setup day",
            "--unit",
            "day",
            "--currency",
            "EUR",
            "--list-price",
            "900",
            "--unit-cost",
            "400",
        ],
    );
    let edited = ok(&db, &["product", "edit", "sv-1", "--list-price", "950"]);
    assert!(edited.contains("saved product SV-1"), "{edited}");
    let catalogue = json(&db, &["product", "list", "--json"]);
    let sv = row(&catalogue, "products", "sku", "SV-1");
    assert_eq!(
        (&sv["list_price"], &sv["unit"]),
        (&Value::from("950"), &Value::from("day"))
    );
    let err = refused(
        &db,
        &[
            "product",
            "add",
            "SV-1",
            "--name",
            "Again",
            "--list-price",
            "1",
            "--unit-cost",
            "1",
        ],
    );
    assert!(err.contains("already exists"), "{err}");
    // Running the file again changes nothing.
    let again = ok(&db, &["import", "products", &fixture("products.csv")]);
    assert!(again.contains(": 0 new, 0 updated, 2 unchanged"), "{again}");
}
