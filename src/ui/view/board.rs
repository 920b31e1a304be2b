//! The board: one column per stage, cards for the visible window only.

use super::{cell, fill, put};
use crate::domain::risk::{days_in_stage, next_step_overdue, unmet_next_gate};
use crate::domain::*;
use crate::format::compact_amount;
use crate::ui::app::{App, CARD_ROWS};
use crate::ui::theme::Role;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    fill(buf, area, app.look.theme.style(Role::Base));
    let Some(pipeline) = app.data.pipelines.get(app.board.pipeline) else {
        put(
            buf,
            area.x + 1,
            area.y + 1,
            &t!("board-no-pipeline"),
            area.width,
            app.look.theme.style(Role::Muted),
        );
        return;
    };
    let (fit_columns, _) = app.board_capacity();
    let total = app.board.columns.len();
    let first = app.board.first_column.min(total.saturating_sub(1));
    let shown = fit_columns.min(total - first).max(1);
    let base_w = area.width / shown as u16;
    let mut x = area.x;
    for i in 0..shown {
        let c = first + i;
        let w = if i + 1 == shown {
            area.x + area.width - x
        } else {
            base_w
        };
        if let Some(stage) = pipeline.stages.get(c) {
            column(
                app,
                pipeline,
                stage,
                c,
                Rect {
                    x,
                    y: area.y,
                    width: w.saturating_sub(1),
                    height: area.height,
                },
                buf,
            );
        }
        if i + 1 < shown {
            for y in area.y..area.y + area.height {
                super::set(buf, x + w - 1, y, "│", app.look.theme.style(Role::Border));
            }
        }
        x += w;
    }
    // Arrows telling that more columns hide left or right.
    if first > 0 {
        super::set(buf, area.x, area.y, "◂", app.look.theme.style(Role::Accent));
    }
    if first + shown < total {
        super::set(
            buf,
            area.x + area.width - 1,
            area.y,
            "▸",
            app.look.theme.style(Role::Accent),
        );
    }
}

fn column(app: &App, pipeline: &Pipeline, stage: &Stage, c: usize, area: Rect, buf: &mut Buffer) {
    if area.width < 4 || area.height < 4 {
        return;
    }
    let t = &app.look.theme;
    let focused = c == app.board.column;
    let ids = &app.board.columns[c];
    // Totals come from `Board::arrange`; a frame only looks at visible cards.
    let totals = app.board.totals.get(c).cloned().unwrap_or_default();
    let header_role = match (focused, stage.kind) {
        (true, _) => Role::BorderFocus,
        (_, StageKind::Won) => Role::Won,
        (_, StageKind::Lost) => Role::Lost,
        _ => Role::Header,
    };
    let name = format!(" {} ", stage.name);
    let used = put(buf, area.x, area.y, &name, area.width, t.style(header_role));
    put(
        buf,
        area.x + used,
        area.y,
        &format!("{}", ids.len()),
        area.width.saturating_sub(used),
        t.style(Role::Muted),
    );
    // Other currencies beside the main one, never added to it: `Σ 888k +¥120k`.
    let others: String = totals
        .others
        .iter()
        .map(|(currency, amount, _)| format!(" +{}{}", currency.symbol(), compact_amount(*amount)))
        .collect();
    let totals = match stage.kind {
        StageKind::Open => t!(
            "board-totals-open",
            total = compact_amount(totals.total),
            others = others,
            weighted = compact_amount(totals.weighted)
        ),
        _ => t!(
            "board-totals-closed",
            total = compact_amount(totals.total),
            others = others
        ),
    };
    let totals = format!(" {totals}");
    put(
        buf,
        area.x,
        area.y + 1,
        &totals,
        area.width,
        t.style(Role::Muted),
    );
    // One rule for every column: the focused one shows by its bold name and
    // its selected card, so a column change rewrites a few cells, not two
    // whole rules (bytes per key over SSH).
    super::set(
        buf,
        area.x,
        area.y + 2,
        &"─".repeat(area.width as usize),
        t.style(Role::Border),
    );

    let cards_top = area.y + 3;
    let room = area.height.saturating_sub(3);
    let capacity = (room / CARD_ROWS).max(1) as usize;
    let top = app.board.scroll.get(c).copied().unwrap_or(0).min(ids.len());
    let selected = app.board.selected.get(c).copied().unwrap_or(0);
    let visible = ids.iter().enumerate().skip(top).take(capacity);
    for (i, deal) in visible.filter_map(|(i, id)| Some((i, app.data.deals.get(id)?))) {
        let y = cards_top + ((i - top) as u16) * CARD_ROWS;
        if y + 3 > area.y + area.height {
            break;
        }
        card(
            app,
            pipeline,
            stage,
            deal,
            focused && i == selected,
            Rect {
                x: area.x,
                y,
                width: area.width,
                height: 3,
            },
            buf,
        );
    }
    let hidden = ids.len().saturating_sub(top + capacity);
    if hidden > 0 && room >= 1 {
        put(
            buf,
            area.x + 1,
            area.y + area.height - 1,
            &t!("board-more-below", count = hidden),
            area.width,
            t.style(Role::Muted),
        );
    }
    if top > 0 {
        put(
            buf,
            area.x + area.width.saturating_sub(8),
            area.y + 2,
            &t!("board-more-above", count = top),
            8,
            t.style(Role::Muted),
        );
    }
    if ids.is_empty() {
        let closed = stage.kind != StageKind::Open;
        put(
            buf,
            area.x + 1,
            cards_top,
            &if closed && app.closed_pending() {
                t!("board-loading")
            } else {
                t!("board-no-deals")
            },
            area.width,
            t.style(Role::Muted),
        );
    }
}

