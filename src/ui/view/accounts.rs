//! Accounts (`g a`): the filter line, then a row per account with its figures.

use super::put;
use crate::format::compact_amount;
use crate::text::fit;
use crate::ui::app::App;
use crate::ui::layers::accounts::AccountList;
use crate::ui::theme::Role;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::text::{pad_end as pad, pad_start as pad_left};

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
    let wide = area.width >= 110;
    let name_w = if wide { 34 } else { 24 };
    let col = |key: &str| crate::i18n::message(key, None);
    let header = if wide {
        format!(
            " {} {} {} {} {} {} {} {}  {}",
            fit(&col("list-accounts-col-account"), name_w),
            pad(&col("list-accounts-col-tier"), 4),
            pad(&col("list-accounts-col-industry"), 18),
            pad(&col("list-accounts-col-region"), 16),
            pad(&col("list-accounts-col-owner"), 16),
            pad_left(&col("list-accounts-col-open"), 5),
            pad_left(&col("list-accounts-col-pipeline"), 9),
            pad_left(&col("list-accounts-col-won"), 9),
            col("list-accounts-col-last-change")
        )
    } else {
        format!(
            " {} {} {} {} {}  {}",
            fit(&col("list-accounts-col-account"), name_w),
            pad(&col("list-accounts-col-tier"), 4),
            pad_left(&col("list-accounts-col-open"), 5),
            pad_left(&col("list-accounts-col-pipeline"), 9),
            pad_left(&col("list-accounts-col-won"), 9),
            col("list-accounts-col-owner")
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
                " {} {:<4} {} {} {} {:>5} {} {}  {}",
                fit(&r.name, name_w),
                format!("{:?}", r.tier),
                fit(&r.industry, 18),
                fit(&r.region, 16),
                fit(&r.owner, 16),
                r.open_deals,
                pad_left(&compact_amount(r.open_amount), 9),
                pad_left(&compact_amount(r.won_amount), 9),
                last
            )
        } else {
            format!(
                " {} {:<4} {:>5} {} {}  {}",
                fit(&r.name, name_w),
                format!("{:?}", r.tier),
                r.open_deals,
                pad_left(&compact_amount(r.open_amount), 9),
                pad_left(&compact_amount(r.won_amount), 9),
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
        &t!("list-accounts-keys"),
        area.width.saturating_sub(1),
        t.style(Role::Muted),
    );
}
