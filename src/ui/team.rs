//! A session's place among the others on a served workspace: who else is
//! signed in, catching up with what they changed, and following the review
//! someone is running. Local use has no team and none of this runs.

use super::data::Snapshot;
use crate::store::{Store, StoreError, Touched};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};

type Watcher = dyn Fn() + Send + Sync;

/// Everyone signed in to one server, shared by its sessions.
#[derive(Default)]
pub struct Presence {
    next: AtomicU64,
    state: Mutex<PresenceState>,
}

#[derive(Default)]
struct PresenceState {
    /// Session id → user name.
    sessions: BTreeMap<u64, String>,
    watchers: Vec<Weak<Watcher>>,
}

impl Presence {
    /// Adds a session; everyone else's header updates.
    pub fn join(&self, user: &str, wake: &Arc<Watcher>) -> u64 {
        let id = self.next.fetch_add(1, Ordering::Relaxed) + 1;
        let watchers = {
            let mut state = self.lock();
            state.sessions.insert(id, user.to_string());
            state.watchers.retain(|w| w.strong_count() > 0);
            state.watchers.push(Arc::downgrade(wake));
            state.watchers.clone()
        };
        wake_all(&watchers);
        id
    }

    pub fn leave(&self, session: u64) {
        let watchers = {
            let mut state = self.lock();
            state.sessions.remove(&session);
            state.watchers.clone()
        };
        wake_all(&watchers);
    }

    /// The other people signed in (each name once, in name order).
    pub fn others(&self, session: u64, me: &str) -> Vec<String> {
        let state = self.lock();
        let mut names: Vec<String> = state
            .sessions
            .iter()
            .filter(|(id, name)| **id != session && name.as_str() != me)
            .map(|(_, name)| name.clone())
            .collect();
        names.sort();
        names.dedup();
        names
    }

    /// How many sessions are open.
    pub fn sessions(&self) -> usize {
        self.lock().sessions.len()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, PresenceState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

fn wake_all(watchers: &[Weak<Watcher>]) {
    for wake in watchers.iter().filter_map(Weak::upgrade) {
        wake();
    }
}

/// What every session of a server shows, loaded once and kept current with
/// the store's feed: sessions hold the same `Arc<Snapshot>` instead of a copy
/// each, so a session costs its view state, not the workspace.
pub struct SharedData {
    state: Mutex<SharedState>,
}

struct SharedState {
    /// The feed generation `data` reflects.
    generation: u64,
    data: Arc<Snapshot>,
}

impl SharedData {
    /// Open deals and this month's closed ones, with their accounts.
    pub fn load(store: &Store, today: NaiveDate) -> Result<SharedData, StoreError> {
        let generation = store.feed().generation();
        let data = load_all(store, today)?;
        Ok(SharedData {
            state: Mutex::new(SharedState {
                generation,
                data: Arc::new(data),
            }),
        })
    }

    /// The data as of the latest commit, and that commit's generation. The
    /// first session to ask after a change brings it up to date for all.
    pub fn current(
        &self,
        store: &Store,
        today: NaiveDate,
    ) -> Result<(u64, Arc<Snapshot>), StoreError> {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let missed = store.feed().since(state.generation);
        if missed.generation != state.generation {
            let everything = missed
                .changes
                .as_ref()
                .is_none_or(|changes| changes.iter().any(|c| c.touched == Touched::Everything));
            if everything {
                state.data = Arc::new(load_all(store, today)?);
            } else {
                let data = Arc::make_mut(&mut state.data);
                for change in missed.changes.iter().flatten() {
                    if let Touched::Deals(ids) = &change.touched {
                        for id in ids {
                            data.refresh_deal(store, *id)?;
                        }
                    }
                }
            }
            state.generation = missed.generation;
        }
        Ok((state.generation, state.data.clone()))
    }
}

fn load_all(store: &Store, today: NaiveDate) -> Result<Snapshot, StoreError> {
    let mut data = Snapshot::load(store)?;
    data.merge_closed(Snapshot::load_closed(store, today)?);
    Ok(data)
}

/// One session's link to the team.
pub struct Team {
    pub presence: Arc<Presence>,
    pub shared: Arc<SharedData>,
    pub session: u64,
    /// The store feed's generation this session has caught up with.
    pub seen: u64,
    /// Following the review in progress: the wizard is read-only and moves
    /// when its facilitator moves.
    pub following: bool,
    /// Kept alive for as long as the session: the feed and presence hold it weakly.
    _wake: Arc<Watcher>,
}

impl Team {
    pub fn new(
        presence: Arc<Presence>,
        shared: Arc<SharedData>,
        user: &str,
        seen: u64,
        wake: Arc<Watcher>,
    ) -> Team {
        let session = presence.join(user, &wake);
        Team {
            presence,
            shared,
            session,
            seen,
            following: false,
            _wake: wake,
        }
    }

    pub fn wake_handle(&self) -> &Arc<Watcher> {
        &self._wake
    }
}

impl Drop for Team {
    fn drop(&mut self) {
        self.presence.leave(self.session);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn others_are_everyone_but_me_once_each() {
        let presence = Arc::new(Presence::default());
        let wake: Arc<Watcher> = Arc::new(|| {});
        let shared = Arc::new(SharedData {
            state: Mutex::new(SharedState {
                generation: 0,
                data: Arc::new(Snapshot::default()),
            }),
        });
        let me = Team::new(presence.clone(), shared.clone(), "Ann", 0, wake.clone());
        let li = Team::new(presence.clone(), shared.clone(), "李伟", 0, wake.clone());
        let li_again = Team::new(presence.clone(), shared, "李伟", 0, wake.clone());
        assert_eq!(presence.others(me.session, "Ann"), vec!["李伟".to_string()]);
        assert_eq!(presence.sessions(), 3);
        drop(li);
        drop(li_again);
        assert!(presence.others(me.session, "Ann").is_empty());
        assert_eq!(presence.sessions(), 1);
    }
}
