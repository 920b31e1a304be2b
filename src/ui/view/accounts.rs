//! Accounts (`g a`): the filter line, then a row per account with its figures.

use super::put;
use crate::format::compact_amount;
use crate::ui::app::App;
use crate::ui::layers::accounts::AccountList;
use crate::ui::theme::Role;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::columns::{Column, Fill, header_line, row_line, stretch};

#[derive(Debug, Clone, Copy)]
enum Shows {
    Name,
    Tier,
    Industry,
    Region,
    Owner,
    Open,
    Pipeline,
    Won,
    LastChange,
}
use Shows::*;

/// A wide screen adds industry, region and the last change; a narrow one ends with
/// the owner. The account's name takes what the other columns leave.
fn layout(width: u16) -> Vec<Column<Shows>> {
    let wide = width >= WIDE;
    let name = Column::new(Name, "list-accounts-col-account", Fill::Cut(0));
    let tier = Column::new(Tier, "list-accounts-col-tier", Fill::Left(4));
    let figures = [
        Column::new(Open, "list-accounts-col-open", Fill::Right(5)),
        Column::new(Pipeline, "list-accounts-col-pipeline", Fill::Right(9)),
        Column::new(Won, "list-accounts-col-won", Fill::Right(9)),
    ];
    let mut columns = if wide {
        let mut columns = vec![
            name,
            tier,
            Column::new(Industry, "list-accounts-col-industry", Fill::Cut(18)),
            Column::new(Region, "list-accounts-col-region", Fill::Cut(16)),
            Column::new(Owner, "list-accounts-col-owner", Fill::Cut(16)),
        ];
        columns.extend(figures);
        columns
            .push(Column::new(LastChange, "list-accounts-col-last-change", Fill::Rest).after("  "));
        columns
    } else {
        let mut columns = vec![name, tier];
        columns.extend(figures);
        columns.push(Column::new(Owner, "list-accounts-col-owner", Fill::Rest).after("  "));
        columns
    };
    // The last column keeps room for a date (wide) or an owner's name.
    stretch(&mut columns, width, if wide { 10 } else { 16 }, 20, 34);
    columns
}

/// From this width on, industry, region and the last change show too: every
/// column at its width and the name at 24 cells at least.
const WIDE: u16 = 122;

pub fn render(app: &App, list: &AccountList, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
    // A typed filter shows the best matches first, whatever the order.
    let title = if list.filter.text.trim().is_empty() {
        t!(
            "list-accounts-title",
            shown = list.shown.len(),
            total = list.rows.len(),
            sort = list.sort.label(),
            currency = list.currency.to_string()
        )
    } else {
        t!(
            "list-accounts-title-matching",
            shown = list.shown.len(),
            total = list.rows.len(),
            currency = list.currency.to_string()
        )
    };
    let title = format!(" {title}");
    if !super::screen_start(app, area, buf, 5, &title) {
        return;
    }
    let filter = format!(" / {}▏", list.filter.text);
    put(
        buf,
        area.x,
        area.y + 1,
        &filter,
        area.width,
        t.style(Role::Selected),
    );
    let columns = layout(area.width);
    let header = header_line(&columns);
    put(
        buf,
        area.x,
        area.y + 3,
        &header,
        area.width,
        t.style(Role::Header),
    );
    let body_y = area.y + 4;
    let rows = usize::from(area.height.saturating_sub(6));
    let first = list.selected.saturating_sub(rows.saturating_sub(1));
    for (n, i) in list.shown.iter().enumerate().skip(first).take(rows) {
        let Some(r) = list.rows.get(*i) else { continue };
        let line = row_line(&columns, |c| match c {
            Name => r.name.clone(),
            Tier => format!("{:?}", r.tier),
            Industry => r.industry.clone(),
            Region => r.region.clone(),
            Owner => r.owner.clone(),
            Open => r.open_deals.to_string(),
            Pipeline => compact_amount(r.open_amount),
            Won => compact_amount(r.won_amount),
            LastChange => r
                .last_change
                .map_or_else(|| "–".to_string(), |at| at.date_naive().to_string()),
        });
        let role = if n == list.selected {
            Role::Selected
        } else {
            Role::Base
        };
        put(
            buf,
            area.x,
            body_y + (n - first) as u16,
            &line,
            area.width,
            t.style(role),
        );
    }
    put(
        buf,
        area.x + 1,
        area.y + area.height - 1,
        &t!("list-accounts-keys"),
        area.width.saturating_sub(1),
        t.style(Role::Muted),
    );
}
