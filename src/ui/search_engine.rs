//! The TUI's fuzzy search, off the input path: one background thread loads
//! every deal, account and contact once, then ranks each query as it comes
//! (across all cores, slice by slice). Typing only posts the query; `tick`
//! picks up whatever ranking has landed, so the first results show while the
//! rest are still being scored, and a newer query stops an older run.

use super::wake::Wake;
use crate::domain::DealId;
use crate::search::{self, Index, Item, index::Ranking};
use crate::store::Store;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, OnceLock};

struct Job {
    generation: u64,
    query: String,
}

/// What the worker publishes for the UI to show: the best matches so far.
#[derive(Debug, Clone, Default)]
struct Shown {
    generation: u64,
    /// (score, item) best first, at most `TOP`.
    top: Vec<(u32, u32)>,
    matched: usize,
    scanned: usize,
    complete: bool,
}

impl Shown {
    fn of(generation: u64, ranking: &Ranking) -> Shown {
        Shown {
            generation,
            top: ranking.top.clone(),
            matched: ranking.matched.len(),
            scanned: ranking.scanned,
            complete: ranking.complete,
        }
    }
}

/// Complete rankings kept for backspace and narrowing.
const RECENT: usize = 12;

struct Shared {
    index: OnceLock<Arc<Index>>,
    /// The newest query's generation; older runs stop when it moves on.
    latest: AtomicU64,
    published: Mutex<Shown>,
    /// Tells the event loop that results landed (so it draws without polling).
    wake: Wake,
}

impl Shared {
    fn new(wake: Wake) -> Arc<Shared> {
        Arc::new(Shared {
            index: OnceLock::new(),
            latest: AtomicU64::new(0),
            published: Mutex::new(Shown::default()),
            wake,
        })
    }

    fn publish(&self, shown: Shown) {
        if let Ok(mut p) = self.published.lock() {
            *p = shown;
        }
        self.wake.wake();
    }
}

pub struct SearchEngine {
    store: Arc<Store>,
    shared: Arc<Shared>,
    jobs: Option<Sender<Job>>,
    generation: u64,
    /// The ranking on screen, copied from the worker's latest.
    shown: Shown,
}

impl SearchEngine {
    pub fn new(store: Arc<Store>, wake: Wake) -> Self {
        SearchEngine {
            store,
            shared: Shared::new(wake),
            jobs: None,
            generation: 0,
            shown: Shown::default(),
        }
    }

    /// Starts the worker, which first loads every item (once).
    pub fn start(&mut self) {
        if self.jobs.is_some() {
            return;
        }
        let (tx, rx) = mpsc::channel();
        self.jobs = Some(tx);
        let store = self.store.clone();
        let shared = self.shared.clone();
        crate::i18n::spawn(move || worker(store, shared, rx));
    }

    /// Lets the worker and its index go (about 1 KB per deal); the next `start`
    /// loads them again. Used while the reports screen holds its own data.
    pub fn release(&mut self) {
        if self.jobs.take().is_none() {
            return;
        }
        // Stop a ranking in progress; the worker ends when its job channel closes.
        self.shared.latest.store(u64::MAX, Ordering::Release);
        self.shared = Shared::new(self.shared.wake.clone());
        self.shown = Shown::default();
    }

    pub fn set_query(&mut self, query: &str) {
        self.generation += 1;
        self.shared.latest.store(self.generation, Ordering::Release);
        if let Some(jobs) = &self.jobs {
            let _ = jobs.send(Job {
                generation: self.generation,
                query: query.to_string(),
            });
        }
    }

    /// Takes the newest published ranking; true when what is shown changed.
    pub fn tick(&mut self) -> bool {
        let Ok(published) = self.shared.published.lock() else {
            return false;
        };
        let fresh = published.generation > self.shown.generation
            || (published.generation == self.shown.generation
                && published.scanned != self.shown.scanned);
        if fresh {
            self.shown = published.clone();
        }
        fresh
    }

    /// Whether the latest query's ranking is complete and shown (tests and
    /// benchmarks wait for this).
    pub fn settled(&mut self) -> bool {
        self.tick();
        self.shared.index.get().is_some()
            && self.shown.generation == self.generation
            && self.shown.complete
    }

