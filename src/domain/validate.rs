//! Validation of records before they are stored. Every rule has its own typed error.

use super::account::{Account, Contact};
use super::deal::Deal;
use super::quote::QuoteLine;
use rust_decimal::Decimal;
use thiserror::Error;

/// Longest deal title, in characters.
pub const MAX_TITLE: usize = 200;
/// Longest free-text field (lessons, summaries, next steps), in characters.
pub const MAX_TEXT: usize = 2000;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ValidationError {
    #[error("'{0}' is not an amount (expected a number like 12,500.00, 12.5k or 1.2m)")]
    Amount(String),
    #[error("'{0}' is not a date (expected 2026-11-30, +7d, +2w, eom or eoq)")]
    Date(String),
    #[error("'{0}' is not a currency code (expected three letters, like USD)")]
    Currency(String),
    #[error("{field} must not be empty")]
    Empty { field: &'static str },
    #[error("{field} is too long ({len} characters; at most {max})")]
    TooLong {
        field: &'static str,
        len: usize,
        max: usize,
    },
    #[error("amount must not be negative (got {0})")]
    NegativeAmount(Decimal),
    #[error("probability must be between 0 and 100 % (got {0})")]
    Probability(u8),
    #[error("influence must be between 1 and 5 (got {0})")]
    Influence(u8),
    #[error("scorecard scores must be between 0 and 3 (got {0})")]
    Score(u8),
    #[error("discount must be between 0 and 100 % (got {0})")]
    Discount(Decimal),
    #[error("quantity must be greater than zero (got {0})")]
    Quantity(Decimal),
    #[error("unit price must not be negative (got {0})")]
    UnitPrice(Decimal),
    #[error("a closed deal needs a close time, an open deal must not have one")]
    ClosedAt,
    #[error("only a lost deal carries a loss record")]
    LossRecordOnOpenDeal,
}

fn text(
    field: &'static str,
    value: &str,
    max: usize,
    required: bool,
) -> Result<(), ValidationError> {
    if required && value.trim().is_empty() {
        return Err(ValidationError::Empty { field });
    }
    let len = value.chars().count();
    if len > max {
        return Err(ValidationError::TooLong { field, len, max });
    }
    Ok(())
}

pub fn validate_deal(deal: &Deal) -> Result<(), ValidationError> {
    use super::deal::DealStatus;
    text("title", &deal.title, MAX_TITLE, true)?;
    if deal.amount.amount.is_sign_negative() && !deal.amount.amount.is_zero() {
        return Err(ValidationError::NegativeAmount(deal.amount.amount));
    }
    if let Some(p) = deal.probability_override
        && p > 100
    {
        return Err(ValidationError::Probability(p));
    }
    if let Some(&bad) = deal.scorecard.scores.iter().find(|&&s| s > 3) {
        return Err(ValidationError::Score(bad));
    }
    if let Some(step) = &deal.next_step {
        text("next step", step, MAX_TEXT, false)?;
    }
    let closed = deal.status != DealStatus::Open;
    if closed != deal.closed_at.is_some() {
        return Err(ValidationError::ClosedAt);
    }
    if deal.loss.is_some() && deal.status != DealStatus::Lost {
        return Err(ValidationError::LossRecordOnOpenDeal);
    }
    if let Some(loss) = &deal.loss {
        text("lesson", &loss.lesson, MAX_TEXT, false)?;
    }
    Ok(())
}

pub fn validate_account(account: &Account) -> Result<(), ValidationError> {
    text("account name", &account.name, MAX_TITLE, true)
}

pub fn validate_contact(contact: &Contact) -> Result<(), ValidationError> {
    text("contact name", &contact.name, MAX_TITLE, true)?;
    if !(1..=5).contains(&contact.influence) {
        return Err(ValidationError::Influence(contact.influence));
    }
    Ok(())
}

pub fn validate_quote_line(line: &QuoteLine) -> Result<(), ValidationError> {
    if line.qty <= Decimal::ZERO {
        return Err(ValidationError::Quantity(line.qty));
    }
    if line.unit_price.is_sign_negative() && !line.unit_price.is_zero() {
        return Err(ValidationError::UnitPrice(line.unit_price));
    }
    if line.discount_pct < Decimal::ZERO || line.discount_pct > Decimal::ONE_HUNDRED {
        return Err(ValidationError::Discount(line.discount_pct));
    }
    Ok(())
}
