//! Pure views: they draw from `&App` and never touch the store or the clock.

mod account;
mod accounts;
mod board;
mod columns;
mod contacts;
pub mod detail;
pub(super) mod form;
mod help;
pub(crate) mod layers;
mod leads;
mod pick_lists;
mod products;
mod quote;
mod report_outlook;
mod reports;
pub mod review;
mod tasks;
mod today;
pub mod wrap;

use super::action::Action;
use super::app::{App, Screen};
use super::layers::Layer;
use super::theme::Role;
use crate::text::{fit, sanitize, width};
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let buf = frame.buffer_mut();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(app, area, buf);
        return;
    }
    let body = Rect {
        y: area.y + 1,
        height: area.height - 2,
        ..area
    };
    title_bar(app, Rect { height: 1, ..area }, buf);
    match app.screen {
        Screen::Board => board::render(app, body, buf),
        Screen::Detail => detail::render(app, body, buf),
        Screen::Reports => reports::render(app, body, buf),
    }
    footer(
        app,
        Rect {
            y: area.y + area.height - 1,
            height: 1,
            ..area
        },
        buf,
    );
    // A full-screen layer (the review wizard, the quote editor) stays visible under
    // the dialog or help opened from it.
    let screen_layer = app.layers.iter().rposition(Layer::is_full_screen);
    if let Some(i) = screen_layer.filter(|i| *i + 1 < app.layers.len()) {
        layers::render(app, &app.layers[i], area, buf);
    }
    if let Some(layer) = app.layers.last() {
        layers::render(app, layer, area, buf);
    }
}

/// Writes `text` at x, y — nothing when that cell is outside the buffer (a
/// layout computed for a size the terminal no longer has must not panic).
pub fn set(buf: &mut Buffer, x: u16, y: u16, text: &str, style: Style) {
    if buf.area.contains(ratatui::layout::Position { x, y }) {
        buf.set_string(x, y, text, style);
    }
}

/// Writes `text` (sanitised, cut to `max` cells) at x, y; returns the cells used.
pub fn put(buf: &mut Buffer, x: u16, y: u16, text: &str, max: u16, style: Style) -> u16 {
    if max == 0 || !buf.area.contains(ratatui::layout::Position { x, y }) {
        return 0;
    }
    let clean = sanitize(text);
    let cut = crate::text::truncate(&clean, max as usize);
    buf.set_string(x, y, cut.as_ref(), style);
    width(&cut) as u16
}

/// Fills a row with spaces in `style`.
pub fn fill(buf: &mut Buffer, area: Rect, style: Style) {
    // A fresh background: what was drawn below (bold, reverse) does not show through.
    let area = area.intersection(buf.area);
    for y in area.y..area.y + area.height {
        for x in area.x..area.x + area.width {
            buf[(x, y)].reset();
        }
    }
    for y in area.y..area.y + area.height {
        set(buf, area.x, y, &" ".repeat(area.width as usize), style);
    }
}

/// A full-screen list's start: a fresh background and its title on the first
/// row. False when `area` has fewer than `min_height` rows (nothing more to draw).
pub fn screen_start(app: &App, area: Rect, buf: &mut Buffer, min_height: u16, title: &str) -> bool {
    let t = &app.look.theme;
    fill(buf, area, t.style(Role::Base));
    if area.height < min_height {
        return false;
    }
    put(buf, area.x, area.y, title, area.width, t.style(Role::Title));
    true
}

fn too_small(app: &App, area: Rect, buf: &mut Buffer) {
    let lines = [
        t!("too-small"),
        t!(
            "too-small-need",
            width = area.width,
            height = area.height,
            min_width = MIN_WIDTH,
            min_height = MIN_HEIGHT
        ),
    ];
    let style = app.look.theme.style(Role::Warning);
    for (i, line) in lines.iter().enumerate() {
        let y = area.y + area.height / 2 + i as u16;
        if y >= area.y + area.height {
            break;
        }
        let w = (width(line) as u16).min(area.width);
        put(
            buf,
            area.x + (area.width - w) / 2,
            y,
            line,
            area.width,
            style,
        );
    }
}

