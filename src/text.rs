//! Text from the database or an import is untrusted: it may carry terminal
//! escape sequences, control characters or bidi overrides. Everything shown on
//! a terminal passes through [`sanitize`]; column layout uses display width
//! (CJK characters take two cells).

use std::borrow::Cow;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

fn is_unsafe(c: char) -> bool {
    // C0 (tab and newline too: a cell is one line), DEL and C1, and what
    // stored text may not hold (bidi overrides, zero-width characters).
    c.is_control() || crate::domain::validate::is_hidden_control(c)
}

/// JSON text with every character stored text may not hold written as a
/// `\u` escape. Such characters can only stand inside JSON strings, where the
/// escape means the same character.
pub fn json_safe(json: String) -> String {
    if !json.chars().any(crate::domain::validate::is_hidden_control) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if crate::domain::validate::is_hidden_control(c) && c != '\n' && c != '\t' {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Replaces every control character and bidi override with U+FFFD, so no byte
/// of an escape sequence reaches the terminal as a control.
pub fn sanitize(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| if is_unsafe(c) { '\u{FFFD}' } else { c })
            .collect(),
    )
}

/// Text from the data as it goes into Markdown: sanitised, and with what a
/// renderer would act on made literal — HTML (`<script>`) and link syntax
/// (`[x](javascript:…)`, `<javascript:…>`) — so a report or quote never
/// carries markup or links a user did not mean.
pub fn markdown_text(s: &str) -> String {
    let clean = sanitize(s);
    let mut out = String::with_capacity(clean.len());
    for c in clean.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '[' => out.push_str("\\["),
            ']' => out.push_str("\\]"),
            _ => out.push(c),
        }
    }
    out
}

/// A cell of a file (CSV): like [`sanitize`], but tabs and line breaks, which a
/// quoted cell holds as text, stay.
pub fn sanitize_cell(s: &str) -> Cow<'_, str> {
    let unsafe_here = |c: char| is_unsafe(c) && !matches!(c, '\t' | '\n' | '\r');
    if !s.chars().any(unsafe_here) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| if unsafe_here(c) { '\u{FFFD}' } else { c })
            .collect(),
    )
}

