//! The reports screen, driven by real keys: every report, period and scope
//! switching, the deals behind a finding, and figures that follow changes.

mod common;

use common::ui::{app_with, press, screen};
use dealdeck::analytics::CheckKind;
use dealdeck::ui::app::{App, Screen};
use dealdeck::ui::layers::Layer;
use dealdeck::ui::layers::deal_list::DealList;
use dealdeck::ui::reports::Tab;

/// The deal list the last key opened over the report.
fn opened_list(app: &App) -> &DealList {
    match app.layers.last() {
        Some(Layer::DealList(list)) => list,
        _ => panic!("no deal list is open ({} layers)", app.layers.len()),
    }
}

/// Presses keys, then lets the report worker answer.
fn keys(app: &mut App, keys: &str) {
    press(app, keys);
    app.jobs.report_engine.settle();
}

#[test]
fn every_report_at_two_sizes() {
    let (_d, mut app) = app_with(400);
    keys(&mut app, "g r");
    assert_eq!(app.screen, Screen::Reports);
    assert_eq!(app.reports.period.label, "2026-10", "opens on last month");
    insta::assert_snapshot!("reports_funnel_120x40", screen(&mut app, 120, 40));
    insta::assert_snapshot!("reports_funnel_80x24", screen(&mut app, 80, 24));
    for (tab, name) in [
        (Tab::WinLoss, "reports_winloss"),
        (Tab::Trends, "reports_trends"),
        (Tab::Forecast, "reports_forecast"),
        (Tab::Health, "reports_health"),
    ] {
        keys(&mut app, "tab");
        assert_eq!(app.reports.tab, tab);
        insta::assert_snapshot!(format!("{name}_120x40"), screen(&mut app, 120, 40));
        insta::assert_snapshot!(format!("{name}_80x24"), screen(&mut app, 80, 24));
    }
    // Every size down to the smallest renders without a panic.
    for w in [1, 20, 40, 60] {
        for h in [1, 5, 10, 12] {
            screen(&mut app, w, h);
        }
    }
}

#[test]
fn period_and_scope_keys_recompute() {
    let (_d, mut app) = app_with(400);
    keys(&mut app, "g r");
    let figures = |app: &App| {
        let set = &app.jobs.report_engine.latest.as_ref().unwrap().set;
        (
            set.period.label.clone(),
            set.win_rate.won,
            set.win_rate.lost,
        )
    };
    let october = figures(&app);
    keys(&mut app, "[");
    assert_eq!(figures(&app).0, "2026-09");
    keys(&mut app, "]");
    assert_eq!(figures(&app), october, "back to the same figures");
    keys(&mut app, "m");
    assert_eq!(figures(&app).0, "2026-Q4");
    keys(&mut app, "m");
    assert_eq!(figures(&app).0, "2026");
    keys(&mut app, "m");
    assert_eq!(figures(&app).0, "2026-10", "back to the month it left");
    keys(&mut app, "[ [");
    // A team, then its figures are at most everyone's.
    let everyone = figures(&app);
    keys(&mut app, "o");
    let team = figures(&app);
    assert!(app.reports.whose_label().starts_with("team "));
    assert!(team.1 <= everyone.1 && team.2 <= everyone.2);
    assert!(screen(&mut app, 100, 30).contains(&app.reports.whose_label()));
}

#[test]
fn enter_lists_the_deals_behind_a_finding_and_opens_one() {
    let (_d, mut app) = app_with(400);
    keys(&mut app, "g r");
    keys(&mut app, "backtab");
    assert_eq!(app.reports.tab, Tab::Health);
    let checks = app
        .jobs
        .report_engine
        .latest
        .as_ref()
        .unwrap()
        .set
        .health
        .clone();
    let silt = checks
        .iter()
        .position(|c| c.check == CheckKind::MiddleSilt)
        .unwrap();
    assert!(!checks[silt].deals.is_empty(), "the sample has stale deals");
    for _ in 0..silt {
        press(&mut app, "j");
    }
    press(&mut app, "enter");
    let list = opened_list(&app);
    assert_eq!(list.deals.len(), checks[silt].deals.len());
    let listed: Vec<_> = list.deals.iter().map(|d| d.id).collect();
    assert_eq!(
        listed, checks[silt].deals,
        "in the check's order, stalest first"
    );
    let second = list.deals[1].id;
    // Screen motion keys work in a list.
    press(&mut app, "j enter");
    assert!(app.layers.is_empty());
    assert_eq!(app.screen, Screen::Detail);
    assert_eq!(app.detail.as_ref().unwrap().deal.id, second);
    press(&mut app, "q");
    assert_eq!(app.screen, Screen::Reports, "back returns to the report");
    let list = opened_list(&app);
    assert_eq!(list.selected, 1, "at the row the deal was opened from");
    press(&mut app, "q q");
    assert_eq!(app.screen, Screen::Board);
}

