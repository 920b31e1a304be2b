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

pub(super) fn contrast(app: &App, w: &ReviewWizard, width: u16) -> Vec<Line<'static>> {
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

pub(super) const PATTERN_VIEWS: [&str; 5] = [
    "reason",
    "competitor",
    "stage lost at",
    "owner",
    "sub-reason",
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
    let wide = usize::from(width >= 130) * 8;
    let label_w = if view == 4 { 40 } else { 28 } + wide;
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

pub(super) fn finish(app: &App, w: &ReviewWizard) -> Vec<Line<'static>> {
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
