//! What `import`, `sample`, `check`, `backup`, `export` and `undo` print in
//! Chinese (`--lang zh-CN`), and the same in English unchanged: real
//! `dealdeck` processes, their words and exit codes.

mod common;

use common::imports::{fixture, run, stderr, stdout, workspace, zh, zh_ok, zh_refused};

fn salesforce(extra: &[&'static str]) -> Vec<String> {
    let mut args: Vec<String> = [
        "import",
        "deals",
        &fixture("salesforce.csv"),
        "--from",
        "salesforce",
        "--stage-map",
        "Proposal/Price Quote=Proposal",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

fn strs(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}

#[test]
fn a_dry_run_and_a_real_import_report_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let db = workspace(dir.path());
    let file = fixture("salesforce.csv");

    let dry = salesforce(&["--dry-run"]);
    let said = zh_ok(&db, &strs(&dry));
    let first = said.lines().next().unwrap();
    assert_eq!(
        first,
        format!(
            "试运行，未写入：将从 {file} 导入 4 个商机（赢单 1 个，输单 1 个）；0 个已在工作区中；新增 4 个客户、2 个负责人"
        )
    );
    assert!(!said.contains("would import"), "{said}");
    // Nothing was written: the real import still finds all four new.
    let real = salesforce(&[]);
    let said = zh_ok(&db, &strs(&real));
    assert!(
        said.starts_with(&format!(
            "已从 {file} 导入 4 个商机（赢单 1 个，输单 1 个）"
        )),
        "{said}"
    );
    assert!(!said.contains("imported"), "{said}");
    // Again: every row is already there, said in Chinese; in English as before.
    let again = zh_ok(&db, &strs(&real));
    assert!(again.contains("导入 0 个商机"), "{again}");
    assert!(again.contains("4 个已在工作区中"), "{again}");
    let english = common::imports::ok(&db, &strs(&real));
    assert!(
        english.starts_with(&format!(
            "imported 0 deals (0 won, 0 lost) from {file}; 4 already in the workspace; 0 new accounts, 0 new owners"
        )),
        "{english}"
    );
}

#[test]
fn notes_corrections_and_rejects_are_counted_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let db = workspace(dir.path());
    let rejects = dir.path().join("rejects.csv");
    let rejects = rejects.to_str().unwrap();

    // Repeated ids: an identical repeat is skipped, a differing one rejected.
    let file = fixture("repeated_ids.csv");
    let args = [
        "import",
        "deals",
        &file,
        "--from",
        "hubspot",
        "--skip-bad-rows",
        "--rejects",
        rejects,
        "--dry-run",
    ];
    let out = zh(&db, &args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(said.starts_with("试运行，未写入：将从"), "{said}");
    assert!(
        said.contains("行：与前面同一编号的行完全相同，已跳过"),
        "{said}"
    );
    assert!(said.contains("行被拒（"), "{said}");
    assert!(
        said.contains(&format!("个问题），已列在 {rejects}")),
        "{said}"
    );
    // The rejects file is for machines: its header stays as it is.
    let csv = std::fs::read_to_string(rejects).unwrap();
    assert!(csv.starts_with("problem,"), "{csv}");

    // A correction asked for by an option, counted in Chinese.
    let file = fixture("close_before_created.csv");
    let said = zh_ok(
        &db,
        &[
            "import",
            "deals",
            &file,
            "--from",
            "pipedrive",
            "--fix-dates",
            "swap",
            "--dry-run",
        ],
    );
    assert!(
        said.contains("  1 行：结单早于创建：两个日期已对调（--fix-dates swap）"),
        "{said}"
    );

    // Accounts and the team, the same way.
    let accounts = fixture("salesforce_accounts.csv");
    let said = zh_ok(
        &db,
        &["import", "accounts", &accounts, "--from", "salesforce"],
    );
    assert!(said.starts_with(&format!("已从 {accounts} 导入")), "{said}");
    assert!(said.contains("个客户；"), "{said}");
    let users = fixture("salesforce_users.csv");
    let said = zh_ok(
        &db,
        &[
            "import",
            "owners",
            &users,
            "--from",
            "salesforce",
            "--dry-run",
        ],
    );
    assert!(
        said.starts_with(&format!("试运行，未写入：将从 {users} 导入团队：新增")),
        "{said}"
    );
}

#[test]
fn a_refused_file_is_refused_in_chinese_with_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let db = workspace(dir.path());
    let file = dir.path().join("odd.csv");
    std::fs::write(&file, "Colour,Shape,Size\nred,round,3\n").unwrap();
    let file = file.to_str().unwrap();

    let err = zh_refused(&db, &["import", "deals", file]);
    assert!(
        err.contains(&format!(
            "{file}：表头与 dealdeck 认识的任何导出格式都不匹配（列：Colour, Shape, Size）"
        )),
        "{err}"
    );
    // What people type stays as they type it.
    assert!(
        err.contains("--from dealdeck|salesforce|hubspot|pipedrive"),
        "{err}"
    );
    assert!(!err.contains("its header"), "{err}");

    let err = zh_refused(&db, &["import", "accounts", file]);
    assert!(err.contains(&format!("请说明如何读取 {file}")), "{err}");
    let err = zh_refused(&db, &["import", "deals", file, "--map", "colour=Colour"]);
    assert!(
        err.contains("没有字段 'colour'（可用字段：title, "),
        "{err}"
    );
    let err = zh_refused(&db, &["import", "deals", file, "--delimiter", "ab"]);
    assert!(err.contains("应为单个字符，或 tab"), "{err}");

    // The same refusal in English, word for word as before.
    let out = run(&db, &["import", "deals", file]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!(
            "{file}: its header matches no export dealdeck knows (columns: Colour, Shape, Size); say how to read it: --from dealdeck|salesforce|hubspot|pipedrive, or --map FIELD=Column"
        )),
        "{}",
        stderr(&out)
    );
}

