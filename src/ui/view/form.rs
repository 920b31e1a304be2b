//! Drawing a [`Form`]: one row per field (label, value, hint or error), the
//! focused field's full message, and the keys that work here. Forms taller
//! than the screen scroll to keep the focused field in view.

use super::layers::popup;
use super::put;
use crate::text;
use crate::ui::app::App;
use crate::ui::layers::form::{Form, Input};
use crate::ui::theme::Role;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

const LABEL_WIDTH: u16 = 17;

/// Width of a form dialog.
const DIALOG_WIDTH: u16 = 76;

pub fn render(app: &App, form: &Form, hints: &str, area: Rect, buf: &mut Buffer) {
    // Inner width is the dialog's less borders and margins; notes wrap 2 cells narrower.
    let note_cells = DIALOG_WIDTH.min(area.width).saturating_sub(6) as usize;
    let notes = form
        .notes
        .iter()
        .map(|n| crate::text::wrap(n, note_cells).len() as u16)
        .sum::<u16>();
    let head = if form.subtitle.is_empty() { 0 } else { 2 } + notes + u16::from(notes > 0);
    // Rows: head, fields, a blank, the message line, the hints line.
    let field_rows: u16 = form.fields.iter().map(|f| f.rows.max(1)).sum();
    let wanted = head + field_rows + 3 + 2;
    let inner = popup(app, area, DIALOG_WIDTH, wanted, &form.title, buf);
    render_in(app, form, hints, inner, buf);
}

/// The form's rows inside `inner` (no frame): a dialog's body, or a wizard step's.
pub fn render_in(app: &App, form: &Form, hints: &str, inner: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
    let head = !form.subtitle.is_empty() || !form.notes.is_empty();
    let notes = form.notes.len() as u16;
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    let mut y = inner.y;
    if head && inner.height > 4 {
        if !form.subtitle.is_empty() {
            put(
                buf,
                inner.x,
                y,
                &form.subtitle,
                inner.width,
                t.style(Role::Title),
            );
            y += 2;
        }
        // Evidence lines wrap (indented) rather than lose their end.
        'notes: for note in &form.notes {
            for (i, part) in crate::text::wrap(note, inner.width.saturating_sub(2) as usize)
                .iter()
                .enumerate()
            {
                if y + 3 >= inner.y + inner.height {
                    break 'notes;
                }
                let indent = if i == 0 { 0 } else { 2 };
                put(
                    buf,
                    inner.x + indent,
                    y,
                    part,
                    inner.width - indent,
                    t.style(Role::Warning),
                );
                y += 1;
            }
        }
        if notes > 0 {
            y += 1;
        }
    }
    let bottom = inner.y + inner.height;
    let rows = bottom.saturating_sub(y).saturating_sub(2).max(1) as usize;
    let first = form.focus.saturating_sub(rows.saturating_sub(1));
    let value_width = inner.width.saturating_sub(LABEL_WIDTH);
    for (i, field) in form.fields.iter().enumerate().skip(first).take(rows) {
        if y >= bottom {
            break;
        }
        let focused = i == form.focus;
        put(
            buf,
            inner.x,
            y,
            field.label,
            LABEL_WIDTH - 1,
            t.style(Role::Muted),
        );
        let role = if focused {
            Role::Selected
        } else {
            Role::Dialog
        };
        let x = inner.x + LABEL_WIDTH;
        let width = usize::from(value_width);
        let lines: Vec<String> = match &field.input {
            // A tall field wraps over its lines, the caret's in view.
            Input::Text(input) if field.rows > 1 => {
                let room = usize::from(bottom.saturating_sub(y).saturating_sub(2)).max(1);
                let rows = usize::from(field.rows).min(room);
                if focused {
                    text::caret_lines(&input.text, input.cursor, width, rows)
                } else {
                    text::wrap(&input.text, width)
                        .into_iter()
                        .take(rows)
                        .collect()
                }
            }
            // One line scrolls sideways so the caret stays in view.
            Input::Text(input) if focused => {
                vec![text::caret_window(&input.text, input.cursor, width)]
            }
            Input::Text(input) => vec![input.text.clone()],
            Input::Choice { .. } if focused => vec![format!("◂ {} ▸", field.value())],
            Input::Choice { .. } => vec![field.value().to_string()],
            // The one shown with its box, then who is picked so far.
            Input::Pick {
                options,
                cursor,
                picked,
                summary,
            } if focused => {
                let mark = if picked.get(*cursor) == Some(&true) {
                    "[x]"
                } else {
                    "[ ]"
                };
                let shown = options.get(*cursor).map_or("", String::as_str);
                let so_far = if summary.is_empty() {
                    t!("dlg-form-nobody-yet")
                } else {
                    summary.clone()
                };
                // Who is picked goes on the next line when both do not fit on one.
                let one = format!("◂ {mark} {shown} ▸  ({so_far})");
                if text::width(&one) <= width {
                    vec![one]
                } else {
                    vec![format!("◂ {mark} {shown} ▸"), format!("({so_far})")]
                }
            }
            Input::Pick { summary, .. } if summary.is_empty() => {
                vec![t!("dlg-form-nobody")]
            }
            Input::Pick { summary, .. } => vec![summary.clone()],
        };
        let mut used = 0;
        for (i, line) in lines.iter().enumerate() {
            let w = put(buf, x, y + i as u16, line, value_width, t.style(role));
            if i == 0 {
                used = w;
            }
        }
        let note = match (&field.error, &field.hint) {
            (Some(_), _) => Some(("✗", Role::Overdue)),
            (None, Some(h)) => Some((h.as_str(), Role::Muted)),
            (None, None) => None,
        };
        if let Some((note, role)) = note {
            let x = x + used + 2;
            let room = (inner.x + inner.width).saturating_sub(x);
            put(buf, x, y, note, room, t.style(role));
        }
        y += lines.len().max(1) as u16;
    }
    if inner.height < 3 {
        return;
    }
    let message_y = bottom - 2;
    let focused_error = form.fields.get(form.focus).and_then(|f| f.error.as_ref());
    if form.asking_discard {
        put(
            buf,
            inner.x,
            message_y,
            &t!("dlg-form-discard"),
            inner.width,
            t.style(Role::Warning),
        );
    } else if let Some(message) = focused_error.or(form.error.as_ref()) {
        put(
            buf,
            inner.x,
            message_y,
            message,
            inner.width,
            t.style(Role::Overdue),
        );
    }
    // While it asks whether to discard, the question's keys are the only ones.
    let keys = if form.asking_discard {
        t!("dlg-form-discard-keys")
    } else {
        hints.to_string()
    };
    put(
        buf,
        inner.x,
        bottom - 1,
        &keys,
        inner.width,
        t.style(Role::Muted),
    );
}
