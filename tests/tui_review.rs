//! The loss review wizard driven by real keys on the sample workspace: every step
//! on screen at 100x30, a whole review walked through to its stored record and
//! Markdown report, and a session dropped mid-triage resuming at the same deal.

mod common;

use common::ui::{
    app_with, now, open_app, press, press_settled as keys, review_wizard as wizard, screen,
    screen_without_report_path, typed,
};
use dealdeck::domain::*;
use dealdeck::store::Store;
use dealdeck::ui::layers::review::Step;
use std::time::{Duration, Instant};

#[test]
fn a_whole_review_by_keys_every_step_on_screen() {
    let (dir, mut app) = app_with(400);
    let store = app.store.clone();
    let open_before: Vec<ImprovementAction> = store.open_actions().unwrap();
    assert!(!open_before.is_empty(), "the sample carries open actions");

    keys(&mut app, "g v");
    assert_eq!(wizard(&app).step, Step::Period);
    insta::assert_snapshot!(
        "review_1_period_100x30",
        screen_without_report_path(&mut app, 100, 30)
    );

    // Step 1: last month is the default; enter starts the review.
    keys(&mut app, "enter");
    let review = store.review_in_progress().unwrap().expect("started");
    assert_eq!(review.period_label(), "2026-10");
    // The people of the last review are proposed again.
    let last = store
        .reviews()
        .unwrap()
        .into_iter()
        .filter(|r| r.is_finished())
        .max_by_key(|r| r.period_start)
        .unwrap();
    assert_eq!(review.participants, last.participants);
    assert_eq!(wizard(&app).step, Step::Scorecard);
    insta::assert_snapshot!(
        "review_2_scorecard_100x30",
        screen_without_report_path(&mut app, 100, 30)
    );

    keys(&mut app, "enter");
    assert_eq!(wizard(&app).step, Step::Actions);
    assert_eq!(store.review(review.id).unwrap().unwrap().step, 3, "saved");
    insta::assert_snapshot!(
        "review_3_actions_100x30",
        screen_without_report_path(&mut app, 100, 30)
    );

    // Step 3: the first carried action is done, with a note.
    let first = wizard(&app).carried[0].id;
    assert_eq!(wizard(&app).carried[0].status, ActionStatus::InProgress);
    press(&mut app, "right");
    press(&mut app, "tab");
    typed(&mut app, "rolled out to all reps");
    keys(&mut app, "enter");
    let action = store
        .improvement_actions()
        .unwrap()
        .into_iter()
        .find(|a| a.id == first)
        .unwrap();
    let last = action.history.last().unwrap();
    assert_eq!(
        (last.status, last.note.as_str(), last.review),
        (
            ActionStatus::Done,
            "rolled out to all reps",
            Some(review.id)
        )
    );

    // Step 4: every lost deal of October, largest first, with its signals.
    assert_eq!(wizard(&app).step, Step::Triage);
    let total = review.lost_deals.len();
    assert!((5..=40).contains(&total), "{total} lost deals");
    insta::assert_snapshot!(
        "review_4_triage_100x30",
        screen_without_report_path(&mut app, 100, 30)
    );
    assert!(screen_without_report_path(&mut app, 100, 30).contains(&format!("1 / {total}")));
    // The first deal gets another reason and a lesson typed over; the second
    // is skipped for later.
    let before_triage = store
        .deal(wizard(&app).cursor_deal().unwrap())
        .unwrap()
        .unwrap()
        .loss
        .expect("the sample's loss has a reason");
    press(&mut app, "right tab tab tab tab");
    press(&mut app, "ctrl-u");
    typed(&mut app, "we priced before we qualified");
    keys(&mut app, "enter");
    let skipped = wizard(&app).cursor_deal().unwrap();
    keys(&mut app, "ctrl-n");
    assert_eq!(store.review(review.id).unwrap().unwrap().skipped, [skipped]);
    // Enter through the rest; the skipped deal comes back last.
    let mut seen_skipped_again = false;
    for _ in 0..total + 2 {
        if wizard(&app).step != Step::Triage {
            break;
        }
        seen_skipped_again |= wizard(&app).cursor_deal() == Some(skipped);
        keys(&mut app, "enter");
    }
    assert!(seen_skipped_again, "a skipped deal comes back");
    assert_eq!(wizard(&app).step, Step::Contrast);
    let r = store.review(review.id).unwrap().unwrap();
    assert_eq!(r.triaged.len(), total, "every lost deal triaged");
    let first_deal = store.deal(r.lost_deals[0]).unwrap().unwrap();
    let after_triage = first_deal.loss.clone().unwrap();
    assert_eq!(after_triage.lesson, "we priced before we qualified");
    assert_ne!(after_triage.category, before_triage.category);
    insta::assert_snapshot!(
        "review_5_contrast_100x30",
        screen_without_report_path(&mut app, 100, 30)
    );

    keys(&mut app, "enter");
    assert_eq!(wizard(&app).step, Step::Patterns);
    insta::assert_snapshot!(
        "review_6_patterns_100x30",
        screen_without_report_path(&mut app, 100, 30)
    );
    keys(&mut app, "tab");
    assert!(screen_without_report_path(&mut app, 100, 30).contains("[competitor]"));

    keys(&mut app, "enter");
    assert_eq!(wizard(&app).step, Step::Improvements);
    insta::assert_snapshot!(
        "review_7_improvements_100x30",
        screen_without_report_path(&mut app, 100, 30)
    );
    typed(&mut app, "Qualify budget before any quote");
    keys(&mut app, "enter");
    assert_eq!(wizard(&app).step, Step::Finish);
    insta::assert_snapshot!(
        "review_8_finish_100x30",
        screen_without_report_path(&mut app, 100, 30)
    );

    keys(&mut app, "enter");
    assert!(wizard(&app).is_finished());
    insta::assert_snapshot!(
        "review_8_finished_100x30",
        screen_without_report_path(&mut app, 100, 30)
    );

    // Stored: finished, read-only, with its action and report.
    let r = store.review(review.id).unwrap().unwrap();
    assert_eq!((r.status, r.step), (ReviewStatus::Finished, 8));
    let chosen: Vec<ImprovementAction> = store
        .improvement_actions()
        .unwrap()
        .into_iter()
        .filter(|a| a.review == r.id)
        .collect();
    assert_eq!(chosen.len(), 1);
    assert_eq!(chosen[0].title, "Qualify budget before any quote");
    assert_eq!(
        chosen[0].due.to_string(),
        "2026-12-22",
        "a month from today"
    );
    let path = std::path::PathBuf::from(r.report_path.clone().unwrap());
    assert!(path.starts_with(dir.path()), "in the data dir: {path:?}");
    let md = std::fs::read_to_string(&path).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "owner-only, like every file dealdeck writes");
    }
    assert!(md.starts_with("# Loss review R-3 — 2026-10\n"), "{md}");
    for part in [
        "Participants: 陈静, Sarah Mitchell, David Chen.",
        "## Scorecard",
        "| win rate |",
        &format!("{total} lost deals; {total} triaged in the review."),
        "## Won vs lost",
        "#### By reason",
        "#### By competitor",
        "#### By stage lost at",
        "#### By owner",
        "### By reason vs earlier reviews (2026-09, 2026-08)",
        "we priced before we qualified",
        "### Reasons changed in the review",
        &format!("| {} |", first_deal.title),
        "| rolled out to all reps |",
        "| Qualify budget before any quote | 李伟 | 2026-12-22 |",
    ] {
        assert!(md.contains(part), "report lacks {part:?}:\n{md}");
    }
    assert!(
        store
            .save_review_progress(
                r.id,
                4,
                0,
                vec![],
                dealdeck::store::Stamp { by: "x", at: now() }
            )
            .is_err(),
        "finished is read-only"
    );
    // Closing leaves the wizard; g v then starts a new review at step 1.
    keys(&mut app, "esc");
    assert!(app.layers.is_empty());
    keys(&mut app, "g v");
    assert_eq!(wizard(&app).step, Step::Period);
    assert!(wizard(&app).review.is_none());
}