fn card(
    app: &App,
    pipeline: &Pipeline,
    stage: &Stage,
    deal: &Deal,
    selected: bool,
    area: Rect,
    buf: &mut Buffer,
) {
    let t = &app.look.theme;
    // Selection is a bar and a highlighted title, not a filled card: a cursor
    // move then repaints a few dozen cells, which matters over slow SSH.
    let base = t.style(Role::Base);
    let w = area.width;
    if selected {
        for dy in 0..3 {
            super::set(buf, area.x, area.y + dy, "▌", t.style(Role::Accent));
        }
    }
    let gate_open = !unmet_next_gate(deal, pipeline).is_empty();
    // A hygiene problem: an open deal nobody dated (an import without one).
    let undated = deal.is_open() && deal.expected_close.is_none();
    let marks = u16::from(gate_open) + u16::from(undated);
    let title_w = w.saturating_sub(if marks > 0 { 2 + marks } else { 1 });
    let title_style = if selected {
        t.style(Role::Selected)
    } else {
        t.style(Role::Title)
    };
    put(buf, area.x + 1, area.y, &deal.title, title_w, title_style);
    if gate_open {
        put(buf, area.x + w - 2, area.y, "◇", 1, t.style(Role::Warning));
    }
    if undated {
        let x = area.x + w - 2 - u16::from(gate_open);
        put(buf, x, area.y, "?", 1, t.style(Role::Overdue));
    }
    put(
        buf,
        area.x + 1,
        area.y + 1,
        app.data.account_name(deal.account),
        w.saturating_sub(2),
        t.style(Role::Muted),
    );

    // amount · owner · days in stage · next step date
    let mut x = area.x + 1;
    let end = area.x + w;
    let amount = format!(
        "{}{} ",
        deal.amount.currency.symbol(),
        compact_amount(deal.amount.amount)
    );
    x += put(buf, x, area.y + 2, &amount, end - x, base);
    if deal.is_open() {
        let days = days_in_stage(deal, app.now);
        let stale = app.data.is_stale(deal, stage, app.now);
        let days_text = format!("{} ", t!("board-days", days = days));
        let role = if stale { Role::Stale } else { Role::Muted };
        let date = deal.next_step_date.map(|d| d.format("%m-%d").to_string());
        let tail = crate::text::width(&days_text) as u16
            + date.as_ref().map(|d| d.len() as u16 + 1).unwrap_or(0);
        let owner_w = end.saturating_sub(x).saturating_sub(tail);
        x += put(
            buf,
            x,
            area.y + 2,
            &cell(app.data.owner_name(deal.owner), owner_w.saturating_sub(1)),
            owner_w,
            base,
        );
        x += 1;
        x += put(
            buf,
            x.min(end),
            area.y + 2,
            &days_text,
            end.saturating_sub(x),
            t.style(role),
        );
        if let Some(date) = date {
            let role = if next_step_overdue(deal, app.now.date_naive()) {
                Role::Overdue
            } else {
                Role::Muted
            };
            put(
                buf,
                x.min(end),
                area.y + 2,
                &date,
                end.saturating_sub(x),
                t.style(role),
            );
        }
    } else {
        let closed = deal
            .closed_at
            .map(|c| c.format("%m-%d").to_string())
            .unwrap_or_default();
        x += put(
            buf,
            x,
            area.y + 2,
            &cell(
                app.data.owner_name(deal.owner),
                end.saturating_sub(x).saturating_sub(7),
            ),
            end.saturating_sub(x).saturating_sub(6),
            base,
        );
        put(
            buf,
            (x + 1).min(end),
            area.y + 2,
            &closed,
            end.saturating_sub(x + 1),
            t.style(Role::Muted),
        );
    }
}
