//! The loss-reason taxonomy, monthly loss reviews and their improvement actions.

use super::ids::{ActionId, DealId, OwnerId, ReviewId};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// One category of the editable loss-reason taxonomy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LossCategory {
    /// Stable key stored on loss records (`pricing`).
    pub key: String,
    pub name: String,
    /// Whether losses of this kind are usually in the team's hands.
    pub controllable: bool,
    pub sub_reasons: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewStatus {
    InProgress,
    Finished,
}

/// A deal's triage in a review: the confirmed classification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TriagedLoss {
    pub deal: DealId,
    pub category: String,
    pub sub_reason: String,
    pub competitor: Option<String>,
    pub controllable: bool,
    pub lesson: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub id: ReviewId,
    #[serde(with = "super::wire::date")]
    pub period_start: NaiveDate,
    /// Inclusive.
    #[serde(with = "super::wire::date")]
    pub period_end: NaiveDate,
    pub participants: Vec<String>,
    pub status: ReviewStatus,
    /// Wizard step reached (1–8), so a dropped session resumes where it was.
    pub step: u8,
    /// Index of the lost deal being triaged, for resuming mid-triage.
    pub triage_cursor: usize,
    pub triaged: Vec<TriagedLoss>,
    pub skipped: Vec<DealId>,
    pub report_path: Option<String>,
    #[serde(with = "super::wire::instant")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "super::wire::instant")]
    pub updated_at: DateTime<Utc>,
    #[serde(with = "super::wire::opt_instant")]
    pub finished_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    Open,
    InProgress,
    Done,
    Dropped,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionStatusChange {
    #[serde(with = "super::wire::instant")]
    pub at: DateTime<Utc>,
    pub status: ActionStatus,
    pub note: String,
    /// The review in which the status was set, if any.
    pub review: Option<ReviewId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImprovementAction {
    pub id: ActionId,
    pub review: ReviewId,
    pub title: String,
    pub owner: OwnerId,
    #[serde(with = "super::wire::date")]
    pub due: NaiveDate,
    /// Key of the loss category this action addresses.
    pub linked_reason: String,
    pub status: ActionStatus,
    pub history: Vec<ActionStatusChange>,
    #[serde(with = "super::wire::instant")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "super::wire::instant")]
    pub updated_at: DateTime<Utc>,
}
