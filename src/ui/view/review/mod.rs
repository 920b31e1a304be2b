//! Drawing the loss review wizard: a full-screen frame with the step strip, the
//! step's content, a message line and the keys that work on this step. The steps
//! with input are drawn in `input_steps`, the figure steps in `figure_steps`, the
//! actions-due list in `actions_due`.

mod actions_due;
mod figure_steps;
mod input_steps;

pub use actions_due::actions_due;
use figure_steps::*;
use input_steps::*;

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
    let t = &app.look.theme;
    fill(buf, area, t.style(Role::Base));
    let title = match &w.review {
        Some(r) if r.is_finished() => format!(
            " {} ",
            t!(
                "rev-title-finished",
                id = r.id.to_string(),
                period = r.period_label()
            )
        ),
        Some(r) => format!(
            " {} ",
            t!(
                "rev-title",
                id = r.id.to_string(),
                period = r.period_label()
            )
        ),
        None => format!(" {} ", t!("rev-title-new")),
    };
    let inner = super::layers::full_screen(app, area, &title, buf);
    if inner.height < 5 || inner.width < 20 {
        return;
    }
    steps_strip(app, w, inner, buf);
    // The keys take a second line where one would leave some out.
    let keys = keys(app, w, inner.width as usize);
    let key_rows = keys.len() as u16;
    let body = Rect {
        y: inner.y + 2,
        height: inner.height.saturating_sub(3 + key_rows),
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
            inner.y + inner.height - 1 - key_rows,
            text,
            inner.width,
            t.style(role),
        );
    }
    for (i, line) in keys.iter().enumerate() {
        put(
            buf,
            inner.x,
            inner.y + inner.height - key_rows + i as u16,
            line,
            inner.width,
            t.style(Role::Muted),
        );
    }
}

/// The furthest a read-only step scrolls at the app's viewport (the wizard clamps
/// its scroll to it, so `k` answers at once after too many `j`).
pub fn last_scroll(app: &App, w: &ReviewWizard) -> u16 {
    let (width, height) = app.chrome.viewport;
    let body_width = width.saturating_sub(4);
    let key_rows = keys(app, w, usize::from(width.saturating_sub(2))).len() as u16;
    let body_height = height.saturating_sub(5 + key_rows);
    let lines = match w.step {
        Step::Scorecard => scorecard(app, w),
        Step::Contrast => contrast(app, w, body_width),
        Step::Patterns => patterns(app, w, body_width),
        Step::Finish => finish(app, w),
        _ => return 0,
    };
    let lines = crate::ui::view::wrap::wrap_lines(lines, body_width).len();
    (lines as u16).saturating_sub(body_height)
}

