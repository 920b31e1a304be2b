//! Two people editing one deal: an edit made to an older version than the
//! stored one is refused, never saved over the newer one, and the refusal
//! says who changed the deal since and what differs.

use super::StoreError;
use super::undo::last_change_by;
use crate::domain::Deal;
use redb::WriteTransaction;

/// The refusal of an edit made to an older version of a deal: who changed it
/// since, and which fields now differ from what the editor would save.
pub(super) fn changed_since(
    txn: &WriteTransaction,
    current: &Deal,
    edited: &Deal,
) -> Result<StoreError, StoreError> {
    let by = last_change_by(txn, current.id)?.unwrap_or_else(|| "someone".into());
    let mut differences = Vec::new();
    let mut differ = |field: &str, now: String, yours: String| {
        let shown = |v: String| {
            if v.is_empty() {
                "(empty)".to_string()
            } else {
                v
            }
        };
        let (now, yours) = (shown(now), shown(yours));
        if now != yours {
            differences.push(format!("{field} is now {now} (yours: {yours})"));
        }
    };
    differ("title", current.title.clone(), edited.title.clone());
    differ(
        "amount",
        current.amount.to_string(),
        edited.amount.to_string(),
    );
    differ(
        "close date",
        crate::format::day_or_none(current.expected_close),
        crate::format::day_or_none(edited.expected_close),
    );
    differ("stage", current.stage.to_string(), edited.stage.to_string());
    differ(
        "status",
        current.status.label().to_string(),
        edited.status.label().to_string(),
    );
    differ(
        "next step",
        current.next_step.clone().unwrap_or_default(),
        edited.next_step.clone().unwrap_or_default(),
    );
    differ("owner", current.owner.to_string(), edited.owner.to_string());
    differ("source", current.source.clone(), edited.source.clone());
    differ("tags", current.tags.join(", "), edited.tags.join(", "));
    Ok(StoreError::Stale {
        deal: current.title.clone(),
        by,
        at: current.updated_at,
        differences,
    })
}
