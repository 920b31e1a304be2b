//! Figures computed off the input path: a worker thread keeps the analytics input
//! (slim deals and stage events) loaded and runs the jobs it is sent; a newer job
//! supersedes queued ones. The input is read again only after the app changed
//! something, and let go when the screen that asked closes.

use super::wake::Wake;
use crate::analytics::Input;
use crate::store::Store;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};

/// Computes an answer from the loaded input.
pub type Job<T> = Box<dyn FnOnce(&Input) -> T + Send>;

struct Request<T> {
    /// The app's change count: a different one means the workspace must be reread.
    version: u64,
    job: Job<T>,
    /// The session's language when it asked: the figures' words follow it.
    lang: crate::i18n::Lang,
}

/// An answer, and how many requests it answers (newer requests overtake older ones).
/// A failure carries the store's error; `tick` words it, on the session's thread.
type Reply<T> = (usize, Result<T, String>);

pub struct AnalyticsWorker<T> {
    store: Arc<Store>,
    wake: Wake,
    /// None asks the worker to let go of the loaded input.
    requests: Option<Sender<Option<Request<T>>>>,
    replies: Option<Receiver<Reply<T>>>,
    waiting: usize,
    pub latest: Option<Arc<T>>,
    pub error: Option<String>,
}

impl<T: Send + 'static> AnalyticsWorker<T> {
    pub fn new(store: Arc<Store>, wake: Wake) -> Self {
        AnalyticsWorker {
            store,
            wake,
            requests: None,
            replies: None,
            waiting: 0,
            latest: None,
            error: None,
        }
    }

    /// Sends a job; its answer arrives through `tick`.
    pub fn submit(&mut self, version: u64, job: Job<T>) {
        if self.requests.is_none() {
            let (tx, rx) = channel();
            let (reply_tx, reply_rx) = channel();
            let (store, wake) = (self.store.clone(), self.wake.clone());
            std::thread::spawn(move || serve(&store, &wake, &rx, &reply_tx));
            self.requests = Some(tx);
            self.replies = Some(reply_rx);
        }
        let sent = self.requests.as_ref().is_some_and(|tx| {
            tx.send(Some(Request {
                version,
                job,
                lang: crate::i18n::lang(),
            }))
            .is_ok()
        });
        if sent {
            self.waiting += 1;
        } else {
            self.error = Some(t!("cliimp-worker-stopped"));
        }
    }

    /// Takes finished answers; true when something new arrived.
    pub fn tick(&mut self) -> bool {
        let Some(rx) = &self.replies else {
            return false;
        };
        let mut changed = false;
        loop {
            match rx.try_recv() {
                Ok((answered, reply)) => {
                    self.waiting = self.waiting.saturating_sub(answered);
                    match reply {
                        Ok(output) => {
                            self.latest = Some(Arc::new(output));
                            self.error = None;
                        }
                        Err(e) => self.error = Some(t!("cliimp-worker-cannot-read", error = e)),
                    }
                    changed = true;
                }
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    self.waiting = 0;
                    break;
                }
            }
        }
        changed
    }

    /// Leaving the screen: the worker drops the loaded input (tens of MB on a large
    /// workspace) and reads it again on the next visit. Answers still on their way
    /// are no longer waited for.
    pub fn release(&mut self) {
        // Dropped before the worker is told, so its trim finds this memory free too.
        self.latest = None;
        if let Some(tx) = &self.requests {
            let _ = tx.send(None);
        }
        self.waiting = 0;
    }

    pub fn is_busy(&self) -> bool {
        self.waiting > 0
    }

    /// Waits for every answer asked for so far (tests).
    pub fn settle(&mut self) {
        while self.is_busy() {
            if !self.tick() {
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
        }
    }
}

fn serve<T>(
    store: &Store,
    wake: &Wake,
    requests: &Receiver<Option<Request<T>>>,
    replies: &Sender<Reply<T>>,
) {
    let mut loaded: Option<(u64, Input)> = None;
    while let Ok(mut message) = requests.recv() {
        // Only the newest message matters; the requests it overtook are answered with it.
        let mut skipped = 0;
        while let Ok(newer) = requests.try_recv() {
            skipped += usize::from(message.is_some());
            message = newer;
        }
        let Some(request) = message else {
            loaded = None;
            super::memory::give_back_freed_memory();
            continue;
        };
        crate::i18n::set_session_lang(request.lang);
        if loaded.as_ref().is_none_or(|(v, _)| *v != request.version) {
            match store.analytics_input() {
                Ok(ws) => loaded = Some((request.version, ws)),
                Err(e) => {
                    let _ = replies.send((skipped + 1, Err(e.to_string())));
                    wake.wake();
                    continue;
                }
            }
        }
        let Some((_, ws)) = &loaded else { continue };
        let answer = (request.job)(ws);
        super::memory::give_back_freed_memory();
        if replies.send((skipped + 1, Ok(answer))).is_err() {
            return;
        }
        wake.wake();
    }
}
