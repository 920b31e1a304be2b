//! Drawing the loss review wizard: a full-screen frame with the step strip, the
//! step's content, a message line and the keys that work on this step.

use super::form::render_in;
use super::{fill, put};
use crate::analytics::loss::{ParetoRow, pct};
use crate::analytics::review::{ReviewFigures, earlier_reason_shares};
use crate::domain::money::group_thousands;
use crate::review::show;
use crate::text::{fit, sanitize};
use crate::ui::action::Action;
use crate::ui::app::App;
use crate::ui::keymap::Scope;
use crate::ui::layers::actions_due::ActionsDue;
use crate::ui::layers::form::Input;
use crate::ui::layers::review::{MAX_CARRIED, ReviewWizard, Step};
use crate::ui::theme::Role;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

pub fn render(app: &App, w: &ReviewWizard, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    fill(buf, area, t.style(Role::Base));
    let title = match &w.review {
        Some(r) => format!(
            " Loss review R-{} · {}{} ",
            r.id,
            r.period_label(),
            if r.is_finished() { " · finished" } else { "" }
        ),
        None => " Loss review · new ".to_string(),
    };
    let inner = super::layers::full_screen(app, area, &title, buf);
    if inner.height < 5 || inner.width < 20 {
        return;
    }
    steps_strip(app, w, inner, buf);
    let body = Rect {
        y: inner.y + 2,
        height: inner.height - 4,
        ..inner
    };
    match w.step {
        Step::Period => period(app, w, body, buf),
        Step::Scorecard => scroll_lines(app, w, scorecard(app, w), body, buf),
        Step::Actions => actions(app, w, body, buf),
        Step::Triage => triage(app, w, body, buf),
        Step::Contrast => scroll_lines(app, w, contrast(app, w, body.width), body, buf),
        Step::Patterns => scroll_lines(app, w, patterns(app, w, body.width), body, buf),
        Step::Improvements => {
            if let Some(form) = &w.form {
                render_in(app, form, "", body, buf);
            }
        }
        Step::Finish => scroll_lines(app, w, finish(app, w), body, buf),
    }
    let message = w
        .error
        .as_ref()
        .map(|e| (e.as_str(), Role::Overdue))
        .or(w.notice.as_deref().map(|n| (n, Role::Accent)));
    if let Some((text, role)) = message {
        put(
            buf,
            inner.x,
            inner.y + inner.height - 2,
            text,
            inner.width,
            t.style(role),
        );
    }
    put(
        buf,
        inner.x,
        inner.y + inner.height - 1,
        &keys(app, w, inner.width as usize),
        inner.width,
        t.style(Role::Muted),
    );
}

/// The furthest a read-only step scrolls at the app's viewport (the wizard clamps
/// its scroll to it, so `k` answers at once after too many `j`).
pub fn last_scroll(app: &App, w: &ReviewWizard) -> u16 {
    let (width, height) = app.viewport;
    let body_width = width.saturating_sub(4);
    let body_height = height.saturating_sub(6);
    let lines = match w.step {
        Step::Scorecard => scorecard(app, w).len(),
        Step::Contrast => contrast(app, w, body_width).len(),
        Step::Patterns => patterns(app, w, body_width).len(),
        Step::Finish => finish(app, w).len(),
        _ => 0,
    };
    (lines as u16).saturating_sub(body_height)
}

