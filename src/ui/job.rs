//! A one-shot piece of work off the key path (the closed deals after the first
//! frame, the quote editor's won-at prices): run on a thread that wakes the
//! event loop when it lands; the app takes the result on its next tick.
//! Long-lived workers that take requests are `AnalyticsWorker` and `SearchEngine`.

use super::wake::Wake;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

pub struct Job<T> {
    handle: JoinHandle<()>,
    /// The result, put here before the loop is woken: the thread itself may
    /// not have ended yet when the loop looks.
    landed: Arc<Mutex<Option<T>>>,
}

/// A job that ended without its result: its thread panicked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JobFailed;

impl<T: Send + 'static> Job<T> {
    pub fn spawn(wake: &Wake, work: impl FnOnce() -> T + Send + 'static) -> Job<T> {
        let wake = wake.clone();
        let landed = Arc::new(Mutex::new(None));
        let slot = landed.clone();
        Job {
            handle: crate::i18n::spawn(move || {
                let result = work();
                *slot.lock().unwrap_or_else(PoisonError::into_inner) = Some(result);
                wake.wake();
            }),
            landed,
        }
    }

    pub fn is_done(&self) -> bool {
        self.handle.is_finished()
            || self
                .landed
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .is_some()
    }

    /// The result, waiting for it if the job is still running.
    pub fn wait(self) -> Result<T, JobFailed> {
        self.handle.join().map_err(|_| JobFailed)?;
        let result = self
            .landed
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        result.ok_or(JobFailed)
    }
}

/// Takes the result of a job held in `slot` once it is done; None while it runs
/// (or when there is none).
pub fn take_done<T: Send + 'static>(slot: &mut Option<Job<T>>) -> Option<Result<T, JobFailed>> {
    if slot.as_ref().is_some_and(Job::is_done) {
        slot.take().map(Job::wait)
    } else {
        None
    }
}
