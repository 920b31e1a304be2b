//! The sales domain: plain types, validation and pure rules. Knows nothing of
//! storage or terminals.

pub mod account;
pub mod activity;
pub mod agenda;
pub mod dates;
pub mod deal;
pub mod defaults;
pub mod forecast_snapshot;
pub mod ids;
pub mod invariants;
pub mod lead;
pub mod lead_pool;
pub mod money;
pub mod moves;
pub mod pipeline;
pub mod pipeline_edit;
pub mod pricing;
pub mod product;
pub mod quote;
pub mod review;
pub mod risk;
pub mod scorecard;
pub mod taxonomy;
pub mod user;
pub(crate) mod validate;
pub mod wire;
mod workspace;

pub use account::{
    Account, AccountFigures, CompanySize, Contact, DecisionRole, Lifecycle, Owner, OwnerRole,
    Stance, Tier,
};
pub use activity::{Activity, ActivityKind};
pub use deal::{
    Deal, DealStatus, ForecastCategory, GateOverride, LossRecord, StageEvent, WinRecord,
};
pub use forecast_snapshot::ForecastSnapshot;
pub use ids::*;
pub use lead::{Channel, Lead, LeadEvent, LeadEventKind, LeadStatus};
pub use money::{Currency, Money};
pub use pipeline::{Pipeline, Stage, StageKind};
pub use product::{PriceEntry, PriceList, Product};
pub use quote::{Approval, Quote, QuoteLine, QuoteStatus, QuoteVersion};
pub use review::{
    ActionStatus, ActionStatusChange, ImprovementAction, LossCategory, PriorReason, Review,
    ReviewStatus, TriagedLoss,
};
pub use scorecard::{Dimension, Scorecard};
pub use user::{Actor, Denied, Role, User};
pub use validate::{
    MAX_TEXT, MAX_TITLE, ValidationError, validate_account, validate_contact, validate_deal,
    validate_lead, validate_price_entry, validate_product, validate_quote_line,
};
pub use workspace::Workspace;
