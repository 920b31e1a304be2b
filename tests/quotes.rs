//! Quotes in the store: drafts edited in place, a sent version never changed (an
//! edit starts the next one), sending refused while a guard blocks, the customer's
//! answer, the tier price list, and the prices products were won at.

mod common;

use common::ui::{app_with, now};
use dealdeck::domain::pricing::PricingPolicy;
use dealdeck::domain::*;
use dealdeck::store::Stamp;
use rust_decimal::Decimal;
use rust_decimal::dec;

fn stamp() -> Stamp<'static> {
    Stamp {
        by: "tester",
        at: now(),
    }
}

fn line(product: &Product, qty: Decimal, price: Decimal, disc: Decimal) -> QuoteLine {
    QuoteLine {
        product: product.id,
        description: product.name.clone(),
        qty,
        unit_price: price,
        discount_pct: disc,
        unit_cost: product.unit_cost,
    }
}

#[test]
fn versions_guards_and_answers() {
    let (_d, app) = app_with(80);
    let store = app.store.clone();
    let deal = store.open_deals().unwrap().remove(0);
    let products = store.products().unwrap();
    let sensor = products.iter().find(|p| p.sku == "IOT-SENS").unwrap();
    let policy = PricingPolicy::default();

    let q = store.create_quote(deal.id, stamp()).unwrap();
    assert_eq!(q.number, format!("Q-2026-{:05}", q.id.0));
    assert_eq!(q.versions[0].status, QuoteStatus::Draft);
    let e = store.send_quote(q.id, &policy, stamp()).unwrap_err();
    assert!(e.to_string().contains("the quote has no lines"), "{e}");

    // A draft is edited in place.
    let one = [line(sensor, dec!(4), sensor.list_price, dec!(0))];
    let q = store.save_quote_lines(q.id, &one, stamp()).unwrap();
    let two = [line(sensor, dec!(5), sensor.list_price, dec!(15))];
    let q = store.save_quote_lines(q.id, &two, stamp()).unwrap();
    assert_eq!(q.versions.len(), 1);
    assert_eq!(q.versions[0].lines[0].qty, dec!(5));
    // Bad lines are refused whole.
    let bad = [line(sensor, dec!(0), sensor.list_price, dec!(0))];
    assert!(store.save_quote_lines(q.id, &bad, stamp()).is_err());

    // 15 % needs a manager: refused, then approved and sent.
    let e = store.send_quote(q.id, &policy, stamp()).unwrap_err();
    assert!(e.to_string().contains("needs manager approval"), "{e}");
    let approval = Approval {
        approver: "Dana".into(),
        level: "manager".into(),
        at: now(),
        comment: String::new(),
    };
    let wrong = Approval {
        level: "intern".into(),
        ..approval.clone()
    };
    assert!(store.record_approval(q.id, wrong, stamp()).is_err());
    store.record_approval(q.id, approval, stamp()).unwrap();
    let q = store.send_quote(q.id, &policy, stamp()).unwrap();
    assert_eq!(q.versions[0].status, QuoteStatus::Sent);
    assert_eq!(q.versions[0].sent_at, Some(now()));
    assert!(
        store.send_quote(q.id, &policy, stamp()).is_err(),
        "sent once"
    );

    // An edit after sending starts version 2 with the sent lines, without the approval.
    let q = store.save_quote_lines(q.id, &one, stamp()).unwrap();
    assert_eq!(q.versions.len(), 2);
    assert_eq!(q.versions[0].lines[0].qty, dec!(5), "v1 stays as sent");
    assert_eq!(q.versions[1].status, QuoteStatus::Draft);
    assert!(q.versions[1].approval.is_none());
    assert_eq!(q.revisions(), 1);
    // Only a sent version gets an answer.
    assert!(store.close_quote(q.id, true, stamp()).is_err());
    let q = store.send_quote(q.id, &policy, stamp()).unwrap();
    let q = store.close_quote(q.id, true, stamp()).unwrap();
    assert_eq!(q.versions[1].status, QuoteStatus::Accepted);
    assert_eq!(q.first_sent_at(), Some(now()));
}

#[test]
fn the_price_list_follows_the_account_tier_and_won_prices_come_from_won_deals() {
    let (_d, app) = app_with(200);
    let store = app.store.clone();
    let ws = store.load_workspace().unwrap();
    for deal in ws.deals.iter().take(20) {
        let tier = ws
            .accounts
            .iter()
            .find(|a| a.id == deal.account)
            .unwrap()
            .tier;
        let list = store.price_list_for(deal).unwrap().unwrap();
        assert_eq!(list.tier, Some(tier));
    }
    let won = store.won_prices().unwrap();
    // Recomputed from the workspace: the last sent version of quotes on won deals.
    let mut expected: std::collections::HashMap<ProductId, Vec<Decimal>> = Default::default();
    for q in &ws.quotes {
        let is_won = ws
            .deals
            .iter()
            .any(|d| d.id == q.deal && d.status == DealStatus::Won);
        if let (true, Some(v)) = (
            is_won,
            q.versions
                .iter()
                .rev()
                .find(|v| v.status != QuoteStatus::Draft),
        ) {
            for l in &v.lines {
                expected.entry(l.product).or_default().push(
                    l.unit_price * (Decimal::ONE_HUNDRED - l.discount_pct) / Decimal::ONE_HUNDRED,
                );
            }
        }
    }
    assert!(!expected.is_empty());
    let mut a: Vec<_> = won
        .into_iter()
        .map(|(k, mut v)| {
            v.sort();
            (k, v)
        })
        .collect();
    let mut b: Vec<_> = expected
        .into_iter()
        .map(|(k, mut v)| {
            v.sort();
            (k, v)
        })
        .collect();
    a.sort();
    b.sort();
    assert_eq!(a, b);
}

#[test]
fn a_quote_never_takes_a_price_or_cost_across_currencies() {
    let (_d, app) = app_with(40);
    let store = app.store.clone();
    let mut draft = common::draft("华东 MES rollout", 120_000);
    draft.amount = Money::new(Decimal::from(120_000), "CNY".parse().unwrap());
    let deal = store.create_deal(draft, stamp()).unwrap();
    // The sample's price lists are in USD: none serves a CNY deal.
    assert!(store.price_list_for(&deal).unwrap().is_none());
    let usd = store
        .open_deals()
        .unwrap()
        .into_iter()
        .find(|d| d.amount.currency.as_str() == "USD")
        .unwrap();
    assert!(store.price_list_for(&usd).unwrap().is_some());

    let q = store.create_quote(deal.id, stamp()).unwrap();
    assert_eq!(q.currency.as_str(), "CNY");
    let products = store.products().unwrap();
    let sensor = products.iter().find(|p| p.sku == "IOT-SENS").unwrap();
    let refused = store
        .save_quote_lines(
            q.id,
            &[line(sensor, dec!(4), sensor.list_price, dec!(0))],
            stamp(),
        )
        .unwrap_err();
    let message = refused.to_string();
    assert!(
        message.contains("is priced and costed in USD")
            && message.contains("is in CNY")
            && message.contains("never reuses a number across currencies"),
        "{message}"
    );
    assert!(
        store.quote(q.id).unwrap().unwrap().versions[0]
            .lines
            .is_empty()
    );
}
