//! `?`: the keys of the screen underneath with what each does (over the board,
//! what its marks mean too), a long meaning wrapped under itself.

use super::layers::popup;
use super::put;
use crate::text::{width, wrap};
use crate::ui::app::App;
use crate::ui::keymap::Scope;
use crate::ui::layers::help::Help;
use crate::ui::theme::Role;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// The keys' column: its width and the gap after it.
const KEYS: u16 = 14;
const GAP: u16 = 1;

pub(super) fn render(app: &App, h: &Help, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
    let bindings = app.look.keymap.bindings(h.scope);
    // Over the board, the keys are followed by what its marks mean.
    let legend = if h.scope == Scope::Board {
        board_legend()
    } else {
        Vec::new()
    };
    let rows: Vec<(&str, String, Role)> = bindings
        .iter()
        .map(|(keys, action)| (keys.as_str(), action.describe_in(h.scope), Role::Key))
        .chain(
            legend
                .iter()
                .map(|(mark, meaning)| (mark.as_str(), meaning.clone(), Role::Accent)),
        )
        .collect();
    // As wide as the longest meaning wants, up to 110 columns and the screen.
    let longest = rows.iter().map(|(_, m, _)| width(m)).max().unwrap_or(0) as u16;
    let popup_w = (longest + KEYS + GAP + 4).clamp(72, 110).min(area.width);
    let meaning_w = usize::from(popup_w.saturating_sub(4 + KEYS + GAP)).max(8);
    let lines: Vec<(&str, String, Role)> = rows
        .iter()
        .flat_map(|(keys, meaning, role)| {
            wrap(meaning, meaning_w)
                .into_iter()
                .enumerate()
                .map(move |(i, part)| (if i == 0 { *keys } else { "" }, part, *role))
        })
        .collect();
    let inner = popup(
        app,
        area,
        popup_w,
        lines.len() as u16 + 4,
        &t!("dlg-help-title"),
        buf,
    );
    // Scrolling stops with the last line at the bottom, never past it.
    let first = h
        .scroll
        .min(lines.len().saturating_sub(inner.height as usize));
    for (i, (keys, meaning, role)) in lines
        .iter()
        .skip(first)
        .enumerate()
        .take(inner.height as usize)
    {
        let y = inner.y + i as u16;
        put(buf, inner.x, y, keys, KEYS, t.style(*role));
        put(
            buf,
            inner.x + KEYS + GAP,
            y,
            meaning,
            inner.width.saturating_sub(KEYS + GAP),
            t.style(Role::Dialog),
        );
    }
}

/// What the board's marks and colours mean (help over the board lists them).
fn board_legend() -> Vec<(String, String)> {
    use crate::format::compact_amount;
    use rust_decimal::Decimal;
    [
        ("▌".to_string(), "dlg-legend-selected"),
        ("◇".into(), "dlg-legend-gate"),
        ("?".into(), "dlg-legend-no-close"),
        (
            t!(
                "dlg-legend-total-mark",
                amount = compact_amount(Decimal::from(1_200_000))
            ),
            "dlg-legend-total",
        ),
        (
            t!(
                "dlg-legend-weighted-mark",
                amount = compact_amount(Decimal::from(310_000))
            ),
            "dlg-legend-weighted",
        ),
        (t!("board-days", days = 14), "dlg-legend-days"),
        ("12-06".into(), "dlg-legend-next-step"),
        ("3/6".into(), "dlg-legend-column"),
        ("q".into(), "dlg-legend-quit"),
        ("T".into(), "dlg-legend-tasks"),
    ]
    .into_iter()
    .map(|(mark, key)| (mark, crate::i18n::message(key, None)))
    .collect()
}
