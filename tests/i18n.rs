//! The message catalogue: English and Simplified Chinese hold the same keys,
//! every key the code names exists, catalogued files speak only through it,
//! and the app and the command line speak Chinese when asked.

mod common;

use common::ui::{app_with, press, screen, typed};
use dealdeck::i18n::{self, Lang};
use std::collections::BTreeSet;
use std::path::Path;

fn keys(lang: Lang) -> BTreeSet<(String, String)> {
    i18n::keys(lang)
        .into_iter()
        .map(|(file, key)| (file.to_string(), key))
        .collect()
}

#[test]
fn both_languages_parse_and_hold_the_same_keys_file_by_file() {
    for lang in Lang::ALL {
        assert_eq!(i18n::errors(lang), Vec::<String>::new());
    }
    let en = keys(Lang::En);
    let zh = keys(Lang::ZhCn);
    assert!(en.len() > 150, "{} keys", en.len());
    let only_en: Vec<_> = en.difference(&zh).collect();
    let only_zh: Vec<_> = zh.difference(&en).collect();
    assert!(
        only_en.is_empty() && only_zh.is_empty(),
        "only in en: {only_en:?}\nonly in zh-CN: {only_zh:?}"
    );
}

#[test]
fn every_action_is_described_in_both_languages() {
    use dealdeck::ui::action::Action;
    for action in Action::ALL {
        let key = format!("action-{}", action.key());
        for lang in Lang::ALL {
            assert!(i18n::has(lang, &key), "{key} missing in {}", lang.code());
        }
    }
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of a line (escapes kept as written).
fn literals(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'"' {
            let start = i + 1;
            let mut j = start;
            while j < bytes.len() && bytes[j] != b'"' {
                j += if bytes[j] == b'\\' { 2 } else { 1 };
            }
            out.push(&line[start..j.min(line.len())]);
            i = j + 1;
        } else if bytes[i] == b'\'' && i + 2 < bytes.len() && bytes[i + 2] == b'\'' {
            i += 3; // a char literal such as '"'
        } else {
            i += 1;
        }
    }
    out
}

/// Source lines outside `#[cfg(test)]` modules, comments and attributes.
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .take_while(|(_, l)| !l.trim_start().starts_with("#[cfg(test)]"))
        .filter(|(_, l)| {
            let t = l.trim_start();
            !(t.starts_with("//") || t.starts_with("#["))
        })
        .map(|(i, l)| (i + 1, l))
}

#[test]
fn every_key_the_code_names_is_in_the_catalogue() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut missing = Vec::new();
    let mut named = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut rest = text.as_str();
        while let Some(at) = rest.find("t!(") {
            // `t!(`, not the end of `format!(` or `assert!(`.
            let before = rest[..at].chars().next_back();
            rest = &rest[at + 3..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let Some(literal) = rest.trim_start().strip_prefix('"') else {
                continue;
            };
            let key: String = literal.chars().take_while(|c| *c != '"').collect();
            named += 1;
            if !i18n::has(Lang::En, &key) {
                missing.push(format!("{}: {key}", file.display()));
            }
        }
    }
    assert!(named > 30, "{named} keys named");
    assert!(missing.is_empty(), "{missing:#?}");
}