/// "✓1 Period  ✓2  ✓3  ▸4 Triage  5  6  7  8", titles shown where they fit.
fn steps_strip(app: &App, w: &ReviewWizard, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let reached = w.review.as_ref().map_or(1, |r| r.step);
    let done = w.is_finished();
    let label = |s: Step, full: bool| {
        let mark = if s == w.step && !done {
            "▸"
        } else if s.number() < reached || done {
            "✓"
        } else {
            " "
        };
        if full || s == w.step {
            format!("{mark}{} {}", s.number(), s.title())
        } else {
            format!("{mark}{}", s.number())
        }
    };
    let full: Vec<String> = Step::ALL.iter().map(|s| label(*s, true)).collect();
    let wide = full.join("  ");
    let parts: Vec<String> = if crate::text::width(&wide) <= area.width as usize {
        full
    } else {
        Step::ALL.iter().map(|s| label(*s, false)).collect()
    };
    let mut x = area.x;
    for (s, part) in Step::ALL.iter().zip(parts) {
        let role = if *s == w.step {
            Role::Selected
        } else if s.number() < reached || done {
            Role::Won
        } else {
            Role::Muted
        };
        let used = put(
            buf,
            x,
            area.y,
            &part,
            (area.x + area.width).saturating_sub(x),
            t.style(role),
        );
        x += used + 2;
    }
}

/// The keys of this step, from the keymap, most important first; those that do
/// not fit `cells` are left off (help lists them all).
fn keys(app: &App, w: &ReviewWizard, cells: usize) -> String {
    let key = |action: Action| {
        let mut k = app.keymap.keys_for(Scope::Review, action);
        if k.is_empty() {
            k = app.keymap.keys_for(Scope::Dialog, action);
        }
        k.into_iter().next()
    };
    let mut items: Vec<(Action, &str)> = Vec::new();
    if w.is_finished() {
        items.push((Action::Cancel, "close"));
    } else {
        match w.step {
            Step::Period => items.push((Action::Confirm, "start")),
            Step::Actions | Step::Improvements => items.extend([
                (Action::Confirm, "save & go on"),
                (Action::NextField, "next field"),
            ]),
            Step::Triage => {
                items.extend([(Action::Confirm, "save & next"), (Action::SkipDeal, "skip")])
            }
            Step::Contrast | Step::Patterns => items.extend([
                (Action::Confirm, "go on"),
                (Action::NextField, "next table"),
            ]),
            Step::Scorecard => items.push((Action::Confirm, "go on")),
            Step::Finish => items.push((Action::Confirm, "finish & write the report")),
        }
        if w.review.is_some() {
            items.push((Action::NextStep, "next step"));
        }
        items.push((Action::Cancel, "leave"));
        if w.step == Step::Triage {
            items.push((Action::PreviousDeal, "previous deal"));
        }
        if w.review.is_some() {
            items.push((Action::PrevStep, "step back"));
        }
    }
    let mut out = String::new();
    for text in items
        .into_iter()
        .filter_map(|(a, what)| key(a).map(|k| format!("{k} {what}")))
    {
        let joined = if out.is_empty() {
            text
        } else {
            format!("{out} · {text}")
        };
        if crate::text::width(&joined) > cells {
            break;
        }
        out = joined;
    }
    out
}

fn scroll_lines(
    app: &App,
    w: &ReviewWizard,
    lines: Vec<Line<'static>>,
    area: Rect,
    buf: &mut Buffer,
) {
    let last = (lines.len() as u16).saturating_sub(area.height);
    let top = w.scroll.min(last);
    Paragraph::new(lines)
        .style(app.theme.style(Role::Base))
        .scroll((top, 0))
        .render(area, buf);
    if top < last && area.height > 0 {
        let more = " ↓ more: j / k ";
        let x = (area.x + area.width).saturating_sub(crate::text::width(more) as u16);
        put(
            buf,
            x,
            area.y + area.height - 1,
            more,
            area.width,
            app.theme.style(Role::Accent),
        );
    }
}

fn text(app: &App, s: impl Into<String>, role: Role) -> Line<'static> {
    Line::from(Span::styled(
        sanitize(&s.into()).into_owned(),
        app.theme.style(role),
    ))
}

/// The figures when they are for this review, else a line saying why not.
fn figures(app: &App, w: &ReviewWizard) -> Result<std::sync::Arc<ReviewFigures>, Line<'static>> {
    let Some(review) = &w.review else {
        return Err(text(app, "no period chosen yet", Role::Muted));
    };
    match app.review_figures_for(review) {
        Some(f) => Ok(f),
        None => Err(match &app.review_engine.error {
            Some(e) => text(
                app,
                format!("cannot compute the figures: {e}"),
                Role::Overdue,
            ),
            None => text(app, "computing the figures…", Role::Muted),
        }),
    }
}

