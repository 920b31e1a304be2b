//! Key presses from an SSH client's bytes, parsed by terminput (the same
//! escape sequences crossterm reads from a local terminal).

use ratatui::crossterm::event::Event;

/// Bytes of an escape sequence seen so far; anything longer is garbage.
const LONGEST_SEQUENCE: usize = 64;

#[derive(Debug, Default)]
pub struct KeyParser {
    pending: Vec<u8>,
}

impl KeyParser {
    /// The events in one read from the client. A sequence cut between two
    /// reads carries over; garbage is dropped, never fatal.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Event> {
        let mut events = Vec::new();
        for (i, byte) in bytes.iter().enumerate() {
            self.pending.push(*byte);
            // ESC with more in the same read starts a sequence (arrows,
            // alt-keys); ESC alone at the end of a read is the esc key.
            let more = i + 1 < bytes.len();
            if self.pending == [0x1b] && more {
                continue;
            }
            match terminput::Event::parse_from(&self.pending) {
                Ok(Some(event)) => {
                    if let Ok(event) = terminput_crossterm::to_crossterm(event) {
                        events.push(event);
                    }
                    self.pending.clear();
                }
                Ok(None) if self.pending.len() < LONGEST_SEQUENCE => {}
                Ok(None) | Err(_) => self.pending.clear(),
            }
        }
        events
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    fn keys(bytes: &[u8]) -> Vec<(KeyCode, KeyModifiers)> {
        KeyParser::default()
            .feed(bytes)
            .into_iter()
            .filter_map(|e| match e {
                Event::Key(k) => Some((k.code, k.modifiers)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn letters_arrows_control_and_esc() {
        assert_eq!(
            keys(b"jL\x1b[A\x03\x0c"),
            vec![
                (KeyCode::Char('j'), KeyModifiers::NONE),
                (KeyCode::Char('L'), KeyModifiers::SHIFT),
                (KeyCode::Up, KeyModifiers::NONE),
                (KeyCode::Char('c'), KeyModifiers::CONTROL),
                (KeyCode::Char('l'), KeyModifiers::CONTROL),
            ]
        );
        assert_eq!(keys(b"\x1b"), vec![(KeyCode::Esc, KeyModifiers::NONE)]);
        assert_eq!(
            keys("张".as_bytes()),
            vec![(KeyCode::Char('张'), KeyModifiers::NONE)]
        );
    }

    #[test]
    fn garbage_and_split_sequences_never_stick() {
        let mut parser = KeyParser::default();
        assert!(parser.feed(&[0x1b, b'[']).is_empty());
        let up = parser.feed(b"A");
        assert_eq!(up.len(), 1);
        let noise: Vec<u8> = (0..10_000u32).map(|i| (i * 7919 % 256) as u8).collect();
        parser.feed(&noise);
        assert!(parser.pending.len() < LONGEST_SEQUENCE);
        assert_eq!(parser.feed(b"\x1bj").len(), 1, "alt-j after garbage");
    }
}
