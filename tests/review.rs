//! The monthly loss review outside the terminal: its figures pinned on a hand-built
//! quarter (the working in comments), and the store's review rules — triage order,
//! one review in progress, triage writing the deal's loss record, action history,
//! finished reviews read-only.

mod common;

use common::fixture::{Fixture, on, stage};
use dealdeck::analytics::review::{Unit, review_figures, trailing_window};
use dealdeck::analytics::{Facts, Input, Period};
use dealdeck::domain::*;
use dealdeck::store::{ActionDraft, LossInput, Stamp, Store};
use std::collections::HashMap;

fn now() -> chrono::DateTime<chrono::Utc> {
    on("11-22")
}

fn period(text: &str) -> Period {
    Period::parse(text, now().date_naive()).unwrap()
}

/// Three months before October, then October:
/// - t1 Ann 10 000: Qualification 07-01 → Won 07-21 (20 days)
/// - t2 Bob 20 000: Qualification 08-01 → Won 08-31 (30 days)
/// - t3 Ann  6 000: Qualification 09-01 → Lost 09-11
/// - t4 Bob 30 000: Qualification 09-02 → Won 09-12 (10 days)
/// - o1 Ann  8 000: Qualification 10-01 → Won 10-31 (30 days)
/// - o2 Ann  5 000: Qualification 10-02 → Lost 10-12
/// - o3 Bob 20 000: Qualification 10-03 → Lost 10-25, Acme named
/// - o4 Bob  9 000: Qualification 10-04 → Lost 10-20
/// - o5 Ann  4 000: Qualification 10-05 → Lost 10-15
fn quarter() -> Fixture {
    let mut fx = Fixture::new();
    fx.deal(10_000, 1, &[("Qualification", "07-01"), ("Won", "07-21")]);
    fx.deal(20_000, 2, &[("Qualification", "08-01"), ("Won", "08-31")]);
    fx.deal(6_000, 1, &[("Qualification", "09-01"), ("Lost", "09-11")]);
    fx.deal(30_000, 2, &[("Qualification", "09-02"), ("Won", "09-12")]);
    fx.deal(8_000, 1, &[("Qualification", "10-01"), ("Won", "10-31")]);
    fx.deal(5_000, 1, &[("Qualification", "10-02"), ("Lost", "10-12")]);
    let o3 = fx.deal(20_000, 2, &[("Qualification", "10-03"), ("Lost", "10-25")]);
    fx.edit(o3, |d| d.competitors = vec!["Acme".into()]);
    fx.deal(9_000, 2, &[("Qualification", "10-04"), ("Lost", "10-20")]);
    fx.deal(4_000, 1, &[("Qualification", "10-05"), ("Lost", "10-15")]);
    fx.ws.loss_reasons = defaults::loss_taxonomy();
    fx
}

fn names() -> HashMap<String, String> {
    defaults::loss_taxonomy()
        .into_iter()
        .map(|c| (c.key, c.name))
        .collect()
}

#[test]
fn the_trailing_window_is_the_three_months_before() {
    let w = trailing_window(&period("2026-10"));
    assert_eq!(
        (w.first.to_string(), w.last.to_string()),
        ("2026-07-01".into(), "2026-09-30".into())
    );
    let w = trailing_window(&period("2026-01"));
    assert_eq!(
        (w.first.to_string(), w.last.to_string()),
        ("2025-10-01".into(), "2025-12-31".into())
    );
}

