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

    pub fn label(self) -> &'static str {
        match self {
            Channel::Web => "web",
            Channel::Event => "event",
            Channel::Referral => "referral",
            Channel::Partner => "partner",
            Channel::Import => "import",
        }
    }

    pub fn parse(text: &str) -> Option<Channel> {
        let text = text.trim().to_lowercase();
        Channel::ALL.into_iter().find(|c| c.label() == text)
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
    pub fn label(self) -> &'static str {
        match self {
            LeadStatus::New => "new",
            LeadStatus::Working => "working",
            LeadStatus::Qualified => "qualified",
            LeadStatus::Converted => "converted",
            LeadStatus::Disqualified => "disqualified",
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
            LeadEventKind::Claimed => "claimed".into(),
            LeadEventKind::Assigned { to, by_rule: true } => {
                format!("assigned to {} by the score rule", name(*to))
            }
            LeadEventKind::Assigned { to, .. } => format!("assigned to {}", name(*to)),
            LeadEventKind::FollowUp { note } => format!("follow-up: {note}"),
            LeadEventKind::Returned { why, .. } => format!("back to the pool: {why}"),
            LeadEventKind::Disqualified { reason } => format!("disqualified: {reason}"),
            LeadEventKind::Converted { deal } => format!("converted into deal {deal}"),
        }
    }
}
