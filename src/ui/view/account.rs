//! An account's page: the name and facts, parent and subsidiaries, then its
//! four sections stacked — the one `tab` is on gets the most rows and shows
//! the cursor — the keys at the bottom, and a form over it while one is open.

use super::put;
use crate::account_page::AccountPage;
use crate::ui::action::Action;
use crate::ui::app::App;
use crate::ui::keymap::Scope;
use crate::ui::layers::account::{AccountView, Section};
use crate::ui::theme::Role;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// A section's rows, each a part a narrow screen may cut and a part it keeps
/// (the deal's amount and state, a contact's last contact; empty for the others).
fn section_lines(view: &AccountView, section: Section) -> Vec<(String, String)> {
    let page = &view.page;
    let whole = |line: String| (line, String::new());
    match section {
        Section::Deals => page.deals.iter().map(|d| page.deal_parts(d)).collect(),
        Section::Contacts => page
            .contacts
            .iter()
            .map(AccountPage::contact_parts)
            .collect(),
        Section::Activities => page
            .activities
            .iter()
            .map(|a| whole(page.activity_line(a)))
            .collect(),
        Section::Quotes => page
            .quotes
            .iter()
            .map(|q| whole(page.quote_line(q)))
            .collect(),
    }
}

/// A row in `cells`: the kept part whole where the cut part leaves it room.
fn fitted(cut: &str, kept: &str, cells: usize) -> String {
    if kept.is_empty() {
        return cut.to_string();
    }
    let kept_w = crate::text::width(kept) + 3;
    if crate::text::width(cut) + kept_w <= cells || cells < kept_w + 12 {
        return format!("{cut} · {kept}");
    }
    format!("{} · {kept}", crate::text::truncate(cut, cells - kept_w))
}

pub fn render(app: &App, view: &AccountView, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
    let page = &view.page;
    if !super::screen_start(app, area, buf, 10, &format!(" {}", page.account.name)) {
        return;
    }
    let owner_name = |o| app.data.owner_name(o).to_string();
    let mut y = area.y + 1;
    put(
        buf,
        area.x,
        y,
        &format!(" {}", page.facts(&owner_name)),
        area.width,
        t.style(Role::Muted),
    );
    y += 1;
    if let Some(family) = page.family() {
        put(
            buf,
            area.x,
            y,
            &format!(" {family}"),
            area.width,
            t.style(Role::Muted),
        );
        y += 1;
    }
    // Rows for the sections: each other one a header and two rows, the
    // focused one the rest.
    let body = (area.y + area.height - 1).saturating_sub(y);
    let others = 3 * 3;
    let focused_rows = body.saturating_sub(others).max(3);
    for section in Section::ALL {
        let lines = section_lines(view, section);
        let focused = section == view.section;
        // As many rows as it has (at least the "none" line), within its share.
        let wanted = lines.len().max(1) as u16 + 1;
        let height = wanted.min(if focused { focused_rows } else { 3 });
        if y + height > area.y + area.height - 1 {
            break;
        }
        let header = format!(
            " {} ({}){}",
            section.label(),
            lines.len(),
            if focused { "  ◂" } else { "" }
        );
        let header_role = if focused { Role::Header } else { Role::Muted };
        put(buf, area.x, y, &header, area.width, t.style(header_role));
        let rows = usize::from(height.saturating_sub(1));
        let cursor = view.cursor(section);
        let first = if focused {
            cursor.saturating_sub(rows.saturating_sub(1))
        } else {
            0
        };
        // A folded section keeps its last row to say how many it does not show.
        let rows = if !focused && lines.len() > rows {
            rows.saturating_sub(1)
        } else {
            rows
        };
        let hidden = lines.len().saturating_sub(first + rows);
        if hidden > 0 && !focused {
            let more = format!(
                "   {}",
                t!(
                    "list-account-more",
                    count = hidden,
                    section = section.label().to_lowercase()
                )
            );
            let more_y = y + 1 + rows as u16;
            put(buf, area.x, more_y, &more, area.width, t.style(Role::Muted));
        }
        for (i, (cut, kept)) in lines.iter().enumerate().skip(first).take(rows) {
            let line = fitted(cut, kept, usize::from(area.width.saturating_sub(3)));
            let role = if focused && i == cursor {
                Role::Selected
            } else {
                Role::Base
            };
            let row_y = y + 1 + (i - first) as u16;
            put(
                buf,
                area.x,
                row_y,
                &format!("   {line}"),
                area.width,
                t.style(role),
            );
        }
        if lines.is_empty() {
            put(
                buf,
                area.x,
                y + 1,
                &format!("   {}", t!("list-account-none")),
                area.width,
                t.style(Role::Muted),
            );
        }
        y += height;
    }
    let words = [
        (Action::NextTab, t!("list-account-hint-section")),
        (Action::OpenDetail, t!("list-account-hint-open")),
        (Action::EditAccount, t!("list-account-hint-edit")),
        (Action::NewContact, t!("list-account-hint-add-contact")),
        (Action::MoveContact, t!("list-account-hint-move-contact")),
    ];
    let items: Vec<(Action, &str)> = words.iter().map(|(a, w)| (*a, w.as_str())).collect();
    let keys = super::layers::hints_in(app, Scope::Account, &items);
    super::layers::foot_and_form(
        app,
        (
            area.x + 1,
            area.y + area.height - 1,
            area.width.saturating_sub(1),
        ),
        view.notice.as_ref(),
        &keys,
        view.form.as_ref().map(|(_, f)| f),
        area,
        buf,
    );
}
