//! Accounts (`g a`): the filter line, then a row per account with its figures.

use super::put;
use crate::format::compact_amount;
use crate::text::fit;
use crate::ui::app::App;
use crate::ui::layers::accounts::AccountList;
use crate::ui::theme::Role;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

pub fn render(app: &App, list: &AccountList, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
    let title = format!(
        " Accounts · {} of {} · by {} (tab) · amounts in {}",
        list.shown.len(),
        list.rows.len(),
        list.sort.label(),
        list.currency
    );
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
    let wide = area.width >= 110;
    let name_w = if wide { 34 } else { 24 };
    let header = if wide {
        format!(
            " {} {:<4} {:<18} {:<16} {:<16} {:>5} {:>9} {:>9}  {}",
            fit("account", name_w),
            "tier",
            "industry",
            "region",
            "owner",
            "open",
            "pipeline",
            "won",
            "last change"
        )
    } else {
        format!(
            " {} {:<4} {:>5} {:>9} {:>9}  {}",
            fit("account", name_w),
            "tier",
            "open",
            "pipeline",
            "won",
            "owner"
        )
    };
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
        let last = r
            .last_change
            .map_or_else(|| "–".to_string(), |at| at.date_naive().to_string());
        let line = if wide {
            format!(
                " {} {:<4} {} {} {} {:>5} {:>9} {:>9}  {}",
                fit(&r.name, name_w),
                format!("{:?}", r.tier),
                fit(&r.industry, 18),
                fit(&r.region, 16),
                fit(&r.owner, 16),
                r.open_deals,
                compact_amount(r.open_amount),
                compact_amount(r.won_amount),
                last
            )
        } else {
            format!(
                " {} {:<4} {:>5} {:>9} {:>9}  {}",
                fit(&r.name, name_w),
                format!("{:?}", r.tier),
                r.open_deals,
                compact_amount(r.open_amount),
                compact_amount(r.won_amount),
                r.owner
            )
        };
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
        "type to filter · ↑/↓ move · tab order · enter its page · esc back",
        area.width.saturating_sub(1),
        t.style(Role::Muted),
    );
}