/// Files whose every user-facing word comes from the catalogue: a literal with
/// words in it (not a catalogue key, not the product's name, not a field id or
/// file name) fails. Files left out hold words machines read (CRM column names
/// recognised on import, record kinds, stored codes) beside the catalogue's.
const CATALOGUED: &[&str] = &[
    "src/account_page.rs",
    "src/cli/account.rs",
    "src/cli/contact.rs",
    "src/cli/context.rs",
    "src/cli/deal.rs",
    "src/cli/deal_repair.rs",
    "src/cli/deal_show.rs",
    "src/cli/help_text.rs",
    "src/cli/import.rs",
    "src/cli/import_deals.rs",
    "src/cli/lead.rs",
    "src/cli/mod.rs",
    "src/cli/pipeline.rs",
    "src/cli/product_edit.rs",
    "src/cli/quote.rs",
    "src/cli/report.rs",
    "src/cli/report_leads.rs",
    "src/cli/report_loss.rs",
    "src/cli/report_scope.rs",
    "src/cli/review.rs",
    "src/cli/search.rs",
    "src/cli/task.rs",
    "src/cli/taxonomy.rs",
    "src/cli/tui.rs",
    "src/cli/user.rs",
    "src/cli/workspace.rs",
    "src/i18n/display.rs",
    "src/io/columns.rs",
    "src/io/mod.rs",
    "src/io/sheet.rs",
    "src/io/values.rs",
    "src/quote_doc.rs",
    "src/review/markdown.rs",
    "src/server/exec.rs",
    "src/server/mod.rs",
    "src/server/output.rs",
    "src/server/screen.rs",
    "src/store/accounts.rs",
    "src/store/check.rs",
    "src/store/contacts.rs",
    "src/store/import_parties.rs",
    "src/store/pipelines.rs",
    "src/store/quotes.rs",
    "src/store/read.rs",
    "src/store/stale.rs",
    "src/store/undo.rs",
    "src/store/users.rs",
    "src/ui/action.rs",
    "src/ui/analytics_worker.rs",
    "src/ui/app.rs",
    "src/ui/app_account.rs",
    "src/ui/app_accounts.rs",
    "src/ui/app_changes.rs",
    "src/ui/app_dialogs.rs",
    "src/ui/app_keys.rs",
    "src/ui/app_leads.rs",
    "src/ui/app_quote.rs",
    "src/ui/app_reports.rs",
    "src/ui/app_review.rs",
    "src/ui/app_team.rs",
    "src/ui/app_today.rs",
    "src/ui/board.rs",
    "src/ui/layers/account.rs",
    "src/ui/layers/accounts.rs",
    "src/ui/layers/actions_due.rs",
    "src/ui/layers/activity_form.rs",
    "src/ui/layers/contacts.rs",
    "src/ui/layers/deal_form.rs",
    "src/ui/layers/deal_list.rs",
    "src/ui/layers/filter.rs",
    "src/ui/layers/form.rs",
    "src/ui/layers/gate.rs",
    "src/ui/layers/help.rs",
    "src/ui/layers/input.rs",
    "src/ui/layers/leads.rs",
    "src/ui/layers/loss.rs",
    "src/ui/layers/mod.rs",
    "src/ui/layers/palette.rs",
    "src/ui/layers/products.rs",
    "src/ui/layers/quote.rs",
    "src/ui/layers/review/forms.rs",
    "src/ui/layers/review/mod.rs",
    "src/ui/layers/review/triage.rs",
    "src/ui/layers/search.rs",
    "src/ui/layers/tasks.rs",
    "src/ui/layers/today.rs",
    "src/ui/layers/won.rs",
    "src/ui/report_engine.rs",
    "src/ui/reports.rs",
    "src/ui/view/account.rs",
    "src/ui/view/accounts.rs",
    "src/ui/view/board.rs",
    "src/ui/view/contacts.rs",
    "src/ui/view/detail.rs",
    "src/ui/view/form.rs",
    "src/ui/view/layers.rs",
    "src/ui/view/leads.rs",
    "src/ui/view/mod.rs",
    "src/ui/view/pick_lists.rs",
    "src/ui/view/products.rs",
    "src/ui/view/quote.rs",
    "src/ui/view/report_outlook.rs",
    "src/ui/view/reports.rs",
    "src/ui/view/review/actions_due.rs",
    "src/ui/view/review/figure_steps.rs",
    "src/ui/view/review/input_steps.rs",
    "src/ui/view/review/mod.rs",
    "src/ui/view/tasks.rs",
    "src/ui/view/today.rs",
];

/// Names with more than one word that no user reads as text.
const IDENTIFIERS: &[&str] = &[
    // the catalogue's key prefixes the code completes
    "quote-tag-{}",
    // the loss report's section names `report loss --format csv` writes
    "sub-reason",
    "stage lost at",
    // clap's derive text, which `--help` replaces with the catalogue's
    "A keyboard-driven terminal workbench for B2B sales pipelines",
    // clap's English heading of its usage line, which a Chinese error replaces
    "Usage:",
    // an environment variable quoted as typed, a JSON value for machines
    "DEALDECK_NOW='{s}'",
    "(unreadable key)",
];

