//! Drawing the two picking lists on top of a screen: the command palette and
//! a list of deals to open.

use super::columns::{Column, Fill, row_line};
use super::layers::{hints, popup};
use super::put;
use crate::i18n::word;
use crate::ui::action::Action;
use crate::ui::app::App;
use crate::ui::layers::deal_list::DealList;
use crate::ui::layers::palette::CommandPalette;
use crate::ui::report_engine::DealLine;
use crate::ui::theme::Role;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

pub(super) fn palette(app: &App, p: &CommandPalette, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
    // Sized for every command, not for those the query keeps: the box stays
    // where it opened while you type (it re-centred, and seemed to close).
    let height = (p.entries.len().max(1) as u16 + 4).min(area.height.saturating_sub(2));
    let inner = popup(app, area, 64, height, &t!("dlg-palette-title"), buf);
    if inner.height == 0 {
        return;
    }
    put(
        buf,
        inner.x,
        inner.y,
        &format!(": {}▏", p.query.text),
        inner.width,
        t.style(Role::Title),
    );
    let rows = inner.height.saturating_sub(2) as usize;
    let top = p.selected.saturating_sub(rows.saturating_sub(1));
    for (i, &index) in p.shown.iter().enumerate().skip(top).take(rows) {
        let Some(entry) = p.entries.get(index) else {
            continue;
        };
        let y = inner.y + 2 + (i - top) as u16;
        let role = if i == p.selected {
            Role::Selected
        } else {
            Role::Dialog
        };
        put(buf, inner.x, y, &entry.keys, 10, t.style(Role::Key));
        put(
            buf,
            inner.x + 11,
            y,
            &entry.what,
            inner.width.saturating_sub(11),
            t.style(role),
        );
    }
    if p.shown.is_empty() && inner.height > 2 {
        put(
            buf,
            inner.x,
            inner.y + 2,
            &t!("dlg-palette-none"),
            inner.width,
            t.style(Role::Muted),
        );
    }
}

#[derive(Debug, Clone, Copy)]
enum Shows {
    Owner,
    Stage,
    Close,
    Amount,
}
use Shows::*;

pub(super) fn deal_list(app: &App, l: &DealList, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
    let height = (l.deals.len() as u16 + 4).min(area.height.saturating_sub(2));
    let inner = popup(
        app,
        area,
        area.width.saturating_sub(6).min(96),
        height,
        &l.title,
        buf,
    );
    if inner.height < 2 {
        return;
    }
    let rows = inner.height.saturating_sub(2) as usize;
    let top = l.selected.saturating_sub(rows.saturating_sub(1));
    // Right of the title: owner, stage or fate, close date and amount, in columns
    // as wide as the longest (within reason), so the dates line up.
    let widest = |cell: fn(&DealLine) -> &str, most: usize| {
        l.deals
            .iter()
            .map(|d| crate::text::width(cell(d)))
            .max()
            .unwrap_or(0)
            .min(most)
    };
    let mut columns = vec![
        Column::new(Owner, "", Fill::Cut(widest(|d| &d.owner, 16))).after("  "),
        Column::new(Stage, "", Fill::Cut(widest(|d| &d.stage, 14))).after("  "),
        Column::new(Close, "", Fill::Left(10)).after("  "),
        Column::new(Amount, "", Fill::Right(7)).after("  "),
    ];
    // The title keeps 24 cells at least: a narrow screen goes without the date.
    let fixed: usize = columns.iter().map(|c| c.gap.len() + c.fill.cells()).sum();
    if usize::from(inner.width) < fixed + 24 {
        columns.retain(|c| !matches!(c.what, Close));
    }
    for (i, deal) in l.deals.iter().enumerate().skip(top).take(rows) {
        let y = inner.y + (i - top) as u16;
        let role = if i == l.selected {
            Role::Selected
        } else {
            Role::Dialog
        };
        let right = row_line(&columns, |c| match c {
            Owner => deal.owner.clone(),
            Stage => deal.stage.clone(),
            Close => deal
                .close
                .map_or_else(|| "–".to_string(), |d| d.to_string()),
            Amount => crate::format::compact_amount(deal.amount.amount),
        });
        let rw = (crate::text::width(&right) as u16).min(inner.width * 2 / 3);
        put(
            buf,
            inner.x,
            y,
            &deal.title,
            inner.width.saturating_sub(rw),
            t.style(role),
        );
        put(
            buf,
            inner.x + inner.width - rw,
            y,
            &right,
            rw,
            t.style(Role::Muted),
        );
    }
    put(
        buf,
        inner.x,
        inner.y + inner.height - 1,
        &t!(
            "dlg-deal-list-foot",
            count = l.deals.len(),
            keys = hints(
                app,
                &[
                    (Action::Confirm, word("dlg-hint-open")),
                    (Action::Cancel, word("dlg-hint-close")),
                ]
            )
        ),
        inner.width,
        t.style(Role::Muted),
    );
}
