//! Drawing the two picking lists on top of a screen: the command palette and
//! a list of deals to open.

use super::columns::{Column, Fill, header_line, row_line};
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
    // A header row, the deals, a blank row and the keys.
    let height = (l.deals.len() as u16 + 5).min(area.height.saturating_sub(2));
    let inner = popup(
        app,
        area,
        area.width.saturating_sub(6).min(96),
        height,
        &l.title,
        buf,
    );
    if inner.height < 3 {
        return;
    }
    let rows = inner.height.saturating_sub(3) as usize;
    let top = l.selected.saturating_sub(rows.saturating_sub(1));
    // Right of the title: owner, stage or fate, close date and amount, in columns
    // as wide as the longest (within reason, never narrower than the header), so
    // the dates line up.
    let widest = |cell: fn(&DealLine) -> &str, header: &str, most: usize| {
        l.deals
            .iter()
            .map(|d| crate::text::width(cell(d)))
            .max()
            .unwrap_or(0)
            .min(most)
            .max(crate::text::width(&crate::i18n::message(header, None)))
    };
    let (owner_key, stage_key) = ("dlg-deal-list-col-owner", "dlg-deal-list-col-stage");
    let owner_w = widest(|d| &d.owner, owner_key, 16);
    let stage_w = widest(|d| &d.stage, stage_key, 14);
    let layout = |owner_cells: usize, with_date: bool| {
        let mut columns = vec![
            Column::new(Owner, owner_key, Fill::Cut(owner_cells)).after("  "),
            Column::new(Stage, stage_key, Fill::Cut(stage_w)).after("  "),
        ];
        if with_date {
            columns.push(Column::new(Close, "dlg-deal-list-col-close", Fill::Left(10)).after("  "));
        }
        columns.push(Column::new(Amount, "dlg-deal-list-col-amount", Fill::Right(7)).after("  "));
        columns
    };
    // The title keeps 24 cells at least. A narrow screen gives up the owner's
    // long name before the date, and the date before the owner's short name.
    let room = usize::from(inner.width).saturating_sub(24);
    let fixed = |columns: &[Column<Shows>]| -> usize {
        columns.iter().map(|c| c.gap.len() + c.fill.cells()).sum()
    };
    let short = owner_w.min(10);
    let columns = [
        (owner_w, true),
        (short, true),
        (owner_w, false),
        (short, false),
    ]
    .into_iter()
    .map(|(owner, date)| layout(owner, date))
    .find(|columns| fixed(columns) <= room)
    .unwrap_or_else(|| layout(short, false));
    let header = header_line(&columns);
    let header_w = (crate::text::width(&header) as u16).min(inner.width * 2 / 3);
    put(
        buf,
        inner.x,
        inner.y,
        &crate::i18n::message("dlg-deal-list-col-deal", None),
        inner.width.saturating_sub(header_w),
        t.style(Role::Header),
    );
    put(
        buf,
        inner.x + inner.width - header_w,
        inner.y,
        &header,
        header_w,
        t.style(Role::Header),
    );
    for (i, deal) in l.deals.iter().enumerate().skip(top).take(rows) {
        let y = inner.y + 1 + (i - top) as u16;
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
