//! Ranking items against a query with nucleo's matcher, in slices spread
//! over the machine's cores. Only the best `TOP` are kept in order (a bounded
//! merge, not a sort of every match), and a query that only grew re-scores
//! just what the shorter one matched. Callers can watch each slice land, so
//! a screen can show the first results while the rest are still scored.

use super::Item;
use super::Query;
use nucleo::{Config, Matcher, Utf32String};

/// Ranked results kept per query; enough for any list a person scrolls.
pub const TOP: usize = 500;
/// Items scored between two looks at the clock and the cancel flag.
const SLICE: usize = 16_384;

pub struct Index {
    pub items: Vec<Item>,
    haystacks: Vec<Utf32String>,
    /// The pinyin readings of items with Chinese text, by item index.
    readings: std::collections::HashMap<u32, Utf32String>,
}

/// The outcome of ranking one query, possibly still in progress.
#[derive(Debug, Clone, Default)]
pub struct Ranking {
    /// Every matching item, in index order (what a longer query narrows).
    pub matched: Vec<u32>,
    /// The best matches as (score, item), best first; ties keep index order.
    pub top: Vec<(u32, u32)>,
    /// How many items were scored so far.
    pub scanned: usize,
    pub complete: bool,
}

/// Better first: higher score, then the earlier item.
pub(crate) fn better(a: &(u32, u32), b: &(u32, u32)) -> std::cmp::Ordering {
    b.0.cmp(&a.0).then(a.1.cmp(&b.1))
}

fn merge_top(into: &mut Vec<(u32, u32)>, mut more: Vec<(u32, u32)>) {
    into.append(&mut more);
    into.sort_unstable_by(better);
    into.truncate(TOP);
}

impl Index {
    /// Takes each item's haystack into the matcher's form (the text copy is
    /// not kept).
    pub fn new(mut items: Vec<Item>) -> Index {
        let mut readings = std::collections::HashMap::new();
        let haystacks = items
            .iter_mut()
            .enumerate()
            .map(|(n, i)| {
                let text = std::mem::take(&mut i.haystack);
                let (text, reading) = super::chinese::searchable(&text);
                if let Some(reading) = reading {
                    readings.insert(n as u32, Utf32String::from(reading.as_str()));
                }
                Utf32String::from(text.as_ref())
            })
            .collect();
        Index {
            items,
            haystacks,
            readings,
        }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Scores `candidates` (item indices in order; None = every item) on one
    /// thread, keeping matches in order and the best `TOP`.
    fn score_part(&self, pattern: &Query, candidates: &[u32], matcher: &mut Matcher) -> Ranking {
        let mut out = Ranking::default();
        // Once `TOP` are held, a score below the weakest of them cannot enter.
        let mut floor = 0;
        for &i in candidates {
            let Some(haystack) = self.haystacks.get(i as usize) else {
                continue;
            };
            let reading = self.readings.get(&i).map(|r| r.slice(..));
            let score = pattern.score(haystack.slice(..), reading, matcher);
            if let Some(score) = score {
                out.matched.push(i);
                if score >= floor {
                    out.top.push((score, i));
                    if out.top.len() >= 2 * TOP {
                        out.top.sort_unstable_by(better);
                        out.top.truncate(TOP);
                        floor = out.top.last().map_or(0, |t| t.0);
                    }
                }
            }
        }
        out.top.sort_unstable_by(better);
        out.top.truncate(TOP);
        out.scanned = candidates.len();
        out
    }

    /// Ranks `candidates` (None = every item) against `pattern`, slice by
    /// slice across `threads` threads. After each slice `progress` sees the
    /// ranking so far; returning false stops the run (a newer query came).
    /// Returns None when stopped.
    pub fn rank(
        &self,
        pattern: &Query,
        candidates: Option<&[u32]>,
        threads: usize,
        mut progress: impl FnMut(&Ranking) -> bool,
    ) -> Option<Ranking> {
        let all: Vec<u32>;
        let candidates = match candidates {
            Some(c) => c,
            None => {
                all = (0..self.items.len() as u32).collect();
                &all
            }
        };
        let threads = threads.max(1);
        let mut matchers: Vec<Matcher> = (0..threads)
            .map(|_| Matcher::new(Config::DEFAULT))
            .collect();
        let mut ranking = Ranking::default();
        for slice in candidates.chunks(SLICE * threads) {
            let part_len = slice.len().div_ceil(threads);
            let parts: Vec<Ranking> = std::thread::scope(|scope| {
                let handles: Vec<_> = slice
                    .chunks(part_len.max(1))
                    .zip(matchers.iter_mut())
                    .map(|(part, matcher)| scope.spawn(|| self.score_part(pattern, part, matcher)))
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or_default())
                    .collect()
            });
            for part in parts {
                ranking.matched.extend(part.matched);
                merge_top(&mut ranking.top, part.top);
                ranking.scanned += part.scanned;
            }
            ranking.complete = ranking.scanned >= candidates.len();
            if !progress(&ranking) {
                return None;
            }
        }
        ranking.complete = true;
        Some(ranking)
    }

    /// Ranks every item synchronously (the CLI): the best `limit`, best first.
    pub fn search(&self, query: &str, limit: usize) -> Vec<(u32, &Item)> {
        let pattern = super::pattern(query);
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let ranking = self
            .rank(&pattern, None, threads, |_| true)
            .unwrap_or_default();
        ranking
            .top
            .into_iter()
            .take(limit)
            .filter_map(|(score, i)| self.items.get(i as usize).map(|item| (score, item)))
            .collect()
    }
}
