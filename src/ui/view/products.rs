//! Drawing the catalogue (`g p`): products, and the selected one's price on
//! every list, with the form that adds, edits or prices one.

use super::layers::{list_row, popup};
use super::put;
use super::quote::right;
use crate::domain::money::group_thousands;
use crate::text::fit;
use crate::ui::action::Action;
use crate::ui::app::App;
use crate::ui::layers::products::ProductList;
use crate::ui::theme::Role;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// The catalogue (`g p`): products, and the selected one's price on every list.
pub fn render(app: &App, l: &ProductList, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
    let inner = popup(
        app,
        area,
        100,
        area.height.saturating_sub(2),
        &t!("prod-title"),
        buf,
    );
    if inner.height < 6 {
        return;
    }
    // The product's name gives way first: prices and margin always show.
    let name_w = usize::from(inner.width)
        .saturating_sub(10 + 1 + 1 + 1 + 9 + 12 + 12 + 9)
        .clamp(12, 36);
    let header = format!(
        "{} {} {}{}{}{}",
        fit(&t!("prod-col-sku"), 10),
        fit(&t!("prod-col-product"), name_w),
        fit(&t!("prod-col-unit"), 9),
        right(&t!("prod-col-list"), 12),
        right(&t!("prod-col-cost"), 12),
        right(&t!("prod-col-margin"), 9)
    );
    put(
        buf,
        inner.x,
        inner.y,
        &header,
        inner.width,
        t.style(Role::Header),
    );
    let detail_rows = l.lists.len() as u16 + 2;
    let rows = inner.height.saturating_sub(3 + detail_rows).max(1) as usize;
    let first = l.selected.saturating_sub(rows.saturating_sub(1));
    for (i, p) in l.products.iter().enumerate().skip(first).take(rows) {
        let margin = p.list_margin_pct().map_or("—".into(), |m| format!("{m} %"));
        let line = format!(
            "{} {} {}{}{}{}",
            fit(&p.sku, 10),
            fit(&p.name, name_w),
            fit(&p.unit, 9),
            right(&group_thousands(p.list_price, 2), 12),
            right(&group_thousands(p.unit_cost, 2), 12),
            right(&margin, 9)
        );
        let y = inner.y + 1 + (i - first) as u16;
        list_row(app, buf, inner, y, &line, i == l.selected, Role::Dialog);
    }
    if let Some(p) = l.products.get(l.selected) {
        let mut y = inner.y + inner.height - detail_rows - 1;
        put(
            buf,
            inner.x,
            y,
            &t!("prod-on-each-list", product = p.name.as_str()),
            inner.width,
            t.style(Role::Title),
        );
        y += 1;
        for list in &l.lists {
            let mut entries: Vec<_> = list.entries.iter().filter(|e| e.product == p.id).collect();
            entries.sort_by_key(|e| e.min_qty);
            let prices: Vec<String> = entries
                .iter()
                .map(|e| {
                    t!(
                        "prod-price-from",
                        qty = e.min_qty.normalize().to_string(),
                        price = group_thousands(e.unit_price, 2)
                    )
                })
                .collect();
            put(
                buf,
                inner.x,
                y,
                &format!("{} {}", fit(&list.name, 10), prices.join(" · ")),
                inner.width,
                t.style(Role::Dialog),
            );
            y += 1;
        }
    }
    let (add, edit, price, close) = (
        t!("prod-hint-add"),
        t!("prod-hint-edit"),
        t!("prod-hint-price"),
        t!("prod-hint-close"),
    );
    let keys = super::layers::hints_in(
        app,
        crate::ui::keymap::Scope::Products,
        &[
            (Action::NewProduct, add.as_str()),
            (Action::EditProduct, edit.as_str()),
            (Action::SetPrice, price.as_str()),
        ],
    );
    let close = super::layers::hints(app, &[(Action::Cancel, close.as_str())]);
    super::layers::foot_and_form(
        app,
        (inner.x, inner.y + inner.height - 1, inner.width),
        l.notice.as_ref(),
        &t!("prod-keys", keys = keys, close = close),
        l.form.as_ref().map(|(_, f)| f),
        area,
        buf,
    );
}
