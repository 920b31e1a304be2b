//! Drawing the quote editor (full screen): the lines table with the cell being
//! edited, the selected line's prices and history, live totals, the guards and
//! whether the version can be sent; the product picker.

use super::form::render as render_form;
use super::layers::{list_row, popup};
use super::{fill, put};
use crate::domain::money::group_thousands;
use crate::domain::pricing::{Severity, net_unit_price};
use crate::domain::quote::totals;

use crate::text::fit;
use crate::ui::action::Action;
use crate::ui::app::App;
use crate::ui::keymap::Scope;
use crate::ui::layers::input::TextInput;
use crate::ui::layers::quote::{Column, QuoteEditor, level_word, stored_level_word};
use crate::ui::theme::Role;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use rust_decimal::Decimal;

fn severity_role(s: Severity) -> Role {
    match s {
        Severity::Warning => Role::Warning,
        Severity::Red | Severity::Blocks => Role::Overdue,
    }
}

fn with_cursor(input: &TextInput) -> String {
    let before: String = input.text.chars().take(input.cursor).collect();
    let after: String = input.text.chars().skip(input.cursor).collect();
    format!("{before}▏{after}")
}

/// Right-aligns `s` in `w` cells, a space kept before it: a cell too long for
/// its column is cut rather than run into the one before.
fn right(s: &str, w: usize) -> String {
    let used = crate::text::width(s);
    if used >= w {
        format!(" {}", fit(s, w.saturating_sub(1)))
    } else {
        format!("{}{s}", " ".repeat(w - used))
    }
}

