//! The quote editor, the product pick and the product catalogue in Chinese at
//! 80x24, driven by real keys.

mod common;

use common::ui::{
    add_quote_line, app_with, detail_of_a_deal_without_quotes, press, screen, set_quote_cell, typed,
};
use dealdeck::i18n::{self, Lang};

#[test]
fn the_quote_editor_and_the_product_pick_speak_chinese() {
    i18n::set_session_lang(Lang::ZhCn);
    let (_d, mut app) = app_with(400);
    detail_of_a_deal_without_quotes(&mut app);
    press(&mut app, "o");
    app.finish_quote_history();
    let empty = screen(&mut app, 80, 24);
    assert!(empty.contains("报价 新报价"), "{empty}");
    assert!(empty.contains("还没有明细行"), "{empty}");

    add_quote_line(&mut app, "IOT-SENS", "20");
    add_quote_line(&mut app, "IOT-GW", "10");
    // Line 1 priced well above its list price: an off-list warning.
    press(&mut app, "home h h h l l");
    set_quote_cell(&mut app, "9999");
    let editor = screen(&mut app, 80, 24);
    for word in [
        "产品",
        "数量",
        "单价",
        "小计",
        "合计",
        "偏离价目",
        "审批：",
        "⚠",
    ] {
        assert!(editor.contains(word), "{word}: {editor}");
    }
    insta::assert_snapshot!("zh_quote_editor_80x24", editor);

    // The product pick.
    press(&mut app, "a");
    typed(&mut app, "IOT");
    let pick = screen(&mut app, 80, 24);
    assert!(
        pick.contains("添加明细行") && pick.contains("产品：IOT"),
        "{pick}"
    );
    insta::assert_snapshot!("zh_quote_pick_80x24", pick);
    press(&mut app, "esc");
    i18n::set_session_lang(Lang::En);
}

#[test]
fn the_product_catalogue_speaks_chinese() {
    i18n::set_session_lang(Lang::ZhCn);
    let (_d, mut app) = app_with(60);
    press(&mut app, "g p");
    let products = screen(&mut app, 80, 24);
    for word in ["产品与价目表", "目录价", "毛利率", "阶梯价", "j/k 移动"] {
        assert!(products.contains(word), "{word}: {products}");
    }
    insta::assert_snapshot!("zh_products_80x24", products);
    // Its new-product form.
    press(&mut app, "n");
    let form = screen(&mut app, 80, 24);
    assert!(
        form.contains("新产品") && form.contains("销售单位"),
        "{form}"
    );
    insta::assert_snapshot!("zh_product_form_80x24", form);
    i18n::set_session_lang(Lang::En);
}
