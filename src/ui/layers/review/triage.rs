//! Step 4's cursor: the next deal to triage after a save or a skip (skipped deals
//! come back at the end), a step back, and the progress line's counts.

use super::{Outcome, ReviewRequest, ReviewWizard, Step};
use crate::domain::*;
use crate::store::LossInput;

impl ReviewWizard {
    /// Indexes of deals not yet triaged, in triage order.
    pub(super) fn untriaged(&self, r: &Review, except: Option<DealId>) -> Vec<usize> {
        r.lost_deals
            .iter()
            .enumerate()
            .filter(|(_, d)| Some(**d) != except && r.triage_of(**d).is_none())
            .map(|(i, _)| i)
            .collect()
    }

    /// The next deal to show after `from`: the first open one after it not skipped,
    /// else the first open one at all (skipped deals come back at the end).
    pub(super) fn next_open(
        &self,
        r: &Review,
        from: usize,
        except: Option<DealId>,
        skipped: &[DealId],
    ) -> Option<usize> {
        let open = self.untriaged(r, except);
        open.iter()
            .copied()
            .find(|&i| i > from && !skipped.contains(&r.lost_deals[i]))
            .or_else(|| {
                open.iter()
                    .copied()
                    .find(|&i| !skipped.contains(&r.lost_deals[i]))
            })
            .or_else(|| open.first().copied())
    }

    pub(super) fn triaged(&mut self, deal: DealId, loss: LossInput) -> Outcome {
        let Some(r) = &self.review else {
            return Outcome::Stay;
        };
        let skipped: Vec<DealId> = r.skipped.iter().copied().filter(|d| *d != deal).collect();
        let next = self.next_open(r, r.triage_cursor, Some(deal), &skipped);
        let (next_cursor, then) = match next {
            Some(i) => (i, Step::Triage),
            None => (r.lost_deals.len(), Step::Contrast),
        };
        if then == Step::Triage && next_cursor <= r.triage_cursor && !skipped.is_empty() {
            self.notice = Some(t!("rev-back-to-skipped", count = skipped.len()));
        }
        self.pending = Some(then);
        Outcome::review(ReviewRequest::Triage {
            review: r.id,
            deal,
            loss,
            next_cursor,
            then,
        })
    }

    pub(super) fn skip(&mut self) -> Outcome {
        let Some(r) = &self.review else {
            return Outcome::Stay;
        };
        let Some(current) = self.cursor_deal() else {
            return Outcome::Stay;
        };
        let mut skipped = r.skipped.clone();
        if r.triage_of(current).is_none() && !skipped.contains(&current) {
            skipped.push(current);
        }
        let cursor = self
            .next_open(r, r.triage_cursor, Some(current), &skipped)
            .unwrap_or(r.triage_cursor);
        if cursor == r.triage_cursor {
            self.notice = Some(t!("rev-no-other-deal"));
            return Outcome::Stay;
        }
        self.pending = Some(Step::Triage);
        Outcome::review(ReviewRequest::Progress {
            review: r.id,
            step: Step::Triage,
            cursor,
            skipped,
        })
    }

    pub(super) fn previous_deal(&mut self) -> Outcome {
        let Some(r) = &self.review else {
            return Outcome::Stay;
        };
        if r.triage_cursor == 0 {
            return Outcome::Stay;
        }
        let cursor = r.triage_cursor.min(r.lost_deals.len()) - 1;
        self.pending = Some(Step::Triage);
        Outcome::review(ReviewRequest::Progress {
            review: r.id,
            step: Step::Triage,
            cursor,
            skipped: r.skipped.clone(),
        })
    }

    /// Counts for step 4's progress line: (position 1-based, total, triaged, skipped).
    pub fn progress(&self) -> (usize, usize, usize, usize) {
        self.review.as_ref().map_or((0, 0, 0, 0), |r| {
            (
                (r.triage_cursor + 1).min(r.lost_deals.len()),
                r.lost_deals.len(),
                r.triaged.len(),
                r.skipped.len(),
            )
        })
    }
}
