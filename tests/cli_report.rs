//! `dealdeck report --format json` against figures computed here, independently,
//! from `dealdeck export --format json` of the same sample workspace.

use rust_decimal::Decimal;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::process::Command;
use std::str::FromStr;

fn dealdeck(db: &Path, args: &[&str]) -> std::process::Output {
    dealdeck_at(db, "2026-11-22T10:00:00Z", args)
}

fn dealdeck_at(db: &Path, now: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_dealdeck"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("DEALDECK_NOW", now)
        .env_remove("DEALDECK_DB")
        .output()
        .unwrap()
}

fn json(db: &Path, args: &[&str]) -> Value {
    let out = dealdeck(db, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn dec(v: &Value) -> Decimal {
    Decimal::from_str(v.as_str().unwrap_or("0")).unwrap()
}

fn sample(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("s.redb");
    let out = dealdeck(
        &db,
        &[
            "sample",
            "--deals",
            "400",
            "--seed",
            "9",
            "--today",
            "2026-11-22",
        ],
    );
    assert!(out.status.success());
    db
}

/// `2026-10-…` → true for October 2026 (UTC dates as exported).
fn in_october(instant: &Value) -> bool {
    instant.as_str().is_some_and(|s| s.starts_with("2026-10-"))
}

#[test]
fn report_json_agrees_with_an_independent_count_from_the_export() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample(dir.path());
    let export = json(&db, &["export", "--format", "json"]);
    let report = json(
        &db,
        &["report", "all", "--period", "2026-10", "--format", "json"],
    );

    let deals = export["deals"].as_array().unwrap();
    let owners: HashMap<u64, &str> = export["owners"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["id"].as_u64().unwrap(), o["name"].as_str().unwrap()))
        .collect();

    // Won / lost in October, overall and per owner.
    let mut won = 0;
    let mut lost = 0;
    let mut won_amount = Decimal::ZERO;
    let mut by_owner: BTreeMap<&str, (u64, u64)> = BTreeMap::new();
    for d in deals.iter().filter(|d| in_october(&d["closed_at"])) {
        let entry = by_owner
            .entry(owners[&d["owner"].as_u64().unwrap()])
            .or_default();
        match d["status"].as_str().unwrap() {
            "won" => {
                won += 1;
                won_amount += dec(&d["amount"]["amount"]);
                entry.0 += 1;
            }
            "lost" => {
                lost += 1;
                entry.1 += 1;
            }
            _ => {}
        }
    }
    assert!(won + lost > 10, "the sample closes deals in October");
    assert_eq!(report["win_rate"]["won"], won);
    assert_eq!(report["win_rate"]["lost"], lost);
    assert_eq!(dec(&report["win_rate"]["won_amount"]), won_amount);
    let owner_rows = report["win_loss"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["dimension"] == "owner")
        .unwrap()["rows"]
        .as_array()
        .unwrap();
    let reported: BTreeMap<&str, (u64, u64)> = owner_rows
        .iter()
        .map(|r| {
            (
                r["value"].as_str().unwrap(),
                (r["won"].as_u64().unwrap(), r["lost"].as_u64().unwrap()),
            )
        })
        .collect();
    assert_eq!(reported, by_owner);

    // Open amount per stage, now.
    let mut open_by_stage: HashMap<u64, Decimal> = HashMap::new();
    for d in deals.iter().filter(|d| d["status"] == "open") {
        *open_by_stage
            .entry(d["stage"].as_u64().unwrap())
            .or_default() += dec(&d["amount"]["amount"]);
    }
    for p in report["funnel"].as_array().unwrap() {
        for s in p["stages"].as_array().unwrap() {
            let id = s["stage_id"].as_u64().unwrap();
            let expected = open_by_stage.get(&id).copied().unwrap_or_default();
            assert_eq!(dec(&s["open_amount"]), expected, "stage {id}");
        }
    }

    // First-stage conversion of New business from the raw events: deals entering
    // Qualification (stage 1) in October; converted when a later event took them to a
    // stage further down the funnel (2, 3, 4) or Won (5); lost when the deal ended
    // Lost without that; otherwise still open.
    let status: HashMap<u64, &str> = deals
        .iter()
        .map(|d| (d["id"].as_u64().unwrap(), d["status"].as_str().unwrap()))
        .collect();
    let mut events: HashMap<u64, Vec<(&str, u64, u64)>> = HashMap::new();
    for e in export["stage_events"].as_array().unwrap() {
        assert!(e["reverts"].is_null(), "the sample has no undone moves");
        events
            .entry(e["deal"].as_u64().unwrap())
            .or_default()
            .push((
                e["at"].as_str().unwrap(),
                e["id"].as_u64().unwrap(),
                e["to"].as_u64().unwrap(),
            ));
    }
    let (mut entered, mut converted, mut lost_q, mut open_q) = (0, 0, 0, 0);
    for (deal, evs) in &mut events {
        evs.sort();
        let Some(first) = evs
            .iter()
            .position(|(at, _, to)| *to == 1 && at.starts_with("2026-10-"))
        else {
            continue;
        };
        entered += 1;
        if evs[first + 1..]
            .iter()
            .any(|(_, _, to)| (2..=5).contains(to))
        {
            converted += 1;
        } else if status[deal] == "lost" {
            lost_q += 1;
        } else {
            open_q += 1;
        }
    }
    let q = &report["funnel"][0]["stages"][0];
    assert_eq!(q["stage"], "Qualification");
    assert!(entered > 0);
    assert_eq!(
        (&q["entered"], &q["converted"], &q["lost"], &q["still_open"]),
        (
            &Value::from(entered),
            &Value::from(converted),
            &Value::from(lost_q),
            &Value::from(open_q)
        )
    );

    // Static-weighted forecast of November: open deals expected to close in it.
    let probability: HashMap<u64, u64> = export["pipelines"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["stages"].as_array().unwrap())
        .map(|s| {
            (
                s["id"].as_u64().unwrap(),
                s["probability"].as_u64().unwrap(),
            )
        })
        .collect();
    let weighted: Decimal = deals
        .iter()
        .filter(|d| d["status"] == "open")
        .filter(|d| {
            d["expected_close"]
                .as_str()
                .unwrap()
                .starts_with("2026-11-")
        })
        .map(|d| {
            let p = d["probability_override"]
                .as_u64()
                .unwrap_or(probability[&d["stage"].as_u64().unwrap()]);
            dec(&d["amount"]["amount"]) * Decimal::from(p) / Decimal::ONE_HUNDRED
        })
        .sum();
    let nov = json(
        &db,
        &[
            "report", "forecast", "--period", "2026-11", "--format", "json",
        ],
    );
    assert_eq!(dec(&nov["forecast"]["weighted"]), weighted);
    assert!(
        nov.get("funnel").is_none(),
        "one section asked for, one given"
    );
}

