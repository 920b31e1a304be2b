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

/// The catalogue's word for a code the domain keeps in English (`won`, a
/// field name): `{prefix}-{code}`, its words joined by `-`; the code itself
/// when the catalogue has no such word (a command-line flag, a workspace name).
pub(crate) fn shown(prefix: &str, code: &str) -> String {
    let words: Vec<String> = code
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let key = format!("{prefix}-{}", words.join("-"));
    // A flag (`--due`) is named as typed.
    if !code.starts_with('-') && !words.is_empty() && crate::i18n::has(crate::i18n::Lang::En, &key)
    {
        crate::i18n::message(&key, None)
    } else {
        code.to_string()
    }
}

/// Names in a list, as the current language separates them (`a, b, c`).
pub(crate) fn list<S: AsRef<str>>(items: &[S]) -> String {
    let sep = crate::i18n::message("dom-list-separator", None);
    items
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(&sep)
}

#[cfg(test)]
mod i18n_tests {
    use super::*;
    use crate::i18n::{Lang, set_session_lang};

    #[test]
    fn labels_speak_chinese_and_codes_stay_english() {
        set_session_lang(Lang::ZhCn);
        assert_eq!(DealStatus::Won.label(), "赢单");
        assert_eq!(DealStatus::Won.code(), "won");
        assert_eq!(ActivityKind::Call.label(), "电话");
        assert_eq!(ActivityKind::Call.code(), "call");
        assert_eq!(Channel::Referral.label(), "转介绍");
        assert_eq!(Channel::parse("referral"), Some(Channel::Referral));
        assert_eq!(Channel::parse("转介绍"), Some(Channel::Referral));
        assert_eq!(Role::parse("manager"), Some(Role::Manager));
        assert_eq!(Role::parse("经理"), Some(Role::Manager));
        assert_eq!(
            DecisionRole::parse("economic_buyer"),
            Some(DecisionRole::EconomicBuyer)
        );
        assert_eq!(Stance::parse("反对"), Some(Stance::Opponent));
        assert_eq!(DecisionRole::Champion.code(), "Champion");
        assert_eq!(QuoteStatus::Sent.label(), "已发送");
        assert_eq!(ActionStatus::InProgress.code(), "in progress");
        assert_eq!(StageKind::Lost.label(), "输单");
        assert_eq!(pricing::ApprovalLevel::Director.label(), "总监");
        assert_eq!(
            pricing::ApprovalLevel::parse(pricing::ApprovalLevel::Director.code()),
            Some(pricing::ApprovalLevel::Director)
        );
    }

    #[test]
    fn refusals_and_field_names_speak_chinese() {
        set_session_lang(Lang::ZhCn);
        let empty = ValidationError::Empty { field: "title" };
        assert_eq!(empty.to_string(), "标题不能为空");
        // A flag is named as typed, a field the catalogue lacks too.
        assert_eq!(shown("dom-field", "--due"), "--due");
        assert_eq!(shown("dom-field", "colour"), "colour");
        let refused = moves::MoveRefused::AlreadyClosed {
            deal: DealId(7),
            status: DealStatus::Won.code(),
        };
        assert!(refused.to_string().contains("已赢单"), "{refused}");
        assert_eq!(list(&["a", "b"]), "a、b");
    }

    #[test]
    fn english_stays_as_it_was() {
        set_session_lang(Lang::En);
        assert_eq!(
            ValidationError::TooLong {
                field: "next step",
                len: 2001,
                max: 2000
            }
            .to_string(),
            "next step is too long (2001 characters; at most 2000)"
        );
        assert_eq!(list(&["a", "b"]), "a, b");
        assert_eq!(DealStatus::Lost.label(), "lost");
    }
}
