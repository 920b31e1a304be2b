//! The reports screen: funnel, win/loss, trends, forecast and health for one period.

use super::{fill, put};
use crate::analytics::{PipelineFunnel, ReportSet, Summary};
use crate::format::compact_amount;
use crate::text::fit;
use crate::text::pad_start as right;
use crate::ui::app::App;
use crate::ui::report_engine::ReportOutput;
use crate::ui::reports::{Reports, Tab};
use crate::ui::theme::{Role, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Widget};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
    fill(buf, area, t.style(Role::Base));
    if area.height < 3 {
        return;
    }
    let r = &app.reports;
    tabs(app, area, buf);
    let body = Rect {
        y: area.y + 2,
        height: area.height - 2,
        ..area
    };
    let Some(output) = app.jobs.report_engine.latest.as_deref() else {
        let text = match &app.jobs.report_engine.error {
            Some(e) => e.clone(),
            None => t!("rep-computing"),
        };
        // The headline, when it came first, above what is still computing.
        let below = match &r.headline {
            Some(headline) => {
                summary(t, headline, Rect { height: 1, ..body }, buf);
                2
            }
            None => 1,
        };
        put(
            buf,
            body.x + 2,
            body.y + below,
            &text,
            body.width.saturating_sub(4),
            t.style(Role::Muted),
        );
        return;
    };
    summary(t, &output.set, Rect { height: 1, ..body }, buf);
    let content = Rect {
        y: body.y + 2,
        height: body.height.saturating_sub(2),
        ..body
    };
    match r.tab {
        Tab::Funnel => funnel(t, &output.set.funnel, r.selected, content, buf),
        Tab::WinLoss => win_loss(t, r, output, content, buf),
        Tab::Trends => trends(t, output, content, buf),
        Tab::Forecast => super::report_outlook::forecast(t, output, content, buf),
        Tab::Health => super::report_outlook::health(t, r, output, content, buf),
    }
}

/// The report tabs, and on the right what the figures cover.
fn tabs(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
    let r = &app.reports;
    let mut x = area.x + 1;
    let end = area.x + area.width;
    for tab in Tab::ALL {
        let role = if tab == r.tab {
            Role::Selected
        } else {
            Role::Muted
        };
        x += put(
            buf,
            x,
            area.y,
            &format!(" {} ", tab.label()),
            end.saturating_sub(x),
            t.style(role),
        );
        x += 1;
    }
    let busy = if app.jobs.report_engine.is_busy() {
        format!(" · {}", t!("rep-busy"))
    } else {
        String::new()
    };
    let currency = app
        .jobs
        .report_engine
        .latest
        .as_ref()
        .map(|o| format!(" · {}", o.set.currency))
        .unwrap_or_default();
    let scope = format!("{} · {}{currency}{busy} ", r.period.label, r.whose_label());
    let w = crate::text::width(&scope) as u16;
    let row = if x + w < end { area.y } else { area.y + 1 };
    put(
        buf,
        end.saturating_sub(w),
        row,
        &scope,
        w,
        t.style(Role::Header),
    );
}

use crate::format::{days_or_none as days, percent_or_none as percent};

fn summary(t: &Theme, s: &ReportSet, area: Rect, buf: &mut Buffer) {
    let velocity = s.velocity.per_day.map_or_else(
        || "–".into(),
        |v| t!("rep-velocity-per-day", amount = compact_amount(v)),
    );
    // The short wording (no "(median)", tighter separators) where the long
    // one would be cut: velocity is the last figure and the first to go.
    let worded = |key: &str| {
        format!(
            " {}",
            t!(
                key,
                won = s.win_rate.won.to_string(),
                lost = s.win_rate.lost.to_string(),
                rate = percent(s.win_rate.win_rate),
                days = days(s.cycle.won_days.median),
                velocity = velocity.as_str()
            )
        )
    };
    let long = worded("rep-summary");
    let text = match crate::text::width(&long) <= usize::from(area.width) {
        true => long,
        false => worded("rep-summary-short"),
    };
    put(buf, area.x, area.y, &text, area.width, t.style(Role::Base));
}

/// A horizontal bar of `cells` cells split into parts drawn in their own styles.
pub(super) fn bar(buf: &mut Buffer, x: u16, y: u16, cells: u16, parts: &[(f64, &str, Style)]) {
    let total: f64 = parts.iter().map(|(v, _, _)| v).sum();
    if total <= 0.0 || cells == 0 {
        return;
    }
    let mut at = 0.0;
    let mut drawn = 0u16;
    for (value, glyph, style) in parts {
        at += value;
        let upto = ((at / total) * f64::from(cells)).round() as u16;
        for i in drawn..upto.min(cells) {
            super::set(buf, x + i, y, glyph, *style);
        }
        drawn = drawn.max(upto);
    }
}

