//! Two finished monthly loss reviews before the last full month, with the actions
//! they chose: the older review's actions were looked at again in the newer one
//! (one done, one still in progress, one dropped), so the next review — of the
//! last full month, left for the user to run — starts with actions carried over.

use super::Gen;
use crate::analytics::Period;
use crate::domain::*;
use chrono::{Duration, NaiveTime, TimeZone, Utc};
use std::collections::BTreeMap;

pub fn build(g: &mut Gen) {
    let (_, last_full) = crate::review::default_period(g.today);
    let months: Vec<Period> = Period::month_of(last_full)
        .trailing_months(3)
        .into_iter()
        .take(2)
        .collect();
    let managers: Vec<&Owner> =
        g.ws.owners
            .iter()
            .filter(|o| o.role != OwnerRole::Rep)
            .collect();
    let Some(chair) = managers.first().map(|o| o.name.clone()) else {
        return;
    };
    let participants: Vec<String> = managers.iter().take(3).map(|o| o.name.clone()).collect();
    let owners: Vec<OwnerId> = managers.iter().map(|o| o.id).collect();
    let mut next_action = 1;
    for (i, month) in months.iter().enumerate() {
        let id = ReviewId(i as u64 + 1);
        // Held on the third day of the month after, 10:00–11:30.
        let held = Utc.from_utc_datetime(
            &(month.last + Duration::days(3))
                .and_time(NaiveTime::from_hms_opt(10, 0, 0).unwrap_or_default()),
        );
        let mut lost: Vec<&Deal> =
            g.ws.deals
                .iter()
                .filter(|d| {
                    d.status == DealStatus::Lost
                        && d.closed_at
                            .is_some_and(|at| month.contains_day(at.date_naive()))
                })
                .collect();
        lost.sort_by(|a, b| b.amount.amount.cmp(&a.amount.amount).then(a.id.cmp(&b.id)));
        let triaged: Vec<TriagedLoss> = lost
            .iter()
            .filter_map(|d| {
                let l = d.loss.as_ref()?;
                Some(TriagedLoss {
                    deal: d.id,
                    category: l.category.clone(),
                    sub_reason: l.sub_reason.clone(),
                    competitor: l.competitor.clone(),
                    controllable: l.controllable,
                    lesson: l.lesson.clone(),
                    before: Some(PriorReason {
                        category: l.category.clone(),
                        sub_reason: l.sub_reason.clone(),
                    }),
                })
            })
            .collect();
        // The month's most frequent loss reasons get the actions.
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for t in &triaged {
            *counts.entry(t.category.as_str()).or_default() += 1;
        }
        let mut top: Vec<(&str, usize)> = counts.into_iter().collect();
        top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let titles: Vec<(String, String)> = top
            .iter()
            .filter_map(|(key, _)| {
                let options = g.data.lessons.improvements.get(*key)?;
                Some((key.to_string(), options.get(i % options.len())?.clone()))
            })
            .take(3)
            .collect();
        for (n, (reason, title)) in titles.into_iter().enumerate() {
            let due = month.last + Duration::days(45 + 14 * n as i64);
            g.ws.improvement_actions.push(ImprovementAction {
                id: ActionId(next_action),
                review: id,
                title,
                owner: owners[n % owners.len()],
                due,
                linked_reason: reason,
                status: ActionStatus::Open,
                history: vec![ActionStatusChange {
                    at: held,
                    status: ActionStatus::Open,
                    note: "chosen in the review".into(),
                    review: Some(id),
                }],
                created_at: held,
                updated_at: held,
            });
            next_action += 1;
        }
        // This review looked again at the open actions of the one before.
        let answers = [
            (ActionStatus::Done, "done"),
            (ActionStatus::InProgress, "in_progress"),
            (ActionStatus::Dropped, "dropped"),
        ];
        let carried =
            g.ws.improvement_actions
                .iter_mut()
                .filter(|a| a.review != id && a.status.is_open());
        for (k, action) in carried.enumerate() {
            let (status, key) = answers[k % answers.len()];
            let note = g
                .data
                .lessons
                .action_notes
                .get(key)
                .and_then(|notes| notes.get(k % notes.len()))
                .cloned()
                .unwrap_or_default();
            action.status = status;
            action.history.push(ActionStatusChange {
                at: held + Duration::minutes(20),
                status,
                note,
                review: Some(id),
            });
            action.updated_at = held + Duration::minutes(20);
        }
        g.ws.reviews.push(Review {
            id,
            period_start: month.first,
            period_end: month.last,
            participants: participants.clone(),
            status: ReviewStatus::Finished,
            step: 8,
            lost_deals: lost.iter().map(|d| d.id).collect(),
            triage_cursor: lost.len(),
            triaged,
            skipped: Vec::new(),
            report_path: None,
            created_by: chair.clone(),
            created_at: held,
            updated_at: held + Duration::minutes(90),
            finished_at: Some(held + Duration::minutes(90)),
        });
    }
}
