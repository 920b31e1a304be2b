//! The lead pool (`g l`) driven by real keys on the sample workspace, and
//! `dealdeck lead` / `report leads` as a script runs them.

mod common;

use common::ui::{app_with, press, screen, typed};
use dealdeck::domain::*;
use dealdeck::ui::layers::Layer;
use dealdeck::ui::layers::leads::LeadPool;

fn stored(app: &dealdeck::ui::app::App, id: LeadId) -> Lead {
    let leads = app.store.leads().unwrap();
    leads.into_iter().find(|l| l.id == id).unwrap()
}

fn pool(app: &dealdeck::ui::app::App) -> &LeadPool {
    match app.layers.last() {
        Some(Layer::Leads(pool)) => pool,
        _ => panic!("the lead pool is on top"),
    }
}

#[test]
fn claim_follow_up_and_qualify_from_the_pool() {
    let (_d, mut app) = app_with(120);
    press(&mut app, "g l");
    app.finish_lead_checks();
    // Opening the pool ran its rules: what they did is said.
    let before = screen(&mut app, 100, 30);
    assert!(before.contains("pool rules: "), "{before}");
    insta::assert_snapshot!("lead_pool_100x30", before);
    let p = pool(&app);
    assert!(p.shown.iter().all(|i| p.rows[*i].lead.owner.is_none()));
    let scores: Vec<u8> = p.shown.iter().map(|i| p.rows[*i].lead.score).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "best score first");
    let top = p.current().unwrap().lead.id;
    let in_pool = p.shown.len();
    // c claims it: it leaves the pool and is 李伟's.
    press(&mut app, "c");
    let p = pool(&app);
    assert_eq!(p.shown.len(), in_pool - 1);
    let claimed = stored(&app, top);
    assert_eq!(
        app.store
            .owners()
            .unwrap()
            .iter()
            .find(|o| Some(o.id) == claimed.owner)
            .unwrap()
            .name,
        "李伟"
    );
    // tab: mine — the claimed lead is there; a logs a follow-up.
    press(&mut app, "tab");
    let p = pool(&app);
    let i = p
        .shown
        .iter()
        .position(|i| p.rows[*i].lead.id == top)
        .unwrap();
    for _ in 0..i {
        press(&mut app, "j");
    }
    assert_eq!(pool(&app).current().unwrap().lead.id, top);
    press(&mut app, "a");
    typed(&mut app, "called: wants a demo in December");
    press(&mut app, "enter");
    app.finish_lead_checks();
    let row = pool(&app).current().unwrap();
    assert_eq!(row.lead.id, top);
    assert_eq!(row.lead.status, LeadStatus::Working);
    assert!(
        row.history
            .iter()
            .any(|h| h.contains("follow-up: called: wants a demo"))
    );
    insta::assert_snapshot!("lead_pool_mine_80x24", screen(&mut app, 80, 24));
    // Q qualifies: the form offers a title; enter makes the deal.
    let deals = app.store.deals().unwrap().len();
    press(&mut app, "Q");
    assert!(screen(&mut app, 100, 30).contains("Qualify lead"));
    press(&mut app, "enter");
    assert_eq!(app.store.deals().unwrap().len(), deals + 1);
    let converted = stored(&app, top);
    assert_eq!(converted.status, LeadStatus::Converted);
    assert!(screen(&mut app, 100, 30).contains("qualified: deal"));
    // u takes the conversion back, from the pool.
    press(&mut app, "u");
    assert_eq!(app.store.deals().unwrap().len(), deals);
    assert!(screen(&mut app, 100, 30).contains("undone: convert lead"));
}

#[test]
fn disqualify_asks_why_and_the_filter_finds_a_company() {
    let (_d, mut app) = app_with(120);
    press(&mut app, "g l");
    let company = pool(&app).current().unwrap().lead.company.clone();
    press(&mut app, "X");
    // An empty reason is refused in the form.
    press(&mut app, "enter");
    assert!(pool(&app).form.is_some());
    typed(&mut app, "no budget this year");
    press(&mut app, "enter");
    assert!(pool(&app).form.is_none());
    let gone = app
        .store
        .leads()
        .unwrap()
        .into_iter()
        .find(|l| l.company == company && l.status == LeadStatus::Disqualified);
    assert!(gone.is_some());
    // f then typing filters by company (fuzzy); esc clears it.
    press(&mut app, "tab tab f");
    typed(&mut app, "redwood");
    let p = pool(&app);
    assert!(!p.shown.is_empty());
    assert_eq!(p.rows[p.shown[0]].lead.company, "Redwood Trading");
    press(&mut app, "esc");
    assert!(pool(&app).filter.text.is_empty());
    press(&mut app, "q");
    assert!(app.layers.is_empty());
}

