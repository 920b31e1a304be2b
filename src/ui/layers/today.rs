//! Today (`g t`): what the user — or a manager's team, rep by rep — has to
//! act on now. `enter` opens the row's deal (or the actions list), `x` marks
//! a task done, `a` logs an activity on the row's deal.

use super::{Command, LayerContext, Outcome, Request};
use crate::domain::agenda::{Item, Row};
use crate::store::TaskChange;
use crate::ui::action::Action;
use crate::ui::keymap::{Key, Scope};

/// One row as shown: the agenda row and the names it needs.
#[derive(Debug, Clone)]
pub struct TodayRow {
    pub row: Row,
    pub owner: String,
    /// The deal's title (empty for a row about no deal).
    pub deal: String,
}

pub struct Today {
    /// "李伟", or "team East China".
    pub whose: String,
    pub rows: Vec<TodayRow>,
    pub selected: usize,
    /// Several people's rows (a manager's view): grouped by rep.
    pub grouped: bool,
    pub notice: Option<String>,
    pub today: chrono::NaiveDate,
}

impl Today {
    fn current(&self) -> Option<&TodayRow> {
        self.rows.get(self.selected)
    }

    /// The rows after a change: the cursor stays on the same row where it can.
    pub fn refreshed(&mut self, rows: Vec<TodayRow>) {
        let keep = self.current().map(|r| r.row.item.clone());
        self.rows = rows;
        self.selected = keep
            .and_then(|item| self.rows.iter().position(|r| r.row.item == item))
            .unwrap_or(self.selected)
            .min(self.rows.len().saturating_sub(1));
    }
}

impl super::LayerKeys for Today {
    fn scopes(&self) -> &'static [Scope] {
        &[Scope::Today, Scope::Global]
    }

    fn help_scope(&self) -> Scope {
        Scope::Today
    }

    fn show_error(&mut self, message: String) {
        self.notice = Some(message);
    }

    fn handle(&mut self, _key: Key, action: Option<Action>, cx: &LayerContext) -> Outcome {
        self.notice = None;
        let last = self.rows.len().saturating_sub(1);
        if let Some(to) = action.and_then(|a| a.moved_cursor(self.selected, cx.page_rows, last)) {
            self.selected = to;
            return Outcome::Stay;
        }
        match action {
            Some(Action::OpenDetail | Action::Confirm) => match self.current().map(|r| &r.row.item)
            {
                Some(Item::Action { .. }) => Outcome::Submit(Command::Run(Action::ActionsDue)),
                Some(Item::Lead { id, .. }) => Outcome::Request(Request::OpenLead(*id)),
                Some(item) => match item.deal() {
                    Some(deal) => Outcome::Submit(Command::OpenDeal(deal)),
                    None => Outcome::Stay,
                },
                None => Outcome::Stay,
            },
            Some(Action::CompleteTask) => match self.current().map(|r| &r.row.item) {
                Some(Item::Task { id, .. }) => Outcome::Request(Request::Task {
                    id: *id,
                    changes: vec![TaskChange::Done],
                }),
                _ => {
                    self.notice = Some(t!("list-today-not-task"));
                    Outcome::Stay
                }
            },
            Some(Action::LogActivity) => match self.current().and_then(|r| r.row.item.deal()) {
                Some(deal) => Outcome::Request(Request::LogActivity(deal)),
                None => {
                    self.notice = Some(t!("list-today-no-deal"));
                    Outcome::Stay
                }
            },
            Some(Action::Undo) => Outcome::Request(Request::Undo),
            Some(Action::Back | Action::Cancel) => Outcome::Close,
            Some(Action::Quit) => Outcome::Quit,
            _ => Outcome::Stay,
        }
    }
}