fn period(app: &App, w: &ReviewWizard, area: Rect, buf: &mut Buffer) {
    let form_rows = 9.min(area.height);
    if let Some(form) = &w.form {
        render_in(
            app,
            form,
            "",
            Rect {
                height: form_rows,
                ..area
            },
            buf,
        );
    }
    let mut lines = vec![text(app, "Earlier reviews", Role::Header)];
    if w.past.is_empty() {
        lines.push(text(app, "none yet — this is the first", Role::Muted));
    }
    for r in w.past.iter().rev() {
        lines.push(text(
            app,
            format!(
                "R-{:<3} {:<9} {} lost deals, finished {}",
                r.id,
                r.period_label(),
                r.lost_deals.len(),
                r.finished_at
                    .map_or(String::new(), |a| a.format("%Y-%m-%d").to_string())
            ),
            Role::Base,
        ));
    }
    let rest = Rect {
        y: area.y + form_rows,
        height: area.height.saturating_sub(form_rows),
        ..area
    };
    Paragraph::new(lines).render(rest, buf);
}

fn scorecard(app: &App, w: &ReviewWizard) -> Vec<Line<'static>> {
    let f = match figures(app, w) {
        Ok(f) => f,
        Err(line) => return vec![line],
    };
    let mut lines = vec![
        text(
            app,
            format!(
                "{} against the three months before ({} – {})",
                f.period.label, f.trailing.first, f.trailing.last
            ),
            Role::Muted,
        ),
        Line::default(),
        text(
            app,
            format!(
                "{}{:>14}{:>18}",
                fit("", 34),
                f.period.label,
                "3 months before"
            ),
            Role::Header,
        ),
    ];
    for c in &f.scorecard {
        lines.push(comparison_line(app, c, &f.currency));
    }
    lines_push_heading(
        app,
        &mut lines,
        "Stage conversion (deals entering the stage)",
    );
    for c in &f.conversions {
        lines.push(comparison_line(app, c, &f.currency));
    }
    let alerts = f.alerts();
    lines_push_heading(app, &mut lines, "Alerts");
    if alerts.is_empty() {
        lines.push(text(app, "✓ nothing stands out", Role::Won));
    }
    for a in alerts {
        lines.push(text(app, format!("⚠ {a}"), Role::Warning));
    }
    lines
}

/// A figure, this period and before, marked when it has an alert.
fn comparison_line(
    app: &App,
    c: &crate::analytics::review::Comparison,
    currency: &str,
) -> Line<'static> {
    let role = if c.alert.is_some() {
        Role::Warning
    } else {
        Role::Base
    };
    text(
        app,
        format!(
            "{}{:>14}{:>18}  {}",
            fit(&c.metric, 34),
            show(c.unit, c.now, currency),
            show(c.unit, c.before, currency),
            if c.alert.is_some() { "⚠" } else { "" }
        ),
        role,
    )
}

fn lines_push_heading(app: &App, lines: &mut Vec<Line<'static>>, title: &str) {
    lines.push(Line::default());
    lines.push(text(app, title, Role::Header));
}

