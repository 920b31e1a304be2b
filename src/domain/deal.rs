//! Opportunities, their immutable stage events and loss records.

use super::ids::{AccountId, ContactId, DealId, EventId, OwnerId, PipelineId, ProductId, StageId};
use super::money::Money;
use super::scorecard::Scorecard;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DealStatus {
    Open,
    Won,
    Lost,
}

impl DealStatus {
    /// The stable English word, for files, keys and what people type.
    pub fn code(self) -> &'static str {
        match self {
            DealStatus::Open => "open",
            DealStatus::Won => "won",
            DealStatus::Lost => "lost",
        }
    }

    /// The word shown to people, in the current language.
    pub fn label(self) -> &'static str {
        match self {
            DealStatus::Open => crate::i18n::word("dom-status-open"),
            DealStatus::Won => crate::i18n::word("dom-status-won"),
            DealStatus::Lost => crate::i18n::word("dom-status-lost"),
        }
    }
}

/// The rep's own forecast call on a deal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ForecastCategory {
    #[default]
    Pipeline,
    BestCase,
    Commit,
    Omitted,
}

impl ForecastCategory {
    pub const ALL: [ForecastCategory; 4] = [
        ForecastCategory::Pipeline,
        ForecastCategory::BestCase,
        ForecastCategory::Commit,
        ForecastCategory::Omitted,
    ];

    /// The stable English word, for files, keys and what people type.
    pub fn code(self) -> &'static str {
        match self {
            ForecastCategory::Pipeline => "pipeline",
            ForecastCategory::BestCase => "best case",
            ForecastCategory::Commit => "commit",
            ForecastCategory::Omitted => "omitted",
        }
    }

    /// The word shown to people, in the current language.
    pub fn label(self) -> &'static str {
        match self {
            ForecastCategory::Pipeline => crate::i18n::word("dom-forecast-pipeline"),
            ForecastCategory::BestCase => crate::i18n::word("dom-forecast-best-case"),
            ForecastCategory::Commit => crate::i18n::word("dom-forecast-commit"),
            ForecastCategory::Omitted => crate::i18n::word("dom-forecast-omitted"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deal {
    pub id: DealId,
    pub title: String,
    pub account: AccountId,
    pub primary_contact: Option<ContactId>,
    pub owner: OwnerId,
    pub amount: Money,
    /// None for an open deal whose CRM had no expected close (a hygiene
    /// problem the board flags; the forecast counts such deals apart).
    #[serde(with = "super::wire::opt_date")]
    pub expected_close: Option<NaiveDate>,
    /// The deal's main product, when it names one.
    pub product: Option<ProductId>,
    pub pipeline: PipelineId,
    /// Current stage; for closed deals the pipeline's Won or Lost stage.
    pub stage: StageId,
    /// When the deal entered its current stage (the `at` of its last stage event).
    #[serde(with = "super::wire::instant")]
    pub stage_entered_at: DateTime<Utc>,
    /// Overrides the stage's default probability, in percent.
    pub probability_override: Option<u8>,
    pub source: String,
    pub industry: String,
    pub region: String,
    pub tags: Vec<String>,
    pub competitors: Vec<String>,
    pub next_step: Option<String>,
    #[serde(with = "super::wire::opt_date")]
    pub next_step_date: Option<NaiveDate>,
    pub scorecard: Scorecard,
    /// How often the customer changed the requirements (a loss signal above 3).
    pub requirement_changes: u32,
    /// Gate criteria ticked so far, by their text.
    pub gates_met: BTreeSet<String>,
    pub forecast: ForecastCategory,
    pub status: DealStatus,
    #[serde(with = "super::wire::opt_instant")]
    pub closed_at: Option<DateTime<Utc>>,
    /// Boxed, as `win`: most deals in memory are open and have neither, and
    /// inline they made every deal 600 bytes instead of 392 (the board holds
    /// every open deal). Stored the same either way.
    pub loss: Option<Box<LossRecord>>,
    /// Why a won deal was won, when the person who closed it said.
    pub win: Option<Box<WinRecord>>,
    /// Id in the CRM the deal was imported from; makes re-imports idempotent.
    pub external_id: Option<String>,
    #[serde(with = "super::wire::instant")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "super::wire::instant")]
    pub updated_at: DateTime<Utc>,
}

impl Deal {
    /// An open deal entering `stage` of `pipeline` at `at`, nothing else known
    /// yet (no title, amount or people): makers fill in what they have with
    /// `Deal { title, amount, .. Deal::entering(..) }`.
    pub fn entering(id: DealId, pipeline: PipelineId, stage: StageId, at: DateTime<Utc>) -> Deal {
        Deal {
            id,
            title: String::new(),
            account: AccountId(0),
            primary_contact: None,
            owner: OwnerId(0),
            amount: super::Money::zero(super::Currency::USD),
            expected_close: Some(at.date_naive()),
            product: None,
            pipeline,
            stage,
            stage_entered_at: at,
            probability_override: None,
            source: String::new(),
            industry: String::new(),
            region: String::new(),
            tags: Vec::new(),
            competitors: Vec::new(),
            next_step: None,
            next_step_date: None,
            scorecard: Scorecard::default(),
            requirement_changes: 0,
            gates_met: BTreeSet::new(),
            forecast: ForecastCategory::Pipeline,
            status: DealStatus::Open,
            closed_at: None,
            loss: None,
            win: None,
            external_id: None,
            created_at: at,
            updated_at: at,
        }
    }

    pub fn is_open(&self) -> bool {
        self.status == DealStatus::Open
    }
}

/// A criterion passed without being met, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GateOverride {
    pub criterion: String,
    pub reason: String,
}

/// One stage change. Append-only: dwell, conversion and cycle derive from these.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageEvent {
    pub id: EventId,
    pub deal: DealId,
    /// None for the event that creates the deal.
    pub from: Option<StageId>,
    pub to: StageId,
    #[serde(with = "super::wire::instant")]
    pub at: DateTime<Utc>,
    /// Who made the change (a person's name).
    pub by: String,
    pub gate_overrides: Vec<GateOverride>,
    /// Set when this event undoes an earlier one (undo is a new event, never a deletion).
    pub reverts: Option<EventId>,
    /// Synthesised from an import that had no stage history.
    pub imported: bool,
}

impl StageEvent {
    /// A stage change an import brought (not recorded as it happened).
    pub fn imported(
        id: EventId,
        deal: DealId,
        from: Option<StageId>,
        to: StageId,
        at: DateTime<Utc>,
        by: &str,
    ) -> StageEvent {
        StageEvent {
            id,
            deal,
            from,
            to,
            at,
            by: by.to_string(),
            gate_overrides: Vec::new(),
            reverts: None,
            imported: true,
        }
    }
}

/// Why a deal was lost, captured when it is marked lost or in the loss review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LossRecord {
    /// Key of a category of the loss-reason taxonomy (e.g. `pricing`).
    pub category: String,
    pub sub_reason: String,
    pub competitor: Option<String>,
    pub controllable: bool,
    pub lesson: String,
    /// The open stage the deal was in when it was lost (from its events);
    /// None when an imported file did not say.
    pub stage_lost_at: Option<StageId>,
    #[serde(with = "super::wire::instant")]
    pub recorded_at: DateTime<Utc>,
    pub recorded_by: String,
}

/// Why a deal was won, captured in the won dialog (`W`) or `deal won --reason`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WinRecord {
    /// One of the win reasons of `settings.toml` (or the words given).
    pub reason: String,
    #[serde(with = "super::wire::instant")]
    pub recorded_at: DateTime<Utc>,
    pub recorded_by: String,
}
