//! `:` — the command palette: every action of the screen underneath, with
//! its keys, narrowed by a fuzzy query. Enter runs the action as if its key
//! had been pressed.

use super::input::TextInput;
use super::{Command, Outcome};
use crate::search::fuzzy_scores;
use crate::ui::action::Action;
use crate::ui::keymap::{Key, Keymap, Scope};

pub struct Entry {
    pub action: Action,
    /// The keys bound to it on that screen, e.g. "L, >"; empty when unbound.
    pub keys: String,
    /// What it does on that screen, as help says it.
    pub what: String,
    haystack: String,
}

pub struct CommandPalette {
    pub query: TextInput,
    pub entries: Vec<Entry>,
    /// Indices into `entries`, best match first.
    pub shown: Vec<usize>,
    pub selected: usize,
}

impl CommandPalette {
    pub fn new(keymap: &Keymap, scope: Scope) -> Self {
        // What this screen answers to, and the actions no screen has a key for;
        // not another screen's (the detail's tasks do nothing on the board).
        let entries = Action::ALL
            .iter()
            .filter(|a| a.in_palette() && a.only_on().is_none_or(|s| s == scope))
            .filter_map(|&action| {
                let keys = keymap.keys_for(scope, action);
                if keys.is_empty() && keymap.bound_anywhere(action) {
                    return None;
                }
                let name = serde_json::to_value(action)
                    .ok()
                    .and_then(|v| v.as_str().map(|s| s.replace('_', " ")))
                    .unwrap_or_default();
                let what = action.describe_in(scope);
                Some(Entry {
                    action,
                    keys: keys.join(", "),
                    haystack: format!("{what} {name}"),
                    what,
                })
            })
            .collect();
        let mut palette = CommandPalette {
            query: TextInput::default(),
            entries,
            shown: Vec::new(),
            selected: 0,
        };
        palette.refilter();
        palette
    }

    fn refilter(&mut self) {
        let mut hits = fuzzy_scores(
            &self.query.text,
            self.entries
                .iter()
                .enumerate()
                .map(|(i, e)| (i, e.haystack.as_str())),
        );
        // Best score first; equal scores keep the vocabulary's order.
        hits.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        self.shown = hits.into_iter().map(|(_, i)| i).collect();
        self.selected = 0;
    }

    pub fn selected_entry(&self) -> Option<&Entry> {
        self.shown
            .get(self.selected)
            .and_then(|&i| self.entries.get(i))
    }
}

impl super::LayerKeys for CommandPalette {
    fn is_typing(&self) -> bool {
        true
    }

    fn show_error(&mut self, _message: String) {}

    fn handle(&mut self, key: Key, action: Option<Action>, _cx: &super::LayerContext) -> Outcome {
        let navigation = matches!(
            action,
            Some(
                Action::Up
                    | Action::Down
                    | Action::PageUp
                    | Action::PageDown
                    | Action::NextField
                    | Action::PrevField
            )
        );
        if !navigation && !super::is_dialog_control(action) {
            let before = self.query.text.clone();
            if self.query.edit(key) {
                if self.query.text != before {
                    self.refilter();
                }
                return Outcome::Stay;
            }
        }
        let last = self.shown.len().saturating_sub(1);
        match action {
            Some(Action::Down | Action::NextField) => self.selected = (self.selected + 1).min(last),
            Some(Action::Up | Action::PrevField) => self.selected = self.selected.saturating_sub(1),
            Some(Action::PageDown) => self.selected = (self.selected + 10).min(last),
            Some(Action::PageUp) => self.selected = self.selected.saturating_sub(10),
            Some(Action::Confirm) => {
                if let Some(entry) = self.selected_entry() {
                    return Outcome::Submit(Command::Run(entry.action));
                }
            }
            Some(Action::Cancel | Action::Back) => return Outcome::Close,
            Some(Action::Quit) => return Outcome::Quit,
            _ => {}
        }
        Outcome::Stay
    }
}