/// Like [`sanitize`] but keeps line breaks, for multi-line messages.
pub fn sanitize_lines(s: &str) -> String {
    s.split('\n')
        .map(|line| sanitize(line).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Display width in terminal cells.
/// `s` followed by spaces up to `cells` terminal cells, never cut: `{:<n}`
/// counted in cells, so Chinese text (two cells a character) lines up.
pub fn pad_end(s: &str, cells: usize) -> String {
    format!("{s}{}", " ".repeat(cells.saturating_sub(width(s))))
}

/// Spaces, then `s`, up to `cells` terminal cells, never cut: `{:>n}` in cells.
pub fn pad_start(s: &str, cells: usize) -> String {
    format!("{}{s}", " ".repeat(cells.saturating_sub(width(s))))
}

pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Cuts `s` to at most `max` cells, ending with `…` when it was cut.
pub fn truncate(s: &str, max: usize) -> Cow<'_, str> {
    if width(s) <= max {
        return Cow::Borrowed(s);
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    Cow::Owned(out)
}

/// Breaks `s` into lines of at most `cells` cells, at spaces where it can (a word
/// longer than a line is cut into pieces).
pub fn wrap(s: &str, cells: usize) -> Vec<String> {
    let cells = cells.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in s.split(' ') {
        let sep = usize::from(!line.is_empty());
        if !line.is_empty() && width(&line) + sep + width(word) > cells {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        for c in word.chars() {
            if width(&line) + c.width().unwrap_or(0) > cells {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The caret drawn in a text being typed.
pub const CARET: char = '▏';

/// `s` with the caret before its `cursor`-th character, cut to `cells` cells
/// so that the caret is always in view: a long text scrolls as the caret
/// moves, `…` marking the ends cut off.
pub fn caret_window(s: &str, cursor: usize, cells: usize) -> String {
    let mut chars: Vec<char> = s.chars().collect();
    let at = cursor.min(chars.len());
    chars.insert(at, CARET);
    let w = |c: &char| c.width().unwrap_or(0);
    let total: usize = chars.iter().map(w).sum();
    if total <= cells || cells < 3 {
        return chars
            .into_iter()
            .collect::<String>()
            .chars()
            .take(cells.max(1))
            .collect();
    }
    // From the caret leftwards, as much as fits with a `…` on each cut side
    // (the right one only when text follows the caret).
    let right_marker = usize::from(at + 1 < chars.len());
    let mut start = at;
    let mut used = w(&chars[at]);
    while start > 0 {
        let next = used + w(&chars[start - 1]);
        let left_marker = usize::from(start - 1 > 0);
        if next + left_marker + right_marker > cells {
            break;
        }
        start -= 1;
        used = next;
    }
    let left_marker = usize::from(start > 0);
    // Then rightwards, while it fits.
    let mut end = at + 1;
    while end < chars.len() {
        let marker = usize::from(end + 1 < chars.len());
        if used + w(&chars[end]) + left_marker + marker > cells {
            break;
        }
        used += w(&chars[end]);
        end += 1;
    }
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.extend(&chars[start..end]);
    if end < chars.len() {
        out.push('…');
    }
    out
}

/// `s` with the caret at `cursor`, wrapped to `cells` and cut to the `rows`
/// lines around the caret.
pub fn caret_lines(s: &str, cursor: usize, cells: usize, rows: usize) -> Vec<String> {
    let mut chars: Vec<char> = s.chars().collect();
    chars.insert(cursor.min(chars.len()), CARET);
    let text: String = chars.into_iter().collect();
    let lines = wrap(&text, cells);
    let caret_line = lines.iter().position(|l| l.contains(CARET)).unwrap_or(0);
    let first = caret_line.saturating_sub(rows.saturating_sub(1));
    lines.into_iter().skip(first).take(rows.max(1)).collect()
}

/// Pads (or cuts) `s` to exactly `cells` cells.
pub fn fit(s: &str, cells: usize) -> String {
    let cut = truncate(s, cells);
    let pad = cells.saturating_sub(width(&cut));
    format!("{cut}{}", " ".repeat(pad))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_caret_stays_in_view_of_a_long_text() {
        use super::caret_window;
        assert_eq!(caret_window("short", 5, 20), "short▏");
        assert_eq!(caret_window("short", 0, 20), "▏short");
        let long = "Lost on price to a competitor who bundled support";
        // At the end: the tail, cut on the left.
        let end = caret_window(long, long.chars().count(), 20);
        assert_eq!(end, "…ho bundled support▏");
        assert_eq!(super::width(&end), 20);
        assert!(end.starts_with('…') && end.ends_with('▏'), "{end}");
        // At the start: the head, cut on the right.
        let start = caret_window(long, 0, 20);
        assert!(start.starts_with('▏') && start.ends_with('…'), "{start}");
        assert_eq!(super::width(&start), 20);
        // In the middle: both ends cut, the caret inside.
        let mid = caret_window(long, 25, 20);
        assert!(mid.starts_with('…') && mid.ends_with('…') && mid.contains('▏'));
        assert!(super::width(&mid) <= 20);
        // Wide characters count two cells.
        let cjk = caret_window("上海精密通讯设备有限公司采购项目", 16, 12);
        assert!(super::width(&cjk) <= 12 && cjk.ends_with('▏'), "{cjk}");
    }

    #[test]
    fn a_tall_field_wraps_and_follows_the_caret() {
        let lines = super::caret_lines("one two three four five six", 27, 9, 2);
        assert_eq!(lines, ["four five", "six▏"]);
        let lines = super::caret_lines("one two three four five six", 0, 9, 2);
        assert_eq!(lines, ["▏one two", "three"]);
    }

    #[test]
    fn wrap_breaks_at_spaces_and_cuts_long_words() {
        assert_eq!(super::wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(super::wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(
            super::wrap("王磊 last contacted", 8),
            ["王磊", "last", "contacte", "d"]
        );
        assert_eq!(super::wrap("", 5), [""]);
    }

    use super::*;

    #[test]
    fn escape_sequences_never_survive() {
        let evil = "Deal \u{1b}]52;c;aGVsbG8=\u{7}\u{1b}[2J\u{9b}31m \u{202E}gnp.exe";
        let clean = sanitize(evil);
        assert!(!clean.chars().any(|c| c.is_control()));
        assert!(!clean.contains('\u{202E}'));
        assert!(clean.starts_with("Deal \u{FFFD}]52;c;"));
        assert!(matches!(sanitize("华东精密制造"), Cow::Borrowed(_)));
    }

    #[test]
    fn cjk_takes_two_cells() {
        assert_eq!(width("华东精密制造"), 12);
        assert_eq!(fit("华东精密制造", 7), "华东精…");
        assert_eq!(width(&fit("华东精密制造", 7)), 7);
        assert_eq!(fit("ab", 4), "ab  ");
        assert_eq!(truncate("abc", 0), "");
    }
}

#[cfg(test)]
mod json_tests {
    use super::json_safe;

    #[test]
    fn json_output_escapes_what_could_drive_a_terminal() {
        let value = serde_json::json!({ "title": "a\u{9b}2J\u{202e}b\u{7f}", "ok": "张敏\tx" });
        let text = json_safe(serde_json::to_string(&value).unwrap());
        assert!(text.is_ascii() || !text.contains('\u{9b}'));
        assert!(text.contains("a\\u009b2J\\u202eb\\u007f"), "{text}");
        assert!(text.contains("张敏\\tx"), "{text}");
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value, "the escapes mean the same characters");
    }
}

#[cfg(test)]
mod markdown_tests {
    use super::markdown_text;

    #[test]
    fn markup_and_links_from_data_stay_literal() {
        assert_eq!(
            markdown_text("<script>x</script> [click](javascript:alert(1)) <javascript:y>"),
            "&lt;script&gt;x&lt;/script&gt; \\[click\\](javascript:alert(1)) &lt;javascript:y&gt;"
        );
        assert_eq!(
            markdown_text("华东 MES rollout — 12 %"),
            "华东 MES rollout — 12 %"
        );
    }
}
