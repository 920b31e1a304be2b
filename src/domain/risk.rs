//! Pure rules about a deal's health, shown on cards and in the detail pane.

use super::*;
use chrono::{DateTime, Duration, NaiveDate, Utc};

/// Whole UTC calendar days from `from` to `to`: the unit of every dwell, cycle and
/// "days in stage" figure, on cards and in reports alike.
pub fn days_between(from: DateTime<Utc>, to: DateTime<Utc>) -> i64 {
    (to.date_naive() - from.date_naive()).num_days()
}

/// Days without an activity or a change after which an open deal is dormant.
pub const DORMANT_DAYS: i64 = 30;

/// Days since a deal's last sign of life (an activity or any change).
pub fn quiet_days(last_touch: DateTime<Utc>, now: DateTime<Utc>) -> i64 {
    days_between(last_touch, now).max(0)
}

/// Dormant: quiet for more than [`DORMANT_DAYS`].
pub fn is_dormant(last_touch: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    quiet_days(last_touch, now) > DORMANT_DAYS
}

/// Days an open deal has sat in its current stage.
pub fn days_in_stage(deal: &Deal, now: DateTime<Utc>) -> i64 {
    days_between(deal.stage_entered_at, now).max(0)
}

/// After how many days in `stage` an open deal is stale: max(the stage's rotting
/// days, 1.5 × its historical median dwell). Without history, the rotting days.
pub fn stale_after_days(stage: &Stage, median_dwell: Option<f64>) -> f64 {
    f64::from(stage.rotting_days).max(1.5 * median_dwell.unwrap_or(0.0))
}

/// Stale: open, in an open stage, for longer than `stale_after_days`.
pub fn is_stale(deal: &Deal, stage: &Stage, median_dwell: Option<f64>, now: DateTime<Utc>) -> bool {
    deal.is_open()
        && stage.kind == StageKind::Open
        && days_in_stage(deal, now) as f64 > stale_after_days(stage, median_dwell)
}

pub fn next_step_overdue(deal: &Deal, today: NaiveDate) -> bool {
    deal.is_open() && deal.next_step_date.is_some_and(|d| d < today)
}

/// Gate criteria of the next open stage not ticked yet.
pub fn unmet_next_gate<'a>(deal: &Deal, pipeline: &'a Pipeline) -> Vec<&'a str> {
    if !deal.is_open() {
        return Vec::new();
    }
    pipeline
        .next_open(deal.stage)
        .map(|s| {
            s.gate
                .iter()
                .map(String::as_str)
                .filter(|c| !deal.gates_met.contains(*c))
                .collect()
        })
        .unwrap_or_default()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Watch,
    High,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Risk {
    pub severity: Severity,
    pub reason: String,
}

/// What the detail pane knows about a deal.
pub struct DealContext<'a> {
    pub deal: &'a Deal,
    pub pipeline: &'a Pipeline,
    pub contacts: &'a [Contact],
    pub activities: &'a [Activity],
    pub events: &'a [StageEvent],
    /// The historical median dwell of the deal's stage, when known.
    pub median_dwell: Option<f64>,
    pub now: DateTime<Utc>,
}

/// Days since the decision maker(s) of the account were last contacted, if any is known.
pub fn decision_maker_silence(
    contacts: &[Contact],
    now: DateTime<Utc>,
) -> Option<(String, Option<i64>)> {
    contacts
        .iter()
        .filter(|c| c.role == DecisionRole::DecisionMaker)
        .map(|c| {
            (
                c.name.clone(),
                c.last_contacted.map(|t| (now - t).num_days()),
            )
        })
        .max_by_key(|(_, days)| days.map(|d| -d).unwrap_or(i64::MIN))
}

