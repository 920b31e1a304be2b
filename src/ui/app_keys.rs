//! Keys: a key press becomes an action through the keymap (chords, the
//! screen's scope, the top layer's), then `update` or the layer handles it.

use super::action::Action;
use super::app::{App, Screen};
use super::keymap::{Key, Resolution, Scope};
use super::layers::help::Help;
use super::layers::{Layer, LayerContext, Outcome, Request};
use ratatui::crossterm::event::{KeyCode, KeyEvent};

/// The most characters one paste types: no field takes more.
const MAX_PASTE: usize = 10_000;

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
        if !self.layers.is_empty() {
            self.handle_layer_key(key);
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

    /// Pasted text (the terminal's bracketed paste): typed into the text field
    /// being edited, line breaks and tabs as spaces and other control characters
    /// left out, so a pasted paragraph never presses enter or runs a command.
    /// With no text field open it is refused, with a word why.
    pub fn handle_paste(&mut self, text: &str) -> bool {
        let typing = self.layers.last().is_some_and(|l| l.keys().is_typing());
        if !typing {
            self.set_info(t!("app-paste-nowhere"));
            return true;
        }
        // A run of line breaks (CRLF, blank lines) is one space.
        let mut after_break = false;
        for c in text.chars().take(MAX_PASTE) {
            let line_break = matches!(c, '\n' | '\r');
            if line_break && after_break {
                continue;
            }
            after_break = line_break;
            let c = if line_break || c == '\t' { ' ' } else { c };
            if !c.is_control() {
                self.handle_key(KeyEvent::from(KeyCode::Char(c)));
            }
        }
        true
    }

    /// The top layer's key, the same way for every layer: resolved in its
    /// scopes; ctrl-c quits (asking first where typed text would be lost) and
    /// `?` opens help wherever no text is being typed; then the layer decides.
    fn handle_layer_key(&mut self, key: Key) {
        if self.leave_by_chord(key) {
            return;
        }
        let depth = self.layers.len();
        let page_rows = self.chrome.viewport.1.saturating_sub(8).max(1) as usize;
        let Some(top) = self.layers.last_mut() else {
            return;
        };
        let keymap = &self.look.keymap;
        let layer = top.keys_mut();
        let action = layer
            .scopes()
            .iter()
            .find_map(|scope| keymap.resolve_in(*scope, &[key]));
        let outcome = match keymap.resolve_in(Scope::Global, &[key]) {
            // Typed text is not thrown away by ctrl-c: it asks, as esc does.
            Some(Action::Quit) if layer.has_unsaved_text() => {
                let esc = Key::from_event(KeyEvent::from(KeyCode::Esc));
                let action = keymap.resolve_in(Scope::Dialog, &[esc]);
                let cx = LayerContext {
                    page_rows,
                    search: &self.jobs.search,
                };
                layer.handle(esc, action, &cx)
            }
            Some(Action::Quit) => Outcome::Quit,
            Some(Action::Repaint) => {
                self.chrome.repaint = true;
                Outcome::Stay
            }
            Some(Action::Help) if !layer.is_typing() && !matches!(top, Layer::Help(_)) => {
                Outcome::Help
            }
            _ => {
                let cx = LayerContext {
                    page_rows,
                    search: &self.jobs.search,
                };
                top.keys_mut().handle(key, action, &cx)
            }
        };
        self.apply_outcome(outcome, depth);
    }

    /// Chords and the keys that go elsewhere (`g b`, `g l`, `/`, `:`) work over
    /// any layer where no text is typed; the layer's own keys come first.
    /// True when the key was taken here (a chord begun, or a place left).
    fn leave_by_chord(&mut self, key: Key) -> bool {
        let Some(top) = self.layers.last() else {
            return false;
        };
        let layer = top.keys();
        if layer.is_typing() || layer.has_unsaved_text() {
            self.chrome.pending.clear();
            return false;
        }
        let keymap = &self.look.keymap;
        let own = layer
            .scopes()
            .iter()
            .filter(|s| **s != Scope::Global)
            .any(|s| keymap.resolve_in(*s, &[key]).is_some());
        if self.chrome.pending.is_empty() && own {
            return false;
        }
        self.chrome.pending.push(key);
        match keymap.resolve(Scope::Global, &self.chrome.pending) {
            Resolution::Pending => true,
            Resolution::Action(action) => {
                let chord = self.chrome.pending.len() > 1;
                self.chrome.pending.clear();
                match action {
                    Action::GotoBoard
                    | Action::GotoReports
                    | Action::GotoReview
                    | Action::GotoProducts
                    | Action::GotoToday
                    | Action::GotoAccounts
                    | Action::GotoLeads => {
                        while let Some(layer) = self.layers.pop() {
                            self.layer_closed(layer);
                        }
                        self.chrome.under_detail.clear();
                        self.update(action);
                        true
                    }
                    Action::Search | Action::CommandPalette => {
                        self.update(action);
                        true
                    }
                    // Another chord (`g g`): the layer gets its action.
                    _ if chord => {
                        let depth = self.layers.len();
                        let page_rows = self.chrome.viewport.1.saturating_sub(8).max(1) as usize;
                        if let Some(top) = self.layers.last_mut() {
                            let cx = LayerContext {
                                page_rows,
                                search: &self.jobs.search,
                            };
                            let outcome = top.keys_mut().handle(key, Some(action), &cx);
                            self.apply_outcome(outcome, depth);
                        }
                        true
                    }
                    _ => false,
                }
            }
            Resolution::Unbound => {
                let chord = self.chrome.pending.len() > 1;
                self.chrome.pending.clear();
                chord
            }
        }
    }

    fn apply_outcome(&mut self, outcome: Outcome, depth: usize) {
        match outcome {
            Outcome::Stay => self.settle_review_scroll(),
            Outcome::Close => {
                if let Some(layer) = self.layers.pop() {
                    self.layer_closed(layer);
                }
            }
            Outcome::Quit => self.quit = true,
            Outcome::Help => {
                let scope = self
                    .layers
                    .last()
                    .map_or(Scope::Dialog, |l| l.keys().help_scope());
                self.layers.push(Layer::Help(Help { scope, scroll: 0 }));
            }
            Outcome::Request(request) => self.answer_request(request),
            Outcome::Submit(command) => match self.execute(command) {
                Ok(()) => {
                    // Close the layer that asked; the command may have opened
                    // one of its own above it (the palette running `n`).
                    if depth <= self.layers.len() {
                        let layer = self.layers.remove(depth - 1);
                        self.layer_closed(layer);
                    }
                }
                Err(message) => match self.layers.last_mut() {
                    Some(layer) => layer.keys_mut().show_error(message),
                    None => self.set_error(message),
                },
            },
        }
    }

    fn answer_request(&mut self, request: Request) {
        match request {
            Request::Search(query) => self.jobs.search.set_query(&query),
            Request::Quote(request) => self.answer_quote_request(request),
            Request::Review(request) => self.answer_review_request(request),
            Request::ActionStatus {
                action,
                status,
                note,
            } => self.answer_action_status(action, status, &note),
            Request::Task { id, changes } => self.answer_task(id, &changes),
            Request::SaveContact(contact) => self.save_contact(&contact),
            Request::Lead(request) => self.answer_lead_request(request),
            Request::SaveProduct(row) => self.save_product(&row),
            Request::AccountPage(id) => self.open_account_page(id),
            Request::Undo => self.undo_under_layer(),
            Request::Account(request) => self.answer_account_request(request),
            Request::OpenLead(id) => {
                self.open_leads();
                if let Some(Layer::Leads(pool)) = self.layers.last_mut() {
                    pool.show_lead(id);
                }
            }
            Request::LogActivity(deal) => match self.data.deals.get(&deal).cloned() {
                Some(deal) => self.open_activity_form_on(&deal, false),
                None => self.set_error(t!("app-deal-not-open", id = deal.to_string())),
            },
            Request::Won { deal, gate } => {
                // The won dialog takes the gate's place.
                if matches!(self.layers.last(), Some(Layer::Gate(_))) {
                    self.layers.pop();
                }
                self.open_won_dialog(deal, gate);
            }
        }
    }

    /// What a layer leaves behind when it closes.
    fn layer_closed(&mut self, layer: Layer) {
        match layer {
            Layer::Review(wizard) => self.review_closed(&wizard),
            Layer::Quote(_) => self.quote_closed(),
            // The detail shows the deal's tasks and next step as they are now.
            Layer::Tasks(list) if self.screen == Screen::Detail => self.open_detail(list.deal),
            Layer::Contacts(list) if self.screen == Screen::Detail => self.open_detail(list.deal),
            // A form over Today saved something: Today shows it.
            Layer::ActivityForm(_) if matches!(self.layers.last(), Some(Layer::Today(_))) => {
                self.refresh_today();
            }
            _ => {}
        }
    }
}
