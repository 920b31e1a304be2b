//! The quote editor driven by real keys: a three-line quote built with the fuzzy
//! product pick and inline edits, every guard hit, an approval recorded, the quote
//! sent, then edited into version 2 — checked in the store at each step — and the
//! editor on screen at 100x30 and 80x24.

mod common;

use common::ui::{
    add_quote_line, app_with, detail_of_a_deal_without_quotes, press, screen, set_quote_cell, typed,
};
use dealdeck::domain::pricing::Severity;
use dealdeck::domain::quote::totals;
use dealdeck::domain::*;
use dealdeck::ui::app::App;
use dealdeck::ui::layers::Layer;
use dealdeck::ui::layers::quote::{Column, QuoteEditor};
use rust_decimal::Decimal;
use rust_decimal::dec;

fn editor(app: &App) -> &QuoteEditor {
    match app.layers.last() {
        Some(Layer::Quote(q)) => q,
        _ => panic!("the quote editor is not open"),
    }
}

fn tags(app: &App) -> Vec<(Option<usize>, &'static str, Severity)> {
    editor(app)
        .guards
        .guards
        .iter()
        .map(|g| (g.line, g.tag, g.severity))
        .collect()
}

#[test]
fn build_guard_approve_send_and_revise_a_quote() {
    let (_d, mut app) = app_with(400);
    let store = app.store.clone();
    // An open deal with no quote yet, its detail open.
    let deal = detail_of_a_deal_without_quotes(&mut app);
    let list = store.price_list_for(&deal).unwrap().expect("a price list");
    press(&mut app, "o");
    app.finish_quote_history();
    assert!(editor(&app).history_loaded);
    assert_eq!(editor(&app).lines().len(), 0);
    // Opening the editor stores nothing: leaving it now leaves no quote behind.
    assert!(!editor(&app).quote.is_saved());
    assert!(
        store.quotes_of(deal.id).unwrap().is_empty(),
        "no quote by itself"
    );
    press(&mut app, "q");
    assert!(store.quotes_of(deal.id).unwrap().is_empty());
    press(&mut app, "o");
    app.finish_quote_history();

    // Three lines, prices from the deal's price list at each quantity (volume breaks).
    add_quote_line(&mut app, "vibration", "20");
    let id = editor(&app).quote.id;
    assert!(editor(&app).quote.is_saved(), "kept with its first line");
    assert_eq!(store.quotes_of(deal.id).unwrap().len(), 1);
    add_quote_line(&mut app, "gateway", "10");
    add_quote_line(&mut app, "training", "2");
    let products = store.products().unwrap();
    let pid = |sku: &str| products.iter().find(|p| p.sku == sku).unwrap().id;
    let q = store.quote(id).unwrap().unwrap();
    let lines = &q.versions[0].lines;
    let got: Vec<(ProductId, Decimal, Decimal)> = lines
        .iter()
        .map(|l| (l.product, l.qty, l.unit_price))
        .collect();
    let want: Vec<(ProductId, Decimal, Decimal)> =
        [("IOT-SENS", 20), ("IOT-GW", 10), ("SVC-TRAIN", 2)]
            .iter()
            .map(|(sku, qty)| {
                let qty = Decimal::from(*qty);
                (pid(sku), qty, list.price_for(pid(sku), qty).unwrap())
            })
            .collect();
    assert_eq!(got, want, "saved on every edit, priced from {}", list.name);
    assert!(
        tags(&app).is_empty(),
        "list prices, no discount: {:?}",
        tags(&app)
    );

    // Off list: line 1 priced 10 % above its list price → a warning.
    press(&mut app, "home");
    press(&mut app, "h h h l l"); // unit price column
    let above = (want[0].2 * dec!(1.10)).round_dp(2);
    set_quote_cell(&mut app, &above.to_string());
    assert_eq!(tags(&app), [(Some(0), "off list", Severity::Warning)]);
    set_quote_cell(&mut app, &want[0].2.to_string());

    // Thin margin and approval: line 2 at 24 % off (a gateway costs 780: under 15 %
    // margin on every tier's price) needs a director.
    press(&mut app, "j l"); // discount column of line 2
    set_quote_cell(&mut app, "24");
    let t = tags(&app);
    assert!(t.contains(&(Some(1), "margin", Severity::Red)), "{t:?}");
    assert!(
        t.contains(&(Some(1), "approval", Severity::Blocks)),
        "{t:?}"
    );

    // Below cost: line 3 priced under its unit cost blocks sending.
    press(&mut app, "j h"); // unit price of line 3
    set_quote_cell(&mut app, "500");
    assert!(tags(&app).contains(&(Some(2), "below cost", Severity::Blocks)));
    press(&mut app, "S");
    let refused = editor(&app).error.clone().unwrap_or_default();
    assert!(
        refused.contains("line 3: sells at 1,000.00 below its cost")
            && refused.contains("line 2: discount 24 % needs director approval"),
        "{refused}"
    );
    assert_eq!(
        store.quote(id).unwrap().unwrap().versions[0].status,
        QuoteStatus::Draft,
        "nothing sent"
    );
    set_quote_cell(&mut app, &want[2].2.to_string());
    insta::assert_snapshot!("quote_editor_100x30", screen(&mut app, 100, 30));

    // The approval, then sending goes through.
    press(&mut app, "A");
    typed(&mut app, "Dana Fox");
    press(&mut app, "tab tab");
    typed(&mut app, "strategic logo");
    press(&mut app, "enter");
    assert!(!tags(&app).iter().any(|(_, tag, _)| *tag == "approval"));
    press(&mut app, "S");
    let q = store.quote(id).unwrap().unwrap();
    let v1 = &q.versions[0];
    assert_eq!(v1.status, QuoteStatus::Sent);
    let approval = v1.approval.as_ref().unwrap();
    assert_eq!(
        (
            approval.approver.as_str(),
            approval.level.as_str(),
            approval.comment.as_str()
        ),
        ("Dana Fox", "director", "strategic logo")
    );
    let t = totals(&v1.lines, q.currency);
    assert_eq!(t.max_discount_pct, dec!(24));

    // Editing a sent quote starts version 2 (a draft, no approval carried over).
    press(&mut app, "h"); // quantity of line 3
    set_quote_cell(&mut app, "3");
    let q = store.quote(id).unwrap().unwrap();
    assert_eq!(q.versions.len(), 2);
    assert_eq!(q.revisions(), 1);
    assert_eq!(q.versions[0].status, QuoteStatus::Sent, "v1 unchanged");
    assert_eq!(q.versions[0].lines[2].qty, dec!(2));
    assert_eq!(q.versions[1].status, QuoteStatus::Draft);
    assert_eq!(q.versions[1].lines[2].qty, dec!(3));
    assert!(q.versions[1].approval.is_none());
    assert!(
        editor(&app)
            .notice
            .as_deref()
            .unwrap_or("")
            .contains("started version 2")
    );
    insta::assert_snapshot!("quote_editor_80x24", screen(&mut app, 80, 24));

    // Delete and reorder.
    press(&mut app, "K");
    assert_eq!(
        store.quote(id).unwrap().unwrap().versions[1].lines[1].product,
        pid("SVC-TRAIN")
    );
    press(&mut app, "d");
    assert_eq!(store.quote(id).unwrap().unwrap().versions[1].lines.len(), 2);

    // Export writes Markdown and text next to the database.
    press(&mut app, "e");
    let notice = editor(&app).notice.clone().unwrap_or_default();
    assert!(
        notice.contains("-v2.md") && notice.contains("-v2.txt"),
        "{notice}"
    );
    let md_path = notice
        .trim_start_matches("exported: ")
        .split(" and ")
        .next()
        .unwrap();
    let md = std::fs::read_to_string(md_path).unwrap();
    // Version 2 is a draft without the approval its discount needs: the
    // document says so first.
    assert!(
        md.starts_with(&format!(
            "> **DRAFT — NOT APPROVED — not an offer**\n\n# Quote {} — version 2",
            q.number
        )),
        "{md}"
    );
    assert!(md.contains("Vibration sensor kit (IOT-SENS)"), "{md}");
    assert!(
        !md.contains("cost") && !md.contains("margin"),
        "nothing internal: {md}"
    );

    // n starts another quote on the same deal; the first stays as it is.
    press(&mut app, "n");
    assert_ne!(editor(&app).quote.id, id);
    assert!(editor(&app).lines().is_empty());
    assert_eq!(
        store.quotes_of(deal.id).unwrap().len(),
        1,
        "kept once it has a line"
    );
    add_quote_line(&mut app, "gateway", "1");
    assert_eq!(store.quotes_of(deal.id).unwrap().len(), 2);
    assert_eq!(store.quote(id).unwrap().unwrap().versions.len(), 2);
    // ] goes round the deal's quotes.
    press(&mut app, "]");
    assert_eq!(editor(&app).quote.id, id);
    assert_eq!(editor(&app).lines().len(), 2);
    press(&mut app, "]");
    assert_ne!(editor(&app).quote.id, id);

    // Closing comes back to the detail, which lists both quotes.
    press(&mut app, "q");
    assert!(app.layers.is_empty());
    assert_eq!(app.detail.as_ref().unwrap().quotes.len(), 2);
    // Every size renders without a panic.
    press(&mut app, "o");
    for w in [1, 20, 40, 60, 80] {
        for h in [1, 5, 10, 24] {
            screen(&mut app, w, h);
        }
    }
}

