//! Report periods: a calendar month, quarter or year, an explicit date range, or a
//! relative name resolved against today. Days are UTC calendar days; both ends are
//! included.

use crate::domain::dates::{first_of_month, quarter_of};
use chrono::{DateTime, Datelike, Months, NaiveDate, NaiveTime, Utc};
use serde::Serialize;
use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{}", t!("dom-period-invalid", given = .0.as_str()))]
pub struct PeriodError(pub String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PeriodKind {
    Month,
    Quarter,
    Year,
    Range,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Period {
    /// `2026-10`, `2026-Q3`, `2026` or `2026-01-01..2026-03-31`.
    pub label: String,
    pub kind: PeriodKind,
    pub first: NaiveDate,
    /// Last day, included.
    pub last: NaiveDate,
    /// Midnight UTC starting `first`, and the one ending `last`: instants compare
    /// faster than dates in the metric loops.
    #[serde(skip)]
    starts: DateTime<Utc>,
    #[serde(skip)]
    ends: DateTime<Utc>,
}

impl Period {
    fn new(label: String, kind: PeriodKind, first: NaiveDate, last: NaiveDate) -> Period {
        let midnight = |d: NaiveDate| d.and_time(NaiveTime::MIN).and_utc();
        Period {
            label,
            kind,
            first,
            last,
            starts: midnight(first),
            ends: last.succ_opt().map_or(DateTime::<Utc>::MAX_UTC, midnight),
        }
    }

    pub fn month(year: i32, month: u32) -> Option<Period> {
        let first = NaiveDate::from_ymd_opt(year, month, 1)?;
        let last = first.checked_add_months(Months::new(1))?.pred_opt()?;
        Some(Period::new(
            format!("{year:04}-{month:02}"),
            PeriodKind::Month,
            first,
            last,
        ))
    }

    pub fn quarter(year: i32, quarter: u32) -> Option<Period> {
        if !(1..=4).contains(&quarter) {
            return None;
        }
        let first = NaiveDate::from_ymd_opt(year, (quarter - 1) * 3 + 1, 1)?;
        let last = first.checked_add_months(Months::new(3))?.pred_opt()?;
        Some(Period::new(
            format!("{year:04}-Q{quarter}"),
            PeriodKind::Quarter,
            first,
            last,
        ))
    }

    pub fn year(year: i32) -> Option<Period> {
        Some(Period::new(
            format!("{year:04}"),
            PeriodKind::Year,
            NaiveDate::from_ymd_opt(year, 1, 1)?,
            NaiveDate::from_ymd_opt(year, 12, 31)?,
        ))
    }

    pub fn range(first: NaiveDate, last: NaiveDate) -> Option<Period> {
        (first <= last)
            .then(|| Period::new(format!("{first}..{last}"), PeriodKind::Range, first, last))
    }

    pub fn month_of(day: NaiveDate) -> Period {
        Period::month(day.year(), day.month()).unwrap_or_else(|| Period::day(day))
    }

    pub fn quarter_of(day: NaiveDate) -> Period {
        Period::quarter(day.year(), quarter_of(day)).unwrap_or_else(|| Period::day(day))
    }

    fn day(day: NaiveDate) -> Period {
        Period::new(day.to_string(), PeriodKind::Range, day, day)
    }

    /// Parses what people type; relative names are resolved against `today`.
    pub fn parse(text: &str, today: NaiveDate) -> Result<Period, PeriodError> {
        let s = text.trim();
        let bad = || PeriodError(text.to_string());
        let lower = s.to_ascii_lowercase();
        // "last month" as the review wizard takes it, or "last-month".
        let named = lower.split_whitespace().collect::<Vec<_>>().join("-");
        let relative = match named.as_str() {
            "this-month" => Some(Period::month_of(today)),
            "last-month" => Some(Period::month_of(
                first_of_month(today).pred_opt().ok_or_else(bad)?,
            )),
            "this-quarter" => Some(Period::quarter_of(today)),
            "last-quarter" => Some(Period::quarter_of(today).previous()),
            "this-year" => Period::year(today.year()),
            "last-year" => Period::year(today.year() - 1),
            _ => None,
        };
        if let Some(p) = relative {
            return Ok(p);
        }
        if let Some((a, b)) = s.split_once("..") {
            let day = |t: &str| NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d").map_err(|_| bad());
            return Period::range(day(a)?, day(b)?).ok_or_else(bad);
        }
        if let Some((y, q)) = lower.split_once("-q") {
            let year = y.parse().map_err(|_| bad())?;
            let quarter = q.parse().map_err(|_| bad())?;
            return Period::quarter(year, quarter).ok_or_else(bad);
        }
        if let Some((y, m)) = s.split_once('-') {
            let (Ok(year), Ok(month)) = (y.parse(), m.parse()) else {
                return Err(bad());
            };
            if y.len() == 4 {
                return Period::month(year, month).ok_or_else(bad);
            }
        }
        if s.len() == 4 {
            return s.parse().ok().and_then(Period::year).ok_or_else(bad);
        }
        Err(bad())
    }

    pub fn contains_day(&self, day: NaiveDate) -> bool {
        self.first <= day && day <= self.last
    }

    pub fn contains(&self, at: DateTime<Utc>) -> bool {
        self.starts <= at && at < self.ends
    }

    /// Midnight UTC starting the first day, and the one ending the last.
    pub fn instants(&self) -> (DateTime<Utc>, DateTime<Utc>) {
        (self.starts, self.ends)
    }

    pub fn days(&self) -> i64 {
        (self.last - self.first).num_days() + 1
    }

    /// The period of the same kind just before this one (a range: the same number of
    /// days just before it).
    pub fn previous(&self) -> Period {
        let before = self.first.pred_opt().unwrap_or(self.first);
        match self.kind {
            PeriodKind::Month => Period::month_of(before),
            PeriodKind::Quarter => Period::quarter_of(before),
            PeriodKind::Year => Period::year(before.year()).unwrap_or_else(|| Period::day(before)),
            PeriodKind::Range => {
                let first = before
                    .checked_sub_days(chrono::Days::new(self.days() as u64 - 1))
                    .unwrap_or(before);
                Period::range(first, before).unwrap_or_else(|| Period::day(before))
            }
        }
    }

    /// The `count` calendar months ending with the month of this period's last day,
    /// oldest first.
    pub fn trailing_months(&self, count: usize) -> Vec<Period> {
        let mut months = Vec::with_capacity(count);
        let mut month = Period::month_of(self.last);
        for _ in 0..count {
            let earlier = month.previous();
            months.push(month);
            month = earlier;
        }
        months.reverse();
        months
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn every_written_form_parses() {
        let today = day("2026-11-22");
        let p = |s: &str| Period::parse(s, today).unwrap();
        assert_eq!(
            (p("2026-10").first, p("2026-10").last),
            (day("2026-10-01"), day("2026-10-31"))
        );
        assert_eq!(
            (p("2026-Q3").first, p("2026-q3").last),
            (day("2026-07-01"), day("2026-09-30"))
        );
        assert_eq!(
            (p("2024").first, p("2024").last),
            (day("2024-01-01"), day("2024-12-31"))
        );
        let r = p("2026-01-01..2026-03-31");
        assert_eq!(
            (r.first, r.last, r.days()),
            (day("2026-01-01"), day("2026-03-31"), 90)
        );
        assert_eq!(p("this-quarter").label, "2026-Q4");
        assert_eq!(p("last-quarter").label, "2026-Q3");
        assert_eq!(p("last-month").label, "2026-10");
        assert_eq!(p("Last  month").label, "2026-10", "as the wizard takes it");
        assert_eq!(p("this-month").label, "2026-11");
        assert_eq!(p("last-year").label, "2025");
        assert_eq!(
            Period::parse("last-month", day("2026-01-15"))
                .unwrap()
                .label,
            "2025-12"
        );
        for bad in [
            "",
            "2026-13",
            "2026-Q5",
            "20261",
            "2026-03-31..2026-01-01",
            "soon",
        ] {
            assert!(Period::parse(bad, today).is_err(), "{bad}");
        }
        assert!(
            Period::parse("2026-13", today)
                .unwrap_err()
                .to_string()
                .contains("2026-Q3")
        );
    }

    #[test]
    fn previous_and_trailing_months() {
        let today = day("2026-11-22");
        let p = |s: &str| Period::parse(s, today).unwrap();
        assert_eq!(p("2026-01").previous().label, "2025-12");
        assert_eq!(p("2026-Q1").previous().label, "2025-Q4");
        assert_eq!(
            p("2026-02-01..2026-02-10").previous().label,
            "2026-01-22..2026-01-31"
        );
        let labels: Vec<String> = p("2026-Q1")
            .trailing_months(4)
            .into_iter()
            .map(|m| m.label)
            .collect();
        assert_eq!(labels, ["2025-12", "2026-01", "2026-02", "2026-03"]);
    }
}