fn actions(app: &App, w: &ReviewWizard, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let Some(form) = &w.form else { return };
    if w.carried.is_empty() {
        put(
            buf,
            area.x,
            area.y,
            "No open actions from earlier reviews — enter goes on to the triage.",
            area.width,
            t.style(Role::Muted),
        );
        return;
    }
    put(
        buf,
        area.x,
        area.y,
        "Each open action from earlier reviews: done, in progress or dropped, with a note.",
        area.width,
        t.style(Role::Muted),
    );
    // Three rows per action; the focused one kept in view.
    let per = 4u16;
    let room = (area.height.saturating_sub(2) / per).max(1) as usize;
    let focused = form.focus / 2;
    let first = focused.saturating_sub(room - 1);
    let mut y = area.y + 2;
    for (i, a) in w
        .carried
        .iter()
        .enumerate()
        .take(MAX_CARRIED)
        .skip(first)
        .take(room)
    {
        let owner = app.data.owner_name(a.owner);
        let overdue = a.due < w.today && a.status.is_open();
        put(
            buf,
            area.x,
            y,
            &format!("{}. {}", i + 1, a.title),
            area.width,
            t.style(Role::Title),
        );
        let from = w
            .past
            .iter()
            .find(|r| r.id == a.review)
            .map_or(String::new(), |r| {
                format!(" · chosen in the review of {}", r.period_label())
            });
        let meta = format!(
            "   {owner} · due {}{}{from}",
            a.due,
            if overdue { " · overdue" } else { "" }
        );
        let role = if overdue { Role::Overdue } else { Role::Muted };
        put(buf, area.x, y + 1, &meta, area.width, t.style(role));
        let row = y + 2;
        let status = form.fields.get(2 * i);
        let note = form.fields.get(2 * i + 1);
        let mut x = area.x + 3;
        if let Some(s) = status {
            let on = form.focus == 2 * i;
            let shown = if on {
                format!("status ◂ {} ▸", s.value())
            } else {
                format!("status {}", s.value())
            };
            x += put(
                buf,
                x,
                row,
                &shown,
                30,
                t.style(if on { Role::Selected } else { Role::Dialog }),
            ) + 3;
        }
        if let Some(n) = note {
            let on = form.focus == 2 * i + 1;
            let value = match &n.input {
                Input::Text(input) if on => {
                    let before: String = input.text.chars().take(input.cursor).collect();
                    let after: String = input.text.chars().skip(input.cursor).collect();
                    format!("note {before}▏{after}")
                }
                _ => format!("note {}", n.value()),
            };
            put(
                buf,
                x,
                row,
                &value,
                (area.x + area.width).saturating_sub(x),
                t.style(if on { Role::Selected } else { Role::Dialog }),
            );
        }
        y += per;
    }
    if w.carried.len() > MAX_CARRIED {
        put(
            buf,
            area.x,
            area.y + area.height - 1,
            &format!(
                "{} more open actions: answer them from the actions list (A on the board)",
                w.carried.len() - MAX_CARRIED
            ),
            area.width,
            t.style(Role::Muted),
        );
    }
    if let Some(e) = &form.error {
        put(
            buf,
            area.x,
            area.y + area.height - 1,
            e,
            area.width,
            t.style(Role::Overdue),
        );
    }
}

fn triage(app: &App, w: &ReviewWizard, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let (at, total, triaged, skipped) = w.progress();
    if total == 0 {
        put(
            buf,
            area.x,
            area.y,
            "No deal was lost in this period — enter goes on.",
            area.width,
            t.style(Role::Muted),
        );
        return;
    }
    let Some(card) = &w.triage else {
        let all = triaged >= total;
        put(
            buf,
            area.x,
            area.y,
            if all {
                "Every lost deal is triaged — enter goes on to the contrast."
            } else {
                "loading the deal…"
            },
            area.width,
            t.style(Role::Muted),
        );
        return;
    };
    let head = format!("{at} / {total}   ({triaged} triaged · {skipped} skipped)");
    let used = put(buf, area.x, area.y, &head, area.width, t.style(Role::Title));
    let bar_w = area.width.saturating_sub(used + 2).min(40);
    super::reports::bar(
        buf,
        area.x + used + 2,
        area.y,
        bar_w,
        &[
            (triaged as f64, "█", t.style(Role::Bar)),
            (
                (total - triaged.min(total)) as f64,
                "░",
                t.style(Role::BarEmpty),
            ),
        ],
    );
    let d = &card.deal;
    put(
        buf,
        area.x,
        area.y + 2,
        &d.title,
        area.width,
        t.style(Role::Title),
    );
    let facts = format!(
        "{} · {} · {} · lost at {} on {}",
        card.account,
        d.amount,
        app.data.owner_name(d.owner),
        card.stage_lost_at,
        d.closed_at
            .map_or(String::new(), |c| c.date_naive().to_string())
    );
    put(
        buf,
        area.x,
        area.y + 3,
        &facts,
        area.width,
        t.style(Role::Muted),
    );
    let state = w.review.as_ref().and_then(|r| {
        if r.triage_of(d.id).is_some() {
            Some((
                "✓ triaged in this review: enter saves changes, ctrl-n moves on",
                Role::Won,
            ))
        } else if r.skipped.contains(&d.id) {
            Some((
                "↷ skipped earlier: classify it now, or ctrl-n again",
                Role::Warning,
            ))
        } else {
            None
        }
    });
    if let Some((note, role)) = state {
        put(buf, area.x, area.y + 4, note, area.width, t.style(role));
    }
    let form_area = Rect {
        y: area.y + 5,
        height: area.height.saturating_sub(5),
        ..area
    };
    let mut form = card.dialog.form.clone();
    if form.notes.is_empty() {
        form.notes = vec!["no signal in the data: classify from what you know".into()];
    }
    render_in(app, &form, "", form_area, buf);
}

