//! The undo contract (ARCHITECTURE.md, "Undo"): `u` reverts the person's own
//! latest change of a deal, account, contact or activity, and never a change
//! it does not track (quotes, a review's triage, imports). When reverting would
//! overwrite or orphan such a change, it is refused, said in words, and taken
//! off the list so the next `u` goes on to older changes.

mod common;

use chrono::{Datelike, Duration};
use common::ui::{app_with, now, press, screen, typed};
use dealdeck::domain::*;
use dealdeck::store::{LossInput, Stamp};

#[test]
fn u_after_a_quote_on_a_new_deal_keeps_the_deal_and_its_quote() {
    let (_d, mut app) = app_with(60);
    app.resize(100, 30);
    let before = app.store.deals().unwrap().len();
    press(&mut app, "n");
    typed(&mut app, "Press line retrofit");
    press(&mut app, "tab");
    typed(&mut app, "Kestrel Optics");
    press(&mut app, "tab tab");
    typed(&mut app, "40k");
    press(&mut app, "enter");
    let deal = app.board.selected_deal().unwrap();
    assert_eq!(app.store.deals().unwrap().len(), before + 1);
    // A quote with one line on it, from the deal's detail.
    press(&mut app, "enter o a");
    typed(&mut app, "gateway");
    // After the pick the quantity is asked for.
    press(&mut app, "enter");
    typed(&mut app, "2");
    press(&mut app, "enter");
    let quotes = app.store.quotes_of(deal).unwrap();
    assert_eq!(quotes.len(), 1, "the quote is kept with its line");
    press(&mut app, "q esc");
    assert!(app.layers.is_empty());

    press(&mut app, "u");
    let s = screen(&mut app, 100, 30);
    assert!(
        s.contains(&format!(
            "cannot undo: quote {} was made on the deal since",
            quotes[0].number
        )),
        "the refusal names the quote: {s}"
    );
    assert!(app.store.deal(deal).unwrap().is_some(), "the deal stays");
    assert_eq!(
        app.store.quotes_of(deal).unwrap().len(),
        1,
        "so does its quote"
    );
    assert!(app.store.consistency_problems().unwrap().is_empty());
    // The refused change left the list: the next u does not ask again.
    press(&mut app, "u");
    assert!(!screen(&mut app, 100, 30).contains("cannot undo \"new deal"));
    assert!(app.store.deal(deal).unwrap().is_some());
}

#[test]
fn u_after_a_triage_keeps_the_classified_loss() {
    let (_d, mut app) = app_with(60);
    app.resize(100, 30);
    let store = app.store.clone();
    let user = app.user.clone();
    let stamp = |minutes| Stamp {
        by: &user,
        at: now() + Duration::minutes(minutes),
    };
    let deal = store.open_deals().unwrap()[0].id;
    let lost = LossInput {
        category: "pricing".into(),
        ..LossInput::default()
    };
    store.lose_deal(deal, &lost, stamp(0)).unwrap();
    // This month's review classifies the loss again, differently.
    let first = now().date_naive().with_day0(0).unwrap();
    let review = store
        .start_review(first, now().date_naive(), vec![], stamp(1))
        .unwrap();
    assert!(review.lost_deals.contains(&deal));
    let cursor = review.lost_deals.iter().position(|d| *d == deal).unwrap();
    let triaged = LossInput {
        category: "competition".into(),
        lesson: "they demoed on site, we did not".into(),
        lost_on: None,
        ..LossInput::default()
    };
    store
        .triage_loss(review.id, deal, &triaged, cursor + 1, 4, stamp(2))
        .unwrap();

    press(&mut app, "u");
    let s = screen(&mut app, 100, 30);
    assert!(
        s.contains("cannot undo: its loss was classified in a review since"),
        "{s}"
    );
    let kept = store.deal(deal).unwrap().unwrap();
    assert_eq!(kept.status, DealStatus::Lost, "the loss is not reverted");
    assert_eq!(kept.loss.unwrap().category, "competition");
    let r = store.review(review.id).unwrap().unwrap();
    assert!(r.triage_of(deal).is_some(), "the review keeps its triage");
    assert!(store.consistency_problems().unwrap().is_empty());
}
