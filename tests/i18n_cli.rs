//! What the commands print, in Chinese (`--lang zh-CN`) and, the same
//! commands, in English unchanged: real `dealdeck` processes on a sample
//! workspace, their words, columns and exit codes.

mod common;

use common::imports::{ok, run, stderr, stdout, zh};
use dealdeck::text::width;
use std::path::{Path, PathBuf};

const TODAY: &str = "2026-11-22";

fn sample(dir: &Path) -> PathBuf {
    let db = dir.join("w.redb");
    ok(&db, &["sample", "--deals", "40", "--today", TODAY]);
    db
}

/// The cell where `needle` begins on `line` (a Chinese character takes two).
fn column(line: &str, needle: &str) -> usize {
    let at = line
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {line:?}"));
    width(&line[..at])
}

#[test]
fn deals_are_listed_and_shown_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample(dir.path());

    let list = zh(&db, &["deal", "list"]);
    assert_eq!(list.status.code(), Some(0), "{}", stderr(&list));
    let table = stdout(&list);
    let header = table.lines().next().unwrap();
    for word in ["编号", "标题", "客户", "阶段", "金额", "负责人", "结单日"] {
        assert!(header.contains(word), "{header}");
    }
    assert!(!table.contains("TITLE"), "{table}");
    assert_eq!(stderr(&list), "共 40 个商机\n");
    // The columns line up by cells: the owner of deal 1 stands under 负责人,
    // its amount ends where 金额 does (a right-aligned column).
    let deals: serde_json::Value =
        serde_json::from_str(&ok(&db, &["deal", "list", "--json"])).unwrap();
    assert_eq!(deals.as_array().unwrap().len(), 40);
    let first = table.lines().nth(1).unwrap();
    let owners: serde_json::Value =
        serde_json::from_str(&ok(&db, &["export", "--format", "json"])).unwrap();
    let owner_id = &deals[0]["owner"];
    let owner = owners["owners"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| &o["id"] == owner_id)
        .unwrap()["name"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(column(first, &owner), column(header, "负责人"), "{table}");
    let amount_end = column(first, " USD") + " USD".len();
    assert_eq!(
        amount_end,
        column(header, "金额") + width("金额"),
        "{table}"
    );

    let show = zh(&db, &["deal", "show", "1"]);
    assert_eq!(show.status.code(), Some(0), "{}", stderr(&show));
    let text = stdout(&show);
    assert!(text.starts_with("商机 1  "), "{text}");
    for word in [
        "  客户      ",
        "  负责人    ",
        "  阶段      ",
        "  评分卡    ",
        "阶段历史",
        "跟进记录",
    ] {
        assert!(text.contains(word), "{word:?} in {text}");
    }
    assert!(text.contains("创建 → "), "{text}");
    assert!(text.contains("操作人"), "{text}");
    // The labels make one column: every value begins at the same cell.
    let values: Vec<usize> = text
        .lines()
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .map(|l| {
            let label_end = l[2..].find(' ').unwrap() + 2;
            let rest = &l[label_end..];
            width(&l[..label_end]) + (rest.len() - rest.trim_start().len())
        })
        .collect();
    assert!(values.len() >= 6, "{text}");
    assert!(values.iter().all(|v| *v == 12), "{values:?}\n{text}");
    for english in ["account", "Stage history", "Activities", " by "] {
        assert!(!text.contains(english), "{english:?} in {text}");
    }

    // A deal of one's own, refused by the gate, then moved with an override.
    let created = zh(
        &db,
        &[
            "deal",
            "new",
            "--title",
            "华东精密制造 MES",
            "--account",
            "华东精密制造",
            "--amount",
            "12.5k",
        ],
    );
    assert_eq!(created.status.code(), Some(0), "{}", stderr(&created));
    assert_eq!(stdout(&created), "已创建商机 41“华东精密制造 MES”\n");
    let refused = zh(&db, &["deal", "move", "41", "proposal"]);
    assert_eq!(refused.status.code(), Some(1));
    let err = stderr(&refused);
    assert!(err.starts_with("dealdeck: "), "{err}");
    assert!(err.contains("阶段门"), "{err}");
    assert!(stdout(&refused).is_empty());
    let lost = zh(&db, &["deal", "move", "41", "lost"]);
    assert_eq!(lost.status.code(), Some(1));
    assert_eq!(
        stderr(&lost),
        "dealdeck: 标记输单请用 `dealdeck deal lost 41 --reason …`\n"
    );
    let moved = zh(
        &db,
        &[
            "deal",
            "move",
            "41",
            "proposal",
            "--tick",
            "discovery call held",
            "--override",
            "客户要先看报价",
        ],
    );
    assert_eq!(moved.status.code(), Some(0), "{}", stderr(&moved));
    let said = stdout(&moved);
    assert!(
        said.starts_with("商机 41“华东精密制造 MES”已进入 Proposal 阶段（事件 "),
        "{said}"
    );
    assert!(
        said.contains("  阶段门已豁免：budget confirmed —— 客户要先看报价\n"),
        "{said}"
    );
}