pub fn risks(cx: &DealContext) -> Vec<Risk> {
    let mut out = Vec::new();
    let deal = cx.deal;
    if !deal.is_open() {
        return out;
    }
    let mut flag = |severity, reason: String| out.push(Risk { severity, reason });
    let today = cx.now.date_naive();
    if let Some(stage) = cx.pipeline.stage(deal.stage) {
        let days = days_in_stage(deal, cx.now);
        if is_stale(deal, stage, cx.median_dwell, cx.now) {
            flag(
                Severity::High,
                t!(
                    "dom-risk-stale",
                    days = days.to_string(),
                    stage = stage.name.as_str(),
                    after = format!("{:.0}", stale_after_days(stage, cx.median_dwell))
                ),
            );
        }
    }
    if next_step_overdue(deal, today)
        && let Some(d) = deal.next_step_date
    {
        flag(
            Severity::High,
            t!("dom-risk-next-step-overdue", day = d.to_string()),
        );
    }
    if deal.next_step.is_none() {
        flag(Severity::Watch, t!("dom-risk-no-next-step"));
    }
    match deal.expected_close {
        Some(day) if day < today => {
            flag(
                Severity::High,
                t!("dom-risk-close-passed", day = day.to_string()),
            );
        }
        Some(_) => {}
        None => flag(Severity::High, t!("dom-risk-no-close-date")),
    }
    match decision_maker_silence(cx.contacts, cx.now) {
        Some((name, Some(days))) if days > 30 => flag(
            Severity::High,
            t!(
                "dom-risk-dm-untouched",
                name = name,
                days = days.to_string()
            ),
        ),
        Some((name, None)) => flag(Severity::High, t!("dom-risk-dm-never", name = name)),
        None => flag(Severity::High, t!("dom-risk-no-dm")),
        _ => {}
    }
    // Whoever decides or pays, set against the deal on the power map.
    for c in cx.contacts.iter().filter(|c| {
        c.stance == Stance::Opponent
            && matches!(
                c.role,
                DecisionRole::EconomicBuyer | DecisionRole::DecisionMaker
            )
    }) {
        flag(
            Severity::High,
            t!(
                "dom-risk-opposes",
                role = c.role.label().to_lowercase(),
                name = c.name.as_str()
            ),
        );
    }
    let last_touch = cx
        .activities
        .iter()
        .filter(|a| a.kind != ActivityKind::Task)
        .map(|a| a.at)
        .max();
    if cx.now - last_touch.unwrap_or(deal.created_at) > Duration::days(30)
        && cx.now - deal.stage_entered_at > Duration::days(30)
    {
        flag(Severity::High, t!("dom-risk-dormant"));
    }
    if deal.requirement_changes > 3 {
        flag(
            Severity::Watch,
            t!(
                "dom-risk-requirements",
                count = deal.requirement_changes.to_string()
            ),
        );
    }
    let score = deal.scorecard.percent();
    if score < 40 {
        flag(
            Severity::Watch,
            t!("dom-risk-score", score = score.to_string()),
        );
    }
    if !deal.competitors.is_empty() {
        flag(
            Severity::Watch,
            t!(
                "dom-risk-competing",
                competitors = super::list(&deal.competitors)
            ),
        );
    }
    let overrides: usize = cx.events.iter().map(|e| e.gate_overrides.len()).sum();
    if overrides > 0 {
        flag(
            Severity::Watch,
            t!("dom-risk-overrides", count = overrides.to_string()),
        );
    }
    out.sort_by_key(|r| std::cmp::Reverse(r.severity));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::*;
    use chrono::TimeZone;

    #[test]
    fn a_decision_maker_against_the_deal_is_a_high_risk() {
        let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();
        let pipeline = crate::domain::defaults::pipelines(now).remove(0);
        let deal = Deal::entering(DealId(1), pipeline.id, pipeline.stages[0].id, now);
        let contact = |role, stance| Contact {
            id: ContactId(1),
            name: "Dana Frost".into(),
            title: String::new(),
            account: deal.account,
            role,
            stance,
            influence: 5,
            email: String::new(),
            phone: String::new(),
            last_contacted: Some(now),
            created_at: now,
            updated_at: now,
        };
        let said = |contacts: &[Contact]| -> Vec<String> {
            risks(&DealContext {
                deal: &deal,
                pipeline: &pipeline,
                contacts,
                activities: &[],
                events: &[],
                median_dwell: None,
                now,
            })
            .into_iter()
            .filter(|r| r.severity == Severity::High)
            .map(|r| r.reason)
            .collect()
        };
        let against = said(&[contact(DecisionRole::DecisionMaker, Stance::Opponent)]);
        assert!(against.contains(&"decision maker Dana Frost opposes the deal".to_string()));
        let neutral = said(&[contact(DecisionRole::DecisionMaker, Stance::Neutral)]);
        assert!(!neutral.iter().any(|r| r.contains("opposes")));
        let user = said(&[contact(DecisionRole::User, Stance::Opponent)]);
        assert!(!user.iter().any(|r| r.contains("opposes")));
    }
}
