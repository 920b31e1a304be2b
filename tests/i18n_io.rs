//! What reading a CSV file says about it in Chinese (`--lang zh-CN`): the
//! file, the row, the column and what was expected, from real `dealdeck`
//! processes. The rejects file's `problem` column stays English (machines
//! and spreadsheets read it), and so does every English message.

mod common;

use common::imports::{fixture, ok, refused, run, workspace, zh_ok, zh_refused};
use std::path::Path;

/// The arguments in Chinese, owned (for arguments built at run time).
fn zh_args(args: &[&str]) -> Vec<String> {
    let mut all = vec!["--lang".to_string(), "zh-CN".to_string()];
    all.extend(args.iter().map(|s| s.to_string()));
    all
}

fn strs(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}

fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

fn deal_count(db: &Path) -> usize {
    let export: serde_json::Value =
        serde_json::from_str(&ok(db, &["export", "--format", "json"])).unwrap();
    export["deals"].as_array().map_or(0, Vec::len)
}

/// A Salesforce export with one good row and three bad ones.
const BAD: &str = "Opportunity Name,Account Name,Stage,Amount,Close Date\n\
                   Good,Acme,Qualification,100,2026-12-01\n\
                   Costly,Acme,Qualification,lots,2026-12-01\n\
                   Someday,Acme,Qualification,100,soon\n\
                   Elsewhere,Acme,Discovery,100,2026-12-01\n";

fn import_bad(path: &str) -> Vec<&str> {
    vec![
        "import",
        "deals",
        path,
        "--from",
        "salesforce",
        "--default-created",
        "import-date",
    ]
}

#[test]
fn a_bad_file_is_refused_in_chinese_naming_file_row_field_and_expected() {
    let dir = tempfile::tempdir().unwrap();
    let db = workspace(dir.path());
    let file = dir.path().join("bad.csv");
    std::fs::write(&file, BAD).unwrap();
    let path = file.to_str().unwrap();

    let err = zh_refused(&db, &import_bad(path));
    assert!(
        err.contains(&format!("{path}：发现 3 个问题，未导入任何内容：")),
        "{err}"
    );
    assert!(
        err.contains("第 3 行，“Amount”列：“lots”——应为：金额，如 12500、12,500.00 或 12.5k"),
        "{err}"
    );
    assert!(
        err.contains(
            "第 4 行，“Close Date”列：“soon”——应为：日期（2026-10-31、10/31/2026 或 31.10.2026）"
        ),
        "{err}"
    );
    // Stage names and the option to type stay as they are.
    assert!(
        err.contains(
            "第 5 行，“Stage”列：“Discovery”——应为：“New business”销售流程的阶段（Qualification, Needs Analysis, Proposal, Negotiation, won, lost）；其他阶段名请用 --stage-map \"Discovery=STAGE\" 映射"
        ),
        "{err}"
    );
    assert!(!err.contains("expected"), "{err}");
    // Nothing was written.
    assert_eq!(deal_count(&db), 0);

    // The same file in English, word for word as before.
    let err = refused(&db, &import_bad(path));
    assert!(
        err.contains(&format!("{path}: 3 problem(s), nothing imported:")),
        "{err}"
    );
    assert!(
        err.contains(
            "line 3, column 'Amount': 'lots' — expected an amount like 12500, 12,500.00 or 12.5k"
        ),
        "{err}"
    );
    assert!(!has_chinese(&err), "{err}");
}

