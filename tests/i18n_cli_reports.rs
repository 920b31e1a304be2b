//! `dealdeck report` and `dealdeck review` in Chinese (`--lang zh-CN`): real
//! processes on a sample workspace — their titles, column headers, words,
//! columns and exit codes — while what programs read (JSON, CSV) stays the
//! same whatever the language.

mod common;

use common::imports::{ok, stderr, stdout, zh};
use dealdeck::text::width;
use std::path::{Path, PathBuf};

const TODAY: &str = "2026-11-22";

fn sample(dir: &Path) -> PathBuf {
    let db = dir.join("w.redb");
    ok(
        &db,
        &["sample", "--deals", "200", "--seed", "9", "--today", TODAY],
    );
    db
}

/// What a command that worked printed.
fn zh_ok(db: &Path, args: &[&str]) -> String {
    let out = zh(db, args);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    assert_eq!(stderr(&out), "", "{args:?}");
    stdout(&out)
}

/// The cell where `needle` ends on `line` (a Chinese character takes two).
fn column_end(line: &str, needle: &str) -> usize {
    let at = line
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {line:?}"));
    width(&line[..at + needle.len()])
}

#[test]
fn the_funnel_and_win_loss_tables_speak_chinese_and_line_up_by_cells() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample(dir.path());

    let funnel = zh_ok(&db, &["report", "funnel", "--period", "2026-10"]);
    let mut lines = funnel.lines();
    assert_eq!(lines.next(), Some("漏斗 — 2026-10（USD）"), "{funnel}");
    let header = lines.next().unwrap();
    for word in [
        "销售流程",
        "阶段",
        "进入",
        "转化",
        "输单",
        "仍在进行",
        "转化率",
        "加权",
        "停滞",
    ] {
        assert!(header.contains(word), "{header}");
    }
    assert!(
        !funnel.contains("entered") && !funnel.contains("Funnel"),
        "{funnel}"
    );
    // Right-aligned columns end where their Chinese header ends: 停滞 is the
    // last column, so every row is as wide as the header in cells.
    let row = lines.next().unwrap();
    assert!(row.starts_with("New business"), "{row}");
    assert_eq!(width(row), width(header), "{funnel}");
    let stale = column_end(header, "停滞");
    for row in funnel.lines().skip(2).filter(|l| !l.is_empty()) {
        assert_eq!(width(row), stale, "{funnel}");
    }

    let winloss = zh_ok(
        &db,
        &["report", "winloss", "--by", "owner", "--period", "2026-10"],
    );
    let mut lines = winloss.lines();
    assert_eq!(
        lines.next(),
        Some("赢单 / 输单 — 2026-10（USD）"),
        "{winloss}"
    );
    let header = lines.next().unwrap();
    for word in [
        "维度",
        "取值",
        "赢单",
        "输单",
        "赢率",
        "赢单金额",
        "输单金额",
    ] {
        assert!(header.contains(word), "{header}");
    }
    // The dimension reads in Chinese; the owners' names are data.
    let rows: Vec<&str> = lines.filter(|l| !l.is_empty()).collect();
    assert!(!rows.is_empty(), "{winloss}");
    for row in &rows {
        assert!(row.starts_with("负责人"), "{winloss}");
        assert_eq!(width(row), width(header), "{winloss}");
    }
    assert!(
        rows.iter().any(|r| r.contains("Sarah Mitchell")),
        "{winloss}"
    );
}

#[test]
fn every_report_in_markdown_has_chinese_headings() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample(dir.path());
    let md = zh_ok(
        &db,
        &["report", "all", "--period", "2026-10", "--format", "md"],
    );
    for heading in [
        "## 漏斗 — 2026-10（USD）",
        "## 赢单 / 输单 — 2026-10（USD）",
        "## 预测 — 2026-10（USD）",
        "## 销售速度 — 2026-10（USD）",
        "## 健康度 — 2026-10（USD）",
        "## 趋势 — 截至 2026-10-31 的 12 个月",
    ] {
        assert!(md.lines().any(|l| l == heading), "{heading}\n{md}");
    }
    for header in [
        "| 销售流程 | 阶段 | 进入 |",
        "| 维度 | 取值 | 赢单 |",
        "| 指标 | 取值 |",
        "| 月份 | 赢单 | 输单 | 赢率 |",
    ] {
        assert!(md.contains(header), "{header}\n{md}");
    }
    for words in [
        "| 经验预测 |",
        "| 静态加权 |",
        "| 每日销售速度 |",
        "| 正常 |",
    ] {
        assert!(md.contains(words), "{words}\n{md}");
    }
    for english in [
        "## Funnel",
        "| pipeline |",
        "empirical forecast",
        "| measure |",
    ] {
        assert!(!md.contains(english), "{english}\n{md}");
    }
}

