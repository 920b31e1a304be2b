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

impl SearchPalette {
    pub fn new() -> Self {
        SearchPalette {
            query: TextInput::default(),
            selected: 0,
        }
    }
}

impl super::LayerKeys for SearchPalette {
    fn is_typing(&self) -> bool {
        true
    }

    fn show_error(&mut self, _message: String) {}

    fn handle(&mut self, key: Key, action: Option<Action>, cx: &super::LayerContext) -> Outcome {
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
                    let query = self.query.text.clone();
                    return Outcome::Request(super::Request::Search(query));
                }
                return Outcome::Stay;
            }
        }
        let last = cx.search.listed().saturating_sub(1) as usize;
        // tab and shift-tab step through the results as ↓ and ↑ do.
        let motion = match action {
            Some(Action::NextField) => Some(Action::Down),
            Some(Action::PrevField) => Some(Action::Up),
            other => other,
        };
        if let Some(to) = motion.and_then(|a| a.moved_cursor(self.selected, 10, last)) {
            self.selected = to;
            return Outcome::Stay;
        }
        match action {
            // A deal opens; an account or a contact lists the account's deals.
            Some(Action::Confirm) => match cx.search.hit_at(self.selected as u32) {
                Some((crate::search::Kind::Deal, _)) => {
                    match cx.search.deal_at(self.selected as u32) {
                        Some(deal) => Outcome::Submit(Command::JumpTo(deal)),
                        None => Outcome::Stay,
                    }
                }
                Some((kind, id)) => Outcome::Submit(Command::AccountDeals(kind, id)),
                None => Outcome::Stay,
            },
            Some(Action::Cancel | Action::Back) => Outcome::Close,
            Some(Action::Quit) => Outcome::Quit,
            _ => Outcome::Stay,
        }
    }
}

impl Default for SearchPalette {
    fn default() -> Self {
        Self::new()
    }
}
