//! The wizard steps with input: period and participants, earlier actions, triage.

use super::*;

pub(super) fn period(app: &App, w: &ReviewWizard, area: Rect, buf: &mut Buffer) {
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
    let mut lines = vec![text(app, t!("rev-earlier-reviews"), Role::Header)];
    if w.past.is_empty() {
        lines.push(text(app, t!("rev-earlier-none"), Role::Muted));
    }
    for r in w.past.iter().rev() {
        lines.push(text(
            app,
            format!(
                "R-{:<3} {:<9} {}",
                r.id,
                r.period_label(),
                t!(
                    "rev-earlier-review",
                    lost = r.lost_deals.len(),
                    finished = r
                        .finished_at
                        .map_or(String::new(), |a| a.format("%Y-%m-%d").to_string())
                )
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

pub(super) fn actions(app: &App, w: &ReviewWizard, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
    let Some(form) = &w.form else { return };
    if w.carried.is_empty() {
        put(
            buf,
            area.x,
            area.y,
            &t!("rev-actions-none"),
            area.width,
            t.style(Role::Muted),
        );
        return;
    }
    put(
        buf,
        area.x,
        area.y,
        &t!("rev-actions-intro"),
        area.width,
        t.style(Role::Muted),
    );
    // Three rows per action and a blank one between, closer where that would
    // hide some; the focused one kept in view, and a mark for those out of it.
    let count = w.carried.len().min(MAX_CARRIED);
    let body = area.height.saturating_sub(3);
    let per: u16 = if body >= 4 * count as u16 { 4 } else { 3 };
    let room = (body / per).max(1) as usize;
    let focused = form.focus / 2;
    let first = focused.saturating_sub(room - 1);
    let marks: Vec<String> = [
        (first > 0).then(|| t!("board-more-above", count = first)),
        (first + room < count).then(|| t!("board-more-below", count = count - first - room)),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !marks.is_empty() {
        put(
            buf,
            area.x,
            area.y + area.height - 2,
            &t!("rev-actions-out-of-view", marks = marks.join("  ")),
            area.width,
            t.style(Role::Accent),
        );
    }
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
                format!(
                    " · {}",
                    t!("rev-action-chosen-in", period = r.period_label())
                )
            });
        let overdue_note = if overdue {
            format!(" · {}", t!("rev-action-overdue"))
        } else {
            String::new()
        };
        let meta = format!(
            "   {owner} · {}{overdue_note}{from}",
            t!("rev-action-due", due = a.due.to_string())
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
                format!("{} ◂ {} ▸", t!("rev-field-status"), s.value())
            } else {
                format!("{} {}", t!("rev-field-status"), s.value())
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
                    format!("{} {before}▏{after}", t!("rev-field-note"))
                }
                _ => format!("{} {}", t!("rev-field-note"), n.value()),
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
            &t!("rev-actions-more", count = w.carried.len() - MAX_CARRIED),
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

pub(super) fn triage(app: &App, w: &ReviewWizard, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
    let (at, total, triaged, skipped) = w.progress();
    if total == 0 {
        put(
            buf,
            area.x,
            area.y,
            &t!("rev-triage-none"),
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
            &if all {
                t!("rev-triage-all-done")
            } else {
                t!("rev-triage-loading")
            },
            area.width,
            t.style(Role::Muted),
        );
        return;
    };
    let head = t!(
        "rev-triage-progress",
        at = at,
        total = total,
        triaged = triaged,
        skipped = skipped
    );
    let used = put(buf, area.x, area.y, &head, area.width, t.style(Role::Title));
    let bar_w = area.width.saturating_sub(used + 2).min(40);
    super::super::reports::bar(
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
    let whose = format!(
        "{} · {} · {}",
        card.account,
        d.amount,
        app.data.owner_name(d.owner)
    );
    let lost_at = t!(
        "rev-triage-lost-at",
        stage = card.stage_lost_at.as_str(),
        day = d
            .closed_at
            .map_or(String::new(), |c| c.date_naive().to_string())
    );
    let facts = format!("{whose} · {lost_at}");
    // Too long for one line, where and when it was lost take the blank line
    // below rather than being cut.
    let lines = match crate::text::width(&facts) <= usize::from(area.width) {
        true => vec![facts],
        false => vec![whose, lost_at],
    };
    for (row, line) in (area.y + 3..).zip(&lines) {
        put(buf, area.x, row, line, area.width, t.style(Role::Muted));
    }
    let state = w.review.as_ref().and_then(|r| {
        if r.triage_of(d.id).is_some() {
            Some((format!("✓ {}", t!("rev-triage-already")), Role::Won))
        } else if r.skipped.contains(&d.id) {
            Some((format!("↷ {}", t!("rev-triage-skipped")), Role::Warning))
        } else {
            None
        }
    });
    if let Some((note, role)) = state {
        put(buf, area.x, area.y + 4, &note, area.width, t.style(role));
    }
    let form_area = Rect {
        y: area.y + 5,
        height: area.height.saturating_sub(5),
        ..area
    };
    let mut form = card.dialog.form.clone();
    if form.notes.is_empty() {
        form.notes = vec![t!("rev-triage-no-signal")];
    }
    render_in(app, &form, "", form_area, buf);
}