    /// Whether results for the latest query are on screen (maybe not all yet).
    pub fn answered(&mut self) -> bool {
        self.tick();
        self.shown.generation == self.generation && self.shared.index.get().is_some()
    }

    pub fn is_loading(&self) -> bool {
        self.jobs.is_some() && self.shared.index.get().is_none()
    }

    /// Whether a query is still being ranked.
    pub fn is_busy(&self) -> bool {
        self.is_loading() || self.shown.generation != self.generation || !self.shown.complete
    }

    pub fn matched(&self) -> u32 {
        self.shown.matched as u32
    }

    /// How many of the matches can be listed (the best `TOP`).
    pub fn listed(&self) -> u32 {
        self.shown.top.len() as u32
    }

    pub fn total(&self) -> u32 {
        self.shared.index.get().map_or(0, |i| i.len() as u32)
    }

    fn item(&self, rank: u32) -> Option<&Item> {
        let (_, i) = self.shown.top.get(rank as usize)?;
        self.shared.index.get()?.items.get(*i as usize)
    }

    pub fn deal_at(&self, rank: u32) -> Option<DealId> {
        self.item(rank).and_then(|i| i.deal)
    }

    /// What the hit at `rank` is, and its id.
    pub fn hit_at(&self, rank: u32) -> Option<(crate::search::Kind, u64)> {
        self.item(rank).map(|i| (i.kind, i.id))
    }

    /// Listed items `from..to` (clamped), best first.
    pub fn results(&self, from: u32, to: u32) -> Vec<&Item> {
        (from..to.min(self.listed()))
            .filter_map(|r| self.item(r))
            .collect()
    }
}

fn worker(store: Arc<Store>, shared: Arc<Shared>, jobs: Receiver<Job>) {
    // Deals are streamed into the builder: holding 100 000 full records at
    // once would double the app's memory for a moment it never gives back.
    let loaded = (|| {
        let accounts = store.accounts()?;
        let owners = store.owners()?;
        let pipelines = store.pipelines()?;
        let mut builder = search::ItemsBuilder::new(&accounts, &owners, &pipelines);
        store.for_each_deal(|d| builder.add_deal(&d))?;
        let contacts = store.contacts()?;
        Ok::<_, crate::store::StoreError>(builder.finish(&accounts, &contacts))
    })();
    // The store is not needed any more; let it close with the app.
    drop(store);
    let index = Arc::new(Index::new(loaded.unwrap_or_default()));
    let _ = shared.index.set(index.clone());
    // Building the index leaves its scaffolding free on this thread.
    super::memory::give_back_freed_memory();
    shared.publish(Shown::default());
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    // Recent complete rankings: backspace returns to one at once, and a
    // query that extends one only re-scores what it matched.
    let mut recent: Vec<(String, Arc<Ranking>)> = Vec::new();
    while let Ok(mut job) = jobs.recv() {
        // Only the newest query matters; skip what typing has overtaken.
        while let Ok(newer) = jobs.try_recv() {
            job = newer;
        }
        let generation = job.generation;
        if let Some((_, done)) = recent.iter().find(|(q, _)| *q == job.query) {
            shared.publish(Shown::of(generation, done));
            continue;
        }
        // A query that only grew matches a subset of what it matched before
        // (a `!` term excludes, so it may not).
        let narrow = recent
            .iter()
            .filter(|(q, _)| !job.query.contains('!') && job.query.starts_with(q.as_str()))
            .max_by_key(|(q, _)| q.len());
        let candidates = narrow.map(|(_, r)| r.matched.as_slice());
        let pattern = search::pattern(&job.query);
        let ranking = index.rank(&pattern, candidates, threads, |so_far| {
            if shared.latest.load(Ordering::Acquire) != generation {
                return false;
            }
            if !so_far.complete {
                shared.publish(Shown::of(generation, so_far));
            }
            true
        });
        if let Some(ranking) = ranking {
            shared.publish(Shown::of(generation, &ranking));
            if recent.len() >= RECENT {
                recent.remove(0);
            }
            recent.push((job.query, Arc::new(ranking)));
        }
    }
    drop((recent, index, shared));
    super::memory::give_back_freed_memory();
}
