//! Drawing the top layer: help, gate checklist, loss capture, search, the
//! command palette and forms.

use super::{fill, put};
use crate::i18n::word;
use crate::text::sanitize;
use crate::ui::action::Action;
use crate::ui::app::App;
use crate::ui::keymap::Scope;
use crate::ui::layers::Layer;
use crate::ui::layers::form::Form;
use crate::ui::theme::Role;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Clear, Widget};

pub(super) fn popup(
    app: &App,
    area: Rect,
    width: u16,
    height: u16,
    title: &str,
    buf: &mut Buffer,
) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    let rect = Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    };
    Clear.render(rect, buf);
    // A double-width character just left of the popup would spill over its
    // left border in the terminal; blank it.
    if rect.x > 0 {
        for y in rect.y..rect.y + rect.height {
            if let Some(cell) = buf.cell_mut((rect.x - 1, y))
                && crate::text::width(cell.symbol()) > 1
            {
                cell.set_symbol(" ");
            }
        }
    }
    fill(buf, rect, app.look.theme.style(Role::Dialog));
    framed(app, rect, &format!(" {} ", sanitize(title)), buf)
}

/// A full-screen layer's frame (the review wizard, the quote editor): a bordered
/// block titled `title`; returns the area inside, with a margin.
pub(super) fn full_screen(app: &App, area: Rect, title: &str, buf: &mut Buffer) -> Rect {
    framed(app, area, &sanitize(title), buf)
}

/// A focused border titled `title` around `area`; the area inside, with a margin.
fn framed(app: &App, area: Rect, title: &str, buf: &mut Buffer) -> Rect {
    // A title longer than the top border ends in `…` rather than at the corner.
    let room = usize::from(area.width.saturating_sub(2));
    let title = if crate::text::width(title) > room {
        format!(
            " {} ",
            crate::text::truncate(title.trim(), room.saturating_sub(2))
        )
    } else {
        title.to_string()
    };
    Block::default()
        .borders(Borders::ALL)
        .border_style(app.look.theme.style(Role::BorderFocus))
        .title(title)
        .title_style(app.look.theme.style(Role::Title))
        .render(area, buf);
    Rect {
        x: area.x + 2,
        y: area.y + 1,
        width: area.width.saturating_sub(4),
        height: area.height.saturating_sub(2),
    }
}

/// One row of a list inside a dialog: the selected one highlighted, the others in
/// `role` (the dialog's colours, or a warning colour the list chose).
pub(super) fn list_row(
    app: &App,
    buf: &mut Buffer,
    inner: Rect,
    y: u16,
    text: &str,
    selected: bool,
    role: Role,
) {
    let role = if selected { Role::Selected } else { role };
    put(
        buf,
        inner.x,
        y,
        text,
        inner.width,
        app.look.theme.style(role),
    );
}

/// A dialog's key line, from the keymap so it follows the user's bindings:
/// "tab next · enter save · esc cancel".
pub(super) fn hints(app: &App, items: &[(Action, &str)]) -> String {
    hints_in(app, Scope::Dialog, items)
}