fn contrast(app: &App, w: &ReviewWizard, width: u16) -> Vec<Line<'static>> {
    let f = match figures(app, w) {
        Ok(f) => f,
        Err(line) => return vec![line],
    };
    let mut lines = vec![
        text(
            app,
            format!(
                "What differed between the deals won and lost in {}?",
                f.period.label
            ),
            Role::Muted,
        ),
        Line::default(),
        text(
            app,
            format!("{}{:>14}{:>14}", fit("", 34), "won", "lost"),
            Role::Header,
        ),
    ];
    for row in &f.contrast {
        lines.push(text(
            app,
            format!(
                "{}{:>14}{:>14}",
                fit(row.attribute, 34),
                show(row.unit, row.won, &f.currency),
                show(row.unit, row.lost, &f.currency)
            ),
            Role::Base,
        ));
    }
    if f.dimensions.is_empty() {
        return lines;
    }
    let dim = &f.dimensions[w.view % f.dimensions.len()];
    lines_push_heading(
        app,
        &mut lines,
        &format!("By {} (tab: next dimension)", dim.dimension),
    );
    let bar_w = width.saturating_sub(34 + 18 + 10).min(30) as usize;
    lines.push(text(
        app,
        format!("{}{:>6}{:>6}{:>8}", fit("", 34), "won", "lost", "rate"),
        Role::Header,
    ));
    for row in &dim.rows {
        let o = &row.outcome;
        let filled = o
            .win_rate
            .map_or(0, |r| (r * bar_w as f64).round() as usize);
        lines.push(Line::from(vec![
            Span::styled(
                sanitize(&format!(
                    "{}{:>6}{:>6}{:>8}  ",
                    fit(&row.value, 34),
                    o.won,
                    o.lost,
                    o.win_rate
                        .map_or("—".into(), |r| format!("{:.0} %", r * 100.0))
                ))
                .into_owned(),
                app.theme.style(Role::Base),
            ),
            Span::styled("█".repeat(filled), app.theme.style(Role::Won)),
            Span::styled(
                "░".repeat(bar_w - filled.min(bar_w)),
                app.theme.style(Role::BarEmpty),
            ),
        ]));
    }
    lines
}

const PATTERN_VIEWS: [&str; 5] = [
    "reason",
    "competitor",
    "stage lost at",
    "owner",
    "sub-reason",
];

