//! `--help` in both languages: every command and option with English help
//! has a catalogue key in en and zh-CN, the en text is the derive's doc
//! comment word for word (so the two never drift), and the binary prints
//! Chinese help when asked.

use clap::CommandFactory;
use dealdeck::i18n::{self, Lang};
use std::collections::BTreeSet;

/// A text of the command tree and the catalogue key `help_text` looks it up by.
struct Text {
    key: String,
    /// Where it is in the tree, for messages: `deal move --stage`.
    place: String,
    english: String,
}

/// Every command's about and every option's help the derive gives, with the
/// key `src/cli/help_text.rs` uses for it: `cli-about` for the root,
/// `cli-<path>` for a command, `cli-<path>--<id>` for an option of it, or
/// `cli-arg-<id>` for a global option without its own key.
fn texts() -> Vec<Text> {
    fn walk(cmd: &clap::Command, key: &str, place: &str, out: &mut Vec<Text>) {
        if let Some(about) = cmd.get_about() {
            out.push(Text {
                key: if key == "cli" {
                    "cli-about".to_string()
                } else {
                    key.to_string()
                },
                place: place.to_string(),
                english: about.to_string(),
            });
        }
        for arg in cmd.get_arguments() {
            let Some(help) = arg.get_help() else { continue };
            let id = arg.get_id().as_str();
            let own = format!("{key}--{id}");
            let key = if arg.is_global_set() && !i18n::has(Lang::En, &own) {
                format!("cli-arg-{id}")
            } else {
                own
            };
            out.push(Text {
                key,
                place: format!("{place} {id}").trim().to_string(),
                english: help.to_string(),
            });
        }
        for sub in cmd.get_subcommands() {
            let name = sub.get_name();
            walk(
                sub,
                &format!("{key}-{name}"),
                format!("{place} {name}").trim(),
                out,
            );
        }
    }
    let mut out = Vec::new();
    walk(&dealdeck::cli::Cli::command(), "cli", "", &mut out);
    out
}

#[test]
fn every_command_and_option_with_help_has_a_key_in_both_languages() {
    let texts = texts();
    assert!(texts.len() > 200, "{} texts", texts.len());
    let missing: Vec<String> = texts
        .iter()
        .flat_map(|t| {
            Lang::ALL
                .into_iter()
                .filter(|&l| !i18n::has(l, &t.key))
                .map(|l| format!("{} ({}) in {}", t.key, t.place, l.code()))
        })
        .collect();
    assert!(missing.is_empty(), "no key for:\n{}", missing.join("\n"));
}

#[test]
fn the_english_catalogue_says_what_the_doc_comments_say() {
    let drifted: Vec<String> = texts()
        .iter()
        .filter(|t| i18n::has(Lang::En, &t.key))
        .filter_map(|t| {
            let catalogue = i18n::message_in(Lang::En, &t.key, None);
            (catalogue != t.english).then(|| {
                format!(
                    "{} ({}):\n  code:      {:?}\n  catalogue: {:?}",
                    t.key, t.place, t.english, catalogue
                )
            })
        })
        .collect();
    assert!(
        drifted.is_empty(),
        "en catalogue differs from the derive (regenerate with \
         `cargo test --test i18n_cli_help -- --ignored --nocapture print_en_catalogue`):\n{}",
        drifted.join("\n")
    );
}

#[test]
fn cli_help_ftl_holds_no_key_the_command_tree_lacks() {
    let wanted: BTreeSet<String> = texts().into_iter().map(|t| t.key).collect();
    for lang in Lang::ALL {
        let stale: Vec<String> = i18n::keys(lang)
            .into_iter()
            .filter(|(file, key)| *file == "cli-help.ftl" && !wanted.contains(key))
            .map(|(_, key)| key)
            .collect();
        assert!(
            stale.is_empty(),
            "{}: no such command or option: {stale:?}",
            lang.code()
        );
    }
}

