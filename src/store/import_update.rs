//! `import deals --update`: a deal already imported (same external id) takes the
//! file's values — the CRM wins. A stage or outcome change becomes a stage event
//! marked `imported`, dated by the file's close date or the import.

use super::StoreError;
use super::import::{ImportedDeal, imported_loss};
use super::parties::Parties;
use crate::domain::*;
use chrono::{DateTime, Utc};

/// What every update of one import shares.
pub(super) struct ImportRun<'a> {
    pub taxonomy: &'a [LossCategory],
    pub by: &'a str,
    pub now: DateTime<Utc>,
}

/// A deal as the file now has it, with the stage events its change needs; None
/// when the file says nothing new.
pub(super) fn updated(
    run: &ImportRun,
    current: &Deal,
    row: &ImportedDeal,
    pipeline: &Pipeline,
    parties: &mut Parties,
    mut next_event: impl FnMut() -> u64,
) -> Result<Option<(Deal, Vec<StageEvent>)>, StoreError> {
    let ImportRun { taxonomy, by, now } = *run;
    let mut deal = current.clone();
    deal.title = row.title.trim().to_string();
    deal.account = parties.account_of(row)?;
    if let Some(owner) = parties.owner_of(row) {
        deal.owner = owner;
    }
    if row.product.is_some() {
        deal.product = row.product;
    }
    deal.amount = row.amount;
    deal.expected_close = row.expected_close;
    deal.probability_override = row.probability;
    deal.source = row.source.clone();
    deal.next_step = row.next_step.clone();
    deal.forecast = row.forecast;
    // Where the file puts the deal now: an open stage, or closed won or lost.
    let target = match row.outcome {
        DealStatus::Open => row.stage,
        DealStatus::Won => pipeline.outcome(StageKind::Won).map(|s| s.id),
        DealStatus::Lost => pipeline.outcome(StageKind::Lost).map(|s| s.id),
    };
    let mut events = Vec::new();
    if let Some(to) = target.filter(|to| *to != current.stage) {
        let at = row
            .closed_at
            .filter(|_| row.outcome != DealStatus::Open)
            .unwrap_or(now)
            .max(current.stage_entered_at);
        events.push(StageEvent::imported(
            EventId(next_event()),
            current.id,
            Some(current.stage),
            to,
            at,
            by,
        ));
        deal.stage = to;
        deal.stage_entered_at = at;
        deal.status = row.outcome;
        deal.closed_at = (row.outcome != DealStatus::Open).then_some(at);
        deal.loss = imported_loss(row, taxonomy, deal.closed_at, by).map(Box::new);
        // Lost from an open stage the workspace knows: that is where it was lost.
        if let Some(loss) = deal.loss.as_mut()
            && current.is_open()
        {
            loss.stage_lost_at = Some(current.stage);
        }
    }
    if deal == *current {
        return Ok(None);
    }
    deal.updated_at = now.max(current.updated_at);
    validate_deal(&deal).map_err(|e| super::import::at_line(row.line, StoreError::from(e)))?;
    Ok(Some((deal, events)))
}