fn patterns(app: &App, w: &ReviewWizard, width: u16) -> Vec<Line<'static>> {
    let f = match figures(app, w) {
        Ok(f) => f,
        Err(line) => return vec![line],
    };
    let l = &f.losses;
    let view = w.view % PATTERN_VIEWS.len();
    let rows: &Vec<ParetoRow> = match view {
        0 => &l.by_reason,
        1 => &l.by_competitor,
        2 => &l.by_stage,
        3 => &l.by_owner,
        _ => &l.by_sub_reason,
    };
    let strip: Vec<String> = PATTERN_VIEWS
        .iter()
        .enumerate()
        .map(|(i, v)| {
            if i == view {
                format!("[{v}]")
            } else {
                v.to_string()
            }
        })
        .collect();
    let mut lines = vec![
        text(
            app,
            format!(
                "{} deals lost, {} {}; {} controllable",
                l.lost,
                group_thousands(l.lost_amount, 0),
                f.currency,
                l.controllable,
            ),
            Role::Muted,
        ),
        text(
            app,
            format!("by {} (tab: next)", strip.join(" ")),
            Role::Muted,
        ),
        Line::default(),
    ];
    let earlier = (view == 0 && !f.earlier.is_empty()).then(|| earlier_reason_shares(&f.earlier));
    let label_w = if view == 4 { 40 } else { 28 };
    let tail_w = 6 + 12 + 8 + 8 + if earlier.is_some() { 9 } else { 0 };
    let bar_w = (width as usize)
        .saturating_sub(label_w + tail_w + 2)
        .clamp(4, 30);
    let top = rows.iter().map(|r| r.deals).max().unwrap_or(1).max(1);
    lines.push(text(
        app,
        format!(
            "{}{}{:>6}{:>12}{:>8}{:>8}{}",
            fit("", label_w),
            fit("deals (bar) ", bar_w + 1),
            "deals",
            "amount",
            "share",
            "cum.",
            if earlier.is_some() {
                format!("{:>9}", "earlier")
            } else {
                String::new()
            }
        ),
        Role::Header,
    ));
    for row in rows {
        let filled = (row.deals * bar_w).div_ceil(top).min(bar_w);
        let mut spans = vec![
            Span::styled(
                fit(&sanitize(&row.value), label_w - 1) + " ",
                app.theme.style(Role::Base),
            ),
            Span::styled("█".repeat(filled), app.theme.style(Role::Lost)),
            Span::raw(" ".repeat(bar_w - filled + 1)),
            Span::styled(
                format!(
                    "{:>6}{:>12}{:>8}{:>8}",
                    row.deals,
                    group_thousands(row.amount, 0),
                    pct(row.share),
                    pct(row.cumulative_share)
                ),
                app.theme.style(Role::Base),
            ),
        ];
        if let Some(before) = &earlier {
            spans.push(Span::styled(
                format!(
                    "{:>9}",
                    before.get(&row.value).map_or("—".into(), |s| pct(*s))
                ),
                app.theme.style(Role::Muted),
            ));
        }
        lines.push(Line::from(spans));
    }
    if earlier.is_some() {
        let labels: Vec<&str> = f.earlier.iter().map(|e| e.period.label.as_str()).collect();
        lines.push(Line::default());
        lines.push(text(
            app,
            format!("earlier: the reviews of {}", labels.join(", ")),
            Role::Muted,
        ));
    }
    if view == 0 && !l.lessons.is_empty() {
        lines_push_heading(app, &mut lines, "Lessons");
        for lesson in &l.lessons {
            lines.push(text(
                app,
                format!("· {}: {}", lesson.title, lesson.lesson),
                Role::Base,
            ));
        }
    }
    lines
}

