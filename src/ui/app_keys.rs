//! Keys: a key press becomes an action through the keymap (chords, the
//! screen's scope, the top layer's), then `update` or the layer handles it.

use super::action::Action;
use super::app::{App, Screen};
use super::keymap::{Key, Resolution, Scope};
use super::layers::{Layer, Outcome, search::SearchOutcome};
use ratatui::crossterm::event::KeyEvent;

impl App {
    /// Handles one key press. Returns whether anything visible changed.
    pub fn handle_key(&mut self, event: KeyEvent) -> bool {
        let key = Key::from_event(event);
        // "Terminal too small" hides what a key would change: only quitting works.
        let (w, h) = self.chrome.viewport;
        if w < super::view::MIN_WIDTH || h < super::view::MIN_HEIGHT {
            let quits = match self.look.keymap.resolve(self.scope(), &[key]) {
                Resolution::Action(Action::Quit) => true,
                Resolution::Action(Action::Back) => {
                    self.screen == Screen::Board && self.layers.is_empty()
                }
                _ => false,
            };
            self.quit |= quits;
            return false;
        }
        // Keys every layer shares, the same on each: ctrl-c quits, `?` opens
        // help wherever no text is being typed.
        if let Some(top) = self.layers.last() {
            match self.look.keymap.resolve_in(Scope::Global, &[key]) {
                // Typed text is not thrown away by ctrl-c: it asks, as esc does.
                Some(Action::Quit) if top.has_unsaved_text() => {
                    let esc = ratatui::crossterm::event::KeyCode::Esc;
                    return self.handle_key(KeyEvent::from(esc));
                }
                Some(Action::Quit) => {
                    self.quit = true;
                    return true;
                }
                Some(Action::Help) if !top.is_typing() && !matches!(top, Layer::Help(_)) => {
                    let scope = match top {
                        Layer::Review(_) => Scope::Review,
                        Layer::Quote(_) => Scope::Quote,
                        _ => Scope::Dialog,
                    };
                    self.layers
                        .push(Layer::Help(super::layers::help::Help { scope, scroll: 0 }));
                    return true;
                }
                _ => {}
            }
        }
        match self.layers.last() {
            Some(Layer::Review(_)) => {
                self.handle_review_key(key);
                return true;
            }
            Some(Layer::ActionsDue(_)) => {
                self.handle_actions_due_key(key);
                return true;
            }
            Some(Layer::Quote(_)) => {
                self.handle_quote_key(key);
                return true;
            }
            _ => {}
        }
        if !self.layers.is_empty() {
            let mut action = self.look.keymap.resolve_in(Scope::Dialog, &[key]);
            // Lists without a text field also take the screen's motion keys (j, k, q…).
            if action.is_none() && self.layers.last().is_some_and(Layer::is_list) {
                action = self.look.keymap.resolve_in(Scope::Global, &[key]);
            }
            self.handle_layer_key(key, action);
            return true;
        }
        self.chrome.pending.push(key);
        match self.look.keymap.resolve(self.scope(), &self.chrome.pending) {
            Resolution::Action(action) => {
                self.chrome.pending.clear();
                self.update(action)
            }
            Resolution::Pending => true,
            Resolution::Unbound => {
                let had_chord = self.chrome.pending.len() > 1;
                self.chrome.pending.clear();
                had_chord
            }
        }
    }

    fn handle_layer_key(&mut self, key: Key, action: Option<Action>) {
        let depth = self.layers.len();
        let outcome = match self.layers.last_mut() {
            Some(Layer::Help(h)) => h.handle(action),
            Some(Layer::Gate(g)) => g.handle(key, action),
            Some(Layer::Loss(l)) => l.handle(key, action),
            Some(Layer::Palette(p)) => p.handle(key, action),
            Some(Layer::DealForm(f)) => f.handle(key, action),
            Some(Layer::ActivityForm(f)) => f.handle(key, action),
            Some(Layer::Filter(f)) => f.handle(key, action),
            Some(Layer::DealList(l)) => l.handle(
                action,
                self.chrome.viewport.1.saturating_sub(8).max(1) as usize,
            ),
            // Handled before: they run their own requests and stay open.
            Some(Layer::Review(_) | Layer::ActionsDue(_) | Layer::Quote(_)) => Outcome::Stay,
            Some(Layer::Products(p)) => {
                if p.handle(action) {
                    Outcome::Close
                } else {
                    Outcome::Stay
                }
            }
            Some(Layer::Search(s)) => {
                let listed = self.jobs.search.listed();
                let engine = &self.jobs.search;
                match s.handle(key, action, listed, |i| engine.deal_at(i)) {
                    SearchOutcome::Layer(o) => o,
                    SearchOutcome::QueryChanged => {
                        let query = s.query.text.clone();
                        self.jobs.search.set_query(&query);
                        Outcome::Stay
                    }
                }
            }
            None => Outcome::Stay,
        };
        match outcome {
            Outcome::Stay => {}
            Outcome::Close => {
                self.layers.pop();
            }
            Outcome::Submit(command) => match self.execute(command) {
                Ok(()) => {
                    // Close the layer that asked; the command may have opened
                    // one of its own above it (the palette running `n`).
                    if depth <= self.layers.len() {
                        self.layers.remove(depth - 1);
                    }
                }
                Err(message) => match self.layers.last_mut() {
                    Some(layer) => layer.show_error(message),
                    None => self.set_error(message),
                },
            },
        }
    }
}