pub fn render(app: &App, q: &QuoteEditor, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
    fill(buf, area, t.style(Role::Base));
    let version = q.version();
    let number = if q.quote.is_saved() {
        q.quote.number.clone()
    } else {
        t!("quote-number-unsaved")
    };
    let title = match version {
        Some(v) => {
            let status = v.status.label();
            let version = v.version.to_string();
            match q.quote.revisions() {
                0 => t!(
                    "quote-title",
                    number = number,
                    version = version,
                    status = status
                ),
                n => t!(
                    "quote-title-revised",
                    number = number,
                    version = version,
                    status = status,
                    revisions = n
                ),
            }
        }
        None => t!("quote-title-new", number = number),
    };
    let title = format!(" {title} ");
    let inner = super::layers::full_screen(app, area, &title, buf);
    if inner.height < 8 || inner.width < 30 {
        return;
    }
    let w = inner.width;
    // Without a list in the quote's currency, only products priced in that
    // currency can be quoted (at their own list price).
    let list = q.list.as_ref().map_or_else(
        || t!("quote-list-none", currency = q.quote.currency.as_str()),
        |l| format!("{} ({})", l.name, l.currency.as_str()),
    );
    let head = t!(
        "quote-head",
        title = q.deal.title.as_str(),
        account = q.account.as_str(),
        list = list,
        owner = q.owner.as_str()
    );
    put(buf, inner.x, inner.y, &head, w, t.style(Role::Muted));

    // The table: fixed numeric columns, the product takes what is left.
    let show_history = w >= 96;
    let (num_w, qty_w, price_w, disc_w, amount_w, margin_w, flag_w) = (3, 7, 11, 7, 12, 8, 12);
    let hist_w = if show_history { 17 } else { 0 };
    let fixed = num_w + qty_w + price_w + disc_w + amount_w + margin_w + hist_w + flag_w;
    let product_w = (w as usize).saturating_sub(fixed).max(8);
    let header = format!(
        "{}{}{}{}{}{}{}{}  {}",
        right("#", num_w - 1) + " ",
        fit(&t!("quote-col-product"), product_w),
        right(&t!("quote-col-qty"), qty_w),
        right(&t!("quote-col-price"), price_w),
        right(&t!("quote-col-disc"), disc_w),
        right(&t!("quote-col-amount"), amount_w),
        right(&t!("quote-col-margin"), margin_w),
        if show_history {
            right(&t!("quote-col-history"), hist_w)
        } else {
            String::new()
        },
        t!("quote-col-guards")
    );
    put(buf, inner.x, inner.y + 2, &header, w, t.style(Role::Header));
    let currency = q.quote.currency;
    let digits = currency.minor_digits();
    let lines = q.lines();
    let table_top = inner.y + 3;
    // Rows below the table: detail, totals, approval, guards (up to 4), message, keys.
    // The keys take a second line where one would leave some out.
    let keys = keys(app, q, w as usize);
    let key_rows = keys.len() as u16;
    let reserved = 10 + key_rows;
    let rows = inner.height.saturating_sub(3 + reserved).max(1) as usize;
    let first = q.row.saturating_sub(rows.saturating_sub(1));
    if lines.is_empty() {
        put(
            buf,
            inner.x,
            table_top,
            &t!("quote-no-lines"),
            w,
            t.style(Role::Muted),
        );
    }
    for (i, line) in lines.iter().enumerate().skip(first).take(rows) {
        let y = table_top + (i - first) as u16;
        let selected = i == q.row;
        let net = line.net(currency);
        let cost = line.cost(currency);
        let margin = if net < cost {
            t!("quote-margin-below-cost")
        } else {
            crate::domain::quote::share_pct(net.saturating_sub(cost), net)
                .map_or("—".into(), |m| format!("{} %", m.round_dp(1)))
        };
        let name = q
            .product(line.product)
            .map_or(line.description.clone(), |p| p.name.clone());
        let cell = |c: Column, text: String| -> String {
            match (&q.editing, selected && q.column == c) {
                (Some(input), true) => with_cursor(input),
                _ => text,
            }
        };
        let history = q.history.get(&line.product).map_or("—".into(), |h| {
            format!(
                "{}/{}/{}",
                compact(h.min),
                compact(h.median),
                compact(h.max)
            )
        });
        let worst = q.guards.worst_on(i);
        // The worst guard's tag; the full messages are under the table.
        let tag = q
            .guards
            .for_line(i)
            .max_by_key(|g| g.severity)
            .map_or(String::new(), |g| tag_word(g.tag));
        let cells: [(Option<Column>, String); 9] = [
            (None, right(&(i + 1).to_string(), num_w - 1) + " "),
            (
                Some(Column::Product),
                fit(&cell(Column::Product, name), product_w),
            ),
            (
                Some(Column::Qty),
                right(&cell(Column::Qty, line.qty.normalize().to_string()), qty_w),
            ),
            (
                Some(Column::Price),
                right(
                    &cell(Column::Price, group_thousands(line.unit_price, digits)),
                    price_w,
                ),
            ),
            (
                Some(Column::Discount),
                right(
                    &cell(
                        Column::Discount,
                        format!("{} %", line.discount_pct.normalize()),
                    ),
                    disc_w,
                ),
            ),
            (None, right(&group_thousands(net, digits), amount_w)),
            (None, right(&margin, margin_w)),
            (
                None,
                if show_history {
                    right(&history, hist_w)
                } else {
                    String::new()
                },
            ),
            (None, format!("  {tag}")),
        ];
        let mut x = inner.x;
        for (column, text) in cells {
            let role = match column {
                Some(c) if selected && c == q.column => Role::Selected,
                _ if column.is_none() && text.starts_with("  ") && worst.is_some() => {
                    worst.map_or(Role::Base, severity_role)
                }
                _ if selected => Role::Accent,
                _ => Role::Base,
            };
            let room = (inner.x + w).saturating_sub(x);
            x += put(buf, x, y, &text, room, t.style(role));
        }
    }

    // Below the table.
    let mut y = table_top + rows as u16 + 1;
    if let Some(line) = lines.get(q.row) {
        let product = q.product(line.product);
        let list_price = q
            .list_price(line)
            .map_or(t!("quote-not-on-list"), |p| group_thousands(p, digits));
        let history = q
            .history
            .get(&line.product)
            .map_or(t!("quote-never-won"), |h| {
                t!(
                    "quote-won-at",
                    min = group_thousands(h.min, digits),
                    median = group_thousands(h.median, digits),
                    max = group_thousands(h.max, digits),
                    deals = h.deals.to_string()
                )
            });
        let detail = t!(
            "quote-line-detail",
            line = (q.row + 1).to_string(),
            product = product.map_or(line.description.clone(), |p| format!(
                "{} ({})",
                p.name, p.sku
            )),
            list = list_price,
            qty = line.qty.normalize().to_string(),
            cost = group_thousands(line.unit_cost, digits),
            net = group_thousands(net_unit_price(line).round_dp(digits), digits),
        );
        put(buf, inner.x, y, &detail, w, t.style(Role::Muted));
        let history = format!("        {history}");
        put(buf, inner.x, y + 1, &history, w, t.style(Role::Muted));
    }
    y += 2;
    let tt = totals(lines, currency);
    let totals_line = t!(
        "quote-totals",
        subtotal = group_thousands(tt.subtotal, digits),
        discount = group_thousands(tt.discount, digits),
        total = group_thousands(tt.total, digits),
        currency = currency.to_string(),
        cost = group_thousands(tt.cost, digits),
        margin = tt.margin_pct.map_or("—".into(), |m| format!("{m} %")),
    );
    // A narrow screen takes the totals over two lines rather than cut the margin.
    for part in crate::text::wrap(&totals_line, usize::from(w))
        .iter()
        .take(2)
    {
        put(buf, inner.x, y, part, w, t.style(Role::Title));
        y += 1;
    }
    let approval = match version.and_then(|v| v.approval.as_ref()) {
        Some(a) if a.comment.is_empty() => t!(
            "quote-approval-recorded",
            level = stored_level_word(&a.level),
            approver = a.approver.as_str(),
            date = a.at.date_naive().to_string()
        ),
        Some(a) => t!(
            "quote-approval-recorded-comment",
            level = stored_level_word(&a.level),
            approver = a.approver.as_str(),
            date = a.at.date_naive().to_string(),
            comment = a.comment.as_str()
        ),
        None => t!("quote-approval-none-recorded"),
    };
    let needed = q.guards.approval_needed;
    let approval_line = t!(
        "quote-approval-line",
        discount = crate::format::decimal_percent(tt.max_discount_pct),
        needed = level_word(needed),
        recorded = approval
    );
    for part in crate::text::wrap(&approval_line, usize::from(w))
        .iter()
        .take(2)
    {
        put(buf, inner.x, y, part, w, t.style(Role::Base));
        y += 1;
    }
    let bottom = inner.y + inner.height;
    for g in q.guards.guards.iter().take(4) {
        if y + 2 + key_rows > bottom {
            break;
        }
        let mark = match g.severity {
            Severity::Warning => "⚠",
            Severity::Red => "●",
            Severity::Blocks => "✗",
        };
        put(
            buf,
            inner.x,
            y,
            &format!("{mark} {}", g.message),
            w,
            t.style(severity_role(g.severity)),
        );
        y += 1;
    }
    if q.guards.guards.len() > 4 && y + 2 + key_rows <= bottom {
        put(
            buf,
            inner.x,
            y,
            &t!("quote-guards-more", count = q.guards.guards.len() - 4),
            w,
            t.style(Role::Muted),
        );
    }
    let sendable = version.is_some_and(|v| v.status == crate::domain::QuoteStatus::Draft);
    let state = match (sendable, q.guards.can_send()) {
        (false, _) => (t!("quote-state-sent"), Role::Muted),
        (true, Ok(())) => (t!("quote-state-can-send"), Role::Won),
        (true, Err(_)) => (t!("quote-state-blocked"), Role::Overdue),
    };
    let message = q
        .error
        .as_ref()
        .map(|e| (e.clone(), Role::Overdue))
        .or(q.notice.as_ref().map(|n| (n.clone(), Role::Accent)))
        .unwrap_or(state);
    put(
        buf,
        inner.x,
        bottom - 1 - key_rows,
        &message.0,
        w,
        t.style(message.1),
    );
    for (i, line) in keys.iter().enumerate() {
        let y = bottom - key_rows + i as u16;
        put(buf, inner.x, y, line, w, t.style(Role::Muted));
    }

    if let Some(p) = &q.picker {
        picker(app, q, p, area, buf);
    }
    if let Some(form) = &q.approval {
        let words = [
            t!("quote-hint-next"),
            t!("quote-hint-level"),
            t!("quote-hint-record"),
            t!("quote-hint-cancel"),
        ];
        let hints = super::layers::hints(
            app,
            &[
                (Action::NextField, words[0].as_str()),
                (Action::Toggle, words[1].as_str()),
                (Action::Confirm, words[2].as_str()),
                (Action::Cancel, words[3].as_str()),
            ],
        );
        render_form(app, form, &hints, area, buf);
    }
}

