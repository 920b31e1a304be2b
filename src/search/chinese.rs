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
/// simplified, then, for every run of Han characters, its full pinyin and its
/// initials as words of their own. The Chinese comes first, so an exact
/// Chinese query scores on the name itself.
pub fn searchable(text: &str) -> Cow<'_, str> {
    if !has_han(text) {
        return Cow::Borrowed(text);
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
    Cow::Owned(format!("{simplified} {full} {initials}"))
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
        assert_eq!(
            searchable("浙江恒通机械 MES"),
            "浙江恒通机械 MES zhejianghengtongjixie zjhtjx"
        );
        assert_eq!(
            searchable("張敏 · 恒通"),
            "张敏 · 恒通 zhangmin hengtong zm ht"
        );
        assert_eq!(searchable("Acme Robotics"), "Acme Robotics");
        assert_eq!(query("張敏"), "张敏");
        assert_eq!(query("hengtong"), "hengtong");
    }
}
