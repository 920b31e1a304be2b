//! The TUI's fuzzy matcher: a `Nucleo` fed from a loader thread, so opening
//! search never waits on the store and typing never waits on matching.

use crate::domain::DealId;
use crate::search::{self, Item};
use crate::store::Store;
use nucleo::pattern::{CaseMatching, Normalization};
use nucleo::{Config, Nucleo};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

pub struct SearchEngine {
    store: Arc<Store>,
    nucleo: Nucleo<Item>,
    started: bool,
    loaded: Arc<AtomicBool>,
}

impl SearchEngine {
    pub fn new(store: Arc<Store>) -> Self {
        // Results are picked up by `tick` from the event loop; no wake-up needed.
        let nucleo = Nucleo::new(Config::DEFAULT, Arc::new(|| {}), None, 1);
        SearchEngine {
            store,
            nucleo,
            started: false,
            loaded: Arc::new(AtomicBool::new(false)),
        }
    }

    /// Starts loading every deal, account and contact in the background (once).
    pub fn start(&mut self) {
        if self.started {
            return;
        }
        self.started = true;
        let injector = self.nucleo.injector();
        let store = self.store.clone();
        let loaded = self.loaded.clone();
        std::thread::spawn(move || {
            let parts = (|| {
                Ok::<_, crate::store::StoreError>((
                    store.deals()?,
                    store.accounts()?,
                    store.contacts()?,
                    store.owners()?,
                ))
            })();
            if let Ok((deals, accounts, contacts, owners)) = parts {
                for item in search::items(&deals, &accounts, &contacts, &owners) {
                    injector.push(item, |item, cols| cols[0] = item.haystack.as_str().into());
                }
            }
            loaded.store(true, Ordering::Release);
        });
    }

    pub fn set_query(&mut self, query: &str, append: bool) {
        self.nucleo
            .pattern
            .reparse(0, query, CaseMatching::Smart, Normalization::Smart, append);
        self.nucleo.tick(10);
    }

    /// Advances matching for up to 10 ms; true when the results changed.
    pub fn tick(&mut self) -> bool {
        self.nucleo.tick(10).changed
    }

    /// Whether loading and matching are both finished (tests wait for this).
    pub fn settled(&mut self) -> bool {
        let done_loading = self.loaded.load(Ordering::Acquire);
        let status = self.nucleo.tick(10);
        done_loading && !status.running && !status.changed
    }

    pub fn is_loading(&self) -> bool {
        self.started && !self.loaded.load(Ordering::Acquire)
    }

    pub fn matched(&self) -> u32 {
        self.nucleo.snapshot().matched_item_count()
    }

    pub fn total(&self) -> u32 {
        self.nucleo.snapshot().item_count()
    }

    pub fn deal_at(&self, index: u32) -> Option<DealId> {
        self.nucleo
            .snapshot()
            .get_matched_item(index)
            .and_then(|i| i.data.deal)
    }

    /// Matched items `from..to` (clamped), best first.
    pub fn results(&self, from: u32, to: u32) -> Vec<&Item> {
        let snapshot = self.nucleo.snapshot();
        let end = to.min(snapshot.matched_item_count());
        let start = from.min(end);
        snapshot.matched_items(start..end).map(|i| i.data).collect()
    }
}