#[test]
fn recycle_from_the_command_line_after_15_days() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.redb");
    let run = |now: &str, args: &[&str]| {
        let out = common::cli(&db)
            .env("DEALDECK_NOW", now)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    run(
        "2026-11-01T09:00:00Z",
        &[
            "lead",
            "add",
            "Zephyr Tools",
            "--industry",
            "Retail",
            "--size",
            "medium",
            "--behaviour",
            "20",
        ],
    );
    let claimed = run("2026-11-01T09:00:00Z", &["lead", "claim", "L-1"]);
    assert!(claimed.contains("claimed"), "{claimed}");
    let early = run("2026-11-15T09:00:00Z", &["lead", "recycle", "--dry-run"]);
    assert!(early.starts_with("0 leads would go back"), "{early}");
    let due = run("2026-11-16T09:00:00Z", &["lead", "recycle"]);
    assert!(
        due.starts_with("1 lead back to the pool (no follow-up in 15 days)"),
        "{due}"
    );
    assert!(due.contains("L-1 Zephyr Tools: was tester's"), "{due}");
    let pool = run("2026-11-16T09:00:00Z", &["lead", "list", "--which", "pool"]);
    assert!(pool.contains("Zephyr Tools"), "{pool}");
    let report = run(
        "2026-11-16T09:00:00Z",
        &["report", "leads", "--period", "2026-11", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(&report).unwrap();
    assert_eq!(v["total"]["leads"], 1);
    assert_eq!(v["by_channel"][0]["key"], "web");
    // The lead's history goes out with the workspace.
    let export: serde_json::Value =
        serde_json::from_str(&run("2026-11-16T09:00:00Z", &["export"])).unwrap();
    let kinds: Vec<&serde_json::Value> = export["lead_events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["kind"])
        .collect();
    assert_eq!(
        kinds.len(),
        2,
        "claimed, then returned by the rule: {kinds:?}"
    );
}

#[test]
fn a_lead_row_in_today_opens_the_pool_on_that_lead() {
    let (_d, mut app) = app_with(120);
    // 李伟 claims a pool lead: Today lists it until its first follow-up.
    let claimed = app
        .store
        .leads()
        .unwrap()
        .into_iter()
        .find(|l| l.owner.is_none() && l.status.is_open())
        .unwrap();
    let stamp = dealdeck::store::Stamp {
        by: "李伟",
        at: common::ui::now(),
    };
    app.store
        .change_lead(claimed.id, dealdeck::store::LeadChange::Claim, stamp)
        .unwrap();
    press(&mut app, "g t");
    let Some(Layer::Today(today)) = app.layers.last() else {
        panic!("today");
    };
    let row = today
        .rows
        .iter()
        .position(|r| matches!(r.row.item, dealdeck::domain::agenda::Item::Lead { .. }))
        .expect("the claimed lead waits for 李伟's first follow-up");
    let dealdeck::domain::agenda::Item::Lead { id, .. } = today.rows[row].row.item.clone() else {
        unreachable!()
    };
    for _ in 0..row {
        press(&mut app, "j");
    }
    press(&mut app, "enter");
    assert_eq!(pool(&app).current().unwrap().lead.id, id);
    press(&mut app, "q");
    assert!(matches!(app.layers.last(), Some(Layer::Today(_))));
}

#[test]
fn chords_leave_the_pool_for_other_places() {
    let (_d, mut app) = app_with(120);
    press(&mut app, "g l g t");
    assert!(matches!(app.layers.last(), Some(Layer::Today(_))));
    assert_eq!(app.layers.len(), 1, "the pool was left, not stacked");
    press(&mut app, "g l g g");
    assert_eq!(pool(&app).selected, 0, "g g is the first row");
    press(&mut app, "G");
    assert!(pool(&app).selected > 0);
    press(&mut app, "g b");
    assert!(app.layers.is_empty());
    assert_eq!(app.screen, dealdeck::ui::app::Screen::Board);
}
