//! Every main screen in Chinese at 120x40, driven by real keys (the 80x24
//! snapshots are in the other `i18n_*` tests): Chinese labels are wider than
//! English, so each screen is looked at wide as well as narrow.

mod common;

use common::ui::{app_with, open_app_as, press, press_settled, sample_store, screen};
use dealdeck::i18n::{Lang, set_session_lang};

/// A screen's title row speaks Chinese.
fn chinese_title(shown: &str) -> bool {
    shown
        .lines()
        .take(3)
        .any(|l| l.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)))
}

#[test]
fn every_screen_in_chinese_at_120x40() {
    set_session_lang(Lang::ZhCn);
    let (_d, mut app) = app_with(200);
    let visit = |app: &mut dealdeck::ui::app::App, keys: &str, name: &str| {
        // The report and review workers answer before the screen is taken.
        press_settled(app, keys);
        let shown = screen(app, 120, 40);
        assert!(chinese_title(&shown), "{name}: {shown}");
        insta::assert_snapshot!(format!("zh_{name}_120x40"), shown);
    };
    visit(&mut app, "", "board");
    visit(&mut app, "enter", "detail");
    visit(&mut app, "?", "detail_help");
    visit(&mut app, "esc q", "board_again");
    visit(&mut app, ":", "palette");
    visit(&mut app, "esc g r", "reports_funnel");
    visit(&mut app, "tab", "reports_winloss");
    visit(&mut app, "tab tab", "reports_forecast");
    visit(&mut app, "tab", "reports_health");
    visit(&mut app, "g a", "accounts");
    visit(&mut app, "enter", "account_page");
    // The accounts list takes typing: esc leaves it.
    visit(&mut app, "q esc g l", "leads");
    visit(&mut app, "g p", "products");
    visit(&mut app, "esc g v", "review");
    set_session_lang(Lang::En);
}

#[test]
fn today_for_a_manager_in_chinese_at_120x40() {
    set_session_lang(Lang::ZhCn);
    let (_d, store) = sample_store(200);
    let mut app = open_app_as(store, "陈静");
    press(&mut app, "g t");
    let shown = screen(&mut app, 120, 40);
    assert!(chinese_title(&shown), "{shown}");
    insta::assert_snapshot!("zh_today_120x40", shown);
    set_session_lang(Lang::En);
}
