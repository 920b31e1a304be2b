//! Stable record ids. Every kind has its own newtype so a deal id can never be
//! passed where an account id is expected; all are u64 sequences allocated by the store.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! record_id {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
        )]
        #[serde(transparent)]
        pub struct $name(pub u64);

        impl $name {
            /// Short prefix used when the id is shown to people (`D-42`).
            pub const PREFIX: &'static str = $prefix;
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;
            /// Accepts `42` as well as the prefixed form `D-42`.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let s = s.trim();
                let digits = s
                    .strip_prefix(concat!($prefix, "-"))
                    .or_else(|| s.strip_prefix(&concat!($prefix, "-").to_lowercase()))
                    .unwrap_or(s);
                digits.parse().map($name)
            }
        }
    };
}

record_id!(/// A sales pipeline.
    PipelineId, "P");
record_id!(/// A stage of a pipeline (open stages and the Won / Lost outcomes).
    StageId, "S");
record_id!(/// A person who owns deals (a rep or a manager).
    OwnerId, "U");
record_id!(/// An account (a customer company).
    AccountId, "A");
record_id!(/// A contact person at an account.
    ContactId, "C");
record_id!(/// An opportunity.
    DealId, "D");
record_id!(/// An immutable stage event.
    EventId, "E");
record_id!(/// An activity or task.
    ActivityId, "T");
record_id!(/// A product.
    ProductId, "PR");
record_id!(/// A price list.
    PriceListId, "PL");
record_id!(/// A quote (with its versions).
    QuoteId, "Q");
record_id!(/// A lead in the pool.
    LeadId, "L");
record_id!(/// Something that happened to a lead: a follow-up, an assignment, a return.
    LeadEventId, "LE");
record_id!(/// A monthly loss review.
    ReviewId, "R");
record_id!(/// An improvement action chosen in a review.
    ActionId, "IA");
