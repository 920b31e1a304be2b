//! How figures are written, in one place for every front end (screens, CLI,
//! Markdown reports): percentages, days, amounts and dates.
//!
//! Precision: tables and cards show whole percents (`42 %`); sentences and
//! written reports one decimal (`27.5 %`); machine-readable columns (CSV,
//! `--plain`) the bare number with one decimal (`27.5`). Prices and discounts
//! on quotes keep up to two decimals (`12.5 %`) as the pricing policy is set.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;

pub use crate::domain::money::group_thousands;

/// A short amount for cards and tables: `1.6m`, `12.5k` — or `156万`, `1.2亿`
/// where amounts are read in 万 (settings `amounts`; Chinese by default).
pub fn compact_amount(amount: Decimal) -> String {
    if crate::i18n::amount_style_wan() {
        crate::domain::money::compact_amount_wan(amount)
    } else {
        crate::domain::money::compact_amount(amount)
    }
}

/// Shown where a figure has no value (no deals closed, no history).
pub const NONE: &str = "–";

/// The percent sign as the language writes it: `42 %` in English (the house
/// style), `42%` in Chinese.
fn percent_sign() -> &'static str {
    match crate::i18n::lang() {
        crate::i18n::Lang::En => " %",
        crate::i18n::Lang::ZhCn => "%",
    }
}

/// Whole percents, for tables and cards: `0.4249` → `42 %`.
pub fn percent(share: f64) -> String {
    format!("{:.0}{}", share * 100.0, percent_sign())
}

/// One decimal, for sentences and written reports: `0.2749` → `27.5 %`.
pub fn percent_1(share: f64) -> String {
    format!("{:.1}{}", share * 100.0, percent_sign())
}

/// The bare number with one decimal, for CSV and plain columns: `27.5`.
pub fn percent_number(share: f64) -> String {
    format!("{:.1}", share * 100.0)
}

/// A share that may be missing, whole percents; `NONE` without one.
pub fn percent_or_none(share: Option<f64>) -> String {
    share.map_or_else(|| NONE.into(), percent)
}

/// A difference between two shares in percentage points: `0.052` → `5`.
pub fn points(difference: f64) -> String {
    format!("{:.0}", difference * 100.0)
}

/// A percentage held as a decimal percent (a discount of `12.50`): `12.5 %`.
pub fn decimal_percent(percent: Decimal) -> String {
    format!("{}{}", percent.round_dp(2).normalize(), percent_sign())
}

/// A count with its noun, singular or plural: `1 quote`, `3 stage events`,
/// `2 activities`, `4 losses`.
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        return format!("1 {noun}");
    }
    let plural = if let Some(stem) = noun
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        format!("{stem}ies")
    } else if noun.ends_with('s') || noun.ends_with("ch") || noun.ends_with('x') {
        format!("{noun}es")
    } else {
        format!("{noun}s")
    };
    format!("{n} {plural}")
}

/// Whole days: `45 d`, `45 天`.
pub fn days(days: f64) -> String {
    t!("days", days = format!("{days:.0}"))
}

/// Days that may be missing; `NONE` without a value.
pub fn days_or_none(value: Option<f64>) -> String {
    value.map_or_else(|| NONE.into(), days)
}

/// A day that may be missing; `none` without one.
pub fn day_or_none(day: Option<chrono::NaiveDate>) -> String {
    day.map_or_else(|| t!("day-none"), |d| d.to_string())
}

/// A day for sentences and cards: ISO (`2026-11-28`), or with `dates = "long"`
/// the language's long form (`28 Nov 2026`, `2026年11月28日`).
pub fn day_in_text(day: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    if !crate::i18n::date_long() {
        return day.to_string();
    }
    t!(
        "date-long",
        year = day.year().to_string(),
        month = crate::i18n::message(&format!("month-{}", day.month()), None),
        day = day.day().to_string()
    )
}

/// The calendar day of a moment: `2026-11-28`.
pub fn day(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d").to_string()
}

/// A moment to the minute, with its zone: `2026-11-28 14:05 UTC`.
pub fn moment(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn each_precision_rounds_half_away_as_written() {
        assert_eq!(count(1, "quote"), "1 quote");
        assert_eq!(count(3, "stage event"), "3 stage events");
        assert_eq!(count(2, "activity"), "2 activities");
        assert_eq!(count(0, "loss"), "0 losses");
        assert_eq!(count(2, "day"), "2 days");
        assert_eq!(percent(0.4249), "42 %");
        assert_eq!(percent_1(0.27499), "27.5 %");
        assert_eq!(percent_number(0.27499), "27.5");
        assert_eq!(percent_or_none(None), "–");
        assert_eq!(points(0.052), "5");
        assert_eq!(decimal_percent(Decimal::new(1250, 2)), "12.5 %");
        assert_eq!(days_or_none(Some(44.6)), "45 d");
        let at = Utc.with_ymd_and_hms(2026, 11, 28, 14, 5, 9).unwrap();
        assert_eq!(day(at), "2026-11-28");
        assert_eq!(moment(at), "2026-11-28 14:05 UTC");
    }
}
