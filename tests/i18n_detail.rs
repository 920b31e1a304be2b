//! The deal detail, its power map editor and the board's status line in
//! Chinese, driven by real keys: `enter` on a card, `G` to its power map and
//! timeline, `c` for the power map, `s` to sort the board.

mod common;

use common::ui::{app_with, press, screen};
use dealdeck::i18n::{Lang, set_session_lang};

#[test]
fn the_detail_in_chinese_at_80x24() {
    set_session_lang(Lang::ZhCn);
    let (_d, mut app) = app_with(120);
    app.resize(80, 24);
    press(&mut app, "enter");
    let top = screen(&mut app, 80, 24);
    assert!(top.contains("金额") && top.contains("加权"), "{top}");
    assert!(top.contains("负责人") && top.contains("评分卡"), "{top}");
    insta::assert_snapshot!("zh_detail_80x24", top);
    press(&mut app, "G");
    let end = screen(&mut app, 80, 24);
    assert!(end.contains("权力地图") && end.contains("时间线"), "{end}");
    assert!(end.contains("天前") && end.contains("创建于"), "{end}");
    insta::assert_snapshot!("zh_detail_power_map_timeline_80x24", end);
}

#[test]
fn the_detail_in_chinese_at_120x40() {
    set_session_lang(Lang::ZhCn);
    let (_d, mut app) = app_with(120);
    app.resize(120, 40);
    press(&mut app, "enter G");
    let shown = screen(&mut app, 120, 40);
    assert!(
        shown.contains("权力地图") && shown.contains("时间线"),
        "{shown}"
    );
    assert!(shown.contains("报价") && shown.contains("暂无"), "{shown}");
    insta::assert_snapshot!("zh_detail_120x40", shown);
}

#[test]
fn the_power_map_editor_in_chinese() {
    set_session_lang(Lang::ZhCn);
    let (_d, mut app) = app_with(120);
    app.resize(80, 24);
    press(&mut app, "enter c");
    let list = screen(&mut app, 80, 24);
    assert!(
        list.contains("权力地图 · ") && list.contains("编辑角色"),
        "{list}"
    );
    insta::assert_snapshot!("zh_power_map_80x24", list);
    insta::assert_snapshot!("zh_power_map_120x40", screen(&mut app, 120, 40));
    press(&mut app, "enter");
    let form = screen(&mut app, 80, 24);
    assert!(form.contains("职务") && form.contains("影响力"), "{form}");
    insta::assert_snapshot!("zh_power_map_form_80x24", form);
}

#[test]
fn the_board_sorted_says_so_in_chinese() {
    set_session_lang(Lang::ZhCn);
    let (_d, mut app) = app_with(120);
    press(&mut app, "s");
    let small = screen(&mut app, 80, 24);
    assert!(small.contains("已按阶段停留天数"), "{small}");
    insta::assert_snapshot!("zh_board_sorted_80x24", small);
    press(&mut app, "s");
    let large = screen(&mut app, 120, 40);
    assert!(
        large.contains("已按预计成交日期（从近到远）排序"),
        "{large}"
    );
    insta::assert_snapshot!("zh_board_sorted_120x40", large);
}
