//! `/`: fuzzy search over deals, accounts and contacts. Typing posts the
//! query to the app's background ranking; results re-rank as it works.

use super::input::TextInput;
use super::{Command, Outcome};
use crate::ui::action::Action;
use crate::ui::keymap::Key;

pub struct SearchPalette {
    pub query: TextInput,
    pub selected: usize,
}

/// What the app does after a key in the palette.
pub enum SearchOutcome {
    Layer(Outcome),
    /// The query changed: rank it.
    QueryChanged,
}

impl SearchPalette {
    pub fn new() -> Self {
        SearchPalette {
            query: TextInput::default(),
            selected: 0,
        }
    }

    pub fn handle(
        &mut self,
        key: Key,
        action: Option<Action>,
        listed: u32,
        pick: impl Fn(u32) -> Option<crate::domain::DealId>,
    ) -> SearchOutcome {
        let keep = matches!(
            action,
            Some(
                Action::Confirm
                    | Action::Cancel
                    | Action::Up
                    | Action::Down
                    | Action::PageUp
                    | Action::PageDown
                    | Action::Quit
                    | Action::NextField
                    | Action::PrevField
            )
        );
        if !keep {
            let before = self.query.text.clone();
            if self.query.edit(key) {
                if self.query.text != before {
                    self.selected = 0;
                    return SearchOutcome::QueryChanged;
                }
                return SearchOutcome::Layer(Outcome::Stay);
            }
        }
        let last = listed.saturating_sub(1) as usize;
        let outcome = match action {
            Some(Action::Down | Action::NextField) => {
                self.selected = (self.selected + 1).min(last);
                Outcome::Stay
            }
            Some(Action::Up | Action::PrevField) => {
                self.selected = self.selected.saturating_sub(1);
                Outcome::Stay
            }
            Some(Action::PageDown) => {
                self.selected = (self.selected + 10).min(last);
                Outcome::Stay
            }
            Some(Action::PageUp) => {
                self.selected = self.selected.saturating_sub(10);
                Outcome::Stay
            }
            Some(Action::Confirm) => match pick(self.selected as u32) {
                Some(deal) => Outcome::Submit(Command::JumpTo(deal)),
                None => Outcome::Stay,
            },
            Some(Action::Cancel | Action::Back) => Outcome::Close,
            Some(Action::Quit) => Outcome::Submit(Command::Run(Action::Quit)),
            _ => Outcome::Stay,
        };
        SearchOutcome::Layer(outcome)
    }
}

impl Default for SearchPalette {
    fn default() -> Self {
        Self::new()
    }
}
