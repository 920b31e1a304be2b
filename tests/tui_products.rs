//! The catalogue (`g p`) by keys: a product added there is quotable at once,
//! its price set on a list with a volume break, and an edit saved.

mod common;

use common::ui::{app_with, press, screen, typed};
use dealdeck::domain::*;
use dealdeck::ui::layers::Layer;
use rust_decimal::dec;

fn field(app: &mut dealdeck::ui::app::App, text: &str) {
    press(app, "ctrl-u");
    typed(app, text);
    press(app, "tab");
}

#[test]
fn a_product_added_in_the_catalogue_is_quotable_at_once() {
    let (_d, mut app) = app_with(120);
    let store = app.store.clone();
    press(&mut app, "g p n");
    field(&mut app, "EDGE-9");
    field(&mut app, "Edge gateway nine");
    field(&mut app, "unit");
    field(&mut app, "USD");
    field(&mut app, "1,200");
    field(&mut app, "700");
    insta::assert_snapshot!("catalogue_new_product_100x30", screen(&mut app, 100, 30));
    press(&mut app, "enter");
    let added = store
        .products()
        .unwrap()
        .into_iter()
        .find(|p| p.sku == "EDGE-9")
        .expect("saved");
    assert_eq!((added.list_price, added.unit_cost), (dec!(1200), dec!(700)));
    assert!(screen(&mut app, 100, 30).contains("EDGE-9 added: quotable now"));
    // p: its price on the first USD list from 10 units.
    press(&mut app, "p");
    press(&mut app, "tab tab tab");
    field(&mut app, "10");
    field(&mut app, "1100");
    press(&mut app, "enter");
    let lists = store.price_lists().unwrap();
    let priced = lists
        .iter()
        .find(|l| l.entries.iter().any(|e| e.product == added.id))
        .expect("a list prices it");
    assert_eq!(priced.price_for(added.id, dec!(10)), Some(dec!(1100)));
    assert_eq!(priced.price_for(added.id, dec!(9)), None);
    press(&mut app, "esc");
    assert!(app.layers.is_empty());
    // A USD deal's quote editor offers it by name at once.
    let deal = store
        .open_deals()
        .unwrap()
        .into_iter()
        .find(|d| d.amount.currency == Currency::USD && store.quotes_of(d.id).unwrap().is_empty())
        .expect("an open USD deal without quotes");
    app.open_detail(deal.id);
    press(&mut app, "o");
    app.finish_quote_history();
    press(&mut app, "a");
    typed(&mut app, "edge gateway nine");
    press(&mut app, "enter");
    let Some(Layer::Quote(editor)) = app.layers.last() else {
        panic!("the quote editor");
    };
    assert_eq!(editor.lines().len(), 1);
    assert_eq!(editor.lines()[0].product, added.id);
}

#[test]
fn editing_a_product_retires_it_and_an_empty_list_name_is_refused() {
    let (_d, mut app) = app_with(120);
    let store = app.store.clone();
    press(&mut app, "g p");
    let sku = store.products().unwrap()[0].sku.clone();
    press(&mut app, "e");
    press(&mut app, "tab tab tab tab right");
    press(&mut app, "enter");
    let p = store
        .products()
        .unwrap()
        .into_iter()
        .find(|p| p.sku == sku)
        .unwrap();
    assert!(!p.active, "retired");
    // A price on "(a new list)" without its name is refused in the form.
    press(&mut app, "p");
    let Some(Layer::Products(list)) = app.layers.last() else {
        panic!()
    };
    let new_list = list
        .lists
        .iter()
        .filter(|l| l.currency == p.currency)
        .count();
    for _ in 0..new_list {
        press(&mut app, "right");
    }
    press(&mut app, "enter");
    let Some(Layer::Products(list)) = app.layers.last() else {
        panic!()
    };
    let error = list.form.as_ref().and_then(|(_, f)| f.error.clone());
    assert_eq!(
        error.as_deref(),
        Some("name the new list (or pick one above)")
    );
}

#[test]
fn a_new_product_never_overwrites_one_of_the_same_sku_and_u_undoes_an_edit() {
    let (_d, mut app) = app_with(120);
    let store = app.store.clone();
    let before = store.products().unwrap();
    let existing = before[0].clone();
    press(&mut app, "g p n");
    field(&mut app, &existing.sku.to_lowercase());
    field(&mut app, "Dup");
    field(&mut app, "unit");
    field(&mut app, "USD");
    field(&mut app, "100");
    field(&mut app, "0");
    press(&mut app, "enter");
    assert_eq!(store.products().unwrap(), before, "nothing overwritten");
    let Some(Layer::Products(list)) = app.layers.last() else {
        panic!()
    };
    let error = list
        .form
        .as_ref()
        .and_then(|(_, f)| f.error.clone())
        .unwrap();
    assert!(error.contains("e on it edits it"), "{error}");
    press(&mut app, "esc esc");
    // An edit, then u: the product as it was.
    press(&mut app, "e");
    field(&mut app, "Renamed");
    press(&mut app, "enter");
    assert_eq!(store.products().unwrap()[0].name, "Renamed");
    press(&mut app, "u");
    assert_eq!(store.products().unwrap()[0], existing);
    assert!(screen(&mut app, 100, 30).contains("undone: save product"));
}