#[test]
fn catalogued_files_say_nothing_outside_the_catalogue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for file in CATALOGUED {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        for (n, line) in code_lines(&text) {
            for literal in literals(line) {
                // What a reader would see once placeholders are gone.
                let mut shown = String::new();
                let mut depth = 0;
                for c in literal.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        _ if depth == 0 => shown.push(c),
                        _ => {}
                    }
                }
                let words = shown
                    .split(|c: char| !c.is_alphabetic())
                    .any(|w| w.chars().count() >= 2 || w.chars().any(|c| c > '\u{2e80}'));
                let flag_or_env = literal.starts_with('-')
                    && literal
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || "-=".contains(c))
                    || literal.chars().all(|c| c.is_ascii_uppercase() || c == '_');
                // One lowercase word (`next_step`, `title1`) is a field id or a
                // key the code reads back, not a sentence; phrases and
                // capitalised words are what people read.
                let identifier = !literal.is_empty()
                    && literal
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
                let file_name = [".toml", ".redb", ".csv"]
                    .iter()
                    .any(|e| literal.ends_with(e))
                    || literal.starts_with(".new-");
                let allowed = i18n::has(Lang::En, literal)
                    || identifier
                    || file_name
                    || flag_or_env
                    || IDENTIFIERS.contains(&literal)
                    || literal.trim() == "dealdeck"
                    || literal.starts_with("action-")
                    || literal.starts_with("cli-");
                if words && !allowed {
                    found.push(format!("{file}:{n}: \"{literal}\""));
                }
            }
        }
    }
    assert!(found.is_empty(), "user-facing literals: {found:#?}");
}

#[test]
fn the_app_switches_to_chinese_from_the_palette() {
    let (_d, mut app) = app_with(120);
    press(&mut app, ":");
    typed(&mut app, "language");
    press(&mut app, "enter");
    let board = screen(&mut app, 80, 24);
    assert!(board.contains("语言：简体中文"), "{board}");
    insta::assert_snapshot!("zh_board_80x24", board);
    press(&mut app, "?");
    insta::assert_snapshot!("zh_help_80x24", screen(&mut app, 80, 24));
    press(&mut app, "esc");
    // And back: the same palette entry.
    press(&mut app, ":");
    typed(&mut app, "语言");
    press(&mut app, "enter");
    assert!(screen(&mut app, 80, 24).contains("Language: English"));
    i18n::set_session_lang(Lang::En);
}

#[test]
fn the_command_line_speaks_chinese_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::imports::workspace(dir.path());
    let help = common::imports::ok(&db, &["--lang", "zh-CN", "deal", "--help"]);
    assert!(
        help.contains("用法：") && help.contains("商机：列出、查看"),
        "{help}"
    );
    assert!(help.contains("显示帮助"), "{help}");
    // A mistake clap finds is said in Chinese too (exit 2, as clap's own).
    let out = common::cli(&db)
        .args(["--lang", "zh-CN", "deal", "show", "abc"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.starts_with("错误：“<ID>”的值“abc”无效：应为整数"),
        "{said}"
    );
    assert!(said.contains("更多信息请用 '--help'"), "{said}");
    let out = common::cli(&db)
        .args(["--lang", "zh-CN", "deal", "list", "--bogus"])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("不认识的参数“--bogus”") && said.contains("用法："),
        "{said}"
    );
    let refused = common::imports::refused(&db, &["--lang", "zh-CN", "deal", "show", "42"]);
    assert_eq!(refused, "dealdeck: 没有编号为 42 的商机\n");
    // The locale chooses when nothing else does; DEALDECK_LANG beats it.
    let out = common::cli(&db)
        .env_remove("DEALDECK_LANG")
        .env("LC_ALL", "zh_CN.UTF-8")
        .args(["deal", "show", "42"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "dealdeck: 没有编号为 42 的商机\n"
    );
    let out = common::cli(&db)
        .env("LC_ALL", "zh_CN.UTF-8")
        .args(["deal", "show", "42"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "dealdeck: no deal with id 42\n"
    );
    // A language dealdeck does not speak is said, and English used.
    let out = common::cli(&db)
        .args(["--lang", "fr", "deal", "show", "42"])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("fr is not a language dealdeck speaks"),
        "{said}"
    );
}
