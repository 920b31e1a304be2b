//! Quotes: versions of priced lines, with totals and margin.
//!
//! Rounding rule: line totals are rounded to the currency's minor unit (half away
//! from zero); subtotal, discount, total and cost are sums of rounded line figures,
//! so the document always adds up. Margin % is computed from those sums.

use super::ids::{DealId, ProductId, QuoteId};
use super::money::{Currency, round_money};
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteStatus {
    Draft,
    Sent,
    Accepted,
    Rejected,
}

impl QuoteStatus {
    /// The stable English word, for files, keys and what people type.
    pub fn code(self) -> &'static str {
        match self {
            QuoteStatus::Draft => "draft",
            QuoteStatus::Sent => "sent",
            QuoteStatus::Accepted => "accepted",
            QuoteStatus::Rejected => "rejected",
        }
    }

    /// The word shown to people, in the current language.
    pub fn label(self) -> &'static str {
        match self {
            QuoteStatus::Draft => crate::i18n::word("dom-quote-status-draft"),
            QuoteStatus::Sent => crate::i18n::word("dom-quote-status-sent"),
            QuoteStatus::Accepted => crate::i18n::word("dom-quote-status-accepted"),
            QuoteStatus::Rejected => crate::i18n::word("dom-quote-status-rejected"),
        }
    }
}

/// Each line's price-list price for its quantity (None when the product is on no list).
pub fn list_prices(list: Option<&super::PriceList>, lines: &[QuoteLine]) -> Vec<Option<Decimal>> {
    lines
        .iter()
        .map(|l| list.and_then(|list| list.price_for(l.product, l.qty)))
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteLine {
    pub product: ProductId,
    pub description: String,
    #[serde(with = "super::wire::decimal")]
    pub qty: Decimal,
    #[serde(with = "super::wire::decimal")]
    pub unit_price: Decimal,
    /// Discount in percent, 0–100.
    #[serde(with = "super::wire::decimal")]
    pub discount_pct: Decimal,
    /// The product's unit cost when the line was priced.
    #[serde(with = "super::wire::decimal")]
    pub unit_cost: Decimal,
}

/// A recorded approval for a discount above policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Approval {
    pub approver: String,
    pub level: String,
    #[serde(with = "super::wire::instant")]
    pub at: DateTime<Utc>,
    pub comment: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteVersion {
    pub version: u32,
    pub status: QuoteStatus,
    pub lines: Vec<QuoteLine>,
    pub approval: Option<Approval>,
    #[serde(with = "super::wire::instant")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "super::wire::opt_instant")]
    pub sent_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub id: QuoteId,
    pub deal: DealId,
    pub number: String,
    pub currency: Currency,
    pub versions: Vec<QuoteVersion>,
    #[serde(with = "super::wire::instant")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "super::wire::instant")]
    pub updated_at: DateTime<Utc>,
}

impl Quote {
    /// A quote being started on `deal`: not stored yet (id 0, no number) until
    /// its first line is saved. Version 1, a draft, in the deal's currency.
    pub fn unsaved(deal: &super::Deal, at: DateTime<Utc>) -> Quote {
        Quote {
            id: QuoteId(0),
            deal: deal.id,
            number: t!("dom-quote-unsaved"),
            currency: deal.amount.currency,
            versions: vec![QuoteVersion {
                version: 1,
                status: QuoteStatus::Draft,
                lines: Vec::new(),
                approval: None,
                created_at: at,
                sent_at: None,
            }],
            created_at: at,
            updated_at: at,
        }
    }

    /// Whether the quote is stored (it is once it has a line).
    pub fn is_saved(&self) -> bool {
        self.id.0 != 0
    }

    pub fn latest(&self) -> Option<&QuoteVersion> {
        self.versions.last()
    }

    /// Versions after the first (a reported metric).
    pub fn revisions(&self) -> usize {
        self.versions.len().saturating_sub(1)
    }

    pub fn first_sent_at(&self) -> Option<DateTime<Utc>> {
        self.versions.iter().filter_map(|v| v.sent_at).min()
    }
}

/// When the deal's needs were confirmed: its first move past the pipeline's
/// "Needs Analysis" stage (None when the pipeline has none, or it never moved on).
/// Undone moves count as made: the needs were confirmed at that time.
pub fn needs_confirmed_at(
    pipeline: &super::Pipeline,
    events: &[super::StageEvent],
) -> Option<DateTime<Utc>> {
    let needs = pipeline
        .stages
        .iter()
        .position(|s| s.name.eq_ignore_ascii_case("needs analysis"))?;
    events
        .iter()
        .filter(|e| e.reverts.is_none())
        .filter(|e| {
            pipeline
                .stages
                .iter()
                .enumerate()
                .any(|(i, s)| s.id == e.to && i > needs && s.kind != super::StageKind::Lost)
        })
        .map(|e| e.at)
        .min()
}

/// Money figures of one quote version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct QuoteTotals {
    pub subtotal: Decimal,
    pub discount: Decimal,
    pub total: Decimal,
    pub cost: Decimal,
    /// (total − cost) / total × 100, rounded to 0.1; None when the total is zero.
    pub margin_pct: Option<Decimal>,
    /// The largest line discount, in percent.
    pub max_discount_pct: Decimal,
}

