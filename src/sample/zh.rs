//! The sample workspace in Simplified Chinese: the generator builds the same
//! workspace it builds in English, then every text a person reads — stages,
//! gates, loss reasons, lessons, activities, products, the team's names — is
//! put in Chinese from `sample-db/zh-CN.toml`, and it sells in yuan. Machine
//! values (statuses, kinds, keys, SKUs, e-mails) are never touched: only the
//! fields named here.

use crate::domain::Workspace;
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashMap;

const ZH_CN: &str = include_str!("../../sample-db/zh-CN.toml");

#[derive(Deserialize)]
struct Words {
    words: HashMap<String, String>,
    units: HashMap<String, String>,
    deal_titles: HashMap<String, String>,
    people: HashMap<String, String>,
}

/// Fields whose text is read by people and comes from the generator's words.
const READ_FIELDS: &[&str] = &[
    "name",
    "title",
    "summary",
    "next_step",
    "gates_met",
    "gate",
    "criterion",
    "industry",
    "region",
    "team",
    "description",
    "source",
    "sub_reason",
    "sub_reasons",
    "lesson",
    "reason",
    "note",
    "comment",
];

/// The workspace with its texts in Chinese.
pub fn localise(workspace: Workspace) -> Result<Workspace, String> {
    let words: Words = toml::from_str(ZH_CN).map_err(|e| format!("sample-db/zh-CN.toml: {e}"))?;
    let mut value = serde_json::to_value(&workspace).map_err(|e| e.to_string())?;
    translate(&mut value, None, &words);
    serde_json::from_value(value).map_err(|e| e.to_string())
}

fn translate(value: &mut Value, field: Option<&str>, words: &Words) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                translate(v, Some(key.as_str()), words);
            }
        }
        Value::Array(items) => {
            for v in items {
                translate(v, field, words);
            }
        }
        Value::String(text) => {
            if let Some(new) = translated(text, field, words) {
                *text = new;
            }
        }
        _ => {}
    }
}

fn translated(text: &str, field: Option<&str>, words: &Words) -> Option<String> {
    // People are named the same in every field that names them.
    if let Some(name) = words.people.get(text) {
        return Some(name.clone());
    }
    let field = field?;
    // A Chinese team sells in yuan.
    if field == "currency" && text == "USD" {
        return Some("CNY".into());
    }
    if field == "unit" {
        return words.units.get(text).cloned();
    }
    if !READ_FIELDS.contains(&field) {
        return None;
    }
    if let Some(word) = words.words.get(text) {
        return Some(word.clone());
    }
    (field == "title")
        .then(|| deal_title(text, words))
        .flatten()
}

/// A deal's title: the account's brand, then what the deal is about
/// (`Cedar Ridge MES rollout` → `Cedar Ridge MES 上线`), a renewal
/// (`… renewal 2026` → `… 2026年续约`) or a later phase (`… phase 2` → `… 第2期`).
fn deal_title(title: &str, words: &Words) -> Option<String> {
    let (base, phase) = match title.rsplit_once(" phase ") {
        Some((base, n)) if n.chars().all(|c| c.is_ascii_digit()) => (base, Some(n)),
        _ => (title, None),
    };
    let mut out = if let Some((brand, year)) = base.rsplit_once(" renewal ") {
        format!("{brand} {year}年续约")
    } else {
        let (brand, tail) = words
            .deal_titles
            .iter()
            .filter_map(|(en, zh)| base.strip_suffix(en.as_str()).map(|brand| (brand, zh)))
            .max_by_key(|(brand, _)| std::cmp::Reverse(brand.len()))?;
        format!("{brand}{tail}")
    };
    if let Some(n) = phase {
        out.push_str(&format!(" 第{n}期"));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_keep_the_brand_and_put_the_rest_in_chinese() {
        let words: Words = toml::from_str(ZH_CN).unwrap();
        let t = |s| deal_title(s, &words);
        assert_eq!(
            t("Cedar Ridge MES rollout").as_deref(),
            Some("Cedar Ridge MES 上线")
        );
        assert_eq!(
            t("恒通机械 Pilot phase 2").as_deref(),
            Some("恒通机械 试点 第2期")
        );
        assert_eq!(
            t("Pinnacle renewal 2026").as_deref(),
            Some("Pinnacle 2026年续约")
        );
        assert_eq!(t("Acme Robotics"), None);
        // A machine value in another field is left alone, even when it is a word.
        assert_eq!(translated("partner", Some("channel"), &words), None);
        assert_eq!(
            translated("partner", Some("unit"), &words).as_deref(),
            Some("个伙伴")
        );
    }
}
