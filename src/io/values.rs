//! Cell values as CRM exports write them.

use chrono::{NaiveDate, NaiveDateTime};

/// A date as CRMs export it: `2026-10-31`, `10/31/2026` (month first, as US exports
/// write it), `31.10.2026`, each with or without a time (`2026-10-31 14:05`,
/// `2026-10-31T14:05:00Z`). `forced` is a chrono format that overrides the guessing.
pub fn parse_day(text: &str, forced: Option<&str>) -> Option<NaiveDate> {
    let s = text.trim();
    if let Some(format) = forced {
        return NaiveDate::parse_from_str(s, format).ok().or_else(|| {
            NaiveDateTime::parse_from_str(s, format)
                .ok()
                .map(|t| t.date())
        });
    }
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(t.date_naive());
    }
    // The date part is what comes before a space or a `T` followed by a time.
    let date = s
        .split([' ', 'T'])
        .next()
        .unwrap_or(s)
        .trim_end_matches(',');
    for format in ["%Y-%m-%d", "%m/%d/%Y", "%d.%m.%Y", "%Y/%m/%d", "%m/%d/%y"] {
        if let Ok(d) = NaiveDate::parse_from_str(date, format) {
            return Some(d);
        }
    }
    None
}

/// An amount cell: what `parse_amount` reads (`12,500.00`, `$ 3,000`, `12.5k`), plus the
/// European way, a comma before the cents (`12.500,00`, `12 500,5`). A comma followed
/// by exactly three digits and no point stays a thousands separator (`12,500`).
pub fn parse_amount_cell(text: &str) -> Option<rust_decimal::Decimal> {
    let s = text.trim();
    let european = match (s.rfind(','), s.rfind('.')) {
        (Some(comma), point) if point.is_none_or(|p| p < comma) => {
            let decimals = s[comma + 1..].trim_end_matches(|c: char| !c.is_ascii_digit());
            let digits = decimals.chars().filter(char::is_ascii_digit).count();
            point.is_some() || digits != 3 && digits > 0
        }
        _ => false,
    };
    let normalised = if european {
        s.replace(['.', ' ', '\u{a0}'], "").replace(',', ".")
    } else {
        s.to_string()
    };
    crate::domain::money::parse_amount(&normalised).ok()
}

/// An instant: RFC 3339 as written (`2026-10-31T14:05:00Z`), else a date at noon UTC.
pub fn parse_instant(text: &str, forced: Option<&str>) -> Option<chrono::DateTime<chrono::Utc>> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(text.trim()) {
        return Some(t.with_timezone(&chrono::Utc));
    }
    let day = parse_day(text, forced)?;
    Some(day.and_hms_opt(12, 0, 0)?.and_utc())
}

/// `true`/`false` as exports write them.
pub fn parse_flag(text: &str) -> Option<bool> {
    match text.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "y" | "x" => Some(true),
        "false" | "0" | "no" | "n" | "" => Some(false),
        _ => None,
    }
}

/// A percentage: `75`, `75%`, `0.75` is read as 75 % only when written as a fraction
/// below 1 with a decimal point.
pub fn parse_percent(text: &str) -> Option<u8> {
    let s = text.trim().trim_end_matches('%').trim();
    let value: f64 = s.parse().ok()?;
    let percent = if s.contains('.') && value < 1.0 {
        value * 100.0
    } else {
        value
    };
    (0.0..=100.0)
        .contains(&percent)
        .then_some(percent.round() as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn dates_as_exports_write_them() {
        for text in [
            "2026-10-31",
            "10/31/2026",
            "31.10.2026",
            "2026-10-31 14:05",
            "2026-10-31T14:05:00Z",
            "10/31/2026 2:05 PM",
            " 2026/10/31 ",
        ] {
            assert_eq!(parse_day(text, None), Some(d("2026-10-31")), "{text}");
        }
        assert_eq!(
            parse_day("31/10/2026", Some("%d/%m/%Y")),
            Some(d("2026-10-31"))
        );
        for bad in ["", "31/10/2026", "2026-13-01", "soon"] {
            assert_eq!(parse_day(bad, None), None, "{bad}");
        }
    }

    #[test]
    fn amounts_us_and_european() {
        use rust_decimal::dec;
        for (text, want) in [
            ("12,500.00", dec!(12500)),
            ("12,500", dec!(12500)),
            ("$75,000.00", dec!(75000)),
            ("12.500,00", dec!(12500)),
            ("12 500,5", dec!(12500.5)),
            ("1.234.567,89 €", dec!(1234567.89)),
            ("99", dec!(99)),
        ] {
            assert_eq!(parse_amount_cell(text), Some(want), "{text}");
        }
        assert_eq!(parse_amount_cell("12,5,0"), None);
        assert_eq!(parse_amount_cell("ten"), None);
    }

    #[test]
    fn flags_and_percents() {
        assert_eq!(parse_flag("TRUE"), Some(true));
        assert_eq!(parse_flag(""), Some(false));
        assert_eq!(parse_flag("maybe"), None);
        assert_eq!(parse_percent("75"), Some(75));
        assert_eq!(parse_percent("75 %"), Some(75));
        assert_eq!(parse_percent("0.4"), Some(40));
        assert_eq!(parse_percent("140"), None);
    }
}