#[test]
fn scorecard_against_the_trailing_months_with_alerts() {
    let fx = quarter();
    let input = Input::from_workspace(&fx.ws);
    let facts = Facts::new(&input, now());
    let f = review_figures(&facts, &period("2026-10"), &[period("2026-09")], &names());
    let row = |name: &str| f.scorecard.iter().find(|c| c.metric == name).unwrap();
    // October: 1 won of 5 closed = 20 %; before: 3 of 4 = 75 %: 55 points down.
    let rate = row("win rate");
    assert_eq!((rate.now, rate.before), (Some(0.2), Some(0.75)));
    assert_eq!(
        rate.alert.as_deref(),
        Some("win rate 20 % is 55 points below the 75 % before")
    );
    // Counts before are scaled to October's 31 days out of the window's 92.
    let won = row("deals won");
    assert_eq!(won.now, Some(1.0));
    assert!((won.before.unwrap() - 3.0 * 31.0 / 92.0).abs() < 1e-9);
    // 4 lost vs 1 × 31/92 = 0.34: more than 25 % and at least 3 more.
    let lost = row("deals lost");
    assert_eq!(lost.now, Some(4.0));
    assert_eq!(
        lost.alert.as_deref(),
        Some("4 deals lost, 0.3 a period before")
    );
    // Median days to win: 30 vs median(20, 30, 10) = 20 → 50 % longer.
    let cycle = row("median days to win");
    assert_eq!((cycle.now, cycle.before), (Some(30.0), Some(20.0)));
    assert_eq!(
        cycle.alert.as_deref(),
        Some("deals took 30 days to win, 50 % longer than the 20 before")
    );
    // Average won deal: 8 000 vs 60 000 / 3 = 20 000 → 60 % smaller.
    let average = row("average won deal");
    assert_eq!((average.now, average.before), (Some(8000.0), Some(20000.0)));
    assert_eq!(
        average.alert.as_deref(),
        Some("the average won deal is 60 % smaller than before")
    );
    let amount = row("amount lost");
    assert_eq!(amount.now, Some(38000.0));
    assert_eq!(amount.unit, Unit::Money);
    // Qualification: 5 entered in October, 1 went on (to Won) = 20 %; before 3 of 4.
    let q = f
        .conversions
        .iter()
        .find(|c| c.metric.ends_with("Qualification"))
        .unwrap();
    assert_eq!((q.now, q.before), (Some(0.2), Some(0.75)));
    assert!(q.alert.is_some());
}

#[test]
fn won_and_lost_deals_contrasted() {
    let fx = quarter();
    let input = Input::from_workspace(&fx.ws);
    let facts = Facts::new(&input, now());
    let f = review_figures(&facts, &period("2026-10"), &[], &names());
    let row = |name: &str| {
        let r = f.contrast.iter().find(|r| r.attribute == name).unwrap();
        (r.won, r.lost)
    };
    assert_eq!(row("deals"), (Some(1.0), Some(4.0)));
    // Lost: (5 000 + 20 000 + 9 000 + 4 000) / 4.
    assert_eq!(row("average amount"), (Some(8000.0), Some(9500.0)));
    // Lost open 10, 22, 16, 10 days → median 13.
    assert_eq!(row("median days open"), (Some(30.0), Some(13.0)));
    assert_eq!(row("competitor named"), (Some(0.0), Some(0.25)));
    assert_eq!(row("quoted"), (Some(0.0), Some(0.0)));
    // Nobody quoted: no discount to average.
    assert_eq!(row("average largest discount"), (None, None));
    let size = f
        .dimensions
        .iter()
        .find(|d| d.dimension == "deal size")
        .unwrap();
    let small = size.rows.iter().find(|r| r.value == "< 10k").unwrap();
    assert_eq!((small.outcome.won, small.outcome.lost), (1, 3));
    // The loss tables of the period, and of the earlier review's period.
    assert_eq!(f.losses.lost, 4);
    assert!(f.earlier.is_empty());
    let with_earlier = review_figures(&facts, &period("2026-10"), &[period("2026-09")], &names());
    assert_eq!(with_earlier.earlier[0].lost, 1);
}

fn store_of(fx: &Fixture) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::create_with(&dir.path().join("r.redb"), &fx.ws, false).unwrap();
    (dir, store)
}

fn stamp() -> Stamp<'static> {
    Stamp {
        by: "Ann",
        at: now(),
    }
}

fn october(store: &Store) -> Review {
    let p = period("2026-10");
    store
        .start_review(
            p.first,
            p.last,
            vec!["Ann".into(), " ann ".into(), "Bob".into()],
            stamp(),
        )
        .unwrap()
}

#[test]
fn a_review_lists_the_period_losses_largest_first_and_only_one_runs_at_a_time() {
    let (_d, store) = store_of(&quarter());
    let r = october(&store);
    // o3 20 000, o4 9 000, o2 5 000, o5 4 000.
    assert_eq!(r.lost_deals, [DealId(7), DealId(8), DealId(6), DealId(9)]);
    assert_eq!(
        r.participants,
        ["Ann", "Bob"],
        "names trimmed, repeats dropped"
    );
    assert_eq!((r.step, r.status), (2, ReviewStatus::InProgress));
    assert_eq!(store.review_in_progress().unwrap().unwrap().id, r.id);
    let p = period("2026-09");
    let again = store.start_review(p.first, p.last, vec![], stamp());
    assert!(
        again.unwrap_err().to_string().contains("still in progress"),
        "one review at a time"
    );
    // Changing the period lists that period's losses instead.
    let sept = store
        .set_review_period(r.id, p.first, p.last, vec![], false, stamp())
        .unwrap();
    assert_eq!(sept.lost_deals, [DealId(3)]);
}

