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

pub(super) fn actions(app: &App, w: &ReviewWizard, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
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

pub(super) fn triage(app: &App, w: &ReviewWizard, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
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
