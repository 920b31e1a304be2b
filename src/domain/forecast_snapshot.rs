//! Forecast snapshots: a period's forecast as it stood when first computed in the
//! period, kept so forecast accuracy can be reported once the period is over.

use super::money::Currency;
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Figures in `currency`; `period` is the period's label (`2026-11`, `2026-Q4`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForecastSnapshot {
    pub period: String,
    #[serde(with = "super::wire::instant")]
    pub taken_at: DateTime<Utc>,
    pub currency: Currency,
    #[serde(with = "super::wire::decimal")]
    pub empirical: Decimal,
    #[serde(with = "super::wire::decimal")]
    pub weighted: Decimal,
    #[serde(with = "super::wire::decimal")]
    pub commit: Decimal,
}
