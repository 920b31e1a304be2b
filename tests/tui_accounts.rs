//! Accounts (`g a`) driven by real keys on the sample workspace.

mod common;

use common::ui::{app_with, press, screen, typed};
use dealdeck::ui::layers::Layer;

#[test]
fn accounts_filter_order_and_open_an_accounts_deals() {
    let (_d, mut app) = app_with(120);
    press(&mut app, "g a");
    let Some(Layer::Accounts(list)) = app.layers.last() else {
        panic!("the accounts list opened");
    };
    let total = app.store.accounts().unwrap().len();
    assert_eq!(list.rows.len(), total);
    // Largest open pipeline first, counted by hand from the deals.
    let top = list.current().unwrap().clone();
    let open: rust_decimal::Decimal = app
        .store
        .deals_of_account(top.id)
        .unwrap()
        .iter()
        .filter(|d| d.is_open() && d.amount.currency == list.currency)
        .map(|d| d.amount.amount)
        .sum();
    assert_eq!(top.open_amount, open);
    assert!(list.rows.iter().all(|r| r.open_amount <= top.open_amount));
    insta::assert_snapshot!("accounts_100x30", screen(&mut app, 100, 30));
    // Typing filters (fuzzy); the best match first.
    typed(&mut app, "sterling brands");
    let Some(Layer::Accounts(list)) = app.layers.last() else {
        panic!()
    };
    let first = list.current().unwrap();
    assert_eq!(first.name, "Sterling Brands Inc.");
    let id = first.id;
    press(&mut app, "enter");
    let Some(Layer::DealList(deals)) = app.layers.last() else {
        panic!("the account's deals: {}", screen(&mut app, 100, 30));
    };
    assert_eq!(
        deals.deals.len(),
        app.store.deals_of_account(id).unwrap().len()
    );
    // A deal, then back: the deal list, then the accounts, as they were.
    press(&mut app, "enter");
    assert_eq!(app.screen, dealdeck::ui::app::Screen::Detail);
    press(&mut app, "q");
    assert!(matches!(app.layers.last(), Some(Layer::DealList(_))));
    press(&mut app, "esc");
    let Some(Layer::Accounts(list)) = app.layers.last() else {
        panic!("back to the accounts");
    };
    assert_eq!(list.filter.text, "sterling brands");
}

#[test]
fn tab_orders_the_accounts_by_what_was_won() {
    let (_d, mut app) = app_with(120);
    press(&mut app, "g a tab");
    let Some(Layer::Accounts(list)) = app.layers.last() else {
        panic!()
    };
    let won: Vec<_> = list
        .shown
        .iter()
        .map(|i| list.rows[*i].won_amount)
        .collect();
    assert!(won.windows(2).all(|w| w[0] >= w[1]), "{won:?}");
    assert!(screen(&mut app, 100, 30).contains("by won to date"));
}