#[test]
fn the_loss_report_and_the_review_list_speak_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample(dir.path());

    let loss = zh_ok(&db, &["report", "loss", "--period", "2026-10"]);
    assert!(loss.contains("2026-10"), "{loss}");
    assert!(loss.contains("占比") && loss.contains("金额"), "{loss}");
    assert!(!loss.contains("cumulative"), "{loss}");

    let reviews = zh_ok(&db, &["review", "list"]);
    let mut lines = reviews.lines();
    let header = lines.next().unwrap();
    for word in ["编号", "期间", "状态", "输单", "已归因", "行动", "完成于"] {
        assert!(header.contains(word), "{header}");
    }
    let first = lines.next().unwrap();
    assert!(
        first.starts_with("R-1") && first.contains("已完成"),
        "{reviews}"
    );
    // The finished day stands under 完成于 (a left-aligned column).
    let at = header.find("完成于").unwrap();
    let day = first.rfind("2026-").unwrap();
    assert_eq!(width(&first[..day]), width(&header[..at]), "{reviews}");

    let actions = zh_ok(&db, &["review", "actions"]);
    let header = actions.lines().next().unwrap();
    for word in ["编号", "行动", "负责人", "截止", "状态", "复盘"] {
        assert!(header.contains(word), "{header}");
    }
}

#[test]
fn mistakes_are_refused_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample(dir.path());
    let refused = |args: &[&str]| {
        let out = zh(&db, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert_eq!(stdout(&out), "", "{args:?}");
        stderr(&out)
    };
    assert!(
        refused(&["report", "all", "--format", "csv"])
            .starts_with("dealdeck: CSV 只能容纳一份报表"),
    );
    assert_eq!(
        refused(&["report", "funnel", "--owner", "Nobody"]),
        "dealdeck: 没有名为“Nobody”的负责人\n"
    );
    assert!(refused(&["report", "funnel", "--team", "Nobody"]).contains("没有名为“Nobody”的团队"));
    assert!(
        refused(&["report", "funnel", "--pipeline", "zz"]).contains("没有唯一匹配“zz”的销售流程")
    );
    assert_eq!(
        refused(&["review", "show", "99"]),
        "dealdeck: 没有复盘 R-99；`dealdeck review list` 可列出全部复盘\n"
    );
    assert!(refused(&["review", "show", "x"]).starts_with("dealdeck: “x”不是复盘编号"));
    // A value clap refuses: its usage error (exit 2), our list in Chinese.
    let out = zh(&db, &["report", "winloss", "--by", "colour"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("应为以下之一：owner, team"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn what_programs_read_is_the_same_in_either_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample(dir.path());
    let same = |args: &[&str]| {
        let english = ok(&db, args);
        let chinese = zh_ok(&db, args);
        assert_eq!(english, chinese, "{args:?}");
        english
    };
    for report in [
        "funnel", "velocity", "trends", "health", "loss", "leads", "all", "forecast",
    ] {
        same(&["report", report, "--period", "2026-10", "--format", "json"]);
    }
    for report in ["health", "loss", "leads"] {
        same(&["report", report, "--period", "2026-10", "--format", "csv"]);
    }
    same(&[
        "report", "winloss", "--by", "owner", "--period", "2026-10", "--format", "json",
    ]);
    same(&["review", "list", "--json"]);
    // CSV: English headers and words, whatever the language.
    let funnel = same(&["report", "funnel", "--period", "2026-10", "--format", "csv"]);
    assert!(
        funnel.starts_with(
            "pipeline,stage,entered,converted,lost,still open,conversion,median dwell,\
             mean dwell,p90 dwell,open deals,open amount,weighted,stale\n"
        ),
        "{funnel}"
    );
    let forecast = same(&[
        "report", "forecast", "--period", "2026-10", "--format", "csv",
    ]);
    assert!(forecast.contains("\nempirical forecast,"), "{forecast}");
    let velocity = same(&[
        "report", "velocity", "--period", "2026-10", "--format", "csv",
    ]);
    assert!(velocity.contains("\nsales velocity per day,"), "{velocity}");
    let loss = zh_ok(
        &db,
        &["report", "loss", "--period", "2026-10", "--format", "csv"],
    );
    assert!(
        loss.starts_with("table,value,deals,amount,share,cumulative share\n"),
        "{loss}"
    );
    let winloss = zh_ok(
        &db,
        &[
            "report", "winloss", "--by", "owner", "--period", "2026-10", "--format", "csv",
        ],
    );
    assert!(
        winloss.starts_with("dimension,value,won,lost,win rate,won amount,lost amount\nowner,"),
        "{winloss}"
    );
}
