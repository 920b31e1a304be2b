//! What changed in the workspace, for everyone else working on it at the same
//! time (the sessions of `dealdeck serve`). Every commit bumps the generation
//! and says who made it and which deals it touched; watchers are woken so
//! their screens follow within a frame.

use crate::domain::DealId;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};

/// The deals a commit touched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Touched {
    /// Nothing shown on a board or detail (forecast snapshots, review progress).
    Nothing,
    Deals(Vec<DealId>),
    /// Too much to name (imports, taxonomy): reload everything.
    Everything,
}

/// One commit, as the other sessions hear of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The generation this commit produced.
    pub generation: u64,
    pub by: String,
    pub touched: Touched,
}

/// How many changes are kept for sessions that fall behind; a session further
/// behind reloads everything.
const KEPT: usize = 1024;

type Watcher = dyn Fn() + Send + Sync;

#[derive(Default)]
pub struct Feed {
    generation: AtomicU64,
    state: Mutex<FeedState>,
}

#[derive(Default)]
struct FeedState {
    changes: VecDeque<Change>,
    watchers: Vec<Weak<Watcher>>,
}

/// What a session missed since the generation it last saw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missed {
    pub generation: u64,
    /// None when the session fell too far behind: reload everything.
    pub changes: Option<Vec<Change>>,
}

impl Feed {
    /// Counts every commit since the store was opened.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    pub(super) fn committed(&self, by: &str, touched: Touched) {
        let watchers = {
            let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
            let generation = self.generation.fetch_add(1, Ordering::AcqRel) + 1;
            state.changes.push_back(Change {
                generation,
                by: by.to_string(),
                touched,
            });
            if state.changes.len() > KEPT {
                state.changes.pop_front();
            }
            state.watchers.retain(|w| w.strong_count() > 0);
            state
                .watchers
                .iter()
                .filter_map(Weak::upgrade)
                .collect::<Vec<_>>()
        };
        // Woken outside the lock: a watcher may read the feed at once.
        for wake in watchers {
            wake();
        }
    }

    /// Calls `wake` after every commit for as long as the caller keeps the `Arc`.
    pub fn watch(&self, wake: &Arc<Watcher>) {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        state.watchers.push(Arc::downgrade(wake));
    }

    /// The changes after generation `seen`.
    pub fn since(&self, seen: u64) -> Missed {
        let state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let generation = self.generation();
        if generation == seen {
            return Missed {
                generation,
                changes: Some(Vec::new()),
            };
        }
        let complete = state
            .changes
            .front()
            .is_some_and(|first| first.generation <= seen + 1);
        Missed {
            generation,
            changes: complete.then(|| {
                state
                    .changes
                    .iter()
                    .filter(|c| c.generation > seen)
                    .cloned()
                    .collect()
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    #[test]
    fn watchers_hear_every_commit_and_late_readers_reload() {
        let feed = Feed::default();
        let heard = Arc::new(AtomicUsize::new(0));
        let counter = heard.clone();
        let wake: Arc<Watcher> = Arc::new(move || {
            counter.fetch_add(1, Ordering::SeqCst);
        });
        feed.watch(&wake);
        feed.committed("li", Touched::Deals(vec![DealId(7)]));
        feed.committed("ann", Touched::Nothing);
        assert_eq!(heard.load(Ordering::SeqCst), 2);
        let missed = feed.since(1);
        assert_eq!(missed.generation, 2);
        assert_eq!(missed.changes.as_ref().map(Vec::len), Some(1));
        assert_eq!(missed.changes.unwrap()[0].by, "ann");
        for _ in 0..KEPT + 5 {
            feed.committed("li", Touched::Nothing);
        }
        assert_eq!(feed.since(1).changes, None, "too far behind: reload");
        drop(wake);
        feed.committed("li", Touched::Nothing);
        assert_eq!(heard.load(Ordering::SeqCst), KEPT + 7);
    }
}
