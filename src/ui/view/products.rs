//! Drawing the catalogue (`g p`): products, and the selected one's price on
//! every list, with the form that adds, edits or prices one.

use super::columns::{Column, Fill, header_line, row_line};
use super::layers::{list_row, popup};
use super::put;
use crate::domain::money::group_thousands;
use crate::text::fit;
use crate::ui::action::Action;
use crate::ui::app::App;
use crate::ui::layers::products::ProductList;
use crate::ui::theme::Role;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

#[derive(Debug, Clone, Copy)]
enum Shows {
    Sku,
    Name,
    Unit,
    ListPrice,
    Cost,
    Margin,
}
use Shows::*;

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
    let columns = [
        Column::new(Sku, "prod-col-sku", Fill::Cut(10)).after(""),
        Column::new(Name, "prod-col-product", Fill::Cut(name_w)),
        Column::new(Unit, "prod-col-unit", Fill::Cut(9)),
        Column::new(ListPrice, "prod-col-list", Fill::Right(12)).after(""),
        Column::new(Cost, "prod-col-cost", Fill::Right(12)).after(""),
        Column::new(Margin, "prod-col-margin", Fill::Right(9)).after(""),
    ];
    let header = header_line(&columns);
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
        let line = row_line(&columns, |c| match c {
            Sku => p.sku.clone(),
            Name => p.name.clone(),
            Unit => p.unit.clone(),
            ListPrice => group_thousands(p.list_price, 2),
            Cost => group_thousands(p.unit_cost, 2),
            Margin => p.list_margin_pct().map_or("—".into(), |m| format!("{m} %")),
        });
        let y = inner.y + 1 + (i - first) as u16;
        list_row(app, buf, inner, y, &line, i == l.selected, Role::Dialog);
    }
    // Under the list, whether more products lie above or below it.
    let below = l.products.len().saturating_sub(first + rows);
    let marks: Vec<String> = [
        (first > 0).then(|| t!("board-more-above", count = first)),
        (below > 0).then(|| t!("board-more-below", count = below)),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !marks.is_empty() {
        let y = inner.y + 1 + rows as u16;
        put(
            buf,
            inner.x,
            y,
            &marks.join("  "),
            inner.width,
            t.style(Role::Muted),
        );
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