#[test]
fn figures_follow_a_change_made_on_the_board() {
    let (_d, mut app) = app_with(400);
    // This month's win count, before and after winning a deal.
    keys(&mut app, "g r ]");
    assert_eq!(app.reports.period.label, "2026-11");
    let won_before = app
        .jobs
        .report_engine
        .latest
        .as_ref()
        .unwrap()
        .set
        .win_rate
        .won;
    press(&mut app, "g b");
    // Win the selected deal, ticking any gate criteria it still needs.
    press(&mut app, "W");
    if let Some(Layer::Gate(g)) = app.layers.last() {
        let criteria = g.criteria.len();
        for i in 0..criteria {
            press(&mut app, "space");
            if i + 1 < criteria {
                press(&mut app, "down");
            }
        }
        press(&mut app, "enter");
    }
    // The won dialog, as prefilled.
    press(&mut app, "enter");
    assert!(app.layers.is_empty(), "the win went through");
    keys(&mut app, "g r");
    let won_after = app
        .jobs
        .report_engine
        .latest
        .as_ref()
        .unwrap()
        .set
        .win_rate
        .won;
    assert_eq!(won_after, won_before + 1);
}

#[test]
fn enter_on_a_funnel_stage_lists_its_deals_with_what_became_of_them() {
    let (_d, mut app) = app_with(400);
    keys(&mut app, "g r");
    assert_eq!(app.reports.tab, Tab::Funnel);
    let funnel = app
        .jobs
        .report_engine
        .latest
        .as_ref()
        .unwrap()
        .set
        .funnel
        .clone();
    assert!(funnel.len() > 1, "the sample has two pipelines");
    let (pipeline, stage) = (funnel[0].pipeline.clone(), funnel[0].stages[1].clone());
    assert!(stage.flow.entered > 0, "deals entered the second stage");
    keys(&mut app, "j");
    insta::assert_snapshot!("funnel_second_stage_selected", screen(&mut app, 100, 30));
    keys(&mut app, "enter");
    let list = opened_list(&app);
    // Two pipelines on screen: the title names the stage's.
    let named = format!("{pipeline} · {} · ", stage.stage);
    assert!(list.title.starts_with(&named), "{}", list.title);
    let entered = format!(
        ": {} entered, {} converted",
        stage.flow.entered, stage.flow.converted
    );
    assert!(list.title.contains(&entered), "{}", list.title);
    let count = |what: &str| list.deals.iter().filter(|d| d.stage == what).count();
    assert_eq!(
        (count("converted"), count("lost"), count("still open")),
        (stage.flow.converted, stage.flow.lost, stage.flow.still_open)
    );
    // Converted, then lost, then still open; each group largest first.
    let group = |what: &str| {
        ["converted", "lost", "still open"]
            .iter()
            .position(|g| *g == what)
    };
    let entered = &list.deals[..stage.flow.entered];
    for pair in entered.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let in_order = match group(&a.stage).cmp(&group(&b.stage)) {
            std::cmp::Ordering::Equal => a.amount.amount >= b.amount.amount,
            other => other.is_lt(),
        };
        assert!(
            in_order,
            "{} {} before {} {}",
            a.stage, a.amount, b.stage, b.amount
        );
    }
    // Each line's date is the deal's close date: the day it closed, or for an
    // open deal the day it is expected to.
    for line in &list.deals {
        let deal = app.store.deal(line.id).unwrap().unwrap();
        let close = match deal.is_open() {
            true => deal.expected_close,
            false => deal.closed_at.map(|at| at.date_naive()),
        };
        assert_eq!(line.close, close, "{}", line.title);
    }
    assert!(
        list.deals
            .iter()
            .any(|d| d.stage == "lost" && d.close.is_some())
    );
    insta::assert_snapshot!("funnel_stage_deals_100x30", screen(&mut app, 100, 30));
    // The forecast looks ahead: it opens on the current month, its rows
    // naming their pipeline.
    keys(&mut app, "esc");
    assert_eq!(app.reports.period.label, "2026-10");
    keys(&mut app, "tab tab tab");
    assert_eq!(app.reports.tab, Tab::Forecast);
    assert_eq!(app.reports.period.label, "2026-11");
    assert!(screen(&mut app, 100, 30).contains("New business · "));
    // Leaving it, the period it replaced comes back.
    keys(&mut app, "tab");
    assert_eq!(app.reports.period.label, "2026-10");
}