/// `selected`: the stage row under the cursor, counted over every pipeline's stages.
fn funnel(t: &Theme, pipelines: &[PipelineFunnel], selected: usize, area: Rect, buf: &mut Buffer) {
    let mut row = 0usize;
    let wide = area.width >= 100;
    // name, bar, then the figures: entered→converted, conversion, median dwell, open, value,
    // stale; a wide screen adds weighted value and dormant deals, and the legend says so.
    let figures: u16 = if wide { 64 } else { 46 };
    let name_w: u16 = 16;
    let bar_w = area.width.saturating_sub(name_w + figures + 3);
    let mut y = area.y;
    let bottom = area.y + area.height;
    for p in pipelines {
        if y >= bottom {
            return;
        }
        let mut header = format!(
            "{}{} {} {} {} {}",
            fit(&p.pipeline, (name_w + bar_w + 1) as usize),
            right(&t!("rep-funnel-col-in-conv"), 9),
            right(&t!("rep-funnel-col-conv"), 6),
            right(&t!("rep-funnel-col-dwell"), 7),
            right(&t!("rep-funnel-col-open"), 5),
            right(&t!("rep-funnel-col-value"), 9),
        );
        if wide {
            header.push_str(&format!(" {}", right(&t!("rep-funnel-col-weighted"), 9)));
        }
        header.push_str(&format!(" {}", right(&t!("rep-funnel-col-stale"), 5)));
        if wide {
            header.push_str(&format!(" {}", right(&t!("rep-funnel-col-dormant"), 5)));
        }
        put(
            buf,
            area.x + 1,
            y,
            &header,
            area.width.saturating_sub(1),
            t.style(Role::Header),
        );
        y += 1;
        let most = p
            .stages
            .iter()
            .map(|s| s.flow.entered)
            .max()
            .unwrap_or(0)
            .max(1);
        for s in &p.stages {
            if y >= bottom {
                return;
            }
            let name_role = if row == selected {
                Role::Selected
            } else {
                Role::Base
            };
            row += 1;
            put(buf, area.x + 1, y, &s.stage, name_w, t.style(name_role));
            let cells = (s.flow.entered as f64 / most as f64 * f64::from(bar_w)).round() as u16;
            bar(
                buf,
                area.x + 1 + name_w,
                y,
                cells,
                &[
                    (s.flow.converted as f64, "█", t.style(Role::Won)),
                    (s.flow.lost as f64, "▓", t.style(Role::Lost)),
                    (s.flow.still_open as f64, "░", t.style(Role::BarEmpty)),
                ],
            );
            // Days and amounts may hold wide characters (天, 万): aligned in cells.
            let mut text = format!(
                "{:>9} {:>6} {} {:>5} {}",
                format!("{}→{}", s.flow.entered, s.flow.converted),
                percent(s.flow.conversion),
                right(&median_days(&s.dwell_days), 7),
                s.open_deals,
                right(&compact_amount(s.open_amount), 9)
            );
            if wide {
                text.push_str(&format!(
                    " {}",
                    right(&compact_amount(s.weighted_amount), 9)
                ));
            }
            text.push_str(&format!(" {:>5}", s.stale_deals));
            if wide {
                text.push_str(&format!(" {:>5}", s.dormant_deals));
            }
            let x = area.x + 2 + name_w + bar_w;
            put(
                buf,
                x,
                y,
                &text,
                area.width.saturating_sub(x - area.x),
                t.style(Role::Base),
            );
            y += 1;
        }
        y += 1;
    }
    if y < bottom {
        put(
            buf,
            area.x + 1,
            y,
            &if wide {
                t!("rep-funnel-legend-wide")
            } else {
                t!("rep-funnel-legend")
            },
            area.width.saturating_sub(1),
            t.style(Role::Muted),
        );
    }
}

fn median_days(s: &Summary) -> String {
    days(s.median)
}