/// "c claim · A assign": each action's first key on that screen, as bound.
pub(super) fn hints_in(app: &App, scope: Scope, items: &[(Action, &str)]) -> String {
    items
        .iter()
        .filter_map(|(action, what)| {
            let keys = app.look.keymap.keys_for(scope, *action);
            keys.first().map(|k| format!("{k} {what}"))
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Key hints, most important first, laid into at most `lines` lines of
/// `cells`: a hint goes on the next line where the current one is full; those
/// that fit nowhere are left off (help lists them all), and so is every hint
/// after the first one left off, so that the order of importance holds.
pub(super) fn key_lines(
    hints: impl IntoIterator<Item = String>,
    cells: usize,
    lines: usize,
) -> Vec<String> {
    let mut out = vec![String::new()];
    for hint in hints {
        let Some(line) = out.last_mut() else { break };
        let joined = if line.is_empty() {
            hint.clone()
        } else {
            format!("{line} · {hint}")
        };
        if crate::text::width(&joined) <= cells {
            *line = joined;
        } else if out.len() < lines && crate::text::width(&hint) <= cells {
            out.push(hint);
        } else {
            break;
        }
    }
    out
}

/// The keys of a form opened over a list.
pub(super) fn form_keys(app: &App, form: &Form, choices: &str) -> String {
    form_hints(
        app,
        form,
        &[
            (Action::Toggle, choices),
            (Action::NextField, word("dlg-hint-next-field")),
            (Action::Confirm, word("dlg-hint-save")),
            (Action::Cancel, word("dlg-hint-cancel")),
        ],
    )
}

/// A list's bottom line at `foot` (x, y, width): its notice (a refusal, what a
/// change did) in the warning colour, else its keys; then the form open over
/// it, if any, drawn in `area`.
pub(super) fn foot_and_form(
    app: &App,
    foot: (u16, u16, u16),
    notice: Option<&String>,
    keys: &str,
    form: Option<&Form>,
    area: Rect,
    buf: &mut Buffer,
) {
    let t = &app.look.theme;
    let (text, role) = match notice {
        Some(n) => (n.as_str(), Role::Warning),
        None => (keys, Role::Muted),
    };
    put(buf, foot.0, foot.1, text, foot.2, t.style(role));
    if let Some(form) = form {
        super::form::render(
            app,
            form,
            &form_keys(app, form, word("dlg-hint-choose")),
            area,
            buf,
        );
    }
}

/// A form's key hints; the choosing key only where a field offers a choice.
pub(super) fn form_hints(app: &App, form: &Form, items: &[(Action, &str)]) -> String {
    let chooses = form
        .fields
        .iter()
        .any(|f| !matches!(f.input, crate::ui::layers::form::Input::Text(_)));
    let items: Vec<(Action, &str)> = items
        .iter()
        .copied()
        .filter(|(a, _)| chooses || *a != Action::Toggle)
        .collect();
    hints(app, &items)
}

/// A form dialog's keys: next, choose, save, cancel.
fn form_dialog_hints(app: &App, form: &Form) -> String {
    form_hints(
        app,
        form,
        &[
            (Action::NextField, word("dlg-hint-next")),
            (Action::Toggle, word("dlg-hint-choose")),
            (Action::Confirm, word("dlg-hint-save")),
            (Action::Cancel, word("dlg-hint-cancel")),
        ],
    )
}

/// A list in a dialog (actions due, a deal's tasks): its rows scrolled to the
/// selection, a line saying what is empty, a footer, and the form opened over
/// it, if any.
pub(super) struct ListDialog<'a> {
    pub title: &'a str,
    pub empty: &'a str,
    pub rows: Vec<(String, Role)>,
    pub selected: usize,
    pub foot: String,
    pub form: Option<(&'a crate::ui::layers::form::Form, String)>,
}

/// A list whose rows open a form (a deal's tasks, the power map): the
/// notice, or the list's keys, at its foot; the form's keys under the form.
pub(super) struct RowFormsDialog<'a> {
    pub title: &'a str,
    pub empty: &'a str,
    pub rows: Vec<(String, Role)>,
    pub selected: usize,
    pub notice: Option<&'a String>,
    pub list_keys: &'a [(Action, &'a str)],
    pub form: Option<&'a crate::ui::layers::form::Form>,
    /// What the form's choice fields are (shown beside space).
    pub choices: &'a str,
}

pub(super) fn row_forms_dialog(app: &App, d: RowFormsDialog, area: Rect, buf: &mut Buffer) {
    let foot = d.notice.cloned().unwrap_or_else(|| hints(app, d.list_keys));
    let form = d.form.map(|form| (form, form_keys(app, form, d.choices)));
    list_dialog(
        app,
        ListDialog {
            title: d.title,
            empty: d.empty,
            rows: d.rows,
            selected: d.selected,
            foot,
            form,
        },
        area,
        buf,
    );
}