/// Reopens the workspace once the dropped app's worker threads have let it go.
fn reopen(path: &std::path::Path) -> Store {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        match Store::open(path) {
            Ok(store) => return store,
            Err(e) if Instant::now() < deadline => {
                let _ = e;
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(e) => panic!("cannot reopen: {e}"),
        }
    }
}

#[test]
fn a_session_dropped_mid_triage_resumes_at_the_same_deal() {
    let (dir, mut app) = app_with(400);
    keys(&mut app, "g v enter enter enter");
    assert_eq!(wizard(&app).step, Step::Triage);
    keys(&mut app, "enter enter ctrl-n");
    let at = wizard(&app).cursor_deal().unwrap();
    let review = wizard(&app).review.clone().unwrap();
    assert_eq!(review.triaged.len(), 2);
    // Something typed but not saved is lost with the session; the position is not.
    typed(&mut app, "half a thought");
    drop(app);

    let mut app = open_app(reopen(&dir.path().join("s.redb")));
    keys(&mut app, "g v");
    let w = wizard(&app);
    assert_eq!(w.step, Step::Triage);
    assert_eq!(w.cursor_deal(), Some(at), "the same deal");
    let resumed = w.review.as_ref().unwrap();
    assert_eq!(resumed.id, review.id);
    assert_eq!(resumed.triaged.len(), 2);
    assert_eq!(resumed.skipped.len(), 1);
    let s = screen_without_report_path(&mut app, 100, 30);
    assert!(
        s.contains(&format!(
            "{} / {}",
            review.triage_cursor + 1,
            review.lost_deals.len()
        )),
        "{s}"
    );
    insta::assert_snapshot!("review_4_triage_80x24", screen(&mut app, 80, 24));
    for w in [1, 20, 40, 60, 80] {
        for h in [1, 5, 10, 12, 24] {
            screen(&mut app, w, h);
        }
    }
    // A read-only step scrolls no further than its last line: one k answers at once.
    keys(&mut app, "pageup pageup");
    assert_eq!(wizard(&app).step, Step::Scorecard);
    screen(&mut app, 80, 24);
    for _ in 0..30 {
        keys(&mut app, "j");
    }
    let bottom = wizard(&app).scroll;
    assert!(bottom > 0 && bottom < 30, "clamped at {bottom}");
    keys(&mut app, "k");
    assert_eq!(wizard(&app).scroll, bottom - 1);
    // q leaves (saved), and says how to come back.
    keys(&mut app, "esc");
    assert!(app.layers.is_empty());
    assert!(
        app.chrome
            .status
            .as_ref()
            .unwrap()
            .text
            .contains("g v resumes"),
        "{:?}",
        app.chrome.status
    );
}