fn win_loss(t: &Theme, r: &Reports, output: &ReportOutput, area: Rect, buf: &mut Buffer) {
    let rows = r.win_loss_rows(output);
    let title = t!(
        "rep-win-loss-title",
        dimension = r.breakdown.label(),
        sort = r.sort.label()
    );
    put(
        buf,
        area.x + 1,
        area.y,
        &title,
        area.width.saturating_sub(1),
        t.style(Role::Muted),
    );
    let value_w: u16 = if area.width >= 100 { 26 } else { 18 };
    let figures: u16 = 40;
    let bar_w = area.width.saturating_sub(value_w + figures + 4);
    let header = format!(
        "{} {} {} {} {}{} {}",
        fit(&t!("rep-win-loss-col-value"), value_w as usize),
        right(&t!("rep-win-loss-col-won"), 5),
        right(&t!("rep-win-loss-col-lost"), 5),
        right(&t!("rep-win-loss-col-rate"), 6),
        " ".repeat(bar_w as usize + 1),
        right(&t!("rep-win-loss-col-won-amount"), 10),
        right(&t!("rep-win-loss-col-lost-amount"), 10),
    );
    put(
        buf,
        area.x + 1,
        area.y + 1,
        &header,
        area.width.saturating_sub(1),
        t.style(Role::Header),
    );
    let visible = area.height.saturating_sub(2) as usize;
    let top = r.selected.saturating_sub(visible.saturating_sub(1));
    for (i, row) in rows.iter().enumerate().skip(top).take(visible) {
        let y = area.y + 2 + (i - top) as u16;
        let role = if i == r.selected {
            Role::Selected
        } else {
            Role::Base
        };
        let o = &row.outcome;
        let head = format!(
            "{} {:>5} {:>5} {:>6} ",
            fit(&row.value, value_w as usize),
            o.won,
            o.lost,
            percent(o.win_rate)
        );
        let used = put(
            buf,
            area.x + 1,
            y,
            &head,
            area.width.saturating_sub(1),
            t.style(role),
        );
        bar(
            buf,
            area.x + 1 + used,
            y,
            bar_w,
            &[
                (o.won as f64, "█", t.style(Role::Won)),
                (o.lost as f64, "░", t.style(Role::Lost)),
            ],
        );
        let tail = format!(
            " {} {}",
            right(&compact_amount(o.won_amount), 10),
            right(&compact_amount(o.lost_amount), 10)
        );
        let x = area.x + 1 + used + bar_w;
        put(
            buf,
            x,
            y,
            &tail,
            area.width.saturating_sub(x - area.x),
            t.style(role),
        );
    }
    if rows.is_empty() {
        put(
            buf,
            area.x + 1,
            area.y + 2,
            &t!("rep-win-loss-empty"),
            area.width,
            t.style(Role::Muted),
        );
    }
}

fn trends(t: &Theme, output: &ReportOutput, area: Rect, buf: &mut Buffer) {
    let months = &output.set.trends;
    if months.is_empty() || area.height < 6 {
        return;
    }
    let label = |m: &str| m.get(2..).unwrap_or(m).replace('-', "/");
    let charts: [(String, Vec<(u64, String)>); 3] = [
        (
            t!("rep-trend-win-rate"),
            months
                .iter()
                .map(|m| {
                    let p = m.win_rate.map_or(0.0, |r| r * 100.0);
                    (
                        p.round() as u64,
                        m.win_rate.map_or("–".into(), |_| format!("{p:.0}%")),
                    )
                })
                .collect(),
        ),
        (
            t!("rep-trend-days-to-win"),
            months
                .iter()
                .map(|m| {
                    let d = m.median_won_cycle_days.unwrap_or(0.0);
                    (
                        d.round() as u64,
                        m.median_won_cycle_days
                            .map_or("–".into(), |_| format!("{d:.0}")),
                    )
                })
                .collect(),
        ),
        (
            t!("rep-trend-average-won"),
            months
                .iter()
                .map(|m| {
                    let a = m.average_won_amount.unwrap_or(Decimal::ZERO);
                    (
                        a.to_u64().unwrap_or(0),
                        m.average_won_amount.map_or("–".into(), compact_amount),
                    )
                })
                .collect(),
        ),
    ];
    let each = area.height / 3;
    let bar_width = ((area.width.saturating_sub(2)) / months.len() as u16)
        .saturating_sub(1)
        .max(1);
    for (i, (title, values)) in charts.iter().enumerate() {
        // The values go on their own row under the month labels: drawn inside
        // a bar, a short bar's value would vanish.
        let rect = Rect {
            y: area.y + each * i as u16,
            height: each.saturating_sub(1),
            ..area
        };
        let values_y = rect.y + rect.height;
        for (j, (_, text)) in values.iter().enumerate() {
            let x = area.x + j as u16 * (bar_width + 1);
            if x + bar_width <= area.x + area.width {
                let pad = bar_width.saturating_sub(crate::text::width(text) as u16) / 2;
                put(buf, x + pad, values_y, text, bar_width, t.style(Role::Base));
            }
        }
        let bars: Vec<Bar> = values
            .iter()
            .zip(months)
            .map(|((v, _), m)| {
                Bar::default()
                    .value(*v)
                    .text_value(String::new())
                    .label(Line::from(label(&m.month)))
            })
            .collect();
        BarChart::default()
            .block(
                Block::default()
                    .title(format!(" {title} "))
                    .title_style(t.style(Role::Header)),
            )
            .bar_width(bar_width)
            .bar_gap(1)
            .bar_style(t.style(Role::Bar))
            .value_style(t.style(Role::Selected))
            .label_style(t.style(Role::Muted))
            .data(BarGroup::default().bars(&bars))
            .render(rect, buf);
    }
}
