//! Chinese names as people type them to find them: a traditional form finds
//! its simplified one (張敏 → 张敏), and a name is also matched by its pinyin
//! in full and by its initials (`hengtong`, `ht` → 恒通). Text without Han
//! characters is matched as it is.

use pinyin::ToPinyin;
use std::borrow::Cow;

/// A Han (CJK unified ideograph) character, the ones with a reading.
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2A6DF}')
}

pub fn has_han(text: &str) -> bool {
    text.chars().any(is_han)
}

/// What a row's text is matched against: the text with traditional forms
/// simplified, and, when it has Han characters, a second text of their
/// readings — for every run of Han characters its full pinyin and its
/// initials as words of their own (`浙江恒通` → `zhejianghengtong zjht`).
/// A match on the readings alone counts for less than one on the text (see
/// [`reading_score`]), so a Latin query's own matches come first.
pub fn searchable(text: &str) -> (Cow<'_, str>, Option<String>) {
    if !has_han(text) {
        return (Cow::Borrowed(text), None);
    }
    let simplified = fast2s::convert(text);
    let mut full = String::new();
    let mut initials = String::new();
    let mut in_run = false;
    for c in simplified.chars() {
        let reading = is_han(c)
            .then(|| c.to_pinyin())
            .flatten()
            .map(|p| p.plain());
        match reading {
            Some(syllable) => {
                if !in_run && !full.is_empty() {
                    full.push(' ');
                    initials.push(' ');
                }
                full.push_str(syllable);
                initials.extend(syllable.chars().next());
                in_run = true;
            }
            None => in_run = false,
        }
    }
    (Cow::Owned(simplified), Some(format!("{full} {initials}")))
}

/// A match found only in the readings ranks below matches in the text itself.
pub fn reading_score(score: u32) -> u32 {
    score / 2
}

/// A query as it is matched: traditional forms simplified.
pub fn query(text: &str) -> Cow<'_, str> {
    if has_han(text) {
        Cow::Owned(fast2s::convert(text))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn han_runs_gain_their_pinyin_and_initials() {
        let (text, readings) = searchable("浙江恒通机械 MES");
        assert_eq!(text, "浙江恒通机械 MES");
        assert_eq!(readings.as_deref(), Some("zhejianghengtongjixie zjhtjx"));
        let (text, readings) = searchable("張敏 · 恒通");
        assert_eq!(text, "张敏 · 恒通");
        assert_eq!(readings.as_deref(), Some("zhangmin hengtong zm ht"));
        assert_eq!(
            searchable("Acme Robotics"),
            (Cow::Borrowed("Acme Robotics"), None)
        );
        assert_eq!(query("張敏"), "张敏");
        assert_eq!(query("hengtong"), "hengtong");
    }
}