fn finish(app: &App, w: &ReviewWizard) -> Vec<Line<'static>> {
    let Some(r) = &w.review else {
        return vec![];
    };
    let mut lines = Vec::new();
    if r.is_finished() {
        lines.push(text(
            app,
            "✓ The review is finished and stored read-only.",
            Role::Won,
        ));
        if let Some(path) = &r.report_path {
            lines.push(Line::default());
            lines.push(text(app, "Report written to", Role::Header));
            lines.push(text(app, path.clone(), Role::Accent));
        }
        lines.push(Line::default());
        lines.push(text(
            app,
            format!("dealdeck review show {} prints it again.", r.id),
            Role::Muted,
        ));
        return lines;
    }
    let untriaged = r.lost_deals.len().saturating_sub(r.triaged.len());
    lines.push(text(
        app,
        "Finishing stores the review read-only and writes its Markdown report.",
        Role::Muted,
    ));
    lines.push(Line::default());
    lines.push(text(
        app,
        format!("period        {}", r.period_label()),
        Role::Base,
    ));
    lines.push(text(
        app,
        format!(
            "participants  {}",
            if r.participants.is_empty() {
                "—".into()
            } else {
                r.participants.join(", ")
            }
        ),
        Role::Base,
    ));
    lines.push(text(
        app,
        format!(
            "triage        {} of {} lost deals",
            r.triaged.len(),
            r.lost_deals.len()
        ),
        if untriaged > 0 {
            Role::Warning
        } else {
            Role::Base
        },
    ));
    if untriaged > 0 {
        lines.push(text(
            app,
            format!("              {untriaged} keep the reason recorded when they were lost (pageup to go back)"),
            Role::Warning,
        ));
    }
    let answered = w
        .carried
        .iter()
        .filter(|a| a.history.iter().any(|h| h.review == Some(r.id)))
        .count();
    lines.push(text(
        app,
        format!("last actions  {answered} of {} answered", w.carried.len()),
        Role::Base,
    ));
    lines.push(text(
        app,
        format!("new actions   {}", w.chosen.len()),
        Role::Base,
    ));
    for a in &w.chosen {
        lines.push(text(
            app,
            format!(
                "              · {} — {}, due {}",
                a.title,
                app.data.owner_name(a.owner),
                a.due
            ),
            Role::Base,
        ));
    }
    lines.push(Line::default());
    match figures(app, w) {
        Ok(_) => lines.push(text(app, "enter finishes the review", Role::Accent)),
        Err(line) => lines.push(line),
    }
    lines
}

/// The improvement actions still open (`A` on the board).
pub fn actions_due(app: &App, list: &ActionsDue, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let height = (list.actions.len() as u16 + 6).clamp(8, area.height);
    let inner = super::layers::popup(app, area, 96, height, "Improvement actions due", buf);
    if inner.height < 3 {
        return;
    }
    if list.actions.is_empty() {
        put(
            buf,
            inner.x,
            inner.y,
            "No open improvement actions — g v runs a review.",
            inner.width,
            t.style(Role::Muted),
        );
    }
    let rows = inner.height.saturating_sub(2) as usize;
    let first = list.selected.saturating_sub(rows.saturating_sub(1));
    for (i, a) in list.actions.iter().enumerate().skip(first).take(rows) {
        let overdue = a.due < list.today;
        let line = format!(
            "{} {}  {}  {}  {}",
            a.due,
            fit(a.status.label(), 11),
            fit(list.owner(a.owner), 16),
            fit(&format!("R-{}", a.review), 5),
            a.title
        );
        let role = if i == list.selected {
            Role::Selected
        } else if overdue {
            Role::Overdue
        } else {
            Role::Dialog
        };
        put(
            buf,
            inner.x,
            inner.y + (i - first) as u16,
            &line,
            inner.width,
            t.style(role),
        );
    }
    let foot = list.notice.clone().unwrap_or_else(|| {
        super::layers::hints(
            app,
            &[(Action::Confirm, "set status"), (Action::Cancel, "close")],
        )
    });
    put(
        buf,
        inner.x,
        inner.y + inner.height - 1,
        &foot,
        inner.width,
        t.style(Role::Muted),
    );
    if let Some(form) = &list.form {
        super::form::render(
            app,
            form,
            &super::layers::hints(
                app,
                &[
                    (Action::Toggle, "status"),
                    (Action::NextField, "note"),
                    (Action::Confirm, "save"),
                    (Action::Cancel, "cancel"),
                ],
            ),
            area,
            buf,
        );
    }
}
