//! The monthly loss review outside the terminal: its figures, the Markdown report
//! a finished review writes to the data dir, and the lookups both the wizard and
//! `dealdeck review` need.

pub mod markdown;

use crate::analytics::review::{ReviewFigures, Unit, review_figures};
use crate::analytics::{Facts, Input, Period};
use crate::domain::money::group_thousands;
use crate::domain::*;
use crate::store::{Store, StoreError};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub use markdown::{ReviewDocument, loss_tables, review_markdown};

/// How many earlier reviews the patterns step compares with.
pub const EARLIER_REVIEWS: usize = 3;

/// A figure as the wizard and the report show it: `27.5 %`, `45 d`, `1,250,000`, `12`.
pub fn show(unit: Unit, value: Option<f64>, _currency: &str) -> String {
    let Some(v) = value else {
        return "—".into();
    };
    match unit {
        Unit::Share => crate::format::percent_1(v),
        Unit::Percent => format!("{v:.1} %"),
        Unit::Days => crate::format::days(v),
        Unit::Money => group_thousands(Decimal::try_from(v.round()).unwrap_or(Decimal::ZERO), 0),
        Unit::Count if v.fract().abs() < 1e-9 => format!("{v:.0}"),
        Unit::Count => format!("{v:.1}"),
    }
}

/// The review's period as analytics reads it.
pub fn period_of(review: &Review) -> Period {
    Period::range(review.period_start, review.period_end)
        .map(|p| {
            let month = Period::month_of(review.period_start);
            if month.first == p.first && month.last == p.last {
                month
            } else {
                p
            }
        })
        .unwrap_or_else(|| Period::month_of(review.period_start))
}

/// Periods of the most recent finished reviews before `review`, newest first.
pub fn earlier_periods(reviews: &[Review], review: &Review) -> Vec<Period> {
    let mut earlier: Vec<&Review> = reviews
        .iter()
        .filter(|r| r.is_finished() && r.id != review.id && r.period_end < review.period_start)
        .collect();
    earlier.sort_by_key(|r| std::cmp::Reverse(r.period_start));
    earlier
        .into_iter()
        .take(EARLIER_REVIEWS)
        .map(period_of)
        .collect()
}

/// Loss category key → name.
pub fn reason_names(store: &Store) -> Result<HashMap<String, String>, StoreError> {
    Ok(store
        .loss_reasons()?
        .into_iter()
        .map(|c| (c.key, c.name))
        .collect())
}

/// The review's figures from an analytics input already read.
pub fn figures_from(
    input: &Input,
    now: DateTime<Utc>,
    period: &Period,
    earlier: &[Period],
    reasons: &HashMap<String, String>,
) -> ReviewFigures {
    let facts = Facts::new(input, now);
    review_figures(&facts, period, earlier, reasons)
}

/// The default review period: the last full calendar month before `today`.
pub fn default_period(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let this_month = today.with_day(1).unwrap_or(today);
    let last = this_month.pred_opt().unwrap_or(this_month);
    (last.with_day(1).unwrap_or(last), last)
}

/// The month a new review proposes: the latest full month that no finished
/// review's period (first, last day) covers — last month, unless reviewed.
pub fn unreviewed_month(
    today: NaiveDate,
    reviewed: &[(NaiveDate, NaiveDate)],
) -> (NaiveDate, NaiveDate) {
    let (mut first, mut last) = default_period(today);
    for _ in 0..24 {
        let covered = reviewed.iter().any(|(s, e)| *s <= first && *e >= last);
        if !covered {
            break;
        }
        (first, last) = default_period(first);
    }
    (first, last)
}

/// Everything a review's report is written from, read from the store.
pub struct ReviewRecords {
    pub chosen: Vec<ImprovementAction>,
    pub carried: Vec<ImprovementAction>,
    pub owners: HashMap<OwnerId, String>,
    pub reasons: HashMap<String, String>,
    /// Title and amount of each deal the review triaged.
    pub deals: HashMap<DealId, (String, Money)>,
}

impl ReviewRecords {
    pub fn load(store: &Store, review: ReviewId) -> Result<ReviewRecords, StoreError> {
        let (chosen, carried) = store
            .improvement_actions()?
            .into_iter()
            .filter(|a| a.review == review || a.history.iter().any(|h| h.review == Some(review)))
            .partition(|a| a.review == review);
        let mut deals = HashMap::new();
        if let Some(r) = store.review(review)? {
            for t in &r.triaged {
                if let Some(d) = store.deal(t.deal)? {
                    deals.insert(d.id, (d.title, d.amount));
                }
            }
        }
        Ok(ReviewRecords {
            chosen,
            carried,
            deals,
            owners: store
                .owners()?
                .into_iter()
                .map(|o| (o.id, o.name))
                .collect(),
            reasons: reason_names(store)?,
        })
    }

    pub fn markdown(&self, review: &Review, figures: &ReviewFigures) -> String {
        review_markdown(&ReviewDocument {
            review,
            figures,
            chosen: &self.chosen,
            carried: &self.carried,
            owners: &self.owners,
            reasons: &self.reasons,
            deals: &self.deals,
        })
    }
}

/// Where a review's report goes: `reviews/` next to the database, named after
/// the workspace (`reviews/team-loss-review-R3-2026-10.md`).
pub fn report_path(db: &Path, review: &Review) -> PathBuf {
    let dir = db.parent().unwrap_or(Path::new(".")).join("reviews");
    dir.join(format!(
        "{}-loss-review-R{}-{}.md",
        crate::store::files::workspace_name(db),
        review.id,
        review.period_label().replace("..", "_")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_proposed_month_is_the_latest_one_not_reviewed() {
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        let today = day(11, 28);
        assert_eq!(unreviewed_month(today, &[]), (day(10, 1), day(10, 31)));
        let october = (day(10, 1), day(10, 31));
        assert_eq!(unreviewed_month(today, &[october]), (day(9, 1), day(9, 30)));
        // A quarter covering the months before skips them all.
        let q3 = (day(7, 1), day(9, 30));
        assert_eq!(
            unreviewed_month(today, &[october, q3]),
            (day(6, 1), day(6, 30))
        );
    }
}
