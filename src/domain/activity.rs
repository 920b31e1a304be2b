//! Calls, meetings, emails, demos, notes and tasks.

use super::ids::{AccountId, ActivityId, ContactId, DealId, OwnerId};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    Call,
    Meeting,
    Email,
    Demo,
    Note,
    Task,
}

impl ActivityKind {
    /// The stable English word, for files, keys and what people type.
    pub fn code(self) -> &'static str {
        match self {
            ActivityKind::Call => "call",
            ActivityKind::Meeting => "meeting",
            ActivityKind::Email => "email",
            ActivityKind::Demo => "demo",
            ActivityKind::Note => "note",
            ActivityKind::Task => "task",
        }
    }

    /// The word shown to people, in the current language.
    pub fn label(self) -> &'static str {
        match self {
            ActivityKind::Call => crate::i18n::word("dom-activity-call"),
            ActivityKind::Meeting => crate::i18n::word("dom-activity-meeting"),
            ActivityKind::Email => crate::i18n::word("dom-activity-email"),
            ActivityKind::Demo => crate::i18n::word("dom-activity-demo"),
            ActivityKind::Note => crate::i18n::word("dom-activity-note"),
            ActivityKind::Task => crate::i18n::word("dom-activity-task"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    pub id: ActivityId,
    pub kind: ActivityKind,
    #[serde(with = "super::wire::instant")]
    pub at: DateTime<Utc>,
    pub deal: Option<DealId>,
    pub account: Option<AccountId>,
    pub contacts: Vec<ContactId>,
    pub owner: OwnerId,
    pub summary: String,
    /// Tasks only: when it is due.
    #[serde(with = "super::wire::opt_date")]
    pub due: Option<NaiveDate>,
    /// Tasks only: whether it is done.
    pub done: bool,
    #[serde(with = "super::wire::instant")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "super::wire::instant")]
    pub updated_at: DateTime<Utc>,
}