#[test]
fn columns_the_file_lacks_and_bytes_that_are_no_text_are_said_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let db = workspace(dir.path());

    // No created dates in the file: the field is named, and the option that helps.
    let file = dir.path().join("undated.csv");
    std::fs::write(
        &file,
        "Opportunity Name,Account Name,Stage,Amount\nA,Acme,Qualification,100\n",
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let err = zh_refused(&db, &["import", "deals", path, "--from", "salesforce"]);
    assert!(
        err.contains("第 2 行，“created_date（文件中没有这一列）”列：“”"),
        "{err}"
    );
    assert!(
        err.contains(
            "——应为：商机的创建日期；没有创建日期的行请传 --default-created close|import-date|DATE"
        ),
        "{err}"
    );

    // A column the preset cannot find.
    let file = dir.path().join("no_account.csv");
    std::fs::write(
        &file,
        "Opportunity Name,Stage,Amount\nA,Qualification,100\n",
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let err = zh_refused(&db, &["import", "deals", path, "--from", "salesforce"]);
    assert!(
        err.contains(&format!("{path}：预设找不到这些字段的列：account（各列：Opportunity Name, Stage, Amount；请用 --map FIELD=Column 指定")),
        "{err}"
    );

    // A row with a cell too few, and bytes that are neither UTF-8 nor GBK.
    let file = dir.path().join("short.csv");
    std::fs::write(
        &file,
        "Opportunity Name,Account Name,Stage,Amount,Close Date\nA,Acme,Qualification\n",
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let err = zh_refused(&db, &["import", "deals", path, "--from", "salesforce"]);
    assert!(
        err.contains(&format!("{path}：第 2 行：有 3 列，而表头有 5 列")),
        "{err}"
    );
    let file = dir.path().join("binary.csv");
    std::fs::write(&file, b"Opportunity Name,Account Name\n\xff\xff,x\n").unwrap();
    let path = file.to_str().unwrap();
    let err = zh_refused(&db, &["import", "deals", path, "--from", "salesforce"]);
    assert!(
        err.contains(&format!(
            "{path}：第 2 行：不是 UTF-8（或 GBK） 文本（请另存为 UTF-8 CSV，或传 --encoding gbk）"
        )),
        "{err}"
    );

    // Accounts and leads: values a cell may hold stay as they are typed.
    let file = dir.path().join("accounts.csv");
    std::fs::write(&file, "name,tier\nAcme,Z\n").unwrap();
    let path = file.to_str().unwrap();
    let err = zh_refused(&db, &["import", "accounts", path, "--from", "dealdeck"]);
    assert!(
        err.contains("第 2 行，“tier”列：“Z”——应为：A, B, C 之一"),
        "{err}"
    );
    let file = dir.path().join("leads.csv");
    std::fs::write(&file, "company,channel\nZephyr,fax\n").unwrap();
    let path = file.to_str().unwrap();
    let err = zh_refused(&db, &["lead", "import", path]);
    assert!(
        err.contains("第 2 行，“channel”列：“fax”——应为：web、event、referral、partner 或 import"),
        "{err}"
    );
    assert_eq!(deal_count(&db), 0);
}

#[test]
fn rejected_rows_keep_english_problems_while_the_summary_is_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let db = workspace(dir.path());
    let file = dir.path().join("bad.csv");
    std::fs::write(&file, BAD).unwrap();
    let path = file.to_str().unwrap();
    let rejects = dir.path().join("rejects.csv");
    let rejects = rejects.to_str().unwrap();

    let mut args = import_bad(path);
    args.extend(["--skip-bad-rows", "--rejects", rejects]);
    let said = zh_ok(&db, &args);
    assert!(said.starts_with("已从"), "{said}");
    assert!(said.contains("3 行被拒（3 个问题），已列在"), "{said}");
    assert_eq!(deal_count(&db), 1);

    let csv = std::fs::read_to_string(rejects).unwrap();
    assert!(csv.starts_with("problem,Opportunity Name,"), "{csv}");
    assert!(
        csv.contains(
            "line 3, column 'Amount': 'lots' — expected an amount like 12500, 12,500.00 or 12.5k"
        ),
        "{csv}"
    );
    assert!(
        csv.contains(
            "line 4, column 'Close Date': 'soon' — expected a date (2026-10-31, 10/31/2026 or 31.10.2026)"
        ),
        "{csv}"
    );
    assert!(!has_chinese(&csv), "{csv}");

    // Rows sharing an id with other values: refused in Chinese, each naming
    // the other; in the rejects file, in English.
    let file = fixture("repeated_ids.csv");
    let err = zh_refused(&db, &["import", "deals", &file, "--from", "hubspot"]);
    assert!(
        err.contains(
            "第 5 行，“Record ID”列：“903”——应为：每个商机只占一行：与第 6 行编号相同，其他值却不同"
        ),
        "{err}"
    );
    let rejects = dir.path().join("repeated.csv");
    let rejects = rejects.to_str().unwrap();
    let out = run(
        &db,
        &strs(&zh_args(&[
            "import",
            "deals",
            &file,
            "--from",
            "hubspot",
            "--skip-bad-rows",
            "--rejects",
            rejects,
        ])),
    );
    assert_eq!(out.status.code(), Some(0));
    let csv = std::fs::read_to_string(rejects).unwrap();
    assert!(
        csv.contains("line 6, column 'Record ID': '903' — expected one row per deal: line 5 has the same id with other values"),
        "{csv}"
    );
    assert!(!has_chinese(&csv), "{csv}");
}

#[test]
fn detection_and_defaults_applied_are_said_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let db = workspace(dir.path());
    // No --from: the header says which export it is; the dates are fixed as asked.
    let file = fixture("close_before_created.csv");
    let said = run(
        &db,
        &strs(&zh_args(&["import", "deals", &file, "--fix-dates", "swap"])),
    );
    assert_eq!(said.status.code(), Some(0));
    let stdout = String::from_utf8(said.stdout).unwrap();
    let stderr = String::from_utf8(said.stderr).unwrap();
    let both = format!("{stderr}{stdout}");
    assert!(
        both.contains(&format!("按 pipedrive 导出格式读取 {file}（根据表头判断）")),
        "{both}"
    );
    assert!(stdout.contains("1 行："), "{stdout}");
    assert!(!both.contains("close before created"), "{both}");

    // Without the option, the row is refused and the option is named.
    let dir = tempfile::tempdir().unwrap();
    let db = workspace(dir.path());
    let err = zh_refused(&db, &["import", "deals", &file]);
    assert!(
        err.contains("——应为：不早于创建日期 2026-09-10 的关闭日期；要更正这类行请传 --fix-dates swap|created"),
        "{err}"
    );
}