#[test]
fn every_format_prints_and_bad_input_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample(dir.path());
    let text = |args: &[&str]| {
        let out = dealdeck(&db, args);
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (ok, out, _) = text(&["report", "funnel", "--period", "2026-Q3"]);
    assert!(ok && out.starts_with("Funnel — 2026-Q3 (USD)"), "{out}");
    let (ok, out, _) = text(&[
        "report",
        "winloss",
        "--period",
        "2026",
        "--by",
        "competitor",
        "--format",
        "md",
    ]);
    assert!(ok && out.contains("| competitor named |"), "{out}");
    let (ok, out, _) = text(&[
        "report",
        "trends",
        "--period",
        "last-month",
        "--format",
        "csv",
    ]);
    assert!(ok && out.starts_with("month,won,lost,win rate"), "{out}");
    assert_eq!(out.lines().count(), 13, "a header and 12 months");
    let (ok, _, err) = text(&["report", "funnel", "--period", "2026-13"]);
    assert!(!ok && err.contains("not a period"), "{err}");
    let (ok, _, err) = text(&["report", "funnel", "--owner", "Nobody"]);
    assert!(!ok && err.contains("no owner named 'Nobody'"), "{err}");
    let (ok, _, err) = text(&["report", "winloss", "--by", "colour"]);
    assert!(!ok && err.contains("decision-maker"), "{err}");
    let (ok, _, err) = text(&["report", "all", "--format", "csv"]);
    assert!(!ok && err.contains("CSV holds one report"), "{err}");
    // --by breaks win/loss down; another report would drop it unsaid.
    for report in ["loss", "funnel", "health"] {
        let (ok, _, err) = text(&["report", report, "--by", "owner"]);
        assert!(
            !ok && err.contains("--by breaks win/loss down"),
            "{report}: {err}"
        );
    }
    // A title says whose deals it counts.
    let (ok, out, _) = text(&["report", "funnel", "--owner", "sarah mitchell"]);
    assert!(
        ok && out.starts_with("Funnel — 2026-11 · Sarah Mitchell (USD)"),
        "{out}"
    );
    let (ok, out, _) = text(&["report", "winloss", "--team", "europe", "--pipeline", "new"]);
    assert!(ok && out.contains("· New business · Europe ("), "{out}");
    let (ok, out, _) = text(&["report", "all", "--by", "owner"]);
    assert!(ok && out.contains("\nowner "), "{out}");
}

