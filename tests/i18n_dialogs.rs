//! Dialogs and forms in Simplified Chinese at 80x24, driven by real keys:
//! the gate checklist, loss and won capture, the new-deal and activity forms,
//! the filter menu, a deal's tasks, search, help and the command palette.

mod common;

use common::ui::{app_with, press, screen, typed};
use dealdeck::i18n::{self, Lang};
use dealdeck::ui::layers::Layer;

fn zh(deals: usize) -> (tempfile::TempDir, dealdeck::ui::app::App) {
    i18n::set_session_lang(Lang::ZhCn);
    let (dir, mut app) = app_with(deals);
    app.resize(80, 24);
    (dir, app)
}

fn has_all(s: &str, words: &[&str]) {
    for w in words {
        assert!(s.contains(w), "{w} missing:\n{s}");
    }
}

#[test]
fn zh_gate_dialog() {
    let (_d, mut app) = zh(120);
    press(&mut app, "L");
    assert!(matches!(app.layers.last(), Some(Layer::Gate(_))));
    let s = screen(&mut app, 80, 24);
    has_all(&s, &["阶段门：进入", "跳过原因：", "勾选", "推进", "取消"]);
    insta::assert_snapshot!("zh_gate_80x24", s);
    // Enter with nothing ticked and no reason: the dialog says what it needs.
    press(&mut app, "enter");
    let s = screen(&mut app, 80, 24);
    has_all(&s, &["请勾选所有条件"]);
}

#[test]
fn zh_loss_dialog() {
    let (_d, mut app) = zh(120);
    press(&mut app, "X");
    assert!(matches!(app.layers.last(), Some(Layer::Loss(_))));
    let s = screen(&mut app, 80, 24);
    has_all(
        &s,
        &["标记输单", "输单原因", "是否可控", "经验教训", "保存"],
    );
    insta::assert_snapshot!("zh_loss_80x24", s);
}

#[test]
fn zh_won_dialog() {
    let (_d, mut app) = zh(120);
    press(&mut app, "W");
    // Past the gate, if there is one: every criterion ticked.
    if let Some(Layer::Gate(g)) = app.layers.last() {
        let n = g.criteria.len();
        for _ in 0..n {
            press(&mut app, "space down");
        }
        press(&mut app, "enter");
    }
    assert!(matches!(app.layers.last(), Some(Layer::Won(_))));
    let s = screen(&mut app, 80, 24);
    has_all(
        &s,
        &["标记赢单", "赢单原因", "赢单日期", "签约金额", "币种 CNY"],
    );
    insta::assert_snapshot!("zh_won_80x24", s);
}

#[test]
fn zh_new_deal_form() {
    let (_d, mut app) = zh(40);
    press(&mut app, "n");
    assert!(matches!(app.layers.last(), Some(Layer::DealForm(_))));
    // A bad amount shows its message at the foot.
    press(&mut app, "tab tab tab");
    typed(&mut app, "12x");
    let s = screen(&mut app, 80, 24);
    has_all(&s, &["新建商机", "名称", "客户", "预计成交", "请输入金额"]);
    insta::assert_snapshot!("zh_new_deal_80x24", s);
    // Esc on a changed form asks first.
    press(&mut app, "esc");
    has_all(&screen(&mut app, 80, 24), &["放弃修改？"]);
}

#[test]
fn zh_filter_menu() {
    let (_d, mut app) = zh(40);
    press(&mut app, "f");
    assert!(matches!(app.layers.last(), Some(Layer::Filter(_))));
    let s = screen(&mut app, 80, 24);
    has_all(&s, &["筛选看板", "负责人", "仅看停滞", "不限", "应用"]);
    insta::assert_snapshot!("zh_filter_80x24", s);
}

#[test]
fn zh_activity_form() {
    let (_d, mut app) = zh(120);
    press(&mut app, "a");
    assert!(matches!(app.layers.last(), Some(Layer::ActivityForm(_))));
    // Yesterday, so the resolved date shows its weekday.
    press(&mut app, "tab tab tab ctrl-u");
    typed(&mut app, "-1d");
    let s = screen(&mut app, 80, 24);
    has_all(
        &s,
        &["记录跟进", "类型", "联系人", "摘要", "任务截止", "周六"],
    );
    insta::assert_snapshot!("zh_activity_80x24", s);
}

#[test]
fn zh_deal_tasks() {
    let (_d, mut app) = zh(120);
    let today = app.now.date_naive();
    let store = app.store.clone();
    // A deal with an overdue open task, the one with most tasks.
    let deal = store
        .open_deals()
        .unwrap()
        .into_iter()
        .max_by_key(|d| {
            let tasks = store.tasks_of(d.id).unwrap();
            let overdue = tasks
                .iter()
                .any(|t| !t.done && t.due.is_some_and(|due| due < today));
            (overdue, tasks.len())
        })
        .expect("the sample has open deals");
    app.open_detail(deal.id);
    press(&mut app, "T");
    assert!(matches!(app.layers.last(), Some(Layer::Tasks(_))));
    let s = screen(&mut app, 80, 24);
    has_all(&s, &["任务 ·", "已逾期", "完成 / 改期 / 转交", "关闭"]);
    insta::assert_snapshot!("zh_tasks_80x24", s);
    // The task's own form.
    press(&mut app, "enter");
    let s = screen(&mut app, 80, 24);
    has_all(&s, &["状态", "截止", "负责人"]);
    insta::assert_snapshot!("zh_task_form_80x24", s);
}

#[test]
fn zh_search() {
    let (_d, mut app) = zh(120);
    press(&mut app, "/");
    while !app.jobs.search.settled() {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    // Pinyin initials of a Chinese name: 嘉兴 → jx.
    typed(&mut app, "jx");
    while !app.jobs.search.settled() {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let s = screen(&mut app, 80, 24);
    has_all(&s, &["搜索商机、客户、联系人", "/ jx", "嘉兴"]);
    insta::assert_snapshot!("zh_search_80x24", s);
}

#[test]
fn zh_help_overlay() {
    let (_d, mut app) = zh(40);
    press(&mut app, "?");
    let s = screen(&mut app, 80, 24);
    has_all(&s, &["本屏按键与标记", "esc 关闭"]);
    insta::assert_snapshot!("zh_help_80x24", s);
    // Below the keys, the board's marks.
    press(&mut app, "pagedown pagedown pagedown");
    let s = screen(&mut app, 80, 24);
    has_all(&s, &["加权：每笔金额 × 其赢率", "当前选中的卡片"]);
    insta::assert_snapshot!("zh_help_legend_80x24", s);
}

#[test]
fn zh_command_palette() {
    let (_d, mut app) = zh(40);
    press(&mut app, ":");
    let s = screen(&mut app, 80, 24);
    has_all(&s, &["命令"]);
    insta::assert_snapshot!("zh_palette_80x24", s);
    // Chinese words find their command.
    typed(&mut app, "赢单");
    has_all(&screen(&mut app, 80, 24), &["标记赢单"]);
    press(&mut app, "ctrl-u");
    typed(&mut app, "~~~~");
    has_all(&screen(&mut app, 80, 24), &["没有匹配的命令"]);
}