/// `12.5k`-style, for the narrow history column.
fn compact(d: Decimal) -> String {
    crate::format::compact_amount(d)
}

/// The editor's keys, on one line or two: the cell's while one is typed into;
/// else editing first, then what the version's state allows (send a draft,
/// answer a sent one), the rest, and always how to leave and where every key is.
fn keys(app: &App, q: &QuoteEditor, cells: usize) -> Vec<String> {
    use crate::domain::QuoteStatus;
    let key = |scope: Scope, a: Action| app.look.keymap.keys_for(scope, a).into_iter().next();
    let status = q.version().map(|v| v.status);
    let items: Vec<(Scope, Action, String)> = if q.editing.is_some() {
        vec![
            (Scope::Dialog, Action::Confirm, t!("quote-key-save-cell")),
            (Scope::Dialog, Action::NextField, t!("quote-key-save-next")),
            (Scope::Dialog, Action::Cancel, t!("quote-hint-cancel")),
        ]
    } else {
        let mut items = vec![
            (Scope::Quote, Action::Confirm, format_edit(q)),
            (Scope::Quote, Action::AddLine, t!("quote-key-add-line")),
            (Scope::Quote, Action::DeleteLine, t!("quote-key-delete")),
        ];
        match status {
            Some(QuoteStatus::Draft) | None => {
                items.push((Scope::Quote, Action::SendQuote, t!("quote-key-send")));
                items.push((
                    Scope::Quote,
                    Action::RecordApproval,
                    t!("quote-key-approval"),
                ));
            }
            Some(QuoteStatus::Sent) => {
                items.push((
                    Scope::Quote,
                    Action::QuoteAccepted,
                    t!("quote-key-accepted"),
                ));
                items.push((
                    Scope::Quote,
                    Action::QuoteRejected,
                    t!("quote-key-rejected"),
                ));
            }
            Some(_) => {}
        }
        items.extend([
            (Scope::Quote, Action::Back, t!("quote-key-close")),
            (Scope::Quote, Action::Help, t!("quote-key-help")),
            (Scope::Quote, Action::ExportQuote, t!("quote-key-export")),
            (Scope::Quote, Action::NewQuote, t!("quote-key-new")),
            (Scope::Quote, Action::OtherQuote, t!("quote-key-other")),
            (Scope::Quote, Action::LineUp, t!("quote-key-line-up")),
            (Scope::Quote, Action::LineDown, t!("quote-key-line-down")),
        ]);
        items
    };
    let hints = items
        .into_iter()
        .filter_map(|(scope, a, what)| key(scope, a).map(|k| format!("{k} {what}")));
    super::layers::key_lines(hints, cells, 2)
}

