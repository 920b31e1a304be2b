//! The lead pool (`g l`): which leads and the filter, a row per lead, the
//! selected lead's score parts, warnings and history, the keys at the bottom,
//! and a form over it while one is open.

use super::put;
use crate::text::fit;
use crate::ui::action::Action;
use crate::ui::app::App;
use crate::ui::keymap::Scope;
use crate::ui::layers::leads::LeadPool;
use crate::ui::theme::Role;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// The pool's keys as bound (a user's keymap shows its own); the rarer ones
/// only where they fit (`?` lists them all).
fn hints(app: &App, width: u16) -> String {
    let mut keys = vec![
        (Action::ClaimLead, "claim"),
        (Action::AssignLead, "assign"),
        (Action::LogActivity, "follow-up"),
        (Action::QualifyLead, "qualify"),
    ];
    if width >= 90 {
        keys.push((Action::DisqualifyLead, "disqualify"));
    }
    if width >= 100 {
        keys.push((Action::ReturnLead, "to pool"));
    }
    keys.extend([(Action::NextTab, "which"), (Action::Filter, "filter")]);
    if width < 100 {
        keys.push((Action::Help, "all keys"));
    }
    super::layers::hints_in(app, Scope::Leads, &keys)
}

pub fn render(app: &App, pool: &LeadPool, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
    let title = format!(
        " Lead pool (公海) · {} · {} of {}{}",
        pool.which.label(),
        pool.shown.len(),
        pool.rows.len(),
        if pool.duplicates_checked {
            ""
        } else {
            " · looking for duplicates…"
        }
    );
    if !super::screen_start(app, area, buf, 8, &title) {
        return;
    }
    let filter = if pool.filtering || !pool.filter.text.is_empty() {
        format!(
            " / {}{}   best match first{}",
            pool.filter.text,
            if pool.filtering { "▏" } else { "" },
            if pool.filtering {
                " · enter keeps it · esc clears it"
            } else {
                " · f then esc clears it"
            }
        )
    } else {
        " best score first · f filters · tab: in the pool, mine, open, all · ⚑ not followed up · ≈ duplicates".to_string()
    };
    let filter_role = if pool.filtering {
        Role::Selected
    } else {
        Role::Muted
    };
    put(
        buf,
        area.x,
        area.y + 1,
        &filter,
        area.width,
        t.style(filter_role),
    );
    let wide = area.width >= 110;
    let company_w = if wide { 30 } else { 20 };
    let header = if wide {
        format!(
            " {:<6} {} {:<16} {:<9} {:>5} {:>9} {:>4}  {:<14} {:<12} {}",
            "id",
            fit("company", company_w),
            "contact",
            "channel",
            "score",
            "fit+beh",
            "age",
            "owner",
            "status",
            "warnings"
        )
    } else {
        format!(
            " {:<6} {} {:>5} {:<8} {:>4}  {:<10} {:<12} {}",
            "id",
            fit("company", company_w),
            "score",
            "channel",
            "age",
            "owner",
            "status",
            "warn"
        )
    };
    put(
        buf,
        area.x,
        area.y + 2,
        &header,
        area.width,
        t.style(Role::Header),
    );
    // The selected lead's card takes the bottom rows: parts, warnings, history.
    let card_rows: u16 = if area.height >= 20 { 6 } else { 3 };
    let body_y = area.y + 3;
    let rows = usize::from(area.height.saturating_sub(5 + card_rows));
    let first = pool.selected.saturating_sub(rows.saturating_sub(1));
    for (n, i) in pool.shown.iter().enumerate().skip(first).take(rows) {
        let Some(r) = pool.rows.get(*i) else { continue };
        let l = &r.lead;
        let mut warn = Vec::new();
        if r.flagged {
            warn.push(if wide {
                format!("⚑ no follow-up {} h", pool.follow_up_hours)
            } else {
                "⚑".to_string()
            });
        }
        match (r.duplicates.first(), wide) {
            (Some(d), true) => warn.push(format!("≈ {d}")),
            (Some(_), false) => warn.push(format!("≈{}", r.duplicates.len())),
            (None, _) => {}
        }
        let owner = if r.owner.is_empty() {
            "(pool)"
        } else {
            &r.owner
        };
        let id = format!("L-{}", l.id);
        let line = if wide {
            format!(
                " {:<6} {} {} {:<9} {:>5} {:>9} {:>3}d  {} {:<12} {}",
                id,
                fit(&l.company, company_w),
                fit(&l.contact_name, 16),
                l.channel.label(),
                l.score,
                format!("{}+{}", r.parts.fit, r.parts.behaviour),
                r.age_days,
                fit(owner, 14),
                l.status.label(),
                warn.join(" ")
            )
        } else {
            format!(
                " {:<6} {} {:>5} {:<8} {:>3}d  {} {:<12} {}",
                id,
                fit(&l.company, company_w),
                l.score,
                l.channel.label(),
                r.age_days,
                fit(owner, 10),
                l.status.label(),
                warn.join(" ")
            )
        };
        let role = if n == pool.selected {
            Role::Selected
        } else if r.flagged {
            Role::Warning
        } else {
            Role::Base
        };
        put(
            buf,
            area.x,
            body_y + (n - first) as u16,
            &line,
            area.width,
            t.style(role),
        );
    }
    if pool.shown.is_empty() {
        let empty = if pool.filter.text.is_empty() {
            format!(" No leads {} · tab shows the others", pool.which.label())
        } else {
            format!(" No lead matches “{}”", pool.filter.text)
        };
        put(
            buf,
            area.x,
            body_y,
            &empty,
            area.width,
            t.style(Role::Muted),
        );
    }
    let card_y = area.y + area.height - 1 - card_rows;
    if let Some(r) = pool.current() {
        let l = &r.lead;
        let status = match l.status {
            crate::domain::LeadStatus::Qualified => "qualified, no deal yet",
            s => s.label(),
        };
        let mut lines = vec![
            format!(
                " L-{} {} · {status} · {} {} {}",
                l.id, l.company, l.contact_name, l.phone, l.email
            ),
            format!(
                "   score {} = fit {} ({}, {} employees) + behaviour {}",
                l.score,
                r.parts.fit,
                if l.industry.is_empty() {
                    "no industry"
                } else {
                    &l.industry
                },
                l.size.label(),
                r.parts.behaviour
            ),
        ];
        lines.extend(r.duplicates.iter().map(|d| format!("   ≈ {d}")));
        lines.extend(r.history.iter().rev().map(|h| format!("   {h}")));
        if lines.len() == 2 {
            lines.push("   no history yet".into());
        }
        for (k, line) in lines.iter().take(usize::from(card_rows)).enumerate() {
            let role = if k == 0 { Role::Header } else { Role::Muted };
            put(
                buf,
                area.x,
                card_y + k as u16,
                line,
                area.width,
                t.style(role),
            );
        }
    }
    super::layers::foot_and_form(
        app,
        (
            area.x + 1,
            area.y + area.height - 1,
            area.width.saturating_sub(1),
        ),
        pool.notice.as_ref(),
        &hints(app, area.width),
        pool.form.as_ref().map(|(_, f)| f),
        area,
        buf,
    );
}