#[test]
fn actions_due_from_the_board() {
    let (_d, mut app) = app_with(400);
    let open = app.store.open_actions().unwrap();
    press(&mut app, "A");
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("Improvement actions due"), "{s}");
    assert!(s.contains(&open[0].title[..20]), "{s}");
    insta::assert_snapshot!("actions_due_100x30", s);
    // Enter: status and note; done leaves the list, the history keeps it.
    assert_eq!(
        open[0].status,
        ActionStatus::InProgress,
        "earliest due first"
    );
    press(&mut app, "enter right tab");
    typed(&mut app, "checked in the pipeline call");
    press(&mut app, "enter");
    let after = app.store.open_actions().unwrap();
    assert_eq!(after.len(), open.len() - 1);
    let done = app
        .store
        .improvement_actions()
        .unwrap()
        .into_iter()
        .find(|a| a.id == open[0].id)
        .unwrap();
    let h = done.history.last().unwrap();
    assert_eq!(
        (h.status, h.note.as_str(), h.review),
        (ActionStatus::Done, "checked in the pipeline call", None)
    );
    press(&mut app, "esc");
    assert!(app.layers.is_empty());
}

#[test]
fn with_no_action_carried_over_step_3_just_goes_on() {
    let (_d, mut app) = app_with(120);
    let stamp = dealdeck::store::Stamp { by: "t", at: now() };
    for a in app.store.open_actions().unwrap() {
        app.store
            .set_action_status(a.id, ActionStatus::Done, "", None, stamp)
            .unwrap();
    }
    keys(&mut app, "g v enter enter");
    assert_eq!(wizard(&app).step, Step::Actions);
    assert!(
        screen_without_report_path(&mut app, 100, 30)
            .contains("No open actions from earlier reviews")
    );
    keys(&mut app, "enter");
    assert_eq!(
        wizard(&app).step,
        Step::Triage,
        "enter goes on, the wizard stays"
    );
}

#[test]
fn a_month_reviewed_before_takes_a_second_enter() {
    let (_d, mut app) = app_with(120);
    let done = app
        .store
        .reviews()
        .unwrap()
        .into_iter()
        .find(|r| r.is_finished())
        .expect("the sample has a finished review");
    keys(&mut app, "g v ctrl-u");
    typed(&mut app, &done.period_label());
    keys(&mut app, "enter");
    assert_eq!(wizard(&app).step, Step::Period, "not started by accident");
    let s = screen_without_report_path(&mut app, 100, 30);
    assert!(s.contains(&format!("was reviewed in R-{}", done.id)), "{s}");
    assert!(app.store.review_in_progress().unwrap().is_none());
    keys(&mut app, "enter");
    assert_eq!(
        wizard(&app).step,
        Step::Scorecard,
        "asked for twice: it starts"
    );
    let started = app.store.review_in_progress().unwrap().expect("started");
    assert_eq!(started.period_label(), done.period_label());
}

