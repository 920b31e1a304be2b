//! Leads: pre-opportunity records in a shared pool.

use super::account::CompanySize;
use super::ids::{DealId, LeadEventId, LeadId, OwnerId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Web,
    Event,
    Referral,
    Partner,
    Import,
}

impl Channel {
    pub const ALL: [Channel; 5] = [
        Channel::Web,
        Channel::Event,
        Channel::Referral,
        Channel::Partner,
        Channel::Import,
    ];

    /// The stable English word, for files, keys and what people type.
    pub fn code(self) -> &'static str {
        match self {
            Channel::Web => "web",
            Channel::Event => "event",
            Channel::Referral => "referral",
            Channel::Partner => "partner",
            Channel::Import => "import",
        }
    }

    /// The word shown to people, in the current language.
    pub fn label(self) -> &'static str {
        match self {
            Channel::Web => crate::i18n::word("dom-channel-web"),
            Channel::Event => crate::i18n::word("dom-channel-event"),
            Channel::Referral => crate::i18n::word("dom-channel-referral"),
            Channel::Partner => crate::i18n::word("dom-channel-partner"),
            Channel::Import => crate::i18n::word("dom-channel-import"),
        }
    }

    /// A channel as written in a file or typed: its code (`web`), or its
    /// word in the current language.
    pub fn parse(text: &str) -> Option<Channel> {
        let text = text.trim().to_lowercase();
        Channel::ALL
            .into_iter()
            .find(|c| c.code() == text || c.label().to_lowercase() == text)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeadStatus {
    New,
    Working,
    Qualified,
    Converted,
    Disqualified,
}

impl LeadStatus {
    /// The stable English word, for files, keys and what people type.
    pub fn code(self) -> &'static str {
        match self {
            LeadStatus::New => "new",
            LeadStatus::Working => "working",
            LeadStatus::Qualified => "qualified",
            LeadStatus::Converted => "converted",
            LeadStatus::Disqualified => "disqualified",
        }
    }

    /// The word shown to people, in the current language.
    pub fn label(self) -> &'static str {
        match self {
            LeadStatus::New => crate::i18n::word("dom-lead-status-new"),
            LeadStatus::Working => crate::i18n::word("dom-lead-status-working"),
            LeadStatus::Qualified => crate::i18n::word("dom-lead-status-qualified"),
            LeadStatus::Converted => crate::i18n::word("dom-lead-status-converted"),
            LeadStatus::Disqualified => crate::i18n::word("dom-lead-status-disqualified"),
        }
    }

    /// Still being worked: in the pool or with someone, not yet decided.
    pub fn is_open(self) -> bool {
        matches!(self, LeadStatus::New | LeadStatus::Working)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lead {
    pub id: LeadId,
    pub company: String,
    pub contact_name: String,
    pub phone: String,
    pub email: String,
    pub channel: Channel,
    pub industry: String,
    pub region: String,
    pub size: CompanySize,
    /// None = in the pool.
    pub owner: Option<OwnerId>,
    #[serde(with = "super::wire::opt_instant")]
    pub assigned_at: Option<DateTime<Utc>>,
    #[serde(with = "super::wire::opt_instant")]
    pub last_follow_up: Option<DateTime<Utc>>,
    /// 0–100: attribute fit plus behaviour.
    pub score: u8,
    pub status: LeadStatus,
    pub converted_deal: Option<DealId>,
    #[serde(with = "super::wire::instant")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "super::wire::instant")]
    pub updated_at: DateTime<Utc>,
}

/// What happened to a lead, kept in its history (newest last).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeadEventKind {
    /// Someone took it from the pool for themselves.
    Claimed,
    /// Given to a rep by a person, or by the assignment rule (`by_rule`).
    Assigned {
        to: OwnerId,
        by_rule: bool,
    },
    /// A call, mail or visit, with what came of it.
    FollowUp {
        note: String,
    },
    /// Back in the pool: by hand, or by the recycle rule (`by_rule`).
    Returned {
        why: String,
        by_rule: bool,
    },
    Disqualified {
        reason: String,
    },
    /// Qualified and turned into an account, a contact and a deal.
    Converted {
        deal: DealId,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadEvent {
    pub id: LeadEventId,
    pub lead: LeadId,
    pub kind: LeadEventKind,
    /// Who did it (the name as signed in; "rule" for the pool's rules).
    pub by: String,
    #[serde(with = "super::wire::instant")]
    pub at: DateTime<Utc>,
}

impl LeadEventKind {
    /// One line for the lead's history; `name` turns an owner id into a name.
    pub fn describe(&self, name: impl Fn(OwnerId) -> String) -> String {
        match self {
            LeadEventKind::Claimed => t!("dom-lead-event-claimed"),
            LeadEventKind::Assigned { to, by_rule: true } => {
                t!("dom-lead-event-assigned-by-rule", name = name(*to))
            }
            LeadEventKind::Assigned { to, .. } => t!("dom-lead-event-assigned", name = name(*to)),
            LeadEventKind::FollowUp { note } => {
                t!("dom-lead-event-follow-up", note = note.as_str())
            }
            LeadEventKind::Returned { why, .. } => {
                t!("dom-lead-event-returned", why = why.as_str())
            }
            LeadEventKind::Disqualified { reason } => {
                t!("dom-lead-event-disqualified", reason = reason.as_str())
            }
            LeadEventKind::Converted { deal } => {
                t!("dom-lead-event-converted", deal = deal.to_string())
            }
        }
    }
}
