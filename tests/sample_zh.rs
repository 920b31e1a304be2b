//! `dealdeck sample --lang zh-CN`: the same workspace as in English, its
//! texts in Chinese — pipelines, stages, gates, loss taxonomy, products,
//! lessons — and a new empty workspace made under Chinese starts Chinese.

mod common;

use chrono::NaiveDate;
use dealdeck::domain::*;
use dealdeck::i18n::{self, Lang};
use dealdeck::sample::{SampleOptions, generate};

fn options() -> SampleOptions {
    SampleOptions {
        deals: 300,
        ..SampleOptions::with_today(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap())
    }
}

#[test]
fn the_chinese_sample_speaks_chinese_and_keeps_its_shape() {
    let english = generate(options()).unwrap();
    i18n::set_session_lang(Lang::ZhCn);
    let chinese = generate(options()).unwrap();
    let again = generate(options()).unwrap();
    i18n::set_session_lang(Lang::En);
    assert!(chinese == again, "deterministic in Chinese too");
    let stages: Vec<&str> = chinese.pipelines[0]
        .stages
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(
        stages,
        [
            "初步接洽",
            "需求确认",
            "方案报价",
            "商务谈判",
            "赢单",
            "输单"
        ]
    );
    assert_eq!(chinese.pipelines[0].name, "新客户开拓");
    assert_eq!(chinese.pipelines[0].stages[1].gate, ["已完成需求调研"]);
    let taxonomy: Vec<&str> = chinese
        .loss_reasons
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(
        taxonomy,
        [
            "客户洞察不足",
            "商机管理失误",
            "价格与报价",
            "竞争对手",
            "客户风险",
            "无决策"
        ]
    );
    // The keys machines use stay as they are.
    let keys: Vec<&str> = chinese
        .loss_reasons
        .iter()
        .map(|c| c.key.as_str())
        .collect();
    let english_keys: Vec<&str> = english
        .loss_reasons
        .iter()
        .map(|c| c.key.as_str())
        .collect();
    assert_eq!(keys, english_keys);
    assert!(chinese.products.iter().any(|p| p.name == "工业物联网网关"));
    assert!(
        chinese
            .deals
            .iter()
            .all(|d| d.amount.currency == Currency::CNY)
    );
    // As many deals, won at the sample's usual rate (its customers differ, so its draws do).
    assert_eq!(chinese.deals.len(), english.deals.len());
    let won = chinese
        .deals
        .iter()
        .filter(|d| d.status == DealStatus::Won)
        .count();
    let closed = chinese.deals.iter().filter(|d| !d.is_open()).count();
    let rate = won as f64 / closed as f64;
    assert!((0.15..0.40).contains(&rate), "win rate {rate}");
    // Lessons, activities and gates the deals met are Chinese, and name gates the stages have.
    let lessons = chinese
        .deals
        .iter()
        .filter_map(|d| d.loss.as_ref())
        .filter(|l| !l.lesson.is_empty());
    assert!(lessons.clone().count() > 10);
    assert!(
        lessons
            .clone()
            .all(|l| l.lesson.chars().any(|c| c > '\u{2e80}')),
        "every lesson in Chinese"
    );
    let gates: std::collections::HashSet<&str> = chinese
        .pipelines
        .iter()
        .flat_map(|p| {
            p.stages
                .iter()
                .flat_map(|s| s.gate.iter().map(String::as_str))
        })
        .collect();
    assert!(
        chinese
            .deals
            .iter()
            .flat_map(|d| d.gates_met.iter())
            .all(|g| gates.contains(g.as_str()))
    );
    assert!(
        chinese
            .activities
            .iter()
            .any(|a| a.summary == "需求调研电话：现有流程与痛点")
    );
    // Most customers are Chinese companies.
    let han = chinese
        .accounts
        .iter()
        .filter(|a| a.name.chars().any(|c| c > '\u{2e80}'))
        .count();
    assert!(
        han * 10 > chinese.accounts.len() * 8,
        "{han} of {}",
        chinese.accounts.len()
    );
    assert!(dealdeck::domain::invariants::check_workspace(&chinese).is_empty());
}

#[test]
fn the_command_line_makes_a_chinese_sample_and_an_empty_chinese_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("zh.redb");
    common::imports::ok(&db, &["--lang", "zh-CN", "sample", "--deals", "60"]);
    let list = common::imports::ok(
        &db,
        &["--lang", "zh-CN", "deal", "list", "--stage", "初步接洽"],
    );
    assert!(list.contains("初步接洽"), "{list}");
    // A new workspace made while the app speaks Chinese starts with Chinese defaults.
    let empty = dir.path().join("empty.redb");
    i18n::set_session_lang(Lang::ZhCn);
    drop(dealdeck::store::Store::open(&empty).unwrap());
    i18n::set_session_lang(Lang::En);
    let pipelines = common::imports::ok(&empty, &["pipeline", "list"]);
    assert!(
        pipelines.contains("需求确认") && pipelines.contains("续约到期"),
        "{pipelines}"
    );
    let taxonomy = common::imports::ok(&empty, &["taxonomy", "list"]);
    assert!(taxonomy.contains("客户洞察不足"), "{taxonomy}");
}