#[test]
fn the_current_months_forecast_is_kept_for_accuracy() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample(dir.path());
    let first = json(
        &db,
        &[
            "report",
            "forecast",
            "--period",
            "this-month",
            "--format",
            "json",
        ],
    );
    let accuracy = &first["forecast"]["accuracy"];
    assert_eq!(
        accuracy["forecast_at_start"], first["forecast"]["empirical"],
        "the first forecast of the month is the snapshot"
    );
    // A later run compares with the stored snapshot rather than taking a new one.
    let again = json(
        &db,
        &[
            "report",
            "forecast",
            "--period",
            "this-month",
            "--format",
            "json",
        ],
    );
    assert_eq!(
        again["forecast"]["accuracy"]["snapshot_taken_at"],
        accuracy["snapshot_taken_at"]
    );
}

#[test]
fn loss_report_counts_add_up_to_the_deals_lost_in_the_period() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample(dir.path());
    let report = json(
        &db,
        &["report", "loss", "--period", "2026-10", "--format", "json"],
    );
    let lost = json(&db, &["deal", "list", "--status", "lost", "--json"]);
    let in_october: Vec<&Value> = lost
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| in_october(&d["closed_at"]))
        .collect();
    assert!(in_october.len() > 5, "the sample loses deals in October");
    assert_eq!(report["lost"], in_october.len());
    let amount: Decimal = in_october.iter().map(|d| dec(&d["amount"]["amount"])).sum();
    assert_eq!(dec(&report["lost_amount"]), amount);
    for table in ["by_reason", "by_competitor", "by_stage", "by_owner"] {
        let rows = report[table].as_array().unwrap();
        let deals: u64 = rows.iter().map(|r| r["deals"].as_u64().unwrap()).sum();
        assert_eq!(deals, in_october.len() as u64, "{table}");
        let last = rows.last().unwrap()["cumulative_share"].as_f64().unwrap();
        assert!((last - 1.0).abs() < 1e-9, "{table} ends at 100 %");
    }
    let md = dealdeck(
        &db,
        &["report", "loss", "--period", "2026-10", "--format", "md"],
    );
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.starts_with("# Lost deals — 2026-10\n"), "{md}");
    assert!(
        md.contains("## By reason") && md.contains("| value | deals |"),
        "{md}"
    );
}

#[test]
fn past_reviews_listed_and_shown_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample(dir.path());
    let list = dealdeck(&db, &["review", "list"]);
    let list = String::from_utf8(list.stdout).unwrap();
    assert!(list.contains("R-1  2026-08  finished"), "{list}");
    assert!(list.contains("R-2  2026-09  finished"), "{list}");
    let reviews = json(&db, &["review", "list", "--json"]);
    assert_eq!(reviews.as_array().unwrap().len(), 2);
    let show = dealdeck(&db, &["review", "show", "R-2"]);
    assert!(show.status.success());
    let md = String::from_utf8(show.stdout).unwrap();
    assert!(md.starts_with("# Loss review R-2 — 2026-09\n"), "{md}");
    for part in [
        "## Scorecard",
        "## Won vs lost",
        "### By reason vs earlier reviews (2026-08)",
        "## Actions from earlier reviews",
        "## Improvement actions",
    ] {
        assert!(md.contains(part), "lacks {part}:\n{md}");
    }
    let actions = json(&db, &["review", "actions", "--json"]);
    assert!(actions.as_array().unwrap().len() >= 3);
    for bad in [
        ["review", "show", "9"],
        ["review", "show", "x"],
        ["review", "abandon", "R-2"],
    ] {
        let out = dealdeck(&db, &bad);
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("review"), "{err}");
    }
}