#[test]
fn the_chinese_help_is_translated() {
    let untranslated: Vec<String> = texts()
        .iter()
        .filter(|t| i18n::message_in(Lang::ZhCn, &t.key, None) == t.english)
        .map(|t| format!("{} ({})", t.key, t.place))
        .collect();
    assert!(
        untranslated.is_empty(),
        "zh-CN says the English:\n{}",
        untranslated.join("\n")
    );
}

/// `dealdeck <args>`'s standard output; it must succeed.
fn help(args: &[&str]) -> String {
    let config = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dealdeck"))
        .args(args)
        .env_remove("DEALDECK_LANG")
        .env("XDG_CONFIG_HOME", config.path())
        .env("DEALDECK_DB", config.path().join("none.redb"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn deal_move_help_speaks_chinese() {
    let text = help(&["--lang", "zh-CN", "deal", "move", "--help"]);
    for words in [
        "把商机推进到另一个阶段（向前推进时要过阶段门）",
        "用法：",
        "选项",
        "目标阶段名称（可用前缀：`negot`）",
        "勾选所进入阶段的一项阶段门条件（可重复）",
        "强行通过未满足的阶段门条件",
        "工作区数据库文件",
        "显示帮助",
    ] {
        assert!(text.contains(words), "no {words:?} in:\n{text}");
    }
    assert!(!text.contains("Target stage name"), "{text}");
}

#[test]
fn report_help_speaks_chinese() {
    let text = help(&["report", "--help", "--lang=zh-CN"]);
    for words in [
        "一个期间的漏斗分析：漏斗、赢输单、预测、周期、健康度、趋势",
        "只看此负责人的商机（姓名）",
        "只看此团队负责人的商机",
        "只看此销售流程（名称或前缀）",
        "this-quarter",
    ] {
        assert!(text.contains(words), "no {words:?} in:\n{text}");
    }
    assert!(!text.contains("Only deals of this"), "{text}");
}

#[test]
fn english_help_is_the_doc_comments() {
    let text = help(&["--lang", "en", "deal", "move", "--help"]);
    assert!(
        text.contains("Move a deal to another stage (gates apply when moving forward)"),
        "{text}"
    );
    assert!(
        text.contains("Target stage name (prefixes work: `negot`)"),
        "{text}"
    );
}

/// Fluent source for a text: `{` and `}` written as literals, a leading
/// `[`, `*` or `.` quoted, continuation lines indented.
fn fluent_value(text: &str) -> String {
    let mut out = String::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("\n    ");
        }
        for (j, c) in line.chars().enumerate() {
            match c {
                '{' => out.push_str("{\"{\"}"),
                '}' => out.push_str("{\"}\"}"),
                '[' | '*' | '.' if j == 0 => out.push_str(&format!("{{\"{c}\"}}")),
                c => out.push(c),
            }
        }
    }
    out
}

/// Prints the en catalogue the derive's doc comments make
/// (`cargo test --test i18n_cli_help -- --ignored --nocapture print_en_catalogue`).
#[test]
#[ignore]
fn print_en_catalogue() {
    fn walk(cmd: &clap::Command, key: &str, depth: usize) {
        if depth == 1 {
            println!("\n# {}", key.trim_start_matches("cli-").replace('-', " "));
        }
        // The root and the top-level commands' abouts live in cli.ftl.
        if depth >= 2
            && let Some(a) = cmd.get_about()
        {
            println!("{key} = {}", fluent_value(&a.to_string()));
        }
        if depth >= 1 {
            for arg in cmd.get_arguments() {
                if let Some(h) = arg.get_help() {
                    let id = arg.get_id().as_str();
                    println!("{key}--{id} = {}", fluent_value(&h.to_string()));
                }
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &format!("{key}-{}", sub.get_name()), depth + 1);
        }
    }
    walk(&dealdeck::cli::Cli::command(), "cli", 0);
}
