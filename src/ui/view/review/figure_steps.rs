//! The wizard steps that show figures: scorecard, won vs lost, patterns, finish.

use super::*;

pub(super) fn scorecard(app: &App, w: &ReviewWizard) -> Vec<Line<'static>> {
    let f = match figures(app, w) {
        Ok(f) => f,
        Err(line) => return vec![line],
    };
    let mut lines = vec![
        text(
            app,
            t!(
                "rev-scorecard-intro",
                period = f.period.label.as_str(),
                first = f.trailing.first.to_string(),
                last = f.trailing.last.to_string()
            ),
            Role::Muted,
        ),
        Line::default(),
        text(
            app,
            format!(
                "{}{:>14}{}",
                fit("", METRIC_CELLS),
                f.period.label,
                right(&t!("rev-col-3-months-before"), 18)
            ),
            Role::Header,
        ),
    ];
    for c in &f.scorecard {
        lines.push(comparison_line(app, c, &f.currency));
    }
    lines_push_heading(app, &mut lines, &t!("rev-heading-stage-conversion"));
    for c in &f.conversions {
        lines.push(comparison_line(app, c, &f.currency));
    }
    let alerts = f.alerts();
    lines_push_heading(app, &mut lines, &t!("rev-heading-alerts"));
    if alerts.is_empty() {
        lines.push(text(app, format!("✓ {}", t!("rev-no-alerts")), Role::Won));
    }
    for a in alerts {
        lines.push(text(app, format!("⚠ {a}"), Role::Warning));
    }
    lines
}

pub(super) fn contrast(app: &App, w: &ReviewWizard, width: u16) -> Vec<Line<'static>> {
    let f = match figures(app, w) {
        Ok(f) => f,
        Err(line) => return vec![line],
    };
    let mut lines = vec![
        text(
            app,
            t!("rev-contrast-intro", period = f.period.label.as_str()),
            Role::Muted,
        ),
        Line::default(),
        text(
            app,
            format!(
                "{}{}{}",
                fit("", METRIC_CELLS),
                right(&t!("rev-col-won"), 14),
                right(&t!("rev-col-lost"), 14)
            ),
            Role::Header,
        ),
    ];
    for row in &f.contrast {
        lines.push(text(
            app,
            format!(
                "{}{}{}",
                fit(row.attribute, METRIC_CELLS),
                right(&show(row.unit, row.won, &f.currency), 14),
                right(&show(row.unit, row.lost, &f.currency), 14)
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
        &t!("rev-contrast-by", dimension = dim.dimension),
    );
    let bar_w = width.saturating_sub(34 + 18 + 10).min(30) as usize;
    lines.push(text(
        app,
        format!(
            "{}{}{}{}",
            fit("", METRIC_CELLS),
            right(&t!("rev-col-won"), 6),
            right(&t!("rev-col-lost"), 6),
            right(&t!("rev-col-rate"), 8)
        ),
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
                    o.win_rate.map_or("—".into(), crate::format::percent)
                ))
                .into_owned(),
                app.look.theme.style(Role::Base),
            ),
            Span::styled("█".repeat(filled), app.look.theme.style(Role::Won)),
            Span::styled(
                "░".repeat(bar_w - filled.min(bar_w)),
                app.look.theme.style(Role::BarEmpty),
            ),
        ]));
    }
    lines
}

/// The tables of the patterns step, in tab order (catalogue keys).
pub(super) const PATTERN_VIEWS: [&str; 5] = [
    "rev-view-reason",
    "rev-view-competitor",
    "rev-view-stage",
    "rev-view-owner",
    "rev-view-sub-reason",
];

