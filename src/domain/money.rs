//! Money: a `Decimal` amount with an ISO 4217 currency code. Never floats.

use super::ValidationError;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// An ISO 4217 currency code: three upper-case ASCII letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Currency([u8; 3]);

impl Currency {
    pub const USD: Currency = Currency(*b"USD");
    pub const EUR: Currency = Currency(*b"EUR");
    pub const CNY: Currency = Currency(*b"CNY");

    pub fn as_str(&self) -> &str {
        // Only ever built from ASCII upper-case letters, so this never fails.
        std::str::from_utf8(&self.0).unwrap_or("???")
    }

    /// Digits after the decimal point in the currency's minor unit.
    pub fn minor_digits(&self) -> u32 {
        match &self.0 {
            b"JPY" | b"KRW" | b"VND" | b"CLP" | b"ISK" => 0,
            b"BHD" | b"KWD" | b"OMR" | b"JOD" | b"TND" => 3,
            _ => 2,
        }
    }

    /// Symbol used on cards where space is tight; the code otherwise.
    pub fn symbol(&self) -> &str {
        match &self.0 {
            b"USD" => "$",
            b"EUR" => "€",
            b"GBP" => "£",
            b"CNY" => "¥",
            b"JPY" => "¥",
            _ => self.as_str(),
        }
    }
}

/// The active ISO 4217 currency codes: what a person may type or import.
const ISO_4217: &[&str] = &[
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
    "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD",
    "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD",
    "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ",
    "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD",
    "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR",
    "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR",
    "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN",
    "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR",
    "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB",
    "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS",
    "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL",
];

impl Currency {
    /// Three letters, not checked against ISO 4217: records written before the
    /// check existed must still read.
    fn from_letters(s: &str) -> Option<Currency> {
        let t = s.trim().to_ascii_uppercase();
        let bytes = t.as_bytes();
        (bytes.len() == 3 && bytes.iter().all(u8::is_ascii_uppercase))
            .then(|| Currency([bytes[0], bytes[1], bytes[2]]))
    }
}

/// What a person types or imports: an active ISO 4217 code (`usd` is `USD`).
impl FromStr for Currency {
    type Err = ValidationError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Currency::from_letters(s)
            .filter(|c| ISO_4217.contains(&c.as_str()))
            .ok_or_else(|| ValidationError::Currency(s.to_string()))
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Currency::from_letters(&s)
            .ok_or_else(|| serde::de::Error::custom(ValidationError::Currency(s)))
    }
}

/// An amount of money in one currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    #[serde(with = "super::wire::decimal")]
    pub amount: Decimal,
    pub currency: Currency,
}

impl Money {
    pub fn new(amount: Decimal, currency: Currency) -> Self {
        Money { amount, currency }
    }

    /// The amount when it is in `currency`, else zero: figures add up one
    /// currency and count the others apart, never converting.
    pub fn counted_in(&self, currency: Currency) -> Decimal {
        if self.currency == currency {
            self.amount
        } else {
            Decimal::ZERO
        }
    }

    pub fn zero(currency: Currency) -> Self {
        Money::new(Decimal::ZERO, currency)
    }

    /// The amount rounded to the currency's minor unit (banker's rounding is
    /// avoided: commercial documents round half away from zero).
    pub fn rounded(&self) -> Decimal {
        round_money(self.amount, self.currency)
    }

    /// The amount weighted by a probability in percent. Saturating: amounts are
    /// refused far below the decimal range, but a file written before the limit
    /// existed must still be shown.
    pub fn weighted(&self, percent: u8) -> Decimal {
        self.amount.saturating_mul(Decimal::from(percent)) / Decimal::ONE_HUNDRED
    }
}

/// Amounts added up apart per currency (never mixed), saturating at the
/// decimal range; in the order each currency was first met.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PerCurrency(pub Vec<(Currency, Decimal)>);

impl PerCurrency {
    pub fn add(&mut self, amount: Decimal, currency: Currency) {
        match self.0.iter_mut().find(|(c, _)| *c == currency) {
            Some((_, sum)) => *sum = sum.saturating_add(amount),
            None => self.0.push((currency, amount)),
        }
    }