pub(super) fn list_dialog(app: &App, d: ListDialog, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
    // As wide as the longest row wants (at least 96, within the screen); a row
    // still too long for it is cut, and the selected one goes on below the list.
    let longest = d
        .rows
        .iter()
        .map(|(l, _)| crate::text::width(l))
        .max()
        .unwrap_or(0);
    let width = (longest as u16 + 4).max(96).min(area.width);
    let cut = longest > usize::from(width.saturating_sub(4));
    let more_rows: u16 = if cut { 2 } else { 0 };
    let height = (d.rows.len() as u16 + 6 + more_rows).clamp(8, area.height);
    let inner = popup(app, area, width, height, d.title, buf);
    if inner.height < 3 + more_rows {
        return;
    }
    if d.rows.is_empty() {
        put(
            buf,
            inner.x,
            inner.y,
            d.empty,
            inner.width,
            t.style(Role::Muted),
        );
    }
    let visible = inner.height.saturating_sub(2 + more_rows) as usize;
    let first = d.selected.saturating_sub(visible.saturating_sub(1));
    for (i, (line, role)) in d.rows.iter().enumerate().skip(first).take(visible) {
        let y = inner.y + (i - first) as u16;
        list_row(app, buf, inner, y, line, i == d.selected, *role);
    }
    if let Some((line, _)) = d.rows.get(d.selected).filter(|_| cut) {
        // The rest of the selected row, a line under the list: "… signed off by …".
        let shown = d.rows.len().saturating_sub(first).min(visible) as u16;
        let rest = crate::text::wrap(line, usize::from(inner.width));
        for (k, part) in rest.iter().skip(1).take(2).enumerate() {
            let y = inner.y + shown + 1 + k as u16;
            put(
                buf,
                inner.x,
                y,
                &format!("… {part}"),
                inner.width,
                t.style(Role::Muted),
            );
        }
    }
    put(
        buf,
        inner.x,
        inner.y + inner.height - 1,
        &d.foot,
        inner.width,
        t.style(Role::Muted),
    );
    if let Some((form, keys)) = d.form {
        super::form::render(app, form, &keys, area, buf);
    }
}

