//! A single-line text field.

use crate::ui::keymap::Key;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    pub text: String,
    /// Cursor position in characters.
    pub cursor: usize,
}

impl TextInput {
    pub fn with(text: &str) -> Self {
        TextInput {
            text: text.to_string(),
            cursor: text.chars().count(),
        }
    }

    fn byte(&self, char_index: usize) -> usize {
        self.text
            .char_indices()
            .nth(char_index)
            .map(|(b, _)| b)
            .unwrap_or(self.text.len())
    }

    /// Applies an editing key; returns false for keys it does not edit with.
    pub fn edit(&mut self, key: Key) -> bool {
        let plain = !key
            .mods
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        match key.code {
            KeyCode::Char(c) if plain && !c.is_control() => {
                let at = self.byte(self.cursor);
                self.text.insert(at, c);
                self.cursor += 1;
            }
            KeyCode::Char('u') if key.mods.contains(KeyModifiers::CONTROL) => {
                self.text.clear();
                self.cursor = 0;
            }
            KeyCode::Backspace if self.cursor > 0 => {
                self.cursor -= 1;
                let at = self.byte(self.cursor);
                self.text.remove(at);
            }
            KeyCode::Delete if self.cursor < self.text.chars().count() => {
                let at = self.byte(self.cursor);
                self.text.remove(at);
            }
            KeyCode::Left => self.cursor = self.cursor.saturating_sub(1),
            KeyCode::Right => self.cursor = (self.cursor + 1).min(self.text.chars().count()),
            KeyCode::Home => self.cursor = 0,
            KeyCode::End => self.cursor = self.text.chars().count(),
            KeyCode::Backspace | KeyCode::Delete => {}
            _ => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_multibyte_text() {
        let mut t = TextInput::default();
        for c in "华东x".chars() {
            t.edit(Key {
                code: KeyCode::Char(c),
                mods: KeyModifiers::NONE,
            });
        }
        t.edit(Key {
            code: KeyCode::Left,
            mods: KeyModifiers::NONE,
        });
        t.edit(Key {
            code: KeyCode::Backspace,
            mods: KeyModifiers::NONE,
        });
        assert_eq!(t.text, "华x");
        assert_eq!(t.cursor, 1);
        assert!(!t.edit(Key {
            code: KeyCode::Enter,
            mods: KeyModifiers::NONE
        }));
    }
}