pub(super) fn patterns(app: &App, w: &ReviewWizard, width: u16) -> Vec<Line<'static>> {
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
                format!("[{}]", t!(v))
            } else {
                t!(v)
            }
        })
        .collect();
    let mut lines = vec![
        text(
            app,
            t!(
                "rev-patterns-intro",
                lost = l.lost,
                amount = group_thousands(l.lost_amount, 0),
                currency = f.currency.as_str(),
                controllable = l.controllable.to_string()
            ),
            Role::Muted,
        ),
        text(
            app,
            t!("rev-patterns-by", views = strip.join(" ")),
            Role::Muted,
        ),
        Line::default(),
    ];
    let earlier = (view == 0 && !f.earlier.is_empty()).then(|| earlier_reason_shares(&f.earlier));
    let tail_w = 6 + 12 + 8 + 8 + if earlier.is_some() { 9 } else { 0 };
    // The labels take what their longest needs (up to 48 cells), as long as
    // the bar keeps 10; the bar takes the rest, up to 30.
    let longest = rows
        .iter()
        .map(|r| crate::text::width(&sanitize(&r.value)) + 1)
        .max()
        .unwrap_or(0);
    let room = (width as usize).saturating_sub(tail_w + 2 + 10);
    let label_w = longest.clamp(12, 48).min(room.max(12));
    let bar_w = (width as usize)
        .saturating_sub(label_w + tail_w + 2)
        .clamp(4, 30);
    let top = rows.iter().map(|r| r.deals).max().unwrap_or(1).max(1);
    lines.push(text(
        app,
        format!(
            "{}{}{}{}{}{}{}",
            fit("", label_w),
            fit(&format!("{} ", t!("rev-col-deals-bar")), bar_w + 1),
            right(&t!("rev-col-deals"), 6),
            right(&t!("rev-col-amount"), 12),
            right(&t!("rev-col-share"), 8),
            right(&t!("rev-col-cumulative"), 8),
            if earlier.is_some() {
                right(&t!("rev-col-earlier"), 9)
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
                app.look.theme.style(Role::Base),
            ),
            Span::styled("█".repeat(filled), app.look.theme.style(Role::Lost)),
            Span::raw(" ".repeat(bar_w - filled + 1)),
            Span::styled(
                format!(
                    "{:>6}{:>12}{:>8}{:>8}",
                    row.deals,
                    group_thousands(row.amount, 0),
                    pct(row.share),
                    pct(row.cumulative_share)
                ),
                app.look.theme.style(Role::Base),
            ),
        ];
        if let Some(before) = &earlier {
            spans.push(Span::styled(
                format!(
                    "{:>9}",
                    before.get(&row.value).map_or("—".into(), |s| pct(*s))
                ),
                app.look.theme.style(Role::Muted),
            ));
        }
        lines.push(Line::from(spans));
    }
    if earlier.is_some() {
        let labels: Vec<&str> = f.earlier.iter().map(|e| e.period.label.as_str()).collect();
        lines.push(Line::default());
        lines.push(text(
            app,
            t!("rev-patterns-earlier", periods = labels.join(", ")),
            Role::Muted,
        ));
    }
    if view == 0 && !l.lessons.is_empty() {
        lines_push_heading(app, &mut lines, &t!("rev-heading-lessons"));
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

/// A value on its own line under the label column: two spans, so a wrapped line
/// goes on under the value.
fn under_label(app: &App, indent: &str, value: String, role: Role) -> Line<'static> {
    let style = app.look.theme.style(role);
    Line::from(vec![
        Span::styled(indent.to_string(), style),
        Span::styled(crate::text::sanitize(&value).into_owned(), style),
    ])
}

pub(super) fn finish(app: &App, w: &ReviewWizard) -> Vec<Line<'static>> {
    let Some(r) = &w.review else {
        return vec![];
    };
    let mut lines = Vec::new();
    if r.is_finished() {
        lines.push(text(app, format!("✓ {}", t!("rev-finished")), Role::Won));
        if let Some(path) = &r.report_path {
            lines.push(Line::default());
            lines.push(text(app, t!("rev-report-written-to"), Role::Header));
            lines.push(text(app, path.clone(), Role::Accent));
        }
        lines.push(Line::default());
        lines.push(text(
            app,
            t!("rev-show-again", id = r.id.to_string()),
            Role::Muted,
        ));
        return lines;
    }
    let untriaged = r.lost_deals.len().saturating_sub(r.triaged.len());
    lines.push(text(app, t!("rev-finish-intro"), Role::Muted));
    lines.push(Line::default());
    // A label column of 14 cells, the value after it; follow-on lines indented as far.
    let row = |key: &str, value: String| format!("{}{value}", left(&t!(key), 14));
    let indent = " ".repeat(14);
    lines.push(text(
        app,
        row("rev-finish-period", r.period_label()),
        Role::Base,
    ));
    lines.push(text(
        app,
        row(
            "rev-finish-participants",
            if r.participants.is_empty() {
                "—".into()
            } else {
                r.participants.join(", ")
            },
        ),
        Role::Base,
    ));
    lines.push(text(
        app,
        row(
            "rev-finish-triage",
            t!(
                "rev-finish-triaged-of",
                done = r.triaged.len(),
                total = r.lost_deals.len()
            ),
        ),
        if untriaged > 0 {
            Role::Warning
        } else {
            Role::Base
        },
    ));
    if untriaged > 0 {
        lines.push(under_label(
            app,
            &indent,
            t!("rev-finish-untriaged", count = untriaged),
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
        row(
            "rev-finish-last-actions",
            t!(
                "rev-finish-answered-of",
                done = answered,
                total = w.carried.len()
            ),
        ),
        Role::Base,
    ));
    lines.push(text(
        app,
        row("rev-finish-new-actions", w.chosen.len().to_string()),
        Role::Base,
    ));
    for a in &w.chosen {
        lines.push(under_label(
            app,
            &indent,
            format!(
                "· {}",
                t!(
                    "rev-finish-action",
                    title = a.title.as_str(),
                    owner = app.data.owner_name(a.owner),
                    due = a.due.to_string()
                )
            ),
            Role::Base,
        ));
    }
    lines.push(Line::default());
    match figures(app, w) {
        Ok(_) => lines.push(text(app, t!("rev-finish-enter"), Role::Accent)),
        Err(line) => lines.push(line),
    }
    lines
}