#[test]
fn the_catalogue_lists_products_and_tier_prices() {
    let (_d, mut app) = app_with(60);
    press(&mut app, "g p");
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("Products and price lists"), "{s}");
    assert!(s.contains("IOT-SENS") && s.contains("Tier A"), "{s}");
    insta::assert_snapshot!("products_100x30", s);
    press(&mut app, "j esc");
    assert!(app.layers.is_empty());
}

#[test]
fn a_new_line_asks_for_its_quantity_and_enter_alone_keeps_one() {
    let (_d, mut app) = app_with(400);
    detail_of_a_deal_without_quotes(&mut app);
    press(&mut app, "o a");
    typed(&mut app, "gateway");
    press(&mut app, "enter");
    // The line is kept at 1 and its quantity cell is open, empty, for typing.
    let e = editor(&app);
    assert_eq!(e.lines().len(), 1);
    assert_eq!(e.column, Column::Qty);
    assert_eq!(e.editing.as_ref().map(|t| t.text.as_str()), Some(""));
    assert!(screen(&mut app, 100, 30).contains("how many?"));
    press(&mut app, "enter");
    assert!(editor(&app).editing.is_none());
    assert_eq!(editor(&app).lines()[0].qty, Decimal::ONE);
    // The next line: typed 12 is 12, not 112.
    press(&mut app, "a");
    typed(&mut app, "training");
    press(&mut app, "enter");
    typed(&mut app, "12");
    press(&mut app, "enter");
    assert_eq!(editor(&app).lines()[1].qty, Decimal::from(12));
}
