//! Keys → actions, from TOML: the default keymap is built in and the user's
//! `keymap.toml` is merged over it. Per-screen tables fall back to `[global]`;
//! chords like `g b` are sequences. The reverse map (action → keys) feeds the
//! help overlay and footer, so they can never drift from the real bindings.

use super::action::Action;
use indexmap::IndexMap;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::BTreeMap;
use std::path::Path;
use toml::Spanned;

const DEFAULT: &str = include_str!("default-keymap.toml");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    Global,
    Board,
    Detail,
    Reports,
    Dialog,
    /// The loss review wizard, over the dialog keys.
    Review,
    /// The quote editor.
    Quote,
    /// Today's list.
    Today,
    /// The lead pool.
    Leads,
    /// The product catalogue.
    Products,
    /// An account's page.
    Account,
}

impl Scope {
    fn from_name(name: &str) -> Option<Scope> {
        match name {
            "global" => Some(Scope::Global),
            "board" => Some(Scope::Board),
            "detail" => Some(Scope::Detail),
            "reports" => Some(Scope::Reports),
            "dialog" => Some(Scope::Dialog),
            "review" => Some(Scope::Review),
            "quote" => Some(Scope::Quote),
            "today" => Some(Scope::Today),
            "leads" => Some(Scope::Leads),
            "products" => Some(Scope::Products),
            "account" => Some(Scope::Account),
            _ => None,
        }
    }
}

/// One key press: a code and its modifiers (shift folded into the character).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    pub fn from_event(e: KeyEvent) -> Key {
        let mut mods =
            e.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let code = e.code;
        if matches!(code, KeyCode::Char(_) | KeyCode::BackTab) {
            mods.remove(KeyModifiers::SHIFT);
        }
        Key { code, mods }
    }

    pub fn parse(s: &str) -> Option<Key> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = s;
        loop {
            if let Some(r) = rest.strip_prefix("ctrl-") {
                mods |= KeyModifiers::CONTROL;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("alt-") {
                mods |= KeyModifiers::ALT;
                rest = r;
            } else {
                break;
            }
        }
        let code = match rest {
            "enter" => KeyCode::Enter,
            "esc" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" | "shift-tab" => KeyCode::BackTab,
            "backspace" => KeyCode::Backspace,
            "delete" => KeyCode::Delete,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "pageup" => KeyCode::PageUp,
            "pagedown" => KeyCode::PageDown,
            "space" => KeyCode::Char(' '),
            f if f.len() > 1 && f.starts_with('f') => KeyCode::F(f[1..].parse().ok()?),
            c if c.chars().count() == 1 => KeyCode::Char(c.chars().next()?),
            _ => return None,
        };
        Some(Key { code, mods })
    }

    pub fn display(&self) -> String {
        let mut s = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            s.push_str("ctrl-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            s.push_str("alt-");
        }
        match self.code {
            KeyCode::Enter => s.push_str("enter"),
            KeyCode::Esc => s.push_str("esc"),
            KeyCode::Tab => s.push_str("tab"),
            KeyCode::BackTab => s.push_str("shift-tab"),
            KeyCode::Backspace => s.push_str("backspace"),
            KeyCode::Up => s.push('↑'),
            KeyCode::Down => s.push('↓'),
            KeyCode::Left => s.push('←'),
            KeyCode::Right => s.push('→'),
            KeyCode::Home => s.push_str("home"),
            KeyCode::End => s.push_str("end"),
            KeyCode::PageUp => s.push_str("pgup"),
            KeyCode::PageDown => s.push_str("pgdn"),
            KeyCode::Char(' ') => s.push_str("space"),
            KeyCode::Char(c) => s.push(c),
            KeyCode::F(n) => s.push_str(&format!("f{n}")),
            _ => s.push('?'),
        }
        s
    }
}

pub type Chord = Vec<Key>;

pub enum Resolution {
    Action(Action),
    /// The keys so far start a chord; wait for the next.
    Pending,
    Unbound,
}

