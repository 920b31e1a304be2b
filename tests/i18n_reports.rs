//! The reports screen, the loss review wizard and the actions-due list in
//! Simplified Chinese at 80x24, driven by real keys.

mod common;

use common::ui::{
    app_with, press, press_settled as keys, review_wizard as wizard, screen,
    screen_without_report_path, typed,
};
use dealdeck::i18n::{Lang, set_session_lang};
use dealdeck::ui::layers::review::Step;
use dealdeck::ui::reports::Tab;

fn has_all(s: &str, words: &[&str]) {
    for w in words {
        assert!(s.contains(w), "{w:?} not on screen:\n{s}");
    }
}

#[test]
fn every_report_in_chinese() {
    set_session_lang(Lang::ZhCn);
    let (_d, mut app) = app_with(400);
    keys(&mut app, "g r");
    let s = screen(&mut app, 80, 24);
    has_all(
        &s,
        &[
            "漏斗",
            "赢单/输单",
            "趋势",
            "预测",
            "健康度",
            "赢率",
            "全员",
        ],
    );
    insta::assert_snapshot!("zh_reports_funnel_80x24", s);
    for (tab, name, words) in [
        (
            Tab::WinLoss,
            "zh_reports_winloss_80x24",
            &["排序", "赢单额"][..],
        ),
        (
            Tab::Trends,
            "zh_reports_trends_80x24",
            &["平均赢单金额"][..],
        ),
        (
            Tab::Forecast,
            "zh_reports_forecast_80x24",
            &["经验预测", "静态加权"][..],
        ),
        (Tab::Health, "zh_reports_health_80x24", &["个商机"][..]),
    ] {
        keys(&mut app, "tab");
        assert_eq!(app.reports.tab, tab);
        let s = screen(&mut app, 80, 24);
        has_all(&s, words);
        insta::assert_snapshot!(name, s);
    }
}

#[test]
fn the_review_wizard_in_chinese() {
    set_session_lang(Lang::ZhCn);
    let (_d, mut app) = app_with(400);
    keys(&mut app, "g v");
    assert_eq!(wizard(&app).step, Step::Period);
    let s = screen_without_report_path(&mut app, 80, 24);
    has_all(&s, &["输单复盘", "以往复盘", "参与人"]);
    insta::assert_snapshot!("zh_review_1_period_80x24", s);

    keys(&mut app, "enter");
    assert_eq!(wizard(&app).step, Step::Scorecard);
    let s = screen_without_report_path(&mut app, 80, 24);
    has_all(&s, &["记分卡", "此前三个月"]);
    insta::assert_snapshot!("zh_review_2_scorecard_80x24", s);

    keys(&mut app, "enter");
    assert_eq!(wizard(&app).step, Step::Actions);
    let s = screen_without_report_path(&mut app, 80, 24);
    has_all(&s, &["状态", "备注", "到期"]);
    insta::assert_snapshot!("zh_review_3_actions_80x24", s);

    keys(&mut app, "enter");
    assert_eq!(wizard(&app).step, Step::Triage);
    let s = screen_without_report_path(&mut app, 80, 24);
    has_all(&s, &["已归因", "输于"]);
    insta::assert_snapshot!("zh_review_4_triage_80x24", s);
    // Enter through the triage to the contrast.
    for _ in 0..60 {
        if wizard(&app).step != Step::Triage {
            break;
        }
        keys(&mut app, "enter");
    }
    assert_eq!(wizard(&app).step, Step::Contrast);
    let s = screen_without_report_path(&mut app, 80, 24);
    has_all(&s, &["赢单", "输单", "tab：下一维度"]);
    insta::assert_snapshot!("zh_review_5_contrast_80x24", s);

    keys(&mut app, "enter");
    assert_eq!(wizard(&app).step, Step::Patterns);
    let s = screen_without_report_path(&mut app, 80, 24);
    has_all(&s, &["[原因]", "可控"]);
    insta::assert_snapshot!("zh_review_6_patterns_80x24", s);
    keys(&mut app, "tab");
    assert!(screen_without_report_path(&mut app, 80, 24).contains("[竞争对手]"));

    keys(&mut app, "enter");
    assert_eq!(wizard(&app).step, Step::Improvements);
    let s = screen_without_report_path(&mut app, 80, 24);
    has_all(&s, &["改进行动", "行动 1", "负责人", "针对"]);
    insta::assert_snapshot!("zh_review_7_improvements_80x24", s);
    typed(&mut app, "报价前先确认预算");
    keys(&mut app, "enter");
    assert_eq!(wizard(&app).step, Step::Finish);
    let s = screen_without_report_path(&mut app, 80, 24);
    has_all(&s, &["新行动", "按 enter 完成复盘"]);
    insta::assert_snapshot!("zh_review_8_finish_80x24", s);

    keys(&mut app, "enter");
    assert!(wizard(&app).is_finished());
    let s = screen_without_report_path(&mut app, 80, 24);
    has_all(&s, &["复盘已完成", "报告已写入"]);
    insta::assert_snapshot!("zh_review_8_finished_80x24", s);
    // The report it wrote speaks Chinese too.
    let path = wizard(&app)
        .review
        .as_ref()
        .and_then(|r| r.report_path.clone())
        .unwrap();
    let md = std::fs::read_to_string(path).unwrap();
    assert!(md.starts_with("# 输单复盘 R-3 — 2026-10\n"), "{md}");
    assert!(
        md.contains("## 记分卡") && md.contains("| 报价前先确认预算 |"),
        "{md}"
    );
    set_session_lang(Lang::En);
}

#[test]
fn the_actions_due_list_in_chinese() {
    set_session_lang(Lang::ZhCn);
    let (_d, mut app) = app_with(400);
    press(&mut app, "A");
    let s = screen(&mut app, 80, 24);
    has_all(&s, &["待办改进行动", "设置状态", "关闭"]);
    insta::assert_snapshot!("zh_actions_due_80x24", s);
    press(&mut app, "enter");
    let s = screen(&mut app, 80, 24);
    has_all(&s, &["行动状态", "状态", "备注"]);
    insta::assert_snapshot!("zh_actions_due_status_80x24", s);
    set_session_lang(Lang::En);
}