fn format_edit(q: &QuoteEditor) -> String {
    match q.column {
        Column::Product => t!("quote-key-change-product"),
        Column::Qty => t!("quote-key-edit-qty"),
        Column::Price => t!("quote-key-edit-price"),
        Column::Discount => t!("quote-key-edit-discount"),
    }
}

/// A guard's tag in words: the catalogue's, else the tag as the guard has it.
fn tag_word(tag: &str) -> String {
    let key = format!("quote-tag-{}", tag.replace(' ', "-"));
    if crate::i18n::has(crate::i18n::Lang::En, &key) {
        crate::i18n::message(&key, None)
    } else {
        tag.to_string()
    }
}

fn picker(
    app: &App,
    q: &QuoteEditor,
    p: &crate::ui::layers::quote::ProductPicker,
    area: Rect,
    buf: &mut Buffer,
) {
    let t = &app.look.theme;
    let height = (p.matches.len() as u16 + 5).clamp(7, 18);
    let title = if p.for_line.is_some() {
        t!("quote-pick-change")
    } else {
        t!("quote-pick-add")
    };
    let inner = popup(app, area, 72, height, &title, buf);
    if inner.height < 3 {
        return;
    }
    put(
        buf,
        inner.x,
        inner.y,
        &t!("quote-pick-query", query = with_cursor(&p.query)),
        inner.width,
        t.style(Role::Dialog),
    );
    let rows = inner.height.saturating_sub(3) as usize;
    let first = p.selected.saturating_sub(rows.saturating_sub(1));
    let digits = q.quote.currency.minor_digits();
    // Name 36 + space + SKU 10; the price and unit take the rest of the row.
    let price_w = usize::from(inner.width).saturating_sub(47).max(12);
    for (n, i) in p.matches.iter().enumerate().skip(first).take(rows) {
        let Some(product) = q.products.get(*i) else {
            continue;
        };
        let line = format!(
            "{} {}{}",
            fit(&product.name, 36),
            fit(&product.sku, 10),
            right(
                &format!(
                    "{} / {}",
                    group_thousands(product.list_price, digits),
                    product.unit
                ),
                price_w
            )
        );
        let y = inner.y + 1 + (n - first) as u16;
        list_row(app, buf, inner, y, &line, n == p.selected, Role::Dialog);
    }
    if p.matches.is_empty() {
        put(
            buf,
            inner.x,
            inner.y + 1,
            &t!("quote-pick-none"),
            inner.width,
            t.style(Role::Muted),
        );
    }
    let (pick, next, cancel) = (
        t!("quote-pick-pick"),
        t!("quote-pick-next"),
        t!("quote-hint-cancel"),
    );
    let hints = super::layers::hints(
        app,
        &[
            (Action::Confirm, pick.as_str()),
            (Action::Down, next.as_str()),
            (Action::Cancel, cancel.as_str()),
        ],
    );
    put(
        buf,
        inner.x,
        inner.y + inner.height - 1,
        &hints,
        inner.width,
        t.style(Role::Muted),
    );
}
