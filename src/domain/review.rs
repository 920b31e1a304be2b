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

/// The name of the loss category `key` (the key itself when the taxonomy no
/// longer has it).
pub fn category_name<'a>(taxonomy: &'a [LossCategory], key: &'a str) -> &'a str {
    taxonomy
        .iter()
        .find(|c| c.key == key)
        .map_or(key, |c| c.name.as_str())
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
    /// The reason the deal had before this review's first triage of it
    /// (None: it had none, or the triage predates schema 4).
    pub before: Option<PriorReason>,
}

/// A loss reason as it was before a review changed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriorReason {
    pub category: String,
    pub sub_reason: String,
}

impl TriagedLoss {
    /// The reason before and after, when the triage changed it.
    pub fn changed(&self) -> Option<&PriorReason> {
        self.before
            .as_ref()
            .filter(|b| b.category != self.category || b.sub_reason != self.sub_reason)
    }
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
    /// The period's lost deals in triage order (largest first), fixed when the
    /// period is chosen so the cursor keeps pointing at the same deal.
    pub lost_deals: Vec<DealId>,
    /// Index into `lost_deals` of the deal being triaged, for resuming mid-triage.
    pub triage_cursor: usize,
    pub triaged: Vec<TriagedLoss>,
    pub skipped: Vec<DealId>,
    pub report_path: Option<String>,
    /// Who started the review.
    pub created_by: String,
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

impl Review {
    pub fn is_finished(&self) -> bool {
        self.status == ReviewStatus::Finished
    }

    /// Whether this finished review already covers part of `first..=last`.
    pub fn covers(&self, first: NaiveDate, last: NaiveDate) -> bool {
        self.is_finished() && self.period_start <= last && first <= self.period_end
    }

    /// The period as the reports name it (`2026-10`, or `2026-08-01..2026-09-15`).
    pub fn period_label(&self) -> String {
        use chrono::Datelike;
        let (a, b) = (self.period_start, self.period_end);
        let last_of_month = b.succ_opt().is_none_or(|next| next.day() == 1);
        if a.day() == 1 && a.year() == b.year() && a.month() == b.month() && last_of_month {
            format!("{:04}-{:02}", a.year(), a.month())
        } else {
            format!("{a}..{b}")
        }
    }

    pub fn triage_of(&self, deal: DealId) -> Option<&TriagedLoss> {
        self.triaged.iter().find(|t| t.deal == deal)
    }
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Open,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    /// The stable English word, for files, keys and what people type.
    pub fn code(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::InProgress => "in progress",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }

    /// The word shown to people, in the current language.
    pub fn label(self) -> &'static str {
        match self {
            ActionStatus::Open => crate::i18n::word("dom-action-status-open"),
            ActionStatus::InProgress => crate::i18n::word("dom-action-status-in-progress"),
            ActionStatus::Done => crate::i18n::word("dom-action-status-done"),
            ActionStatus::Dropped => crate::i18n::word("dom-action-status-dropped"),
        }
    }

    /// Still to be worked on: carried into the next review.
    pub fn is_open(self) -> bool {
        matches!(self, ActionStatus::Open | ActionStatus::InProgress)
    }
}
