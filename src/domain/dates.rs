//! Dates as people type them in forms and on the command line.

use super::ValidationError;
use chrono::{Datelike, Days, Months, NaiveDate};

/// Parses `2026-11-30`, `2026/11/30`, `+7d`, `+2w`, `+1m`, `-3d`, `today`,
/// `tomorrow`, `eom` (end of this month), `eoq` (end of this quarter), `eoy`,
/// relative to `today` — and the same as Chinese people type them: 今天, 明天,
/// 后天, 昨天, 3天后, 2周后, 1个月后, 月底, 季末, 年底, 周五 (the next Friday),
/// 下周五 (Friday of next week), 12月5日, 2026年12月5日.
pub fn parse_date(input: &str, today: NaiveDate) -> Result<NaiveDate, ValidationError> {
    let s = input.trim().to_ascii_lowercase();
    let bad = || ValidationError::Date(input.to_string());
    if let Some(day) = chinese(&s, today) {
        return day.ok_or_else(bad);
    }
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
    NaiveDate::parse_from_str(&s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(&s, "%Y/%m/%d"))
        .map_err(|_| bad())
}

/// A date written the Chinese way; None when `s` is not one (Some(None): it is
/// one, but names no day, such as 2月30日).
fn chinese(s: &str, today: NaiveDate) -> Option<Option<NaiveDate>> {
    let shift = |days: i64| today.checked_add_signed(chrono::Duration::days(days));
    match s {
        "今天" | "今日" => return Some(Some(today)),
        "明天" | "明日" => return Some(shift(1)),
        "后天" => return Some(shift(2)),
        "昨天" | "昨日" => return Some(shift(-1)),
        "前天" => return Some(shift(-2)),
        "月底" | "本月底" | "月末" => return Some(Some(end_of_month(today))),
        "季末" | "本季末" | "季度末" => return Some(Some(end_of_quarter(today))),
        "年底" | "年末" => return Some(NaiveDate::from_ymd_opt(today.year(), 12, 31)),
        _ => {}
    }
    // 3天后, 2周后, 1个月后, 1年后 (and 前 for before).
    for (suffix, sign) in [("后", 1i64), ("以后", 1), ("前", -1), ("以前", -1)] {
        let Some(rest) = s.strip_suffix(suffix) else {
            continue;
        };
        for (unit, days) in [
            ("天", 1i64),
            ("日", 1),
            ("周", 7),
            ("星期", 7),
            ("个月", 0),
            ("月", 0),
            ("年", -1),
        ] {
            let Some(number) = rest.strip_suffix(unit) else {
                continue;
            };
            let n: i64 = number.trim().parse().ok()?;
            return Some(match days {
                0 | -1 => {
                    let months = u32::try_from(if days == -1 { n * 12 } else { n }).ok()?;
                    if sign > 0 {
                        today.checked_add_months(Months::new(months))
                    } else {
                        today.checked_sub_months(Months::new(months))
                    }
                }
                _ => shift(sign * n * days),
            });
        }
    }
    // 周五 / 星期五: the next one (today's own weekday: a week on); 下周五: next week's.
    let (next_week, rest) = match s.strip_prefix("下") {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let day = rest
        .strip_prefix("周")
        .or_else(|| rest.strip_prefix("星期"))
        .or_else(|| rest.strip_prefix("礼拜"));
    if let Some(day) = day {
        let wanted = ["一", "二", "三", "四", "五", "六", "日"]
            .iter()
            .position(|d| *d == day || (day == "天" && *d == "日"))? as i64;
        let now = i64::from(today.weekday().num_days_from_monday());
        let ahead = if next_week {
            7 - now + wanted
        } else {
            match (wanted - now).rem_euclid(7) {
                0 => 7,
                n => n,
            }
        };
        return Some(shift(ahead));
    }
    // 2026年12月5日, 12月5日 (this year).
    let (year, rest) = match s.split_once('年') {
        Some((y, rest)) => (y.trim().parse().ok()?, rest),
        None => (today.year(), s),
    };
    let (month, rest) = rest.split_once('月')?;
    let day = rest
        .strip_suffix('日')
        .or_else(|| rest.strip_suffix('号'))?;
    Some(NaiveDate::from_ymd_opt(
        year,
        month.trim().parse().ok()?,
        day.trim().parse().ok()?,
    ))
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
        assert_eq!(parse_date("2026/12/01", today).unwrap(), d("2026-12-01"));
    }

    #[test]
    fn parses_dates_as_chinese_people_type_them() {
        // 2026-11-22 is a Sunday.
        let today = d("2026-11-22");
        let p = |s: &str| parse_date(s, today).unwrap();
        assert_eq!(p("今天"), today);
        assert_eq!(p("明天"), d("2026-11-23"));
        assert_eq!(p("后天"), d("2026-11-24"));
        assert_eq!(p("昨天"), d("2026-11-21"));
        assert_eq!(p("3天后"), d("2026-11-25"));
        assert_eq!(p("2周后"), d("2026-12-06"));
        assert_eq!(p("1个月后"), d("2026-12-22"));
        assert_eq!(p("5天前"), d("2026-11-17"));
        assert_eq!(p("月底"), d("2026-11-30"));
        assert_eq!(p("季末"), d("2026-12-31"));
        assert_eq!(p("年底"), d("2026-12-31"));
        assert_eq!(p("周五"), d("2026-11-27"));
        assert_eq!(p("星期一"), d("2026-11-23"));
        assert_eq!(p("周日"), d("2026-11-29"), "today's weekday: a week on");
        assert_eq!(
            p("下周五"),
            d("2026-11-27"),
            "Friday of the week after this one"
        );
        assert_eq!(
            parse_date("下周五", d("2026-11-18")).unwrap(),
            d("2026-11-27")
        );
        assert_eq!(p("12月5日"), d("2026-12-05"));
        assert_eq!(p("2027年1月8号"), d("2027-01-08"));
        assert!(parse_date("2月30日", today).is_err());
        assert!(parse_date("周八", today).is_err());
        assert!(parse_date("下下周", today).is_err());
    }

    #[test]
    fn rejects_nonsense_dates() {
        let today = d("2026-11-22");
        for bad in ["", "+", "+xd", "2026-02-30", "next week", "+5q", "+ó"] {
            assert!(parse_date(bad, today).is_err(), "{bad} should fail");
        }
    }
}
