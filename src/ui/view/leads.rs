//! The lead pool (`g l`): which leads and the filter, a row per lead, the
//! selected lead's score parts, warnings and history, the keys at the bottom,
//! and a form over it while one is open.

use super::columns::{Column, Fill, header_line, row_line, stretch};
use super::put;
use crate::ui::action::Action;
use crate::ui::app::App;
use crate::ui::keymap::Scope;
use crate::ui::layers::leads::LeadPool;
use crate::ui::theme::Role;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

#[derive(Debug, Clone, Copy)]
enum Shows {
    Id,
    Company,
    Contact,
    Channel,
    Score,
    Parts,
    Age,
    Owner,
    Status,
    Warnings,
}
use Shows::*;

/// A wide screen adds the contact and the score's parts, and words the warnings.
/// The company takes what the other columns leave.
fn layout(width: u16) -> Vec<Column<Shows>> {
    let wide = width >= WIDE;
    let id = Column::new(Id, "list-leads-col-id", Fill::Left(6));
    let company = Column::new(Company, "list-leads-col-company", Fill::Cut(0));
    let score = Column::new(Score, "list-leads-col-score", Fill::Right(5));
    let age = Column::new(Age, "list-leads-col-age", Fill::Right(4));
    let status = Column::new(Status, "list-leads-col-status", Fill::Left(12));
    let mut columns = if wide {
        vec![
            id,
            company,
            Column::new(Contact, "list-leads-col-contact", Fill::Cut(16)),
            Column::new(Channel, "list-leads-col-channel", Fill::Left(9)),
            score,
            Column::new(Parts, "list-leads-col-parts", Fill::Right(9)),
            age,
            Column::new(Owner, "list-leads-col-owner", Fill::Cut(14)).after("  "),
            status,
            Column::new(Warnings, "list-leads-col-warnings", Fill::Rest),
        ]
    } else {
        vec![
            id,
            company,
            score,
            Column::new(Channel, "list-leads-col-channel", Fill::Left(8)),
            age,
            Column::new(Owner, "list-leads-col-owner", Fill::Cut(10)).after("  "),
            status,
            Column::new(Warnings, "list-leads-col-warn", Fill::Rest),
        ]
    };
    // Worded warnings ("no follow-up 48 h", "≈ Company") want room; the short ones little.
    stretch(&mut columns, width, if wide { 24 } else { 6 }, 20, 36);
    columns
}

/// From this width on, the contact and the score's parts show and warnings are
/// worded: every column at its width, the company at 24 cells at least.
const WIDE: u16 = 136;

/// The pool's keys as bound (a user's keymap shows its own); the rarer ones
/// only where they fit (`?` lists them all).
fn hints(app: &App, width: u16) -> String {
    let mut keys = vec![
        (Action::ClaimLead, "list-leads-hint-claim"),
        (Action::AssignLead, "list-leads-hint-assign"),
        (Action::LogActivity, "list-leads-hint-follow-up"),
        (Action::QualifyLead, "list-leads-hint-qualify"),
    ];
    if width >= 90 {
        keys.push((Action::DisqualifyLead, "list-leads-hint-disqualify"));
    }
    if width >= 100 {
        keys.push((Action::ReturnLead, "list-leads-hint-return"));
    }
    keys.extend([
        (Action::NextTab, "list-leads-hint-which"),
        (Action::Filter, "list-leads-hint-filter"),
    ]);
    if width < 100 {
        keys.push((Action::Help, "list-leads-hint-all-keys"));
    }
    let words: Vec<(Action, String)> = keys
        .into_iter()
        .map(|(a, key)| (a, crate::i18n::message(key, None)))
        .collect();
    let items: Vec<(Action, &str)> = words.iter().map(|(a, w)| (*a, w.as_str())).collect();
    super::layers::hints_in(app, Scope::Leads, &items)
}

pub fn render(app: &App, pool: &LeadPool, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
    let title_key = if pool.duplicates_checked {
        "list-leads-title"
    } else {
        "list-leads-title-checking"
    };
    let title = format!(
        " {}",
        t!(
            title_key,
            which = pool.which.label(),
            shown = pool.shown.len(),
            total = pool.rows.len()
        )
    );
    if !super::screen_start(app, area, buf, 8, &title) {
        return;
    }
    let filter = if pool.filtering {
        t!("list-leads-filter-typing", text = pool.filter.text.as_str())
    } else if !pool.filter.text.is_empty() {
        t!("list-leads-filter-kept", text = pool.filter.text.as_str())
    } else {
        t!("list-leads-filter-none")
    };
    let filter = format!(" {filter}");
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
    let wide = area.width >= WIDE;
    let columns = layout(area.width);
    let header = header_line(&columns);
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
                t!("list-leads-warn-no-follow-up", hours = pool.follow_up_hours)
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
            t!("list-leads-owner-pool")
        } else {
            r.owner.clone()
        };
        let line = row_line(&columns, |c| match c {
            Id => format!("L-{}", l.id),
            Company => l.company.clone(),
            Contact => l.contact_name.clone(),
            Channel => l.channel.label().to_string(),
            Score => l.score.to_string(),
            Parts => format!("{}+{}", r.parts.fit, r.parts.behaviour),
            Age => t!("list-leads-age", days = r.age_days),
            Owner => owner.clone(),
            Status => l.status.label().to_string(),
            Warnings => warn.join(" "),
        });
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
            t!("list-leads-empty", which = pool.which.label())
        } else {
            t!("list-leads-no-match", filter = pool.filter.text.as_str())
        };
        let empty = format!(" {empty}");
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
            crate::domain::LeadStatus::Qualified => t!("list-leads-qualified-no-deal"),
            s => s.label().to_string(),
        };
        let mut lines = vec![
            format!(
                " L-{} {} · {status} · {} {} {}",
                l.id, l.company, l.contact_name, l.phone, l.email
            ),
            format!(
                "   {}",
                t!(
                    "list-leads-score",
                    score = l.score,
                    fit = r.parts.fit,
                    industry = if l.industry.is_empty() {
                        t!("list-leads-no-industry")
                    } else {
                        l.industry.clone()
                    },
                    size = l.size.label(),
                    behaviour = r.parts.behaviour
                )
            ),
        ];
        lines.extend(r.duplicates.iter().map(|d| format!("   ≈ {d}")));
        lines.extend(r.history.iter().rev().map(|h| format!("   {h}")));
        if lines.len() == 2 {
            lines.push(format!("   {}", t!("list-leads-no-history")));
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
