//! The deal detail pane: fields, scorecard, power map, timeline, risks, quotes.

use super::fill;
use crate::domain::money::group_thousands;
use crate::domain::risk::{DealContext, Severity, decision_maker_silence, risks};
use crate::domain::*;
use crate::text::sanitize;
use crate::ui::app::App;
use crate::ui::detail::Detail;
use crate::ui::theme::{Role, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

fn s(text: &str) -> String {
    sanitize(text).into_owned()
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    fill(buf, area, app.look.theme.style(Role::Base));
    let Some(d) = &app.detail else { return };
    let t = &app.look.theme;
    let Some(pipeline) = app.data.pipeline_of(&d.deal).or(app.data.pipelines.first()) else {
        return;
    };
    let (left, right) = columns(app, d, pipeline, area.width);
    let last_top = content_height(area.width, left.len(), right.len()).saturating_sub(area.height);
    // Clamped here too: a resize can leave the stored scroll past the new end.
    let scroll = (d.scroll.min(last_top as usize) as u16, 0);
    if area.width >= TWO_COLUMNS_FROM {
        let lw = area.width / 2;
        Paragraph::new(left)
            .style(t.style(Role::Base))
            .scroll(scroll)
            .render(
                Rect {
                    width: lw - 1,
                    ..area
                },
                buf,
            );
        Paragraph::new(right)
            .style(t.style(Role::Base))
            .scroll(scroll)
            .render(
                Rect {
                    x: area.x + lw + 1,
                    width: area.width - lw - 1,
                    ..area
                },
                buf,
            );
    } else {
        let mut all = left;
        all.push(Line::default());
        all.extend(right);
        Paragraph::new(all)
            .style(t.style(Role::Base))
            .scroll(scroll)
            .render(area, buf);
    }
}

/// From this width the overview and the relationships stand side by side.
const TWO_COLUMNS_FROM: u16 = 110;

/// The overview and the relationships, each wrapped to its column at this
/// width (one column under the other on a narrow screen).
fn columns(
    app: &App,
    d: &crate::ui::detail::Detail,
    pipeline: &Pipeline,
    width: u16,
) -> (Vec<Line<'static>>, Vec<Line<'static>>) {
    let (left_w, right_w) = if width >= TWO_COLUMNS_FROM {
        let lw = width / 2;
        (lw - 1, width - lw - 1)
    } else {
        (width, width)
    };
    (
        super::wrap::wrap_lines(overview(app, d, pipeline), left_w),
        super::wrap::wrap_lines(relationships(app, d, pipeline), right_w),
    )
}

/// Rows the detail needs at this width, its lines wrapped.
fn content_height(width: u16, left: usize, right: usize) -> u16 {
    let rows = if width >= TWO_COLUMNS_FROM {
        left.max(right)
    } else {
        left + 1 + right
    };
    rows.min(u16::MAX as usize) as u16
}

/// The largest useful scroll offset for the open detail in an area of this size, so
/// scrolling down stops at the last line instead of running into blank space.
pub fn last_scroll(app: &App, width: u16, height: u16) -> usize {
    let Some(d) = &app.detail else { return 0 };
    let Some(pipeline) = app.data.pipeline_of(&d.deal).or(app.data.pipelines.first()) else {
        return 0;
    };
    let (left, right) = columns(app, d, pipeline, width);
    content_height(width, left.len(), right.len()).saturating_sub(height) as usize
}

fn heading<'a>(t: &Theme, text: &str) -> Line<'a> {
    Line::from(Span::styled(format!(" {text}"), t.style(Role::Header)))
}

use crate::text::pad_end as pad;

/// A field of the overview: its label (a catalogue key) and value.
fn field<'a>(t: &Theme, key: &str, value: String, role: Role) -> Line<'a> {
    Line::from(vec![
        Span::styled(format!("  {}", pad(&t!(key), 11)), t.style(Role::Muted)),
        Span::styled(value, t.style(role)),
    ])
}

fn overview<'a>(app: &App, d: &Detail, pipeline: &Pipeline) -> Vec<Line<'a>> {
    let t = &app.look.theme;
    let deal = &d.deal;
    let stage = pipeline.stage(deal.stage);
    let probability = deal
        .probability_override
        .or(stage.map(|s| s.probability))
        .unwrap_or(0);
    let mut out = vec![
        Line::from(Span::styled(
            format!(" {}", s(&deal.title)),
            t.style(Role::Title),
        )),
        Line::from(Span::styled(
            place_line(
                d.account.as_ref().map(|a| a.name.as_str()).unwrap_or("?"),
                stage.map(|s| s.name.as_str()).unwrap_or("?"),
                deal.status.label(),
            ),
            t.style(Role::Muted),
        )),
        Line::default(),
        // A closed deal's amount is what it was won or lost at: no weighting.
        field(
            t,
            "detail-field-amount",
            if deal.is_open() {
                t!(
                    "detail-amount-weighted",
                    amount = deal.amount.to_string(),
                    probability = probability.to_string(),
                    weighted = group_thousands(deal.amount.weighted(probability), 0)
                )
            } else {
                deal.amount.to_string()
            },
            Role::Base,
        ),
        field(
            t,
            "detail-field-owner",
            s(app.data.owner_name(deal.owner)),
            Role::Base,
        ),
        match deal.closed_at {
            Some(at) if !deal.is_open() => field(
                t,
                if deal.status == DealStatus::Won {
                    "detail-field-won-on"
                } else {
                    "detail-field-lost-on"
                },
                crate::format::day(at),
                Role::Base,
            ),
            _ => field(
                t,
                "detail-field-close",
                crate::format::day_or_none(deal.expected_close),
                if deal.expected_close.is_none_or(|c| c < app.now.date_naive()) {
                    Role::Overdue
                } else {
                    Role::Base
                },
            ),
        },
        field(t, "detail-field-source", s(&deal.source), Role::Base),
        field(
            t,
            "detail-field-market",
            format!("{} · {}", s(&deal.industry), s(&deal.region)),
            Role::Base,
        ),
    ];
    if !deal.tags.is_empty() {
        out.push(field(
            t,
            "detail-field-tags",
            s(&deal
                .tags
                .iter()
                .map(|x| format!("#{x}"))
                .collect::<Vec<_>>()
                .join(" ")),
            Role::Accent,
        ));
    }
    if !deal.competitors.is_empty() {
        out.push(field(
            t,
            "detail-field-competing",
            s(&deal.competitors.join(&t!("detail-list-separator"))),
            Role::Warning,
        ));
    }
    if let Some(step) = &deal.next_step {
        let overdue = deal.is_open()
            && deal
                .next_step_date
                .is_some_and(|x| x < app.now.date_naive());
        let when = deal
            .next_step_date
            .map(|x| format!(" ({x})"))
            .unwrap_or_default();
        out.push(field(
            t,
            "detail-field-next-step",
            format!("{}{when}", s(step)),
            if overdue { Role::Overdue } else { Role::Base },
        ));
    }
    if let Some(loss) = &deal.loss {
        let category = s(crate::domain::review::category_name(
            &app.data.loss_reasons,
            &loss.category,
        ));
        let reason = s(&loss.sub_reason);
        let text = match &loss.competitor {
            Some(c) => t!(
                "detail-loss-to",
                category = category,
                reason = reason,
                competitor = s(c)
            ),
            None => t!("detail-loss", category = category, reason = reason),
        };
        out.push(field(t, "detail-field-lost", text, Role::Lost));
        if !loss.lesson.is_empty() {
            out.push(field(t, "detail-field-lesson", s(&loss.lesson), Role::Base));
        }
    }
    if let Some(win) = &deal.win {
        out.push(field(t, "detail-field-won", s(&win.reason), Role::Won));
    }

    out.push(Line::default());
    out.push(heading(
        t,
        &t!(
            "detail-scorecard",
            percent = deal.scorecard.percent().to_string()
        ),
    ));
    for dim in Dimension::ALL {
        let score = deal.scorecard.get(dim);
        out.push(Line::from(vec![
            Span::styled(format!("  {}", pad(dim.label(), 21)), t.style(Role::Muted)),
            Span::styled("■".repeat(score as usize), t.style(Role::Bar)),
            Span::styled("□".repeat(3 - score as usize), t.style(Role::BarEmpty)),
            Span::styled(format!(" {score}"), t.style(Role::Muted)),
        ]));
    }
    for (dim, score) in deal.scorecard.weakest(3) {
        out.push(Line::from(vec![
            Span::styled(
                format!("  ▸ {} ({score}): ", dim.label()),
                t.style(Role::Warning),
            ),
            Span::styled(dim.suggestion().to_string(), t.style(Role::Base)),
        ]));
    }

    // Risks are about what can still go wrong: an open deal's.
    let flags = if !deal.is_open() {
        Vec::new()
    } else {
        risks(&DealContext {
            deal,
            pipeline,
            contacts: &d.contacts,
            activities: &d.activities,
            events: &d.events,
            median_dwell: app.data.median_dwell.get(&deal.stage).copied(),
            now: app.now,
        })
    };
    if !flags.is_empty() {
        out.push(Line::default());
        out.push(heading(t, &t!("detail-risks")));
        for r in flags {
            let role = if r.severity == Severity::High {
                Role::Overdue
            } else {
                Role::Warning
            };
            out.push(Line::from(Span::styled(
                format!("  ⚠ {}", s(&r.reason)),
                t.style(role),
            )));
        }
    }

    out.push(Line::default());
    out.push(heading(t, &t!("detail-quotes")));
    if d.quotes.is_empty() {
        out.push(Line::from(Span::styled(
            format!("  {}", t!("detail-quotes-none")),
            t.style(Role::Muted),
        )));
    }
    for q in &d.quotes {
        if let Some(v) = q.latest() {
            let totals = quote::totals(&v.lines, q.currency);
            let margin = totals
                .margin_pct
                .map(|m| format!("{m} %"))
                .unwrap_or_else(|| crate::format::NONE.into());
            let role = if totals
                .margin_pct
                .is_some_and(|m| m < rust_decimal::Decimal::from(15))
            {
                Role::Overdue
            } else {
                Role::Base
            };
            let status = match v.status {
                quote::QuoteStatus::Draft => t!("detail-quote-draft"),
                quote::QuoteStatus::Sent => t!("detail-quote-sent"),
                quote::QuoteStatus::Accepted => t!("detail-quote-accepted"),
                quote::QuoteStatus::Rejected => t!("detail-quote-rejected"),
            };
            let text = t!(
                "detail-quote-line",
                number = s(&q.number),
                version = v.version.to_string(),
                status = status,
                total = group_thousands(totals.total, q.currency.minor_digits()),
                currency = q.currency.to_string(),
                margin = margin
            );
            out.push(Line::from(Span::styled(format!("  {text}"), t.style(role))));
        }
    }
    out
}

fn relationships<'a>(app: &App, d: &Detail, pipeline: &Pipeline) -> Vec<Line<'a>> {
    let t = &app.look.theme;
    let mut out = vec![heading(t, &t!("detail-power-map"))];
    // A warning about what can still be done: only while the deal is open.
    if let Some((name, days)) = decision_maker_silence(&d.contacts, app.now)
        && days.is_none_or(|x| x > 30)
        && d.deal.is_open()
    {
        let text = match days {
            Some(x) => t!("detail-dm-untouched", name = s(&name), days = x.to_string()),
            None => t!("detail-dm-never", name = s(&name)),
        };
        let text = format!("  {text}");
        out.push(Line::from(Span::styled(text, t.style(Role::Overdue))));
    }
    if d.contacts.is_empty() {
        out.push(Line::from(Span::styled(
            format!("  {}", t!("detail-no-contacts")),
            t.style(Role::Muted),
        )));
    }
    for c in &d.contacts {
        let stance_role = match c.stance {
            Stance::Supporter => Role::Won,
            Stance::Neutral => Role::Muted,
            Stance::Opponent => Role::Lost,
        };
        let age = c
            .last_contacted
            .map(|at| t!("detail-days-ago", days = (app.now - at).num_days()))
            .unwrap_or_else(|| t!("detail-never"));
        out.push(Line::from(vec![
            Span::styled(
                format!("  {}", pad(c.role.label(), 20)),
                t.style(Role::Muted),
            ),
            Span::styled(format!("{} ", s(&c.name)), t.style(Role::Base)),
            Span::styled(c.stance.label().to_string(), t.style(stance_role)),
            Span::styled(
                format!(" · {} · {age}", "●".repeat(c.influence as usize)),
                t.style(Role::Muted),
            ),
        ]));
    }

    out.push(Line::default());
    out.push(heading(t, &t!("detail-timeline")));
    // Activities and stage events together, newest first.
    let mut entries: Vec<(chrono::DateTime<chrono::Utc>, Line<'a>)> = Vec::new();
    let stage_name = |id: StageId| {
        pipeline
            .stage(id)
            .map(|s| s.name.clone())
            .unwrap_or_else(|| format!("#{id}"))
    };
    for e in &d.events {
        let what = match e.from {
            None => t!("detail-event-created", stage = stage_name(e.to)),
            Some(_) if e.reverts.is_some() => t!("detail-event-undo", stage = stage_name(e.to)),
            Some(_) => format!("→ {}", stage_name(e.to)),
        };
        let overrides = if e.gate_overrides.is_empty() {
            String::new()
        } else {
            format!(
                " {}",
                t!(
                    "detail-event-override",
                    reason = s(&e.gate_overrides[0].reason)
                )
            )
        };
        entries.push((
            e.at,
            Line::from(vec![
                Span::styled(
                    format!("  {} ", e.at.format("%Y-%m-%d")),
                    t.style(Role::Muted),
                ),
                Span::styled(format!("{what}{overrides}"), t.style(Role::Accent)),
                Span::styled(format!(" · {}", s(&e.by)), t.style(Role::Muted)),
            ]),
        ));
    }
    for a in &d.activities {
        let due = a
            .due
            .map(|x| format!(" {}", t!("detail-activity-due", date = x.to_string())))
            .unwrap_or_default();
        // Who it was with, by name.
        let with: Vec<&str> = a
            .contacts
            .iter()
            .filter_map(|id| d.contacts.iter().find(|c| c.id == *id))
            .map(|c| c.name.as_str())
            .collect();
        let with = if with.is_empty() {
            String::new()
        } else {
            let names = s(&with.join(&t!("detail-list-separator")));
            format!(" {}", t!("detail-activity-with", names = names))
        };
        entries.push((
            a.at,
            Line::from(vec![
                Span::styled(
                    format!("  {} ", a.at.format("%Y-%m-%d")),
                    t.style(Role::Muted),
                ),
                Span::styled(pad(a.kind.label(), 8), t.style(Role::Key)),
                Span::styled(format!("{}{due}", s(&a.summary)), t.style(Role::Base)),
                Span::styled(with, t.style(Role::Muted)),
            ]),
        ));
    }
    entries.sort_by_key(|e| std::cmp::Reverse(e.0));
    out.extend(entries.into_iter().map(|(_, l)| l));
    out
}

/// " account · stage · status", the status left out when the stage already
/// says it (a deal in the Lost stage is not "Lost · lost").
fn place_line(account: &str, stage: &str, status: &str) -> String {
    let (account, stage) = (s(account), s(stage));
    match stage.to_lowercase() == status.to_lowercase() {
        true => format!(" {account} · {stage}"),
        false => format!(" {account} · {stage} · {status}"),
    }
}

#[cfg(test)]
mod tests {
    use super::place_line;

    #[test]
    fn the_status_is_left_out_only_where_the_stage_says_it() {
        assert_eq!(place_line("Acme", "Lost", "lost"), " Acme · Lost");
        assert_eq!(place_line("Acme", "Won", "won"), " Acme · Won");
        assert_eq!(
            place_line("Acme", "Proposal", "open"),
            " Acme · Proposal · open"
        );
        // A renamed closing stage still says how the deal ended.
        assert_eq!(place_line("Acme", "Dead", "lost"), " Acme · Dead · lost");
    }
}