#[test]
fn leads_tasks_and_unknown_owners_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample(dir.path());

    let leads = zh(&db, &["lead", "list"]);
    assert_eq!(leads.status.code(), Some(0), "{}", stderr(&leads));
    let table = stdout(&leads);
    let header = table.lines().next().unwrap();
    for word in [
        "编号",
        "公司",
        "联系人",
        "渠道",
        "评分",
        "负责人",
        "状态",
        "提醒",
    ] {
        assert!(header.contains(word), "{header}");
    }
    assert!(table.contains("（公海）"), "{table}");
    assert!(table.contains("天  "), "{table}");
    let count = stderr(&leads);
    assert!(
        count.starts_with("共 ") && count.ends_with(" 条线索\n"),
        "{count}"
    );
    // Every row's owner starts under 负责人.
    let owner_at = column(header, "负责人");
    for line in table.lines().skip(1) {
        let cell = line
            .char_indices()
            .find(|(i, _)| width(&line[..*i]) == owner_at)
            .map(|(i, _)| &line[i..])
            .unwrap_or_else(|| panic!("no cell {owner_at} in {line:?}"));
        assert!(!cell.starts_with(' '), "{line:?}\n{table}");
    }

    let shown = zh(&db, &["lead", "show", "L-1"]);
    assert_eq!(shown.status.code(), Some(0), "{}", stderr(&shown));
    let text = stdout(&shown);
    for word in [
        "联系人   ",
        "画像     ",
        "评分     ",
        "负责人   ",
        " = 匹配 ",
        " + 行为 ",
    ] {
        assert!(text.contains(word), "{word:?} in {text}");
    }

    let tasks = zh(&db, &["task", "list"]);
    assert_eq!(tasks.status.code(), Some(0), "{}", stderr(&tasks));
    let table = stdout(&tasks);
    let header = table.lines().next().unwrap();
    for word in ["编号", "到期日", "商机", "任务", "负责人", "状态"] {
        assert!(header.contains(word), "{header}");
    }
    assert!(table.contains("已逾期"), "{table}");
    assert!(table.contains("待办"), "{table}");
    assert!(!table.contains("overdue"), "{table}");

    // An owner nobody has: the error in Chinese, exit 1, nothing on stdout.
    let unknown = zh(&db, &["deal", "list", "--owner", "Nobody"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(stdout(&unknown).is_empty());
    assert_eq!(stderr(&unknown), "dealdeck: 没有名为“Nobody”的负责人\n");
    let task = zh(
        &db,
        &[
            "task",
            "add",
            "1",
            "--summary",
            "回访",
            "--due",
            "+3d",
            "--owner",
            "Nobody",
        ],
    );
    assert_eq!(task.status.code(), Some(1));
    assert_eq!(stderr(&task), "dealdeck: 没有名为“Nobody”的负责人\n");
    let lead = zh(&db, &["lead", "list", "--owner", "Nobody"]);
    assert_eq!(lead.status.code(), Some(1));
    assert!(
        stderr(&lead).starts_with("dealdeck: --owner 'Nobody'：没有这个人（负责人："),
        "{}",
        stderr(&lead)
    );
    let missing = zh(&db, &["deal", "show", "999"]);
    assert_eq!(missing.status.code(), Some(1));
    assert_eq!(stderr(&missing), "dealdeck: 没有编号为 999 的商机\n");

    // A change said in Chinese, and taken back.
    let added = zh(
        &db,
        &[
            "task",
            "add",
            "1",
            "--summary",
            "回访",
            "--due",
            "2026-12-01",
        ],
    );
    assert_eq!(added.status.code(), Some(0), "{}", stderr(&added));
    assert!(
        stdout(&added).contains("上添加任务") && stdout(&added).contains("2026-12-01 到期"),
        "{}",
        stdout(&added)
    );
}

#[test]
fn the_same_commands_in_english_are_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample(dir.path());

    let list = run(&db, &["deal", "list"]);
    assert_eq!(list.status.code(), Some(0));
    let table = stdout(&list);
    let header = table.lines().next().unwrap();
    assert!(
        header.starts_with("ID  TITLE ") && header.contains("  ACCOUNT "),
        "{header}"
    );
    assert!(
        header.contains("  OWNER ") && header.ends_with("  CLOSE"),
        "{header}"
    );
    assert_eq!(stderr(&list), "40 deal(s)\n");

    let text = stdout(&run(&db, &["deal", "show", "1"]));
    assert!(text.starts_with("Deal 1  "), "{text}");
    for line in [
        "\n  account   ",
        "\n  owner     ",
        "\n  stage     ",
        "\n  scorecard ",
        "\nStage history\n",
        "\nActivities\n",
    ] {
        assert!(text.contains(line), "{line:?} in {text}");
    }
    assert!(text.contains("  created → "), "{text}");

    ok(
        &db,
        &[
            "deal",
            "new",
            "--title",
            "Plant MES",
            "--account",
            "Acme",
            "--amount",
            "12.5k",
        ],
    );
    let refused = run(&db, &["deal", "move", "41", "proposal"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).starts_with("dealdeck: gate not met for Proposal: "),
        "{}",
        stderr(&refused)
    );
    let lost = run(&db, &["deal", "move", "41", "lost"]);
    assert_eq!(
        stderr(&lost),
        "dealdeck: use `dealdeck deal lost 41 --reason …` to mark a deal lost\n"
    );

    let leads = run(&db, &["lead", "list"]);
    let table = stdout(&leads);
    assert!(
        table.starts_with("ID ") && table.contains("  COMPANY "),
        "{}",
        table.lines().next().unwrap()
    );
    assert!(table.contains("(pool)"), "{table}");
    assert!(stderr(&leads).ends_with(" leads\n"), "{}", stderr(&leads));

    let tasks = stdout(&run(&db, &["task", "list"]));
    assert!(tasks.trim_start().starts_with("id  due "), "{tasks}");
    assert!(tasks.contains("overdue"), "{tasks}");

    let unknown = run(&db, &["deal", "list", "--owner", "Nobody"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert_eq!(stderr(&unknown), "dealdeck: no owner named 'Nobody'\n");
    let missing = run(&db, &["deal", "show", "999"]);
    assert_eq!(stderr(&missing), "dealdeck: no deal with id 999\n");
}
