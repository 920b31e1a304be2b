//! Dates as people type them in forms and on the command line.

use super::ValidationError;
use chrono::{Datelike, Days, Months, NaiveDate};

/// Parses `2026-11-30`, `+7d`, `+2w`, `+1m`, `-3d`, `today`, `tomorrow`, `eom`
/// (end of this month), `eoq` (end of this quarter), `eoy`, relative to `today`.
pub fn parse_date(input: &str, today: NaiveDate) -> Result<NaiveDate, ValidationError> {
    let s = input.trim().to_ascii_lowercase();
    let bad = || ValidationError::Date(input.to_string());
    match s.as_str() {
        "today" | "now" => return Ok(today),
        "tomorrow" => return today.checked_add_days(Days::new(1)).ok_or_else(bad),
        "yesterday" => return today.checked_sub_days(Days::new(1)).ok_or_else(bad),
        "eom" => return Ok(end_of_month(today)),
        "eoq" => return Ok(end_of_quarter(today)),
        "eoy" => return NaiveDate::from_ymd_opt(today.year(), 12, 31).ok_or_else(bad),
        _ => {}
    }
    if let Some(rest) = s.strip_prefix('+').or_else(|| s.strip_prefix('-')) {
        let negative = s.starts_with('-');
        let unit = rest.chars().last().ok_or_else(bad)?;
        let (number, unit) = if unit.is_ascii_digit() {
            (rest, 'd')
        } else {
            (&rest[..rest.len() - unit.len_utf8()], unit)
        };
        let n: u32 = number.parse().map_err(|_| bad())?;
        let result = match (unit, negative) {
            ('d', false) => today.checked_add_days(Days::new(n.into())),
            ('d', true) => today.checked_sub_days(Days::new(n.into())),
            ('w', false) => today.checked_add_days(Days::new(u64::from(n) * 7)),
            ('w', true) => today.checked_sub_days(Days::new(u64::from(n) * 7)),
            ('m', false) => today.checked_add_months(Months::new(n)),
            ('m', true) => today.checked_sub_months(Months::new(n)),
            ('y', false) => today.checked_add_months(Months::new(n.saturating_mul(12))),
            ('y', true) => today.checked_sub_months(Months::new(n.saturating_mul(12))),
            _ => None,
        };
        return result.ok_or_else(bad);
    }
    NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_err(|_| bad())
}

pub fn end_of_month(d: NaiveDate) -> NaiveDate {
    first_of_next_month(d).pred_opt().unwrap_or(d)
}

pub fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

pub fn first_of_next_month(d: NaiveDate) -> NaiveDate {
    first_of_month(d)
        .checked_add_months(Months::new(1))
        .unwrap_or(d)
}

/// Calendar quarter (1–4) of a date.
pub fn quarter_of(d: NaiveDate) -> u32 {
    (d.month() - 1) / 3 + 1
}

pub fn start_of_quarter(d: NaiveDate) -> NaiveDate {
    let month = (quarter_of(d) - 1) * 3 + 1;
    NaiveDate::from_ymd_opt(d.year(), month, 1).unwrap_or(d)
}

pub fn end_of_quarter(d: NaiveDate) -> NaiveDate {
    start_of_quarter(d)
        .checked_add_months(Months::new(3))
        .and_then(|n| n.pred_opt())
        .unwrap_or(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn parses_relative_and_absolute_dates() {
        let today = d("2026-11-22");
        assert_eq!(parse_date("2026-12-31", today).unwrap(), d("2026-12-31"));
        assert_eq!(parse_date("+7d", today).unwrap(), d("2026-11-29"));
        assert_eq!(parse_date("+7", today).unwrap(), d("2026-11-29"));
        assert_eq!(parse_date("+2w", today).unwrap(), d("2026-12-06"));
        assert_eq!(parse_date("+1m", today).unwrap(), d("2026-12-22"));
        assert_eq!(parse_date("-3d", today).unwrap(), d("2026-11-19"));
        assert_eq!(parse_date("eom", today).unwrap(), d("2026-11-30"));
        assert_eq!(parse_date("EOQ", today).unwrap(), d("2026-12-31"));
        assert_eq!(parse_date("eoq", d("2026-02-10")).unwrap(), d("2026-03-31"));
        assert_eq!(parse_date("today", today).unwrap(), today);
    }

    #[test]
    fn rejects_nonsense_dates() {
        let today = d("2026-11-22");
        for bad in ["", "+", "+xd", "2026-02-30", "next week", "+5q", "+ó"] {
            assert!(parse_date(bad, today).is_err(), "{bad} should fail");
        }
    }
}
