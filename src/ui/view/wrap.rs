//! Styled lines broken to a width: at spaces where they can be, continuation
//! lines indented under the value they continue (past the line's first span,
//! its label), every span's style kept.

use crate::text;
use ratatui::text::{Line, Span};

/// `lines` with each one wider than `width` broken into several; the
/// continuation lines start under the second span (after a label), or two
/// cells in.
pub fn wrap_lines(lines: Vec<Line<'static>>, width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width.max(1));
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        if line.width() <= width {
            out.push(line);
            continue;
        }
        let label = match line.spans.as_slice() {
            [first, _, ..] => first.width(),
            _ => 2,
        };
        let indent = label.min(width / 2);
        let style = line.style;
        let mut current: Vec<Span<'static>> = Vec::new();
        let mut used = 0;
        let mut pieces: Vec<Line<'static>> = Vec::new();
        for span in line.spans {
            for word in span.content.split_inclusive(' ') {
                let mut word = word.to_string();
                // A continuation line does not start with the space between words.
                if used == indent && !pieces.is_empty() {
                    word = word.trim_start().to_string();
                }
                if used + text::width(word.trim_end()) > width && used > indent {
                    pieces.push(Line::from(std::mem::take(&mut current)).style(style));
                    current.push(Span::raw(" ".repeat(indent)));
                    used = indent;
                    word = word.trim_start().to_string();
                }
                // A word longer than a whole line is cut into pieces.
                while used + text::width(word.trim_end()) > width {
                    let room = width.saturating_sub(used).max(1);
                    let head: String = take_cells(&word, room);
                    let rest = word[head.len()..].to_string();
                    current.push(Span::styled(head, span.style));
                    pieces.push(Line::from(std::mem::take(&mut current)).style(style));
                    current.push(Span::raw(" ".repeat(indent)));
                    used = indent;
                    word = rest;
                    if word.is_empty() {
                        break;
                    }
                }
                used += text::width(&word);
                current.push(Span::styled(word, span.style));
            }
        }
        if !current.is_empty() {
            pieces.push(Line::from(current).style(style));
        }
        out.extend(pieces);
    }
    out
}

/// The longest head of `s` that fits `cells` (at least one character).
fn take_cells(s: &str, cells: usize) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if !out.is_empty() && text::width(&out) + text::width(c.encode_utf8(&mut [0; 4])) > cells {
            break;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lines: &[Line]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn long_lines_break_at_spaces_under_their_value() {
        let line = Line::from(vec![
            Span::raw("  lesson     "),
            Span::raw("We priced against the list while the buyer compared bundles"),
        ]);
        let wrapped = wrap_lines(vec![line, Line::from("short")], 40);
        assert_eq!(
            plain(&wrapped),
            [
                "  lesson     We priced against the list ",
                "             while the buyer compared ",
                "             bundles",
                "short",
            ]
        );
        assert!(wrapped.iter().all(|l| l.width() <= 40));
    }

    #[test]
    fn a_word_longer_than_the_line_is_cut_and_wide_characters_count_two() {
        let line = Line::from(format!("  note       {}", "x".repeat(50)));
        let wrapped = wrap_lines(vec![line], 30);
        assert!(wrapped.iter().all(|l| l.width() <= 30), "{wrapped:?}");
        let cjk =
            Line::from("  contact    上海精密通讯设备有限公司采购部 王磊 最近联系 2026-11-02");
        let wrapped = wrap_lines(vec![cjk], 30);
        assert!(wrapped.iter().all(|l| l.width() <= 30), "{wrapped:?}");
        assert!(wrapped.len() > 1);
    }
}
