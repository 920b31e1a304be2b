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
    #[error("{}", t!("dom-invalid-amount", given = .0.as_str()))]
    Amount(String),
    #[error("{}", t!("dom-invalid-date", given = .0.as_str()))]
    Date(String),
    #[error("{}", t!("dom-invalid-currency", given = .0.as_str()))]
    Currency(String),
    #[error("{}", t!("dom-invalid-email", given = .0.as_str()))]
    Email(String),
    #[error("{}", t!("dom-invalid-empty", field = super::shown("dom-field", field)))]
    Empty { field: &'static str },
    #[error("{}", t!("dom-invalid-too-long", field = super::shown("dom-field", field), len = *len, max = *max))]
    TooLong {
        field: &'static str,
        len: usize,
        max: usize,
    },
    #[error("{}", t!("dom-invalid-hidden-character", field = super::shown("dom-field", field), code = format!("{code:04X}")))]
    HiddenCharacter { field: &'static str, code: u32 },
    #[error("{}", t!("dom-invalid-date-out-of-range", field = super::shown("dom-field", field), day = day.to_string()))]
    DateOutOfRange {
        field: &'static str,
        day: chrono::NaiveDate,
    },
    #[error("{}", t!("dom-invalid-negative-amount", got = .0.to_string()))]
    NegativeAmount(Decimal),
    #[error("{}", t!("dom-invalid-too-large", field = super::shown("dom-field", field), value = value.to_string(), max = super::money::group_thousands(MAX_AMOUNT, 0)))]
    TooLarge { field: &'static str, value: Decimal },
    #[error("{}", t!("dom-invalid-probability", got = .0.to_string()))]
    Probability(u8),
    #[error("{}", t!("dom-invalid-influence", got = .0.to_string()))]
    Influence(u8),
    #[error("{}", t!("dom-invalid-score", got = .0.to_string()))]
    Score(u8),
    #[error("{}", t!("dom-invalid-discount", got = .0.to_string()))]
    Discount(Decimal),
    #[error("{}", t!("dom-invalid-quantity", got = .0.to_string()))]
    Quantity(Decimal),
    #[error("{}", t!("dom-invalid-unit-price", got = .0.to_string()))]
    UnitPrice(Decimal),
    #[error("{}", t!("dom-invalid-closed-at"))]
    ClosedAt,
    #[error("{}", t!("dom-invalid-loss-record"))]
    LossRecordOnOpenDeal,
}

pub(crate) fn text(
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
    if let Some(c) = value.chars().find(|c| is_hidden_control(*c)) {
        return Err(ValidationError::HiddenCharacter {
            field,
            code: c as u32,
        });
    }
    Ok(())
}

/// Characters no stored text may hold: control codes (a terminal would obey
/// them: clear the screen, write the clipboard), NUL, the byte-order mark,
/// zero-width characters and bidi overrides (they make text read differently
/// from what it is). Tab and line breaks are text.
pub fn is_hidden_control(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{feff}' | '\u{061c}')
}

/// Amounts (and unit prices) stay below 10^15 in the currency's unit: any sum a
/// workspace can hold, and any quantity × price on a quote, then fits a
/// `Decimal` with room to spare, so no view or report can overflow.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(0xA4C6_8000, 0x0003_8D7E, 0, false, 0);
/// Quantities on a quote line stay below 10^9.
pub const MAX_QUANTITY: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0);

/// Dates dealdeck keeps: the years 1900 to 2200 (a typo like year 85360 would
/// make an export no other tool reads back).
pub fn date_in_range(field: &'static str, day: chrono::NaiveDate) -> Result<(), ValidationError> {
    use chrono::Datelike;
    if (1900..=2200).contains(&day.year()) {
        Ok(())
    } else {
        Err(ValidationError::DateOutOfRange { field, day })
    }
}

/// A stored deal amount within the limit (reports check before adding up).
pub fn amount_in_range(amount: Decimal) -> Result<(), ValidationError> {
    within("amount", amount, MAX_AMOUNT)
}

fn within(field: &'static str, value: Decimal, max: Decimal) -> Result<(), ValidationError> {
    if value.abs() >= max {
        return Err(ValidationError::TooLarge { field, value });
    }
    Ok(())
}

pub fn validate_deal(deal: &Deal) -> Result<(), ValidationError> {
    use super::deal::DealStatus;
    text("title", &deal.title, MAX_TITLE, true)?;
    if deal.amount.amount.is_sign_negative() && !deal.amount.amount.is_zero() {
        return Err(ValidationError::NegativeAmount(deal.amount.amount));
    }
    within("amount", deal.amount.amount, MAX_AMOUNT)?;
    if let Some(day) = deal.expected_close {
        date_in_range("expected close date", day)?;
    }
    if let Some(day) = deal.next_step_date {
        date_in_range("next step date", day)?;
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

/// An email address, or nothing: something@domain.tld, no spaces.
pub fn email(value: &str) -> Result<(), ValidationError> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(());
    }
    let ok = v.split_once('@').is_some_and(|(user, domain)| {
        !user.is_empty()
            && !domain.contains('@')
            && domain.split('.').filter(|p| !p.is_empty()).count() >= 2
            && !domain.starts_with('.')
            && !domain.ends_with('.')
    }) && !v.contains(char::is_whitespace);
    if ok {
        Ok(())
    } else {
        Err(ValidationError::Email(v.to_string()))
    }
}

pub fn validate_lead(lead: &super::lead::Lead) -> Result<(), ValidationError> {
    text("company", &lead.company, MAX_TITLE, true)?;
    text("contact", &lead.contact_name, MAX_TITLE, false)?;
    text("phone", &lead.phone, MAX_TITLE, false)?;
    text("email", &lead.email, MAX_TITLE, false)?;
    email(&lead.email)?;
    text("industry", &lead.industry, MAX_TITLE, false)?;
    text("region", &lead.region, MAX_TITLE, false)
}

pub fn validate_contact(contact: &Contact) -> Result<(), ValidationError> {
    text("contact name", &contact.name, MAX_TITLE, true)?;
    if !(1..=5).contains(&contact.influence) {
        return Err(ValidationError::Influence(contact.influence));
    }
    Ok(())
}

/// A product of the catalogue: SKU and name, a unit, prices within the limits.
pub fn validate_product(p: &super::product::Product) -> Result<(), ValidationError> {
    text("SKU", &p.sku, MAX_TITLE, true)?;
    text("product name", &p.name, MAX_TITLE, true)?;
    text("unit", &p.unit, MAX_TITLE, false)?;
    for (field, value) in [("list price", p.list_price), ("unit cost", p.unit_cost)] {
        if value.is_sign_negative() && !value.is_zero() {
            return Err(ValidationError::UnitPrice(value));
        }
        within(field, value, MAX_AMOUNT)?;
    }
    Ok(())
}

/// A price list entry: from a positive quantity, at a price within the limits.
pub fn validate_price_entry(e: &super::product::PriceEntry) -> Result<(), ValidationError> {
    if e.min_qty <= Decimal::ZERO {
        return Err(ValidationError::Quantity(e.min_qty));
    }
    within("quantity", e.min_qty, MAX_QUANTITY)?;
    if e.unit_price.is_sign_negative() && !e.unit_price.is_zero() {
        return Err(ValidationError::UnitPrice(e.unit_price));
    }
    within("unit price", e.unit_price, MAX_AMOUNT)
}

pub fn validate_quote_line(line: &QuoteLine) -> Result<(), ValidationError> {
    if line.qty <= Decimal::ZERO {
        return Err(ValidationError::Quantity(line.qty));
    }
    if line.unit_price.is_sign_negative() && !line.unit_price.is_zero() {
        return Err(ValidationError::UnitPrice(line.unit_price));
    }
    within("quantity", line.qty, MAX_QUANTITY)?;
    within("unit price", line.unit_price, MAX_AMOUNT)?;
    within("unit cost", line.unit_cost, MAX_AMOUNT)?;
    if line.discount_pct < Decimal::ZERO || line.discount_pct > Decimal::ONE_HUNDRED {
        return Err(ValidationError::Discount(line.discount_pct));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::*;
    use chrono::{TimeZone, Utc};
    use rust_decimal::dec;

    fn deal() -> Deal {
        let t = Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap();
        Deal {
            title: "MES rollout".into(),
            account: AccountId(1),
            owner: OwnerId(1),
            amount: Money::new(dec!(1000), Currency::USD),
            ..Deal::entering(DealId(1), PipelineId(1), StageId(1), t)
        }
    }

    fn line() -> QuoteLine {
        QuoteLine {
            product: ProductId(1),
            description: String::new(),
            qty: dec!(1),
            unit_price: dec!(10),
            discount_pct: dec!(0),
            unit_cost: dec!(5),
        }
    }

    #[test]
    fn a_valid_deal_passes() {
        assert_eq!(validate_deal(&deal()), Ok(()));
        for hostile in [
            "\u{1b}]52;c;aGk=\u{7}",
            "a\u{9b}2J",
            "\u{202e}txt.exe",
            "zero\u{200b}width",
            "\u{feff}bom",
            "nul\u{0}",
        ] {
            let mut d = deal();
            d.title = hostile.into();
            assert!(
                matches!(
                    validate_deal(&d),
                    Err(ValidationError::HiddenCharacter { field: "title", .. })
                ),
                "{hostile:?}"
            );
        }
        let mut multi = deal();
        multi.next_step = Some("call\tthe CFO\nthen send the quote".into());
        assert_eq!(validate_deal(&multi), Ok(()));
        assert_eq!(MAX_AMOUNT, Decimal::from(1_000_000_000_000_000_i64));
        let mut huge = deal();
        huge.amount.amount = "8000000000000000000000000".parse().unwrap();
        assert_eq!(
            validate_deal(&huge).unwrap_err().to_string(),
            "amount 8000000000000000000000000 is too large: dealdeck keeps amounts below 1,000,000,000,000,000 in the currency's unit"
        );
        huge.amount.amount = MAX_AMOUNT - Decimal::ONE;
        assert_eq!(validate_deal(&huge), Ok(()));
    }

    #[test]
    fn every_deal_rule_has_its_own_error() {
        type Breaker = Box<dyn Fn(&mut Deal)>;
        let cases: Vec<(Breaker, ValidationError)> = vec![
            (
                Box::new(|d| d.title = "   ".into()),
                ValidationError::Empty { field: "title" },
            ),
            (
                Box::new(|d| d.title = "x".repeat(201)),
                ValidationError::TooLong {
                    field: "title",
                    len: 201,
                    max: MAX_TITLE,
                },
            ),
            (
                Box::new(|d| d.amount.amount = dec!(-1)),
                ValidationError::NegativeAmount(dec!(-1)),
            ),
            (
                Box::new(|d| d.probability_override = Some(101)),
                ValidationError::Probability(101),
            ),
            (
                Box::new(|d| d.scorecard.scores[4] = 4),
                ValidationError::Score(4),
            ),
            (
                Box::new(|d| d.next_step = Some("y".repeat(2001))),
                ValidationError::TooLong {
                    field: "next step",
                    len: 2001,
                    max: MAX_TEXT,
                },
            ),
            (
                Box::new(|d| d.status = DealStatus::Won),
                ValidationError::ClosedAt,
            ),
            (
                Box::new(|d| d.closed_at = Some(d.created_at)),
                ValidationError::ClosedAt,
            ),
            (
                Box::new(|d| {
                    d.loss = Some(Box::new(LossRecord {
                        category: "pricing".into(),
                        sub_reason: String::new(),
                        competitor: None,
                        controllable: true,
                        lesson: String::new(),
                        stage_lost_at: Some(StageId(1)),
                        recorded_at: d.created_at,
                        recorded_by: String::new(),
                    }))
                }),
                ValidationError::LossRecordOnOpenDeal,
            ),
        ];
        for (break_it, expected) in cases {
            let mut d = deal();
            break_it(&mut d);
            assert_eq!(validate_deal(&d), Err(expected));
        }
    }

    #[test]
    fn contacts_accounts_and_quote_lines_are_validated() {
        let t = Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap();
        let mut c = Contact {
            id: ContactId(1),
            name: "王磊".into(),
            title: String::new(),
            account: AccountId(1),
            role: DecisionRole::DecisionMaker,
            stance: Stance::Neutral,
            influence: 6,
            email: String::new(),
            phone: String::new(),
            last_contacted: None,
            created_at: t,
            updated_at: t,
        };
        assert_eq!(validate_contact(&c), Err(ValidationError::Influence(6)));
        c.influence = 0;
        assert_eq!(validate_contact(&c), Err(ValidationError::Influence(0)));
        c.influence = 5;
        c.name = String::new();
        assert_eq!(
            validate_contact(&c),
            Err(ValidationError::Empty {
                field: "contact name"
            })
        );

        let a = Account::prospect(AccountId(1), " ", t);
        assert_eq!(
            validate_account(&a),
            Err(ValidationError::Empty {
                field: "account name"
            })
        );

        assert_eq!(validate_quote_line(&line()), Ok(()));
        let mut l = line();
        l.qty = dec!(0);
        assert_eq!(
            validate_quote_line(&l),
            Err(ValidationError::Quantity(dec!(0)))
        );
        let mut l = line();
        l.unit_price = dec!(-0.01);
        assert_eq!(
            validate_quote_line(&l),
            Err(ValidationError::UnitPrice(dec!(-0.01)))
        );
        let mut l = line();
        l.discount_pct = dec!(100.5);
        assert_eq!(
            validate_quote_line(&l),
            Err(ValidationError::Discount(dec!(100.5)))
        );
    }

    #[test]
    fn messages_say_what_was_expected() {
        assert_eq!(
            ValidationError::Amount("lots".into()).to_string(),
            "'lots' is not an amount (expected a number like 12,500.00, 12.5k or 1.2m)"
        );
        assert_eq!(
            ValidationError::Date("someday".into()).to_string(),
            "'someday' is not a date (expected 2026-11-30, +7d, +2w, eom or eoq)"
        );
        assert_eq!(
            ValidationError::Currency("US".into()).to_string(),
            "'US' is not a currency code (expected an ISO 4217 code, like USD, EUR or CNY)"
        );
    }
}