#[derive(Debug, Clone, Default)]
pub struct Keymap {
    tables: BTreeMap<Scope, Vec<(Chord, Action)>>,
}

impl Keymap {
    /// The built-in keymap merged with the user's file, plus warnings (file,
    /// line, problem) for anything in the user's file that could not be used.
    pub fn load(user_file: Option<&Path>) -> (Keymap, Vec<String>) {
        let mut map = Keymap::default();
        let mut warnings = Vec::new();
        map.merge("built-in keymap", DEFAULT, &mut warnings);
        if let Some(path) = user_file.filter(|p| p.exists()) {
            match std::fs::read_to_string(path) {
                Ok(text) => map.merge(&path.display().to_string(), &text, &mut warnings),
                Err(e) => warnings.push(format!("{}: {e}; using the default keys", path.display())),
            }
        }
        (map, warnings)
    }

    pub fn builtin() -> Keymap {
        Keymap::load(None).0
    }

    fn merge(&mut self, file: &str, text: &str, warnings: &mut Vec<String>) {
        // Ordered as written, so the first key listed for an action is the one hints show.
        type Tables = IndexMap<String, IndexMap<String, Spanned<String>>>;
        let parsed: Tables = match toml::from_str(text) {
            Ok(t) => t,
            Err(e) => {
                let line = e
                    .span()
                    .map(|s| line_of(text, s.start))
                    .map(|l| format!(" line {l}"))
                    .unwrap_or_default();
                warnings.push(format!(
                    "{file}{line}: {}; using the default keys",
                    e.message()
                ));
                return;
            }
        };
        for (table, bindings) in parsed {
            let Some(scope) = Scope::from_name(&table) else {
                warnings.push(format!(
                    "{file}: unknown table [{table}] (expected global, board, detail or dialog)"
                ));
                continue;
            };
            for (keys, action) in bindings {
                let line = line_of(text, action.span().start);
                let chord: Option<Chord> = keys.split_whitespace().map(Key::parse).collect();
                let Some(chord) = chord.filter(|c| !c.is_empty()) else {
                    warnings.push(format!("{file} line {line}: '{keys}' is not a key"));
                    continue;
                };
                let parsed: Result<Action, _> =
                    serde_json::from_value(serde_json::Value::String(action.get_ref().clone()));
                let Ok(action) = parsed else {
                    warnings.push(format!(
                        "{file} line {line}: unknown action '{}'",
                        action.get_ref()
                    ));
                    continue;
                };
                let entries = self.tables.entry(scope).or_default();
                entries.retain(|(c, _)| c != &chord);
                entries.push((chord, action));
            }
        }
    }

    /// What the keys pressed so far mean in `scope` (then `[global]`).
    pub fn resolve(&self, scope: Scope, keys: &[Key]) -> Resolution {
        let scopes = [scope, Scope::Global];
        for s in scopes {
            if let Some(entries) = self.tables.get(&s)
                && let Some((_, action)) = entries.iter().find(|(c, _)| c.as_slice() == keys)
            {
                return Resolution::Action(*action);
            }
        }
        let prefix = scopes
            .iter()
            .filter_map(|s| self.tables.get(s))
            .flatten()
            .any(|(c, _)| c.len() > keys.len() && c.starts_with(keys));
        if prefix {
            Resolution::Pending
        } else {
            Resolution::Unbound
        }
    }

    /// What a key means in one table only (dialogs: typed letters stay text).
    pub fn resolve_in(&self, scope: Scope, keys: &[Key]) -> Option<Action> {
        self.tables
            .get(&scope)?
            .iter()
            .find(|(c, _)| c.as_slice() == keys)
            .map(|(_, a)| *a)
    }