#[test]
fn triage_writes_the_deal_and_the_review_together() {
    let (_d, store) = store_of(&quarter());
    let r = october(&store);
    let loss = LossInput {
        category: "pricing".into(),
        sub_reason: "Price too high".into(),
        competitor: Some("Acme".into()),
        controllable: None,
        lesson: "anchor on value first".into(),
        lost_on: None,
    };
    let (saved, deal) = store
        .triage_loss(r.id, DealId(7), &loss, 1, 4, stamp())
        .unwrap();
    let record = deal.loss.unwrap();
    assert_eq!(
        (
            record.category.as_str(),
            record.sub_reason.as_str(),
            record.controllable
        ),
        ("pricing", "Price too high", true)
    );
    // No loss record before: the stage lost at comes from the move into Lost.
    assert_eq!(record.stage_lost_at, Some(stage("Qualification")));
    assert_eq!(saved.triage_cursor, 1);
    assert_eq!(saved.triaged.len(), 1);
    assert_eq!(
        store.deal(DealId(7)).unwrap().unwrap().loss.unwrap().lesson,
        "anchor on value first"
    );
    // Triage again replaces, never duplicates; a deal outside the period is refused.
    let (saved, _) = store
        .triage_loss(r.id, DealId(7), &loss, 2, 4, stamp())
        .unwrap();
    assert_eq!(saved.triaged.len(), 1);
    assert!(
        store
            .triage_loss(r.id, DealId(3), &loss, 2, 4, stamp())
            .is_err()
    );
    // An unknown reason names the known ones.
    let bad = LossInput {
        category: "weather".into(),
        ..loss
    };
    let e = store
        .triage_loss(r.id, DealId(8), &bad, 2, 4, stamp())
        .unwrap_err();
    assert!(
        e.to_string().contains("unknown loss reason 'weather'"),
        "{e}"
    );
}

#[test]
fn actions_keep_their_history_and_a_finished_review_is_read_only() {
    let (_d, store) = store_of(&quarter());
    let r = october(&store);
    let draft = |title: &str| ActionDraft {
        title: title.into(),
        owner: OwnerId(1),
        due: on("12-15").date_naive(),
        linked_reason: "pricing".into(),
    };
    let four = vec![draft("a"), draft("b"), draft("c"), draft("d")];
    assert!(
        store.set_review_actions(r.id, &four, 7, stamp()).is_err(),
        "three at most"
    );
    store
        .set_review_actions(r.id, &[draft("first"), draft("second")], 7, stamp())
        .unwrap();
    let chosen = store
        .set_review_actions(r.id, &[draft("only")], 7, stamp())
        .unwrap();
    assert_eq!(
        store.improvement_actions().unwrap().len(),
        1,
        "choosing again replaces"
    );
    assert!(
        store.open_actions().unwrap().is_empty(),
        "a review's actions are not live before it finishes"
    );
    let id = chosen[0].id;
    let wrong = ActionDraft {
        linked_reason: "weather".into(),
        ..draft("x")
    };
    assert!(
        store
            .set_review_actions(r.id, &[wrong], 7, stamp())
            .is_err()
    );

    store
        .finish_review(r.id, Some("/tmp/report.md".into()), stamp())
        .unwrap();
    assert_eq!(store.open_actions().unwrap().len(), 1, "live once finished");
    // October again: refused, naming the review, unless asked for explicitly.
    let p = period("2026-10");
    let err = store
        .start_review(p.first, p.last, vec![], stamp())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains(&format!("2026-10 was reviewed in R-{}", r.id))
            && err.contains("asked for explicitly"),
        "{err}"
    );
    let again = store
        .start_review_again(p.first, p.last, vec![], stamp())
        .unwrap();
    store.abandon_review(again.id, stamp()).unwrap();
    let finished = store.review(r.id).unwrap().unwrap();
    assert_eq!(
        (finished.status, finished.step),
        (ReviewStatus::Finished, 8)
    );
    let e = store
        .save_review_progress(r.id, 4, 0, vec![], stamp())
        .unwrap_err();
    assert!(e.to_string().contains("finished and read-only"), "{e}");
    assert!(store.set_review_actions(r.id, &[], 7, stamp()).is_err());
    assert!(store.finish_review(r.id, None, stamp()).is_err());

    // The action goes on after its review: statuses set later are added to its history.
    let a = store
        .set_action_status(id, ActionStatus::InProgress, "started", None, stamp())
        .unwrap();
    let a2 = store
        .set_action_status(id, ActionStatus::Done, "rolled out", None, stamp())
        .unwrap();
    assert_eq!(a.history.len(), 2);
    let trail: Vec<(ActionStatus, &str)> = a2
        .history
        .iter()
        .map(|h| (h.status, h.note.as_str()))
        .collect();
    assert_eq!(
        trail,
        [
            (ActionStatus::Open, "chosen in the review"),
            (ActionStatus::InProgress, "started"),
            (ActionStatus::Done, "rolled out"),
        ]
    );
    assert!(store.open_actions().unwrap().is_empty());
    // Setting a status "in" a finished review is refused.
    assert!(
        store
            .set_action_status(id, ActionStatus::Open, "", Some(r.id), stamp())
            .is_err()
    );
    // Now another review can start.
    let p = period("2026-09");
    store
        .start_review(p.first, p.last, vec![], stamp())
        .unwrap();
}