pub fn render(app: &App, layer: &Layer, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
    match layer {
        Layer::Review(w) => super::review::render(app, w, area, buf),
        Layer::Today(today) => super::today::render(app, today, area, buf),
        Layer::Accounts(list) => super::accounts::render(app, list, area, buf),
        Layer::Leads(pool) => super::leads::render(app, pool, area, buf),
        Layer::Account(view) => super::account::render(app, view, area, buf),
        Layer::ActionsDue(list) => super::review::actions_due(app, list, area, buf),
        Layer::Tasks(list) => super::tasks::render(app, list, area, buf),
        Layer::Contacts(list) => super::contacts::render(app, list, area, buf),
        Layer::Quote(q) => super::quote::render(app, q, area, buf),
        Layer::Products(l) => super::products::render(app, l, area, buf),
        Layer::DealForm(f) => {
            super::form::render(app, &f.form, &form_dialog_hints(app, &f.form), area, buf)
        }
        Layer::ActivityForm(f) => {
            super::form::render(app, &f.form, &form_dialog_hints(app, &f.form), area, buf)
        }
        Layer::Filter(f) => {
            let keys = hints(
                app,
                &[
                    (Action::NextField, word("dlg-hint-next")),
                    (Action::Toggle, word("dlg-hint-choose")),
                    (Action::Confirm, word("dlg-hint-apply")),
                    (Action::Cancel, word("dlg-hint-cancel")),
                ],
            );
            super::form::render(app, &f.form, &keys, area, buf)
        }
        Layer::Palette(p) => super::pick_lists::palette(app, p, area, buf),
        Layer::DealList(l) => super::pick_lists::deal_list(app, l, area, buf),
        Layer::Help(h) => super::help::render(app, h, area, buf),
        Layer::Gate(g) => {
            let title = if g.win {
                t!("dlg-gate-title-win", stage = g.stage_name.as_str())
            } else {
                t!("dlg-gate-title-move", stage = g.stage_name.as_str())
            };
            let inner = popup(app, area, 66, g.criteria.len() as u16 + 9, &title, buf);
            put(
                buf,
                inner.x,
                inner.y,
                &g.deal_title,
                inner.width,
                t.style(Role::Title),
            );
            for (i, (criterion, ticked)) in g.criteria.iter().enumerate() {
                let y = inner.y + 2 + i as u16;
                let mark = if *ticked { "[x]" } else { "[ ]" };
                let role = if g.focus == i {
                    Role::Selected
                } else {
                    Role::Dialog
                };
                put(
                    buf,
                    inner.x,
                    y,
                    &format!("{mark} {criterion}"),
                    inner.width,
                    t.style(role),
                );
            }
            let y = inner.y + 3 + g.criteria.len() as u16;
            let role = if g.focus == g.criteria.len() {
                Role::Selected
            } else {
                Role::Dialog
            };
            put(
                buf,
                inner.x,
                y,
                &t!("dlg-gate-reason"),
                inner.width,
                t.style(Role::Muted),
            );
            put(
                buf,
                inner.x,
                y + 1,
                &format!("› {}▏", g.reason.text),
                inner.width,
                t.style(role),
            );
            if let Some(e) = &g.error {
                put(buf, inner.x, y + 2, e, inner.width, t.style(Role::Overdue));
            }
            put(
                buf,
                inner.x,
                inner.y + inner.height.saturating_sub(1),
                &hints(
                    app,
                    &[
                        (Action::Toggle, word("dlg-hint-tick")),
                        (Action::NextField, word("dlg-hint-next")),
                        (
                            Action::Confirm,
                            word(if g.win {
                                "dlg-hint-win"
                            } else {
                                "dlg-hint-move"
                            }),
                        ),
                        (Action::Cancel, word("dlg-hint-cancel")),
                    ],
                ),
                inner.width,
                t.style(Role::Muted),
            );
        }
        Layer::Loss(l) => {
            super::form::render(app, &l.form, &form_dialog_hints(app, &l.form), area, buf)
        }
        Layer::Won(l) => {
            super::form::render(app, &l.form, &form_dialog_hints(app, &l.form), area, buf)
        }
        Layer::Search(s) => {
            let height = area.height.saturating_sub(4).clamp(6, 24);
            let inner = popup(
                app,
                area,
                area.width.saturating_sub(6).min(100),
                height,
                &t!("dlg-search-title"),
                buf,
            );
            put(
                buf,
                inner.x,
                inner.y,
                &format!("/ {}▏", s.query.text),
                inner.width,
                t.style(Role::Title),
            );
            let status = if app.jobs.search.is_loading() {
                t!("dlg-search-loading")
            } else if app.jobs.search.is_busy() {
                format!(
                    "{} / {} …",
                    app.jobs.search.matched(),
                    app.jobs.search.total()
                )
            } else {
                format!(
                    "{} / {}",
                    app.jobs.search.matched(),
                    app.jobs.search.total()
                )
            };
            let sw = crate::text::width(&status) as u16;
            put(
                buf,
                inner.x + inner.width.saturating_sub(sw),
                inner.y,
                &status,
                sw,
                t.style(Role::Muted),
            );
            let rows = inner.height.saturating_sub(2) as usize;
            let top = s.selected.saturating_sub(rows.saturating_sub(1));
            for (i, item) in app
                .jobs
                .search
                .results(top as u32, (top + rows) as u32)
                .into_iter()
                .enumerate()
            {
                let y = inner.y + 2 + i as u16;
                let role = if top + i == s.selected {
                    Role::Selected
                } else {
                    Role::Dialog
                };
                let x = inner.x;
                let used = put(
                    buf,
                    x,
                    y,
                    &super::cell(item.kind.label(), 8),
                    8,
                    t.style(Role::Muted),
                );
                let used2 = put(
                    buf,
                    x + used,
                    y,
                    &item.label,
                    inner.width.saturating_sub(used) / 2,
                    t.style(role),
                );
                put(
                    buf,
                    x + used + used2 + 2,
                    y,
                    &item.detail,
                    inner.width.saturating_sub(used + used2 + 2),
                    t.style(Role::Muted),
                );
            }
        }
    }
}