#[test]
fn a_review_is_abandoned_from_step_1_after_asking() {
    let (_d, mut app) = app_with(120);
    keys(&mut app, "g v enter");
    let review = app.store.review_in_progress().unwrap().expect("started");
    assert_eq!(wizard(&app).step, Step::Scorecard);
    keys(&mut app, "ctrl-x");
    assert!(
        screen_without_report_path(&mut app, 100, 30).contains("abandoned from step 1"),
        "not from step 2"
    );
    keys(&mut app, "pageup");
    assert_eq!(wizard(&app).step, Step::Period);
    assert!(screen_without_report_path(&mut app, 100, 30).contains("ctrl-x abandons this review"));
    keys(&mut app, "ctrl-x");
    assert!(
        screen_without_report_path(&mut app, 100, 30).contains(&format!("abandon R-{}", review.id))
    );
    // Any other key keeps it.
    keys(&mut app, "tab");
    assert!(app.store.review(review.id).unwrap().is_some());
    keys(&mut app, "ctrl-x ctrl-x");
    assert!(app.layers.is_empty(), "the wizard closed");
    assert!(app.store.review(review.id).unwrap().is_none());
    assert!(app.store.review_in_progress().unwrap().is_none());
    assert!(screen(&mut app, 100, 30).contains(&format!("review R-{} of", review.id)));
}

#[test]
fn triage_is_ticked_only_when_every_deal_was_looked_at() {
    let (_d, mut app) = app_with(120);
    keys(&mut app, "g v enter enter enter");
    assert_eq!(wizard(&app).step, Step::Triage);
    let lost = app
        .store
        .review_in_progress()
        .unwrap()
        .unwrap()
        .lost_deals
        .len();
    assert!(lost > 1, "the sample month has losses to triage");
    // One deal triaged as prefilled, the rest skipped by going on.
    keys(&mut app, "enter pagedown");
    assert_eq!(wizard(&app).step, Step::Contrast);
    let strip = screen(&mut app, 200, 30);
    assert!(
        strip.contains(&format!("↷4 Triage ({} not looked at)", lost - 1)),
        "{strip}"
    );
    assert!(!strip.contains("✓4"), "{strip}");
}

#[test]
fn ctrl_o_in_triage_shows_the_deal_read_only_and_comes_back() {
    let (_d, mut app) = app_with(120);
    keys(&mut app, "g v enter enter enter");
    assert_eq!(wizard(&app).step, Step::Triage);
    let deal = wizard(&app).cursor_deal().unwrap();
    keys(&mut app, "ctrl-o");
    assert!(app.layers.is_empty(), "the wizard waits behind the detail");
    assert_eq!(app.screen, dealdeck::ui::app::Screen::Detail);
    assert_eq!(app.detail.as_ref().unwrap().deal.id, deal);
    // Nothing here changes the deal.
    press(&mut app, "H");
    assert!(
        screen(&mut app, 100, 30).contains("read-only while the review looks at it"),
        "{}",
        screen(&mut app, 100, 30)
    );
    assert_eq!(
        app.store.deal(deal).unwrap().unwrap().status,
        DealStatus::Lost
    );
    keys(&mut app, "q");
    assert_eq!(wizard(&app).step, Step::Triage);
    assert_eq!(wizard(&app).cursor_deal(), Some(deal), "at the same deal");
    // And the detail is the board's own again afterwards.
    assert!(!app.chrome.detail_read_only);
}

/// Past a triage that left deals unlooked at, the step strip still names
/// every step where the line has room, the triage with its count.
#[test]
fn the_step_strip_names_every_step_past_an_unfinished_triage() {
    let (_dir, mut app) = app_with(400);
    keys(&mut app, "g v enter");
    assert_eq!(wizard(&app).step, Step::Scorecard);
    keys(&mut app, "pagedown pagedown pagedown");
    assert_eq!(wizard(&app).step, Step::Contrast);
    // (Two steps with counts now: the last actions, none answered, and the triage.)
    let shown = screen_without_report_path(&mut app, 130, 30);
    let strip = shown.lines().nth(1).unwrap_or_default();
    for step in [
        "✓1 Period",
        "↷3 Last actions (",
        "↷4 Triage (",
        "▸5 Won vs lost",
        "8 Finish",
    ] {
        assert!(strip.contains(step), "{step}: {strip}");
    }
    // Narrower, the current step alone keeps its name.
    let narrow = screen_without_report_path(&mut app, 80, 24);
    let strip = narrow.lines().nth(1).unwrap_or_default();
    assert!(
        strip.contains("▸5 Won vs lost") && !strip.contains("Period"),
        "{strip}"
    );
}