    /// `1,250,000 USD + 80,000 EUR` (whole units); `0` when empty.
    pub fn whole_units(&self) -> String {
        if self.0.is_empty() {
            return "0".into();
        }
        self.0
            .iter()
            .map(|(c, a)| format!("{} {c}", group_thousands(*a, 0)))
            .collect::<Vec<_>>()
            .join(" + ")
    }
}

/// Rounds half away from zero to the currency's minor unit.
pub fn round_money(amount: Decimal, currency: Currency) -> Decimal {
    amount.round_dp_with_strategy(
        currency.minor_digits(),
        rust_decimal::RoundingStrategy::MidpointAwayFromZero,
    )
}

/// The currency most deals are in (ties: the first code; none: USD): the one
/// figures add up, the others shown beside it.
pub fn most_common_currency(counts: impl IntoIterator<Item = (Currency, usize)>) -> Currency {
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.as_str().cmp(a.0.as_str())))
        .map_or(Currency::USD, |(c, _)| c)
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}",
            group_thousands(self.rounded(), self.currency.minor_digits()),
            self.currency
        )
    }
}

/// `1234567.5` → `1,234,567.50` (with `digits` decimals).
pub fn group_thousands(amount: Decimal, digits: u32) -> String {
    // Round first: Decimal's precision formatting truncates.
    let rounded = amount
        .abs()
        .round_dp_with_strategy(digits, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    // Padded by hand: `format!("{:.2}")` of an amount near the decimal range
    // overflows the decimal library's fixed buffer.
    let plain = rounded.to_string();
    let (int_part, frac) = match plain.split_once('.') {
        Some((i, f)) => (i.to_string(), f.to_string()),
        None => (plain.clone(), String::new()),
    };
    let frac = (digits > 0).then(|| {
        let mut f: String = frac.chars().take(digits as usize).collect();
        while f.len() < digits as usize {
            f.push('0');
        }
        f
    });
    let mut grouped = String::with_capacity(int_part.len() + int_part.len() / 3 + 4);
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let sign = if amount.is_sign_negative() && !amount.is_zero() {
        "-"
    } else {
        ""
    };
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// Compact form for cards: `12.5k`, `1.2m`, `950`.
pub fn compact_amount(amount: Decimal) -> String {
    compact_in(amount, &[(1_000_000, "m"), (1_000, "k")])
}

/// A short amount counted in 万 (10 000) and 亿 (100 000 000), as Chinese
/// reads figures: `8000`, `1.3万`, `156万`, `1.2亿`; the same digits rule as
/// [`compact_amount`] (one decimal below 100 of a unit).
pub fn compact_amount_wan(amount: Decimal) -> String {
    compact_in(amount, &[(100_000_000, "亿"), (10_000, "万")])
}

/// `amount` in the largest of `units` (largest first) it reaches, rounded half
/// away from zero: one decimal below 100 of the unit, none from there on.
fn compact_in(amount: Decimal, units: &[(i64, &str)]) -> String {
    let abs = amount.abs();
    let sign = if amount.is_sign_negative() { "-" } else { "" };
    let (scaled, suffix) = units
        .iter()
        .find(|(size, _)| abs >= Decimal::from(*size))
        .map_or((abs, ""), |(size, name)| {
            (abs / Decimal::from(*size), *name)
        });
    let digits = if suffix.is_empty() || scaled >= Decimal::from(100) {
        0
    } else {
        1
    };
    let rounded =
        scaled.round_dp_with_strategy(digits, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    format!("{sign}{}{suffix}", rounded.normalize())
}

/// Parses what people type for an amount: `12,500.00`, `12500`, `12.5k`, `1.2m`,
/// `$ 3,000`, `¥8,000`, `8万`, `1.2亿`, `8000元`. Currency symbols are ignored
/// (the deal's currency applies).
pub fn parse_amount(input: &str) -> Result<Decimal, ValidationError> {
    let bad = || ValidationError::Amount(input.to_string());
    let mut s: String = input
        .trim()
        .chars()
        .filter(|c| {
            !matches!(
                c,
                ',' | '，' | '_' | ' ' | '\u{a0}' | '$' | '€' | '£' | '¥' | '￥' | '元'
            )
        })
        .collect();
    let multiplier = match s.chars().last().map(|c| c.to_ascii_lowercase()) {
        Some('k') => Decimal::from(1_000),
        Some('m') => Decimal::from(1_000_000),
        Some('b') => Decimal::from(1_000_000_000),
        // As Chinese counts: 8万 is 80 000, 1.2亿 is 120 000 000.
        Some('万') => Decimal::from(10_000),
        Some('亿') => Decimal::from(100_000_000),
        _ => Decimal::ONE,
    };
    if multiplier != Decimal::ONE {
        s.pop();
    }
    if s.is_empty() {
        return Err(bad());
    }
    let value = Decimal::from_str(&s).map_err(|_| bad())?;
    value
        .checked_mul(multiplier)
        .map(|v| v.normalize())
        .ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn parses_typed_amounts() {
        assert_eq!(parse_amount("12,500.00").unwrap(), dec!(12500.00));
        assert_eq!(parse_amount("12.5k").unwrap(), dec!(12500));
        assert_eq!(parse_amount("1.2m").unwrap(), dec!(1200000));
        assert_eq!(parse_amount("8万").unwrap(), dec!(80000));
        assert_eq!(parse_amount("1.2亿").unwrap(), dec!(120000000));
        assert_eq!(parse_amount("￥8,000元").unwrap(), dec!(8000));
        assert_eq!(parse_amount("$ 3,000").unwrap(), dec!(3000));
        assert_eq!(parse_amount("¥8,000").unwrap(), dec!(8000));
        assert!(parse_amount("").is_err());
        assert!(parse_amount("k").is_err());
        assert!(parse_amount("12.5.3").is_err());
        assert!(parse_amount("abc").is_err());
    }

    #[test]
    fn rounds_half_away_from_zero_to_minor_unit() {
        assert_eq!(round_money(dec!(2.345), Currency::USD), dec!(2.35));
        assert_eq!(round_money(dec!(-2.345), Currency::USD), dec!(-2.35));
        assert_eq!(round_money(dec!(2.5), "JPY".parse().unwrap()), dec!(3));
    }

    #[test]
    fn formats_money() {
        let m = Money::new(dec!(1234567.5), Currency::USD);
        assert_eq!(m.to_string(), "1,234,567.50 USD");
        assert_eq!(group_thousands(dec!(-999.5), 0), "-1,000");
        assert_eq!(compact_amount(dec!(12500)), "12.5k");
        assert_eq!(compact_amount(dec!(1200000)), "1.2m");
        assert_eq!(compact_amount(dec!(950)), "950");
        assert_eq!(compact_amount(dec!(250000)), "250k");
        assert_eq!(compact_amount_wan(dec!(8000)), "8000");
        assert_eq!(compact_amount_wan(dec!(12500)), "1.3万");
        assert_eq!(compact_amount_wan(dec!(1200000)), "120万");
        assert_eq!(compact_amount_wan(dec!(1559500)), "156万");
        assert_eq!(compact_amount_wan(dec!(120000000)), "1.2亿");
        assert_eq!(compact_amount_wan(dec!(-35000)), "-3.5万");
    }

    #[test]
    fn currency_codes_are_validated() {
        assert_eq!("usd".parse::<Currency>().unwrap(), Currency::USD);
        assert!("US".parse::<Currency>().is_err());
        assert!("U$D".parse::<Currency>().is_err());
    }
}

#[cfg(test)]
mod iso_tests {
    use super::*;

    #[test]
    fn typed_currencies_are_iso_4217_and_stored_ones_still_read() {
        assert_eq!("cny".parse::<Currency>().unwrap(), Currency::CNY);
        assert!("QQQ".parse::<Currency>().is_err());
        assert!("US".parse::<Currency>().is_err());
        // A record from before the check still decodes.
        let old: Currency = serde_json::from_str("\"QQQ\"").unwrap();
        assert_eq!(old.as_str(), "QQQ");
    }
}
