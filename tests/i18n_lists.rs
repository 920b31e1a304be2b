//! The lists in Chinese at 80x24, driven by real keys: Today (`g t`), the
//! accounts (`g a`), an account's page (`enter` there), the lead pool (`g l`).

mod common;

use common::ui::{app_with, press, screen};
use dealdeck::i18n::{Lang, set_session_lang};

#[test]
fn today_in_chinese() {
    set_session_lang(Lang::ZhCn);
    // A manager: the team's rows, rep by rep.
    let (_d, store) = common::ui::sample_store(120);
    let mut app = common::ui::open_app_as(store, "陈静");
    press(&mut app, "g t");
    let shown = screen(&mut app, 80, 24);
    assert!(
        shown.contains("今日 · ") && shown.contains("团队 · "),
        "{shown}"
    );
    assert!(shown.contains("enter 打开"), "{shown}");
    insta::assert_snapshot!("zh_today_80x24", shown);
}

#[test]
fn accounts_and_an_accounts_page_in_chinese() {
    set_session_lang(Lang::ZhCn);
    let (_d, mut app) = app_with(120);
    press(&mut app, "g a");
    let list = screen(&mut app, 80, 24);
    assert!(list.contains("按在谈金额排序"), "{list}");
    assert!(
        list.contains("负责人") && list.contains("输入即筛选"),
        "{list}"
    );
    insta::assert_snapshot!("zh_accounts_80x24", list);
    // The largest open pipeline: the first row.
    press(&mut app, "enter");
    let page = screen(&mut app, 80, 24);
    assert!(
        page.contains("员工数") || page.contains(" 人 · 负责人"),
        "{page}"
    );
    assert!(
        page.contains("商机 (") && page.contains("联系人 ("),
        "{page}"
    );
    insta::assert_snapshot!("zh_account_page_80x24", page);
    // The contacts: the power map's section gets the rows.
    press(&mut app, "tab");
    let contacts = screen(&mut app, 80, 24);
    assert!(contacts.contains("影响力"), "{contacts}");
    insta::assert_snapshot!("zh_account_contacts_80x24", contacts);
}

#[test]
fn the_lead_pool_in_chinese() {
    set_session_lang(Lang::ZhCn);
    let (_d, mut app) = app_with(120);
    press(&mut app, "g l");
    app.finish_lead_checks();
    let pool = screen(&mut app, 80, 24);
    assert!(pool.contains("线索公海 · 公海中"), "{pool}");
    assert!(
        pool.contains("公海规则：") && pool.contains("分数"),
        "{pool}"
    );
    insta::assert_snapshot!("zh_lead_pool_80x24", pool);
    // Mine, after claiming the best one: its keys at the foot.
    press(&mut app, "c");
    press(&mut app, "tab");
    let mine = screen(&mut app, 80, 24);
    assert!(mine.contains("线索公海 · 我的"), "{mine}");
    insta::assert_snapshot!("zh_lead_pool_mine_80x24", mine);
}
