//! A map from record ids to values that is a plain vector when the ids are dense (as
//! the store's sequences make them) and a hash map otherwise: most metric loops look
//! up a stage or a deal per stage event, and hashing each one dominated their time.

use std::collections::HashMap;

pub enum IdMap<V> {
    Dense(Vec<Option<V>>),
    Sparse(HashMap<u64, V>),
}

impl<V: Clone> IdMap<V> {
    pub fn new(entries: impl IntoIterator<Item = (u64, V)>) -> IdMap<V> {
        let entries: Vec<(u64, V)> = entries.into_iter().collect();
        let max = entries.iter().map(|(id, _)| *id).max().unwrap_or(0);
        // Dense when the vector would be at most four times the entries (plus slack).
        if max <= (entries.len() as u64).saturating_mul(4) + 1024 {
            let mut slots = vec![None; max as usize + 1];
            for (id, v) in entries {
                slots[id as usize] = Some(v);
            }
            IdMap::Dense(slots)
        } else {
            IdMap::Sparse(entries.into_iter().collect())
        }
    }

    pub fn get(&self, id: u64) -> Option<&V> {
        match self {
            IdMap::Dense(slots) => slots.get(id as usize).and_then(Option::as_ref),
            IdMap::Sparse(map) => map.get(&id),
        }
    }

    pub fn contains(&self, id: u64) -> bool {
        self.get(id).is_some()
    }
}
