//! Reports computed off the input path: a worker thread keeps the analytics input
//! (slim deals and stage events) loaded and answers (period, scope) requests; a
//! newer request supersedes queued ones. It is read again only after the app
//! changed something.

use super::wake::Wake;
use crate::analytics::{Facts, Input, Period, ReportSet, Scope};
use crate::domain::*;
use crate::store::Store;
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};

/// One deal as a drill-down list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DealLine {
    pub id: DealId,
    pub title: String,
    pub owner: String,
    pub stage: String,
    pub amount: Money,
}

/// A computed report set and the deals its findings point at.
pub struct ReportOutput {
    pub set: ReportSet,
    pub deals: HashMap<DealId, DealLine>,
}

/// An answer, and how many requests it answers (newer requests overtake older ones).
type Reply = (usize, Result<ReportOutput, String>);

struct Request {
    period: Period,
    scope: Scope,
    now: DateTime<Utc>,
    /// The app's change count: a different one means the workspace must be reread.
    version: u64,
}

pub struct ReportEngine {
    store: Arc<Store>,
    wake: Wake,
    /// None asks the worker to let go of the loaded input.
    requests: Option<Sender<Option<Request>>>,
    replies: Option<Receiver<Reply>>,
    waiting: usize,
    pub latest: Option<Arc<ReportOutput>>,
    pub error: Option<String>,
}

impl ReportEngine {
    pub fn new(store: Arc<Store>, wake: Wake) -> ReportEngine {
        ReportEngine {
            store,
            wake,
            requests: None,
            replies: None,
            waiting: 0,
            latest: None,
            error: None,
        }
    }

    /// Asks for the reports of `period` and `scope`; the answer arrives through `tick`.
    pub fn request(&mut self, period: Period, scope: Scope, now: DateTime<Utc>, version: u64) {
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
                period,
                scope,
                now,
                version,
            }))
            .is_ok()
        });
        if sent {
            self.waiting += 1;
        } else {
            self.error = Some("the report worker stopped; reopen dealdeck".into());
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
                        Err(e) => self.error = Some(e),
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

    /// Leaving the reports: the worker drops the loaded input (tens of MB on a large
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

fn serve(
    store: &Store,
    wake: &Wake,
    requests: &Receiver<Option<Request>>,
    replies: &Sender<Reply>,
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
        if loaded.as_ref().is_none_or(|(v, _)| *v != request.version) {
            match store.analytics_input() {
                Ok(ws) => loaded = Some((request.version, ws)),
                Err(e) => {
                    let _ =
                        replies.send((skipped + 1, Err(format!("cannot read the workspace: {e}"))));
                    wake.wake();
                    continue;
                }
            }
        }
        let Some((_, ws)) = &loaded else { continue };
        let facts = Facts::new(ws, request.now);
        let set = ReportSet::compute(&facts, &request.scope, &request.period);
        let answer = output(ws, set);
        drop(facts);
        super::memory::give_back_freed_memory();
        if replies.send((skipped + 1, Ok(answer))).is_err() {
            return;
        }
        wake.wake();
    }
}

/// Lines for every deal a finding or a closed-deal row points at.
fn output(ws: &Input, set: ReportSet) -> ReportOutput {
    let mut wanted: Vec<DealId> = set
        .health
        .iter()
        .flat_map(|h| h.deals.iter().copied())
        .collect();
    for report in &set.win_loss {
        for row in &report.rows {
            wanted.extend(row.deals.iter().copied());
        }
    }
    wanted.sort_unstable();
    wanted.dedup();
    let owners: HashMap<OwnerId, &str> =
        ws.owners.iter().map(|o| (o.id, o.name.as_str())).collect();
    let stages: HashMap<StageId, &str> = ws
        .pipelines
        .iter()
        .flat_map(|p| p.stages.iter().map(|s| (s.id, s.name.as_str())))
        .collect();
    let deals = ws
        .deals
        .iter()
        .filter(|d| wanted.binary_search(&d.id).is_ok())
        .map(|d| {
            (
                d.id,
                DealLine {
                    id: d.id,
                    title: d.title.clone(),
                    owner: owners.get(&d.owner).copied().unwrap_or("").to_string(),
                    stage: stages.get(&d.stage).copied().unwrap_or("").to_string(),
                    amount: d.amount,
                },
            )
        })
        .collect();
    ReportOutput { set, deals }
}