#[test]
fn sample_check_backup_and_export_speak_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.redb");
    let said = zh_ok(&db, &["sample", "--deals", "40", "--today", "2026-11-22"]);
    let mut lines = said.lines();
    let first = lines.next().unwrap();
    assert!(
        first.starts_with(&format!("示例工作区已写入 {}，用时 ", db.display())),
        "{said}"
    );
    assert!(first.contains("秒（种子 "), "{said}");
    assert!(first.ends_with("，今天 2026-11-22）"), "{said}");
    let counts = lines.next().unwrap();
    assert!(counts.starts_with("  40 个商机（进行中 "), "{said}");
    for word in [
        "赢率",
        "个客户",
        "个联系人",
        "条跟进记录",
        "份报价",
        "条线索",
    ] {
        assert!(counts.contains(word), "{word}: {said}");
    }

    let err = zh_refused(&db, &["sample", "--deals", "40"]);
    assert!(err.contains("已存在；加 --force 可替换它"), "{err}");

    let said = zh_ok(&db, &["check"]);
    assert_eq!(said, format!("{}：健康\n", db.display()));

    let copy = dir.path().join("copy.redb");
    let said = zh_ok(&db, &["backup", "--to", copy.to_str().unwrap()]);
    assert!(
        said.starts_with(&format!("已将 {}（", db.display())),
        "{said}"
    );
    assert!(
        said.contains(&format!("MB）备份到 {}", copy.display())),
        "{said}"
    );

    let err = zh_refused(&db, &["export", "--format", "csv"]);
    assert!(err.contains("CSV 只能容纳一类记录"), "{err}");
    let out_file = dir.path().join("deals.csv");
    let out = zh(
        &db,
        &[
            "export",
            "deals",
            "--format",
            "csv",
            "--out",
            out_file.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stderr(&out), format!("已导出到 {}\n", out_file.display()));

    // Plain `dealdeck`: the title and the table's headers.
    let said = zh_ok(&db, &[]);
    assert!(said.starts_with("dealdeck 工作区 "), "{said}");
    assert!(
        said.lines().next().unwrap().ends_with("— 示例数据"),
        "{said}"
    );
    for word in ["阶段", "商机数", "总额", "加权"] {
        assert!(said.contains(word), "{word}: {said}");
    }
}

#[test]
fn check_reports_damage_in_chinese_with_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.redb");
    common::imports::ok(&db, &["sample", "--deals", "40", "--today", "2026-11-22"]);
    common::raw::rewrite_bytes(&db, "deals", |key, value| {
        if key == 4 {
            let middle = value.len() / 2;
            value[middle] ^= 0x10;
        }
    });
    let out = zh(&db, &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("在 {} 中发现 1 个问题", db.display())),
        "{err}"
    );
    assert!(err.contains("处理办法：把损坏的文件放到一边"), "{err}");
    assert!(
        err.contains(&format!("`cp {0} {0}.damaged`", db.display())),
        "{err}"
    );
}

#[test]
fn counts_take_the_english_plural_and_none_in_chinese() {
    use dealdeck::i18n::{FluentValue, Lang, args, message_in};
    let say = |lang, key: &str, pairs: &[(&'static str, usize)]| {
        let a = args(pairs.iter().map(|(k, v)| (*k, FluentValue::from(*v))));
        message_in(lang, key, Some(&a))
    };
    assert_eq!(
        say(Lang::En, "cliimp-note-unclassified", &[("count", 1)]),
        "1 lost deal: no reason in the file, left unclassified for the loss review"
    );
    assert!(
        say(Lang::En, "cliimp-rejected", &[("rows", 2), ("problems", 1)])
            .starts_with("2 rows rejected (1 problem), listed in ")
    );
    assert_eq!(
        say(
            Lang::En,
            "cliimp-deals-updated",
            &[("updated", 1), ("changes", 0)]
        ),
        "1 deal updated from the file (0 stage changes)"
    );
    assert_eq!(
        say(
            Lang::ZhCn,
            "cliimp-deals-updated",
            &[("updated", 1), ("changes", 3)]
        ),
        "1 个商机按文件更新（3 次阶段变更）"
    );
    // Preset names are joined with spaces kept.
    assert_eq!(message_in(Lang::En, "cliimp-and", None), " and ");
    assert_eq!(message_in(Lang::ZhCn, "cliimp-and", None), " 和 ");
}