// Saturating throughout: lines are refused beyond the limits at every door,
// but a quote stored before they existed must still open and print.
impl QuoteLine {
    pub fn gross(&self, currency: Currency) -> Decimal {
        round_money(self.qty.saturating_mul(self.unit_price), currency)
    }

    pub fn discount_amount(&self, currency: Currency) -> Decimal {
        round_money(
            self.qty
                .saturating_mul(self.unit_price)
                .saturating_mul(self.discount_pct)
                / Decimal::ONE_HUNDRED,
            currency,
        )
    }

    pub fn net(&self, currency: Currency) -> Decimal {
        self.gross(currency)
            .saturating_sub(self.discount_amount(currency))
    }

    pub fn cost(&self, currency: Currency) -> Decimal {
        round_money(self.qty.saturating_mul(self.unit_cost), currency)
    }
}

/// part / whole × 100; None at a zero whole or beyond what a decimal holds.
pub fn share_pct(part: Decimal, whole: Decimal) -> Option<Decimal> {
    part.checked_div(whole)?.checked_mul(Decimal::ONE_HUNDRED)
}

/// (amount − cost) / amount × 100, rounded to 0.1 (None as for `share_pct`).
pub fn margin_pct(amount: Decimal, cost: Decimal) -> Option<Decimal> {
    share_pct(amount.saturating_sub(cost), amount)
        .map(|m| m.round_dp_with_strategy(1, rust_decimal::RoundingStrategy::MidpointAwayFromZero))
}

pub fn totals(lines: &[QuoteLine], currency: Currency) -> QuoteTotals {
    let mut t = QuoteTotals::default();
    for line in lines {
        t.subtotal = t.subtotal.saturating_add(line.gross(currency));
        t.discount = t.discount.saturating_add(line.discount_amount(currency));
        t.cost = t.cost.saturating_add(line.cost(currency));
        t.max_discount_pct = t.max_discount_pct.max(line.discount_pct);
    }
    t.total = t.subtotal.saturating_sub(t.discount);
    t.margin_pct = margin_pct(t.total, t.cost);
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    fn line(qty: Decimal, price: Decimal, disc: Decimal, cost: Decimal) -> QuoteLine {
        QuoteLine {
            product: ProductId(1),
            description: String::new(),
            qty,
            unit_price: price,
            discount_pct: disc,
            unit_cost: cost,
        }
    }

    #[test]
    fn totals_add_up_from_rounded_lines() {
        let lines = vec![
            line(dec!(3), dec!(33.335), dec!(0), dec!(20)), // 100.005 → 100.01
            line(dec!(10), dec!(1000), dec!(12.5), dec!(600)),
        ];
        let t = totals(&lines, Currency::USD);
        assert_eq!(t.subtotal, dec!(10100.01));
        assert_eq!(t.discount, dec!(1250.00));
        assert_eq!(t.total, dec!(8850.01));
        assert_eq!(t.cost, dec!(6060));
        // (8850.01 − 6060) / 8850.01 = 31.525… %
        assert_eq!(t.margin_pct, Some(dec!(31.5)));
        assert_eq!(t.max_discount_pct, dec!(12.5));
    }

    #[test]
    fn empty_quote_has_no_margin() {
        let t = totals(&[], Currency::EUR);
        assert_eq!(t.total, Decimal::ZERO);
        assert_eq!(t.margin_pct, None);
    }
}