    /// Keys bound to `action` in `scope` or, failing that, globally — for help and footers.
    pub fn keys_for(&self, scope: Scope, action: Action) -> Vec<String> {
        let mut out = Vec::new();
        for s in [scope, Scope::Global] {
            for (chord, a) in self.tables.get(&s).into_iter().flatten() {
                let shadowed = s == Scope::Global
                    && self
                        .tables
                        .get(&scope)
                        .is_some_and(|t| t.iter().any(|(c, _)| c == chord));
                if *a == action && !shadowed {
                    out.push(chord.iter().map(Key::display).collect::<Vec<_>>().join(" "));
                }
            }
        }
        out
    }

    /// Whether any screen has a key for the action (those with none, such as
    /// switching the language, live in the command palette).
    pub fn bound_anywhere(&self, action: Action) -> bool {
        self.tables.values().flatten().any(|(_, a)| *a == action)
    }

    /// Every (keys, action) a screen answers to, its own bindings first.
    pub fn bindings(&self, scope: Scope) -> Vec<(String, Action)> {
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for s in [scope, Scope::Global] {
            for (chord, a) in self.tables.get(&s).into_iter().flatten() {
                if !seen.contains(chord) {
                    seen.push(chord.clone());
                    out.push((
                        chord.iter().map(Key::display).collect::<Vec<_>>().join(" "),
                        *a,
                    ));
                }
            }
        }
        out
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> Key {
        Key::parse(s).unwrap()
    }

    #[test]
    fn the_built_in_keymap_loads_cleanly() {
        let (_, warnings) = Keymap::load(None);
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn chords_and_fallback_to_global() {
        let map = Keymap::builtin();
        assert!(matches!(
            map.resolve(Scope::Board, &[key("L")]),
            Resolution::Action(Action::MoveForward)
        ));
        assert!(matches!(
            map.resolve(Scope::Board, &[key("j")]),
            Resolution::Action(Action::Down)
        ));
        assert!(matches!(
            map.resolve(Scope::Board, &[key("g")]),
            Resolution::Pending
        ));
        assert!(matches!(
            map.resolve(Scope::Board, &[key("g"), key("b")]),
            Resolution::Action(Action::GotoBoard)
        ));
        assert!(matches!(
            map.resolve(Scope::Board, &[key("g"), key("g")]),
            Resolution::Action(Action::First)
        ));
        assert!(matches!(
            map.resolve(Scope::Board, &[key("Z")]),
            Resolution::Unbound
        ));
        assert_eq!(map.keys_for(Scope::Board, Action::MoveForward), ["L", ">"]);
        assert_eq!(map.keys_for(Scope::Board, Action::Quit), ["ctrl-c"]);
    }

    #[test]
    fn a_user_file_overrides_and_its_mistakes_are_named_by_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keymap.toml");
        std::fs::write(&path, "[board]\n\"m\" = \"move_forward\"\n\"z\" = \"fly_away\"\n\"ctrl-\" = \"undo\"\n[nowhere]\n\"x\" = \"quit\"\n").unwrap();
        let (map, warnings) = Keymap::load(Some(&path));
        assert!(matches!(
            map.resolve(Scope::Board, &[key("m")]),
            Resolution::Action(Action::MoveForward)
        ));
        let shown = path.display().to_string();
        assert_eq!(
            warnings,
            [
                format!("{shown} line 3: unknown action 'fly_away'"),
                format!("{shown} line 4: 'ctrl-' is not a key"),
                format!(
                    "{shown}: unknown table [nowhere] (expected global, board, detail or dialog)"
                ),
            ]
        );
    }

    #[test]
    fn a_broken_user_file_falls_back_to_the_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keymap.toml");
        std::fs::write(&path, "[board]\n\"m\" = \n").unwrap();
        let (map, warnings) = Keymap::load(Some(&path));
        assert_eq!(warnings.len(), 1);
        assert!(
            warnings[0].starts_with(&format!("{} line 2: ", path.display())),
            "{warnings:?}"
        );
        assert!(warnings[0].ends_with("using the default keys"));
        assert!(matches!(
            map.resolve(Scope::Board, &[key("L")]),
            Resolution::Action(Action::MoveForward)
        ));
    }
}
