//! Accounts, contacts and the owners (people) who work them.

use super::ids::{AccountId, ContactId, OwnerId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Tier {
    A,
    B,
    C,
}

impl Tier {
    /// Expected contact cadence in days; a longer silence is a breach.
    pub fn cadence_days(self) -> i64 {
        match self {
            Tier::A => 7,
            Tier::B => 14,
            Tier::C => 30,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lifecycle {
    Prospect,
    New,
    Active,
    Churned,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CompanySize {
    Small,
    Medium,
    Large,
    Enterprise,
}

impl CompanySize {
    /// The stable English word, for files, keys and what people type.
    pub fn code(self) -> &'static str {
        match self {
            CompanySize::Small => "1-49",
            CompanySize::Medium => "50-499",
            CompanySize::Large => "500-4999",
            CompanySize::Enterprise => "5000+",
        }
    }

    /// The word shown to people, in the current language.
    pub fn label(self) -> &'static str {
        match self {
            CompanySize::Small => crate::i18n::word("dom-size-small"),
            CompanySize::Medium => crate::i18n::word("dom-size-medium"),
            CompanySize::Large => crate::i18n::word("dom-size-large"),
            CompanySize::Enterprise => crate::i18n::word("dom-size-enterprise"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub id: AccountId,
    pub name: String,
    pub industry: String,
    pub region: String,
    pub size: CompanySize,
    pub tier: Tier,
    pub parent: Option<AccountId>,
    pub lifecycle: Lifecycle,
    pub owner: Option<OwnerId>,
    #[serde(with = "super::wire::instant")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "super::wire::instant")]
    pub updated_at: DateTime<Utc>,
    /// Id in the CRM the account was imported from (e.g. Salesforce's
    /// `001…`): deals that name their account by id join on it.
    pub external_id: Option<String>,
}

impl Account {
    /// A new small prospect known by name only, as a first deal or an import
    /// names it.
    pub fn prospect(id: AccountId, name: &str, now: DateTime<Utc>) -> Account {
        Account {
            id,
            name: name.trim().to_string(),
            industry: String::new(),
            region: String::new(),
            size: CompanySize::Small,
            tier: Tier::C,
            parent: None,
            lifecycle: Lifecycle::Prospect,
            owner: None,
            created_at: now,
            updated_at: now,
            external_id: None,
        }
    }
}

/// An account's figures over its deals, amounts in one currency (deals in
/// another are counted, not added).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct AccountFigures {
    pub open_deals: usize,
    pub open_amount: rust_decimal::Decimal,
    pub won_deals: usize,
    pub won_amount: rust_decimal::Decimal,
    pub lost_deals: usize,
    /// The latest change to any of its deals.
    pub last_change: Option<DateTime<Utc>>,
}

impl AccountFigures {
    /// Counts one deal into its account's figures.
    pub fn count(
        all: &mut std::collections::HashMap<AccountId, AccountFigures>,
        deal: &super::deal::Deal,
        currency: super::money::Currency,
    ) {
        use super::deal::DealStatus;
        let f = all.entry(deal.account).or_default();
        let amount = deal.amount.counted_in(currency);
        match deal.status {
            DealStatus::Open => {
                f.open_deals += 1;
                f.open_amount = f.open_amount.saturating_add(amount);
            }
            DealStatus::Won => {
                f.won_deals += 1;
                f.won_amount = f.won_amount.saturating_add(amount);
            }
            DealStatus::Lost => f.lost_deals += 1,
        }
        f.last_change = f.last_change.max(Some(deal.updated_at));
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionRole {
    EconomicBuyer,
    DecisionMaker,
    TechnicalEvaluator,
    Influencer,
    User,
    Champion,
    Blocker,
}

impl DecisionRole {
    pub const ALL: [DecisionRole; 7] = [
        DecisionRole::EconomicBuyer,
        DecisionRole::DecisionMaker,
        DecisionRole::TechnicalEvaluator,
        DecisionRole::Influencer,
        DecisionRole::User,
        DecisionRole::Champion,
        DecisionRole::Blocker,
    ];

    /// The stable English word, for files, keys and what people type.
    pub fn code(self) -> &'static str {
        match self {
            DecisionRole::EconomicBuyer => "Economic buyer",
            DecisionRole::DecisionMaker => "Decision maker",
            DecisionRole::TechnicalEvaluator => "Technical evaluator",
            DecisionRole::Influencer => "Influencer",
            DecisionRole::User => "User",
            DecisionRole::Champion => "Champion",
            DecisionRole::Blocker => "Blocker",
        }
    }

    /// The word shown to people, in the current language.
    pub fn label(self) -> &'static str {
        match self {
            DecisionRole::EconomicBuyer => crate::i18n::word("dom-contact-role-economic-buyer"),
            DecisionRole::DecisionMaker => crate::i18n::word("dom-contact-role-decision-maker"),
            DecisionRole::TechnicalEvaluator => {
                crate::i18n::word("dom-contact-role-technical-evaluator")
            }
            DecisionRole::Influencer => crate::i18n::word("dom-contact-role-influencer"),
            DecisionRole::User => crate::i18n::word("dom-contact-role-user"),
            DecisionRole::Champion => crate::i18n::word("dom-contact-role-champion"),
            DecisionRole::Blocker => crate::i18n::word("dom-contact-role-blocker"),
        }
    }

    /// A role as typed: its code (`Economic buyer`, any case, `_` or `-` for
    /// spaces), or its word in the current language.
    pub fn parse(text: &str) -> Option<DecisionRole> {
        let wanted = plain(text);
        DecisionRole::ALL
            .into_iter()
            .find(|r| plain(r.code()) == wanted || plain(r.label()) == wanted)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    Supporter,
    Neutral,
    Opponent,
}

impl Stance {
    pub const ALL: [Stance; 3] = [Stance::Supporter, Stance::Neutral, Stance::Opponent];

    /// The stable English word, for files, keys and what people type.
    pub fn code(self) -> &'static str {
        match self {
            Stance::Supporter => "supporter",
            Stance::Neutral => "neutral",
            Stance::Opponent => "opponent",
        }
    }

    /// The word shown to people, in the current language.
    pub fn label(self) -> &'static str {
        match self {
            Stance::Supporter => crate::i18n::word("dom-stance-supporter"),
            Stance::Neutral => crate::i18n::word("dom-stance-neutral"),
            Stance::Opponent => crate::i18n::word("dom-stance-opponent"),
        }
    }

    /// A stance as typed: its code (`supporter`), or its word in the current
    /// language.
    pub fn parse(text: &str) -> Option<Stance> {
        let wanted = plain(text);
        Stance::ALL
            .into_iter()
            .find(|s| plain(s.code()) == wanted || plain(s.label()) == wanted)
    }
}

/// Text compared loosely: lower case, `_` and `-` as spaces, trimmed.
fn plain(text: &str) -> String {
    text.trim().to_lowercase().replace(['_', '-'], " ")
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub id: ContactId,
    pub name: String,
    pub title: String,
    pub account: AccountId,
    pub role: DecisionRole,
    pub stance: Stance,
    /// 1 (little) to 5 (decisive).
    pub influence: u8,
    pub email: String,
    pub phone: String,
    #[serde(with = "super::wire::opt_instant")]
    pub last_contacted: Option<DateTime<Utc>>,
    #[serde(with = "super::wire::instant")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "super::wire::instant")]
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OwnerRole {
    Rep,
    Manager,
    Director,
}

/// A person on the sales team: owns deals, accounts and leads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Owner {
    pub id: OwnerId,
    pub name: String,
    pub team: String,
    pub role: OwnerRole,
    pub email: String,
    /// Whom they report to.
    pub manager: Option<OwnerId>,
    /// Id in the CRM the person was imported from (Salesforce's `005…`):
    /// deals that name their owner by id join on it.
    pub external_id: Option<String>,
}

impl Owner {
    /// A rep known by name only (no team, email or manager yet), as a first
    /// change or an import names them.
    pub fn rep(id: OwnerId, name: &str) -> Owner {
        Owner {
            id,
            name: name.trim().to_string(),
            team: String::new(),
            role: OwnerRole::Rep,
            email: String::new(),
            manager: None,
            external_id: None,
        }
    }
}