#[test]
fn the_headline_comes_first_from_what_the_last_report_kept() {
    let (_d, mut app) = app_with(400);
    // A first visit keeps what reports read; the next visit's headline reads it.
    keys(&mut app, "g r");
    keys(&mut app, "g b");
    keys(&mut app, "g r");
    let started = std::time::Instant::now();
    while app.reports.headline.is_none() && started.elapsed().as_secs() < 10 {
        app.tick();
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    let headline = app.reports.headline.clone().expect("the headline landed");
    let full = app.jobs.report_engine.latest.clone().expect("the figures");
    assert_eq!(headline.win_rate, full.set.win_rate);
    assert_eq!(headline.cycle, full.set.cycle);
    assert_eq!(headline.velocity, full.set.velocity);
    assert!(headline.win_rate.won + headline.win_rate.lost > 0);
    // Before the full figures land, the headline stands above what computes.
    app.jobs.report_engine.latest = None;
    let shown = screen(&mut app, 100, 12);
    let lines: Vec<&str> = shown.lines().collect();
    assert!(lines[3].contains("win rate"), "{shown}");
    assert!(lines[5].contains("computing"), "{shown}");
    // Leaving lets the headline go with the figures.
    keys(&mut app, "g b");
    assert!(app.reports.headline.is_none());
}

/// Help on the reports screen says what its keys do there: `s` sorts the
/// win/loss rows, enter lists the deals, `o` goes team before owner.
#[test]
fn help_on_the_reports_screen_words_its_own_keys() {
    let (_d, mut app) = app_with(50);
    keys(&mut app, "g r ?");
    let shown = screen(&mut app, 120, 40);
    for words in [
        "win/loss: sort the rows",
        "list the deals behind the row",
        "everyone / each team / each owner",
    ] {
        assert!(shown.contains(words), "{words}:\n{shown}");
    }
    assert!(!shown.contains("sort cards"), "{shown}");
}

/// The forecast looks ahead: `[` into the past comes straight back, and the
/// screen says so instead of seeming to ignore the key.
#[test]
fn stepping_the_forecast_into_the_past_says_why_it_stays() {
    let (_d, mut app) = app_with(50);
    keys(&mut app, "g r tab tab tab");
    assert_eq!(app.reports.tab, Tab::Forecast);
    let period = app.reports.period.label.clone();
    assert_eq!(period, "2026-11", "the current month");
    keys(&mut app, "[");
    assert_eq!(app.reports.period.label, period);
    let shown = screen(&mut app, 120, 40);
    assert!(
        shown.contains("the forecast looks ahead from today"),
        "{shown}"
    );
    keys(&mut app, "]");
    assert_eq!(app.reports.period.label, "2026-12");
}

/// A win/loss row's deals are listed largest first.
#[test]
fn a_win_loss_rows_deals_are_listed_largest_first() {
    let (_d, mut app) = app_with(400);
    keys(&mut app, "g r tab");
    assert_eq!(app.reports.tab, Tab::WinLoss);
    press(&mut app, "enter");
    let list = opened_list(&app);
    assert!(list.deals.len() > 1, "the top row has deals");
    for pair in list.deals.windows(2) {
        assert!(pair[0].amount.amount >= pair[1].amount.amount);
    }
}

/// Where the headline would be cut, it is worded short so velocity stays.
#[test]
fn a_narrow_headline_is_worded_short_and_keeps_every_figure() {
    let (_d, mut app) = app_with(400);
    keys(&mut app, "g r");
    let wide = screen(&mut app, 120, 30);
    assert!(wide.contains("won in 117 d (median) · velocity"), "{wide}");
    let narrow = screen(&mut app, 66, 24);
    let headline = narrow.lines().nth(3).unwrap_or_default();
    assert!(
        headline.contains("cycle 117 d · velocity 13.5k/day"),
        "{headline}"
    );
}

#[test]
fn back_to_a_month_from_a_year_it_was_not_left_in_is_never_one_to_come() {
    let (_d, mut app) = app_with(120);
    keys(&mut app, "g r m m");
    assert_eq!(app.reports.period.label, "2026");
    // Still inside the year: back to the month left.
    keys(&mut app, "[ ] m");
    assert_eq!(app.reports.period.label, "2026-10");
    // Last year, which the month left is not in: its last month.
    keys(&mut app, "m m [ m");
    assert_eq!(app.reports.period.label, "2025-12");
    // This year, with 2025-12 left behind: today is 2026-11-22, so the
    // latest month begun, not December.
    keys(&mut app, "m m ] m");
    assert_eq!(app.reports.period.label, "2026-11");
}

#[test]
fn sort_and_breakdown_keys_act_on_the_win_loss_tab_only() {
    let (_d, mut app) = app_with(120);
    keys(&mut app, "g r");
    assert_eq!(app.reports.tab, Tab::Funnel);
    let (sort, breakdown) = (app.reports.sort, app.reports.breakdown);
    keys(&mut app, "s");
    assert_eq!((app.reports.sort, app.reports.breakdown), (sort, breakdown));
    assert!(screen(&mut app, 100, 30).contains("tab to Win / loss first"));
    keys(&mut app, "tab s");
    assert_eq!(app.reports.tab, Tab::WinLoss);
    assert_ne!(app.reports.sort, sort);
}
