//! Leads: pre-opportunity records in a shared pool.

use super::account::CompanySize;
use super::ids::{DealId, LeadId, OwnerId};
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeadStatus {
    New,
    Working,
    Qualified,
    Converted,
    Disqualified,
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