fn title_bar(app: &App, area: Rect, buf: &mut Buffer) {
    let base = app.look.theme.style(Role::Header);
    fill(buf, area, app.look.theme.style(Role::Base));
    let mut x = area.x;
    let right_edge = area.x + area.width;
    x += put(
        buf,
        x,
        area.y,
        " dealdeck ",
        right_edge - x,
        app.look.theme.style(Role::Title),
    );
    let pipeline = app
        .data
        .pipelines
        .get(app.board.pipeline)
        .map(|p| p.name.as_str())
        .unwrap_or("");
    let place = match app.screen {
        Screen::Board => format!(" {pipeline} "),
        Screen::Detail => format!(" {pipeline} › {} ", t!("title-deal")),
        Screen::Reports => format!(" {} ", t!("title-reports")),
    };
    x += put(buf, x, area.y, &place, right_edge - x, base);
    if app.data.is_sample {
        x += 1;
        x += put(
            buf,
            x.min(right_edge),
            area.y,
            &format!(" {} ", t!("badge-sample")),
            right_edge.saturating_sub(x),
            app.look.theme.style(Role::Badge),
        );
    }
    // Right-aligned, as many as fit; the least needed goes first: the filter
    // (the footer names it too), then the column number, then the tasks due.
    // Who you are stays. Each item: (how much it is needed, its text).
    let mut right: Vec<(u8, String)> = Vec::new();
    if app.board.filter.is_active() {
        let filter = app.board.filter.describe(&app.data);
        right.push((0, t!("title-filter", filter = filter)));
    }
    if app.screen == Screen::Board {
        let due = app.due_count();
        if due > 0 {
            right.push((2, t!("title-due", count = due)));
        }
        if !app.board.columns.is_empty() {
            let column = format!("{}/{}", app.board.column + 1, app.board.columns.len());
            right.push((1, column));
        }
    }
    right.push((3, who(app)));
    let room = usize::from(right_edge.saturating_sub(x + 1));
    let joined = |items: &[(u8, String)]| {
        let texts: Vec<&str> = items.iter().map(|(_, t)| t.as_str()).collect();
        texts.join("  ") + " "
    };
    while width(&joined(&right)) > room && right.len() > 1 {
        if let Some(least) = right
            .iter()
            .enumerate()
            .min_by_key(|(_, (need, _))| *need)
            .map(|(i, _)| i)
        {
            right.remove(least);
        }
    }
    let text = joined(&right);
    let w = (width(&text) as u16).min(room as u16);
    put(
        buf,
        right_edge - w,
        area.y,
        &text,
        w,
        app.look.theme.style(Role::Muted),
    );
}

/// Key hints for the footer, straight from the keymap, in priority order
/// (the footer shows as many as fit); labels are catalogue keys.
fn hints(app: &App) -> Vec<(String, String)> {
    let wanted: &[(Action, &str)] = match app.screen {
        Screen::Board => &[
            (Action::OpenDetail, "hint-open"),
            (Action::MoveForward, "hint-move-forward"),
            (Action::MoveBack, "hint-move-back"),
            (Action::MarkWon, "hint-won"),
            (Action::MarkLost, "hint-lost"),
            (Action::Undo, "hint-undo"),
            (Action::Search, "hint-search"),
            (Action::Help, "hint-help"),
        ],
        Screen::Reports => &[
            (Action::NextTab, "hint-next-report"),
            (Action::PeriodBack, "hint-period-back"),
            (Action::PeriodForward, "hint-period-forward"),
            (Action::PeriodLength, "hint-period-length"),
            (Action::CycleOwner, "hint-whose"),
            (Action::OpenDetail, "hint-deals"),
            (Action::Help, "hint-help"),
        ],
        Screen::Detail => &[
            (Action::Back, "hint-back"),
            (Action::MoveForward, "hint-move-forward"),
            (Action::MarkWon, "hint-won"),
            (Action::MarkLost, "hint-lost"),
            (Action::Undo, "hint-undo"),
            (Action::Help, "hint-help"),
        ],
    };
    wanted
        .iter()
        .filter_map(|(a, label)| {
            app.look
                .keymap
                .keys_for(app.scope(), *a)
                .into_iter()
                .next()
                .map(|k| (k, crate::i18n::message(label, None)))
        })
        .collect()
}

fn footer(app: &App, area: Rect, buf: &mut Buffer) {
    fill(buf, area, app.look.theme.style(Role::Base));
    let end = area.x + area.width;
    if let Some(status) = &app.chrome.status {
        let role = if status.error {
            Role::Overdue
        } else {
            Role::Accent
        };
        put(
            buf,
            area.x + 1,
            area.y,
            &status.text,
            area.width.saturating_sub(2),
            app.look.theme.style(role),
        );
        return;
    }
    if !app.chrome.pending.is_empty() {
        let keys: Vec<String> = app.chrome.pending.iter().map(|k| k.display()).collect();
        put(
            buf,
            area.x + 1,
            area.y,
            &format!("{} …", keys.join(" ")),
            area.width.saturating_sub(2),
            app.look.theme.style(Role::Key),
        );
        return;
    }
    // Under a dialog or list the screen's keys would not reach it: the layer
    // shows its own.
    if !app.layers.is_empty() {
        return;
    }
    let mut x = area.x + 1;
    for (key, label) in hints(app) {
        let need = (width(&key) + width(&label) + 3) as u16;
        if x + need > end {
            break;
        }
        x += put(
            buf,
            x,
            area.y,
            &key,
            end - x,
            app.look.theme.style(Role::Key),
        );
        x += put(
            buf,
            x + 1,
            area.y,
            &label,
            end - x - 1,
            app.look.theme.style(Role::Muted),
        ) + 3;
    }
}

/// `fit` for cells: pad or cut to exactly `w` cells.
pub fn cell(text: &str, w: u16) -> String {
    fit(&sanitize(text), w as usize)
}

/// Who this session acts as, and who else is signed in: `李伟 +Ann,Bo`.
/// A name that matches no owner says so (changes are recorded under it).
fn who(app: &App) -> String {
    let known = app.data.owners.values().any(|o| o.name == app.user);
    let mut text = if known {
        app.user.clone()
    } else {
        t!("who-no-owner", name = app.user.as_str())
    };
    let others = app.others_online();
    if !others.is_empty() {
        let shown: Vec<&str> = others.iter().take(3).map(String::as_str).collect();
        text.push_str(&format!(" +{}", shown.join(",")));
        if others.len() > 3 {
            text.push_str(&format!(" {}", t!("who-more", count = others.len() - 3)));
        }
    }
    if app.is_following() {
        text.push_str(&format!(" · {}", t!("who-following")));
    }
    text
}