#[test]
fn products_and_a_sample_quote_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample(dir.path());
    let out = dealdeck(&db, &["product", "list"]);
    let list = String::from_utf8(out.stdout).unwrap();
    assert!(
        list.contains("IOT-SENS") && list.contains("tier A"),
        "{list}"
    );
    let catalogue = json(&db, &["product", "list", "--json"]);
    let products = catalogue["products"].as_array().unwrap().len();
    assert!((10..=30).contains(&products), "{products} products");
    assert_eq!(catalogue["price_lists"].as_array().unwrap().len(), 4);

    let quotes = json(&db, &["quote", "list", "--json"]);
    let first = &quotes.as_array().unwrap()[0];
    let id = first["id"].as_u64().unwrap().to_string();
    let number = first["number"].as_str().unwrap();
    let md = dealdeck(&db, &["quote", "show", &id]);
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(
        md.starts_with(&format!("# Quote {number} — version ")),
        "{md}"
    );
    assert!(
        md.contains("| # | product | qty | unit price | discount | amount |"),
        "{md}"
    );
    assert!(md.contains("**Total**") && !md.contains("margin"), "{md}");
    let txt = dealdeck(&db, &["quote", "show", &id, "--format", "txt"]);
    let txt = String::from_utf8(txt.stdout).unwrap();
    assert!(
        txt.contains("Valid until:") && txt.contains("Total "),
        "{txt}"
    );
    let data = json(&db, &["quote", "show", &id, "--format", "json"]);
    // The JSON total is the lines' rounded nets summed.
    let version = data["quote"]["versions"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    let nets: Decimal = version["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let gross = (dec(&l["qty"]) * dec(&l["unit_price"])).round_dp(2);
            let off = (dec(&l["qty"]) * dec(&l["unit_price"]) * dec(&l["discount_pct"])
                / Decimal::from(100))
            .round_dp(2);
            gross - off
        })
        .sum();
    assert_eq!(dec(&data["totals"]["total"]), nets);
    assert_eq!(
        data["revisions"].as_u64().unwrap() as usize + 1,
        data["quote"]["versions"].as_array().unwrap().len()
    );
    let bad = dealdeck(&db, &["quote", "show", "99999"]);
    assert_eq!(bad.status.code(), Some(1));
}

/// Figures made by division (averages, expected amounts, money per day) are
/// given to the cent in JSON, and a probability to four decimals, as the
/// tables show them; a quotient no longer runs to 28 digits.
#[test]
fn json_figures_made_by_division_are_given_to_the_cent() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample(dir.path());
    let set = json(
        &db,
        &["report", "all", "--period", "2026", "--format", "json"],
    );
    let decimals = |v: &Value| {
        let text = v
            .as_str()
            .unwrap_or_else(|| panic!("a decimal string: {v}"));
        text.split_once('.').map_or(0, |(_, places)| places.len())
    };
    let figures = [
        &set["velocity"]["average_won_amount"],
        &set["velocity"]["per_day"],
        &set["forecast"]["empirical"],
        &set["trends"][10]["average_won_amount"],
        &set["forecast"]["stages"][0]["expected"],
    ];
    for figure in figures {
        assert!(decimals(figure) <= 2, "{figure}");
    }
    let probability = &set["forecast"]["stages"][0]["probability"];
    assert!(decimals(probability) <= 4, "{probability}");
    assert!(dec(probability) > Decimal::ZERO && dec(probability) < Decimal::ONE);
}
