//! The improvement actions still open (`A` on the board), as a dialog.

use super::*;

/// The improvement actions still open (`A` on the board).
pub fn actions_due(app: &App, list: &ActionsDue, area: Rect, buf: &mut Buffer) {
    let t = &app.look.theme;
    let height = (list.actions.len() as u16 + 6).clamp(8, area.height);
    let inner = super::super::layers::popup(app, area, 96, height, "Improvement actions due", buf);
    if inner.height < 3 {
        return;
    }
    if list.actions.is_empty() {
        put(
            buf,
            inner.x,
            inner.y,
            "No open improvement actions — g v runs a review.",
            inner.width,
            t.style(Role::Muted),
        );
    }
    let rows = inner.height.saturating_sub(2) as usize;
    let first = list.selected.saturating_sub(rows.saturating_sub(1));
    for (i, a) in list.actions.iter().enumerate().skip(first).take(rows) {
        let overdue = a.due < list.today;
        let line = format!(
            "{} {}  {}  {}  {}",
            a.due,
            fit(a.status.label(), 11),
            fit(list.owner(a.owner), 16),
            fit(&format!("R-{}", a.review), 5),
            a.title
        );
        let role = if overdue { Role::Overdue } else { Role::Dialog };
        let y = inner.y + (i - first) as u16;
        super::super::layers::list_row(app, buf, inner, y, &line, i == list.selected, role);
    }
    let foot = list.notice.clone().unwrap_or_else(|| {
        super::super::layers::hints(
            app,
            &[(Action::Confirm, "set status"), (Action::Cancel, "close")],
        )
    });
    put(
        buf,
        inner.x,
        inner.y + inner.height - 1,
        &foot,
        inner.width,
        t.style(Role::Muted),
    );
    if let Some(form) = &list.form {
        super::super::form::render(
            app,
            form,
            &super::super::layers::hints(
                app,
                &[
                    (Action::Toggle, "status"),
                    (Action::NextField, "note"),
                    (Action::Confirm, "save"),
                    (Action::Cancel, "cancel"),
                ],
            ),
            area,
            buf,
        );
    }
}
