//! Repeated text (industries, regions, sources, competitors, products, loss
//! reasons) held once and named by its place: a deal row names a word in
//! four bytes, and the report cache keeps the rows as they are.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Words by their place.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Words(Vec<String>);

impl Words {
    /// The word at `place`; "" beyond the table (rows read back from the
    /// report cache are checked with `holds` first).
    pub fn get(&self, place: u32) -> &str {
        self.0.get(place as usize).map_or("", String::as_str)
    }

    pub fn holds(&self, place: u32) -> bool {
        (place as usize) < self.0.len()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Hands out places as words are first met.
#[derive(Debug, Default)]
pub(super) struct WordTable {
    words: Words,
    places: HashMap<String, u32>,
}

impl WordTable {
    pub(super) fn place(&mut self, word: &str) -> u32 {
        if let Some(&p) = self.places.get(word) {
            return p;
        }
        let p = u32::try_from(self.words.0.len()).unwrap_or(u32::MAX);
        self.words.0.push(word.to_string());
        self.places.insert(word.to_string(), p);
        p
    }

    pub(super) fn into_words(self) -> Words {
        self.words
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_met_again_keeps_its_place() {
        let mut table = WordTable::default();
        let places: Vec<u32> = ["Retail", "EMEA", "Retail", "", "EMEA"]
            .iter()
            .map(|w| table.place(w))
            .collect();
        assert_eq!(places, [0, 1, 0, 2, 1]);
        let words = table.into_words();
        assert_eq!(
            (words.get(0), words.get(1), words.get(2)),
            ("Retail", "EMEA", "")
        );
        assert!(words.holds(2) && !words.holds(3));
        assert_eq!(words.get(3), "");
    }
}
