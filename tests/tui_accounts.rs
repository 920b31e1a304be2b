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
    let Some(Layer::Account(view)) = app.layers.last() else {
        panic!("the account's page: {}", screen(&mut app, 100, 30));
    };
    assert_eq!(
        view.page.deals.len(),
        app.store.deals_of_account(id).unwrap().len()
    );
    // Open deals first.
    assert!(
        view.page
            .deals
            .windows(2)
            .all(|w| w[0].is_open() >= w[1].is_open())
    );
    insta::assert_snapshot!("account_page_100x30", screen(&mut app, 100, 30));
    // A deal, then back: the page, then the accounts, as they were.
    press(&mut app, "enter");
    assert_eq!(app.screen, dealdeck::ui::app::Screen::Detail);
    press(&mut app, "q");
    assert!(matches!(app.layers.last(), Some(Layer::Account(_))));
    press(&mut app, "esc");
    let Some(Layer::Accounts(list)) = app.layers.last() else {
        panic!("back to the accounts");
    };
    assert_eq!(list.filter.text, "sterling brands");
}

#[test]
fn a_stance_changed_on_the_account_page_shows_in_the_deals_power_map() {
    let (_d, mut app) = app_with(120);
    let store = app.store.clone();
    // An account with an open deal and a contact who is not yet an opponent.
    let deal = store
        .open_deals()
        .unwrap()
        .into_iter()
        .find(|d| {
            store
                .contacts_of(d.account)
                .unwrap()
                .iter()
                .any(|c| c.stance != dealdeck::domain::Stance::Opponent)
        })
        .expect("an open deal with a contact");
    let account = store.account(deal.account).unwrap().unwrap();
    press(&mut app, "g a");
    typed(&mut app, &account.name);
    press(&mut app, "enter");
    let Some(Layer::Account(view)) = app.layers.last() else {
        panic!("the account's page");
    };
    assert_eq!(view.page.account.id, account.id);
    let at = view
        .page
        .contacts
        .iter()
        .position(|c| c.stance != dealdeck::domain::Stance::Opponent)
        .unwrap();
    let contact = view.page.contacts[at].clone();
    press(&mut app, "tab");
    for _ in 0..at {
        press(&mut app, "j");
    }
    // enter edits the contact: name, title, role, then stance — set opponent.
    press(&mut app, "enter tab tab tab");
    let now = dealdeck::domain::Stance::ALL
        .iter()
        .position(|s| *s == contact.stance)
        .unwrap();
    for _ in now..2 {
        press(&mut app, "right");
    }
    let Some(Layer::Account(view)) = app.layers.last() else {
        panic!()
    };
    let (_, form) = view.form.as_ref().expect("the contact's form");
    assert_eq!(form.choice("stance"), 2, "opponent");
    press(&mut app, "enter");
    let saved = store.contact(contact.id).unwrap().unwrap();
    assert_eq!(saved.stance, dealdeck::domain::Stance::Opponent);
    assert!(screen(&mut app, 100, 30).contains(&format!("{} saved", contact.name)));
    // The deal's power map says so: back to Deals, open it, c.
    press(&mut app, "backtab");
    let Some(Layer::Account(view)) = app.layers.last() else {
        panic!()
    };
    let at = view
        .page
        .deals
        .iter()
        .position(|d| d.id == deal.id)
        .unwrap();
    for _ in 0..at {
        press(&mut app, "j");
    }
    press(&mut app, "enter");
    assert_eq!(app.detail.as_ref().map(|d| d.deal.id), Some(deal.id));
    press(&mut app, "c");
    let Some(Layer::Contacts(map)) = app.layers.last() else {
        panic!("the power map");
    };
    let shown = map.contacts.iter().find(|c| c.id == contact.id).unwrap();
    assert_eq!(shown.stance, dealdeck::domain::Stance::Opponent);
}