#[test]
fn answering_carried_actions_and_going_on_to_triage_is_one_transaction() {
    let (_d, store) = store_of(&quarter());
    // September's review chose an action; October's answers it in step 3.
    let p = period("2026-09");
    let september = store
        .start_review(p.first, p.last, vec![], stamp())
        .unwrap();
    let draft = ActionDraft {
        title: "Price approval within a day".into(),
        owner: OwnerId(1),
        due: on("12-15").date_naive(),
        linked_reason: "pricing".into(),
    };
    let action = store
        .set_review_actions(september.id, &[draft], 8, stamp())
        .unwrap()[0]
        .id;
    store.finish_review(september.id, None, stamp()).unwrap();
    let r = october(&store);
    let before = store.feed().generation();
    let answer = vec![(
        action,
        ActionStatus::InProgress,
        "pilot in EMEA".to_string(),
    )];
    let saved = store
        .answer_carried_actions(r.id, &answer, stamp())
        .unwrap();
    assert_eq!(store.feed().generation(), before + 1, "one commit");
    assert_eq!((saved.step, saved.triage_cursor), (4, 0));
    let a = &store.improvement_actions().unwrap()[0];
    assert_eq!(a.status, ActionStatus::InProgress);
    assert_eq!(a.history.len(), 2);
    // The same answer again is not repeated in the history.
    store
        .answer_carried_actions(r.id, &answer, stamp())
        .unwrap();
    assert_eq!(store.improvement_actions().unwrap()[0].history.len(), 2);
    // A refused answer (a note with a hidden control character) writes nothing.
    let bad = vec![(action, ActionStatus::Done, "done\u{1b}[2J".to_string())];
    let generation = store.feed().generation();
    assert!(store.answer_carried_actions(r.id, &bad, stamp()).is_err());
    assert_eq!(store.feed().generation(), generation);
    assert_eq!(
        store.improvement_actions().unwrap()[0].status,
        ActionStatus::InProgress
    );
}

#[test]
fn an_abandoned_review_leaves_its_triage_on_the_deals_and_frees_the_period() {
    let (_d, store) = store_of(&quarter());
    let r = october(&store);
    let deal = r.lost_deals[0];
    let loss = LossInput {
        category: "competition".into(),
        lesson: "they were on site weekly".into(),
        lost_on: None,
        ..LossInput::default()
    };
    store.triage_loss(r.id, deal, &loss, 1, 4, stamp()).unwrap();
    let draft = ActionDraft {
        title: "Weekly on-site visits for top deals".into(),
        owner: OwnerId(1),
        due: on("12-15").date_naive(),
        linked_reason: "competition".into(),
    };
    store
        .set_review_actions(r.id, &[draft], 7, stamp())
        .unwrap();
    assert_eq!(store.improvement_actions().unwrap().len(), 1);

    let gone = store.abandon_review(r.id, stamp()).unwrap();
    assert_eq!(gone.triaged.len(), 1);
    assert!(store.review(r.id).unwrap().is_none());
    assert!(
        store.improvement_actions().unwrap().is_empty(),
        "its actions go"
    );
    let kept = store.deal(deal).unwrap().unwrap().loss.unwrap();
    assert_eq!(kept.category, "competition", "the triaged loss stays");
    // The month can be reviewed again; a finished review cannot be abandoned.
    let again = october(&store);
    store.finish_review(again.id, None, stamp()).unwrap();
    let e = store.abandon_review(again.id, stamp()).unwrap_err();
    assert!(e.to_string().contains("finished and read-only"), "{e}");
}