/// "✓1 Period  ✓2  ✓3  ▸4 Triage  5  6  7  8", titles shown where they fit.
pub(super) fn steps_strip(app: &App, w: &ReviewWizard, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
    let reached = w.review.as_ref().map_or(1, |r| r.step);
    let done = w.is_finished();
    // Triage is ticked only when every lost deal was looked at, the last
    // actions only when each was answered; else ↷ and how many were not.
    let not_looked_at = w.review.as_ref().map_or(0, |r| {
        r.lost_deals
            .iter()
            .filter(|d| r.triage_of(**d).is_none())
            .count()
    });
    let unanswered = w.review.as_ref().map_or(0, |r| {
        w.carried
            .iter()
            .filter(|a| !a.history.iter().any(|h| h.review == Some(r.id)))
            .count()
    });
    let left = |s: Step| match s {
        Step::Triage => not_looked_at,
        Step::Actions => unanswered,
        _ => 0,
    };
    let passed = |s: Step| s.number() < reached || done;
    let short = |s: Step| passed(s) && left(s) > 0;
    // How much each step says: every title with the triage's words; every
    // title with the triage's count alone; the current step's title alone.
    #[derive(Clone, Copy, PartialEq)]
    enum Say {
        Everything,
        Titles,
        Current,
    }
    let label = |s: Step, say: Say| {
        let mark = if s == w.step && !done {
            "▸"
        } else if short(s) {
            "↷"
        } else if passed(s) {
            "✓"
        } else {
            " "
        };
        let titled = say != Say::Current || s == w.step;
        match (short(s), titled) {
            (true, true) if say == Say::Everything || s == w.step => format!(
                "{mark}{} {}",
                s.number(),
                t!(
                    if s == Step::Actions {
                        "rev-strip-not-answered"
                    } else {
                        "rev-strip-not-looked-at"
                    },
                    step = s.title(),
                    count = left(s)
                )
            ),
            (true, true) => format!("{mark}{} {} ({})", s.number(), s.title(), left(s)),
            // Narrow: the count stays, the title goes.
            (true, false) => format!("{mark}{}({})", s.number(), left(s)),
            (false, true) => format!("{mark}{} {}", s.number(), s.title()),
            (false, false) => format!("{mark}{}", s.number()),
        }
    };
    let fits = |parts: &[String]| crate::text::width(&parts.join("  ")) <= area.width as usize;
    let parts: Vec<String> = [Say::Everything, Say::Titles]
        .into_iter()
        .map(|say| Step::ALL.iter().map(|s| label(*s, say)).collect::<Vec<_>>())
        .find(|parts| fits(parts))
        .unwrap_or_else(|| Step::ALL.iter().map(|s| label(*s, Say::Current)).collect());
    let mut x = area.x;
    for (s, part) in Step::ALL.iter().zip(parts) {
        let role = if *s == w.step {
            Role::Selected
        } else if short(*s) {
            Role::Warning
        } else if passed(*s) {
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

/// The keys of this step, from the keymap, most important first, on one line or,
/// where that leaves some out, two; those that do not fit two lines of `cells`
/// are left off (help lists them all).
pub(super) fn keys(app: &App, w: &ReviewWizard, cells: usize) -> Vec<String> {
    let key = |action: Action| {
        let mut k = app.look.keymap.keys_for(Scope::Review, action);
        if k.is_empty() {
            k = app.look.keymap.keys_for(Scope::Dialog, action);
        }
        k.into_iter().next()
    };
    let mut items: Vec<(Action, &str)> = Vec::new();
    if w.is_finished() {
        items.push((Action::Cancel, "rev-key-close"));
    } else {
        match w.step {
            Step::Period => items.push((Action::Confirm, "rev-key-start")),
            Step::Actions | Step::Improvements => items.extend([
                (Action::Confirm, "rev-key-save-go-on"),
                (Action::NextField, "rev-key-next-field"),
            ]),
            Step::Triage => items.extend([
                (Action::Confirm, "rev-key-save-next"),
                (Action::SkipDeal, "rev-key-skip"),
            ]),
            Step::Contrast | Step::Patterns => items.extend([
                (Action::Confirm, "rev-key-go-on"),
                (Action::NextField, "rev-key-next-table"),
            ]),
            Step::Scorecard => items.push((Action::Confirm, "rev-key-go-on")),
            Step::Finish => items.push((Action::Confirm, "rev-key-finish")),
        }
        if w.review.is_some() && w.step != Step::Finish {
            items.push((Action::NextStep, "rev-key-next-step"));
        }
        items.push((Action::Cancel, "rev-key-leave"));
        if w.step == Step::Triage {
            items.push((Action::OpenDetail, "rev-key-the-deal"));
            items.push((Action::PreviousDeal, "rev-key-previous-deal"));
        }
        if w.review.is_some() {
            items.push((Action::PrevStep, "rev-key-step-back"));
        }
    }
    let hints = items
        .into_iter()
        .filter_map(|(a, what)| key(a).map(|k| format!("{k} {}", t!(what))));
    crate::ui::view::layers::key_lines(hints, cells, 2)
}

pub(super) fn scroll_lines(
    app: &App,
    w: &ReviewWizard,
    lines: Vec<Line<'static>>,
    area: Rect,
    buf: &mut Buffer,
) {
    // A line wider than the body goes on below, under its value, rather than being cut.
    let lines = crate::ui::view::wrap::wrap_lines(lines, area.width);
    let last = (lines.len() as u16).saturating_sub(area.height);
    let top = w.scroll.min(last);
    // With more below, the last row is the mark's, not a figure's.
    let more_below = top < last && area.height > 1;
    let shown = Rect {
        height: area.height - u16::from(more_below),
        ..area
    };
    Paragraph::new(lines)
        .style(app.look.theme.style(Role::Base))
        .scroll((top, 0))
        .render(shown, buf);
    if more_below {
        let more = format!(" {} ", t!("rev-more"));
        let x = (area.x + area.width).saturating_sub(crate::text::width(&more) as u16);
        put(
            buf,
            x,
            area.y + area.height - 1,
            &more,
            area.width,
            app.look.theme.style(Role::Accent),
        );
    }
}

pub(super) fn text(app: &App, s: impl Into<String>, role: Role) -> Line<'static> {
    Line::from(Span::styled(
        sanitize(&s.into()).into_owned(),
        app.look.theme.style(role),
    ))
}

/// The figures when they are for this review, else a line saying why not.
pub(super) fn figures(
    app: &App,
    w: &ReviewWizard,
) -> Result<std::sync::Arc<ReviewFigures>, Line<'static>> {
    let Some(review) = &w.review else {
        return Err(text(app, t!("rev-no-period"), Role::Muted));
    };
    match app.review_figures_for(review) {
        Some(f) => Ok(f),
        None => Err(match &app.jobs.review_engine.error {
            Some(e) => text(
                app,
                t!("rev-figures-failed", error = e.as_str()),
                Role::Overdue,
            ),
            None => text(app, t!("rev-figures-computing"), Role::Muted),
        }),
    }
}

/// A figure, this period and before, marked when it has an alert.
pub(super) fn comparison_line(
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
            "{}{}{}  {}",
            fit(&c.metric, METRIC_CELLS),
            right(&show(c.unit, c.now, currency), 14),
            right(&show(c.unit, c.before, currency), 18),
            if c.alert.is_some() { "⚠" } else { "" }
        ),
        role,
    )
}

/// Cells of the name column of the figure tables.
pub(super) const METRIC_CELLS: usize = 34;

pub(super) use crate::text::{pad_end as left, pad_start as right};

pub(super) fn lines_push_heading(app: &App, lines: &mut Vec<Line<'static>>, title: &str) {
    lines.push(Line::default());
    lines.push(text(app, title, Role::Header));
}
