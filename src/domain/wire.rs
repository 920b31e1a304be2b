//! How instants, dates and decimals are encoded: readable text for
//! human-readable formats (JSON exports), compact binary for the store
//! (postcard), where parsing text on every read would dominate load time.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub mod instant {
    use super::*;

    pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            t.serialize(s)
        } else {
            s.serialize_i64(t.timestamp_micros())
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        if d.is_human_readable() {
            DateTime::deserialize(d)
        } else {
            let micros = i64::deserialize(d)?;
            DateTime::from_timestamp_micros(micros)
                .ok_or_else(|| D::Error::custom("instant out of range"))
        }
    }
}

pub mod opt_instant {
    use super::*;

    #[derive(Serialize, Deserialize)]
    struct Wrap(#[serde(with = "super::instant")] DateTime<Utc>);

    pub fn serialize<S: Serializer>(t: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
        t.map(Wrap).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
        Ok(Option::<Wrap>::deserialize(d)?.map(|w| w.0))
    }
}

pub mod date {
    use super::*;

    pub fn serialize<S: Serializer>(day: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            day.serialize(s)
        } else {
            s.serialize_i32(chrono::Datelike::num_days_from_ce(day))
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        if d.is_human_readable() {
            NaiveDate::deserialize(d)
        } else {
            let days = i32::deserialize(d)?;
            NaiveDate::from_num_days_from_ce_opt(days)
                .ok_or_else(|| D::Error::custom("date out of range"))
        }
    }
}

pub mod opt_date {
    use super::*;

    #[derive(Serialize, Deserialize)]
    struct Wrap(#[serde(with = "super::date")] NaiveDate);

    pub fn serialize<S: Serializer>(day: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        day.map(Wrap).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        Ok(Option::<Wrap>::deserialize(d)?.map(|w| w.0))
    }
}

/// Decimals: strings in JSON (exact, spreadsheet-safe), 16 raw bytes in the store.
pub mod decimal {
    use super::*;

    pub fn serialize<S: Serializer>(v: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            rust_decimal::serde::str::serialize(v, s)
        } else {
            v.serialize().serialize(s)
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        if d.is_human_readable() {
            rust_decimal::serde::str::deserialize(d)
        } else {
            Ok(Decimal::deserialize(<[u8; 16]>::deserialize(d)?))
        }
    }
}

pub mod opt_decimal {
    use super::*;

    pub fn serialize<S: Serializer>(v: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct W<'a>(#[serde(with = "super::decimal")] &'a Decimal);
        v.as_ref().map(W).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
        #[derive(Deserialize)]
        struct W(#[serde(with = "super::decimal")] Decimal);
        Ok(Option::<W>::deserialize(d)?.map(|w| w.0))
    }
}

/// A report figure derived by division (an average, an expected amount,
/// money per day): in JSON to the cent, as the tables show it (the exact
/// quotient ran to 28 digits). What is kept and compared stays exact.
pub mod figure {
    use super::*;

    pub fn serialize<S: Serializer>(v: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        rounded(v, 2).serialize(s)
    }

    pub(super) fn rounded(v: &Decimal, digits: u32) -> String {
        v.round_dp_with_strategy(digits, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
            .to_string()
    }
}

pub mod opt_figure {
    use super::*;

    pub fn serialize<S: Serializer>(v: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        v.as_ref().map(|v| figure::rounded(v, 2)).serialize(s)
    }
}

/// A probability from history (won ÷ closed): to four decimals in JSON.
pub mod share {
    use super::*;

    pub fn serialize<S: Serializer>(v: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        figure::rounded(v, 4).serialize(s)
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::*;
    use chrono::TimeZone;
    use rust_decimal::dec;

    #[test]
    fn binary_and_json_round_trip_the_same_values() {
        let t = chrono::Utc
            .with_ymd_and_hms(2026, 11, 22, 9, 30, 15)
            .unwrap()
            + chrono::Duration::microseconds(17);
        let line = QuoteLine {
            product: ProductId(3),
            description: "Sensors".into(),
            qty: dec!(12.5),
            unit_price: dec!(-0.001),
            discount_pct: dec!(33.3333333333),
            unit_cost: dec!(79228162514264337593543950335),
        };
        let version = QuoteVersion {
            version: 2,
            status: QuoteStatus::Sent,
            lines: vec![line],
            approval: None,
            created_at: t,
            sent_at: Some(t),
        };
        let bytes = postcard::to_stdvec(&version).unwrap();
        assert_eq!(
            postcard::from_bytes::<QuoteVersion>(&bytes).unwrap(),
            version
        );
        let json = serde_json::to_string(&version).unwrap();
        assert!(json.contains("\"2026-11-22T09:30:15.000017Z\""), "{json}");
        assert!(json.contains("\"qty\":\"12.5\""), "{json}");
        assert_eq!(
            serde_json::from_str::<QuoteVersion>(&json).unwrap(),
            version
        );

        let day = chrono::NaiveDate::from_ymd_opt(2026, 2, 28).unwrap();
        let next: Option<chrono::NaiveDate> = Some(day);
        #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
        struct Days {
            #[serde(with = "super::date")]
            a: chrono::NaiveDate,
            #[serde(with = "super::opt_date")]
            b: Option<chrono::NaiveDate>,
            #[serde(with = "super::opt_date")]
            c: Option<chrono::NaiveDate>,
        }
        let d = Days {
            a: day,
            b: next,
            c: None,
        };
        assert_eq!(
            postcard::from_bytes::<Days>(&postcard::to_stdvec(&d).unwrap()).unwrap(),
            d
        );
        assert_eq!(
            serde_json::to_string(&d).unwrap(),
            r#"{"a":"2026-02-28","b":"2026-02-28","c":null}"#
        );
    }
}