#[test]
fn contacts_are_added_and_moved_from_the_account_page_and_the_account_edited() {
    let (_d, mut app) = app_with(120);
    let store = app.store.clone();
    let accounts = store.accounts().unwrap();
    let (here, there) = (accounts[0].clone(), accounts[1].clone());
    press(&mut app, "g a");
    typed(&mut app, &here.name);
    press(&mut app, "enter");
    let before = store.contacts_of(here.id).unwrap().len();
    press(&mut app, "n");
    typed(&mut app, "Mei Lin");
    press(&mut app, "tab");
    typed(&mut app, "Plant manager");
    press(&mut app, "enter");
    let added = store.contacts_of(here.id).unwrap();
    assert_eq!(added.len(), before + 1);
    let mei = added.iter().find(|c| c.name == "Mei Lin").unwrap().clone();
    assert_eq!(mei.title, "Plant manager");
    // The page shows the new contact, selected: m moves her.
    let Some(Layer::Account(view)) = app.layers.last() else {
        panic!()
    };
    assert_eq!(
        view.section,
        dealdeck::ui::layers::account::Section::Contacts
    );
    assert_eq!(view.page.contacts[view.cursor(view.section)].id, mei.id);
    press(&mut app, "m");
    typed(&mut app, &there.name);
    press(&mut app, "enter");
    assert_eq!(store.contact(mei.id).unwrap().unwrap().account, there.id);
    // e edits the account: its parent named, a circle refused.
    press(&mut app, "e");
    for _ in 0..6 {
        press(&mut app, "tab");
    }
    typed(&mut app, &there.name);
    press(&mut app, "enter");
    assert_eq!(
        store.account(here.id).unwrap().unwrap().parent,
        Some(there.id)
    );
    let mut circle = store.account(there.id).unwrap().unwrap();
    circle.parent = Some(here.id);
    let refused = store.update_account(&circle, common::at(1)).unwrap_err();
    assert!(refused.to_string().contains("subsidiaries"), "{refused}");
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

#[test]
fn tab_groups_the_accounts_by_region_then_pipeline() {
    let (_d, mut app) = app_with(120);
    press(&mut app, "g a tab tab tab tab tab tab");
    let Some(Layer::Accounts(list)) = app.layers.last() else {
        panic!()
    };
    assert_eq!(list.sort.label(), "region");
    let rows: Vec<_> = list.shown.iter().map(|i| &list.rows[*i]).collect();
    assert!(rows.windows(2).all(|w| {
        let (a, b) = (w[0].region.to_lowercase(), w[1].region.to_lowercase());
        a < b || (a == b && w[0].open_amount >= w[1].open_amount)
    }));
}

/// Every letter goes to the filter, as the keys line says ("type to
/// filter · ↑/↓ move"): `j` and `k` too. The arrows move; the title says
/// the matches come best first, not in the chosen order.
#[test]
fn letters_filter_the_accounts_and_arrows_move() {
    let (_d, mut app) = app_with(120);
    press(&mut app, "g a");
    typed(&mut app, "jk");
    let Some(Layer::Accounts(list)) = app.layers.last() else {
        panic!("the accounts list stayed");
    };
    assert_eq!(list.filter.text, "jk");
    assert_eq!(list.selected, 0);
    press(&mut app, "backspace backspace");
    typed(&mut app, "tech");
    let Some(Layer::Accounts(list)) = app.layers.last() else {
        panic!()
    };
    assert!(list.shown.len() > 1, "more than one account matches 'tech'");
    press(&mut app, "down down");
    let Some(Layer::Accounts(list)) = app.layers.last() else {
        panic!()
    };
    assert_eq!((list.filter.text.as_str(), list.selected), ("tech", 2));
    press(&mut app, "up");
    let Some(Layer::Accounts(list)) = app.layers.last() else {
        panic!()
    };
    assert_eq!(list.selected, 1);
    let shown = screen(&mut app, 100, 30);
    let title = shown.lines().next().unwrap_or_default();
    assert!(title.contains("best match first"), "{title}");
    assert!(!title.contains("(tab)"), "{title}");
}
