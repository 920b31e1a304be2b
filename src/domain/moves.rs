//! The rules of a stage change, pure and in one copy: which gate criteria a
//! move passes, whether ticks or an override reason cover them, and how a loss
//! reason given by a person resolves against the taxonomy. The store applies
//! the plan; the board's gate dialog asks for `missing_gates`; each front end
//! words the refusals.

use super::validate::MAX_TEXT;
use super::*;
use std::collections::BTreeSet;
use thiserror::Error;

/// The answer to a gate check: criteria ticked now, or an override reason.
#[derive(Debug, Clone, Default)]
pub struct GateDecision {
    pub ticked: Vec<String>,
    pub override_reason: Option<String>,
}

/// A loss reason as a person gives it (dialog, CLI, import, triage).
#[derive(Debug, Clone, Default)]
pub struct LossInput {
    /// Category key or name from the taxonomy.
    pub category: String,
    /// Empty = the category's first sub-reason.
    pub sub_reason: String,
    pub competitor: Option<String>,
    /// None = the category's default.
    pub controllable: Option<bool>,
    pub lesson: String,
    /// The day it was lost, if not today (marking it lost; a triage keeps the day).
    pub lost_on: Option<chrono::NaiveDate>,
}

/// How a win happened, as the person closing it says (won dialog, CLI):
/// every part may be left to its default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WinInput {
    /// Why it was won; empty = not said.
    pub reason: String,
    /// The day it was actually won; None = now.
    pub closed_on: Option<chrono::NaiveDate>,
    /// The amount actually signed; None = the deal's amount.
    pub amount: Option<rust_decimal::Decimal>,
}

/// What a checked win records: when, at what amount, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WinPlan {
    pub at: chrono::DateTime<chrono::Utc>,
    pub amount: Money,
    pub record: Option<WinRecord>,
}

/// Checks a win of `deal` given `input` at `now`: the close day may not be
/// in the future nor before the deal entered its stage; the amount is in the
/// deal's currency and within the limits.
pub fn resolve_win(
    deal: &Deal,
    input: &WinInput,
    by: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<WinPlan, MoveRefused> {
    let at = close_moment(deal, input.closed_on, "win", now)?;
    let amount = match input.amount {
        None => deal.amount,
        Some(a) if a.is_sign_negative() || super::validate::amount_in_range(a).is_err() => {
            return Err(MoveRefused::WonAmountOutOfRange { amount: a });
        }
        Some(a) => Money::new(a, deal.amount.currency),
    };
    let reason = input.reason.trim();
    let record = (!reason.is_empty()).then(|| WinRecord {
        reason: reason.to_string(),
        recorded_at: now,
        recorded_by: by.to_string(),
    });
    Ok(WinPlan { at, amount, record })
}

/// When a deal closes that closed on `day` (None or today: now): not in the
/// future, not before it entered its stage; the end of that working day.
pub fn close_moment(
    deal: &Deal,
    day: Option<chrono::NaiveDate>,
    verb: &'static str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<chrono::DateTime<chrono::Utc>, MoveRefused> {
    let today = now.date_naive();
    match day {
        None => Ok(now),
        Some(day) if day == today => Ok(now),
        Some(day) => {
            let earliest = deal.stage_entered_at.date_naive();
            if day > today || day < earliest {
                return Err(MoveRefused::CloseDayOutOfRange {
                    verb,
                    day,
                    earliest,
                    today,
                });
            }
            Ok(day
                .and_hms_opt(17, 0, 0)
                .map_or(now, |t| t.and_utc())
                .max(deal.stage_entered_at))
        }
    }
}

/// Why a stage change (or the loss given with it) is refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MoveRefused {
    #[error("{}", t!("dom-move-not-in-pipeline", stage = stage.to_string(), pipeline = pipeline.as_str()))]
    NotInPipeline { stage: StageId, pipeline: String },
    #[error("{}", t!("dom-move-not-open-stage", stage = stage.to_string(), pipeline = pipeline.as_str()))]
    NotOpenStage { stage: StageId, pipeline: String },
    #[error("{}", t!("dom-move-no-stage", pipeline = pipeline.as_str(), kind = super::shown("dom-stage-kind", kind)))]
    NoStage {
        pipeline: String,
        kind: &'static str,
    },
    #[error("{}", t!("dom-move-already-there", deal = deal.to_string(), stage = stage.as_str()))]
    AlreadyThere { deal: DealId, stage: String },
    #[error("{}", t!("dom-move-already-closed", deal = deal.to_string(), status = super::shown("dom-status", status)))]
    AlreadyClosed { deal: DealId, status: &'static str },
    #[error("{}", t!("dom-move-not-by-edit"))]
    NotByEdit,
    #[error("{}", t!("dom-move-needs-loss-reason"))]
    NeedsLossReason,
    #[error("{}", t!("dom-move-unknown-criterion", given = given.as_str(), pipeline = pipeline.as_str()))]
    UnknownCriterion { given: String, pipeline: String },
    #[error("{}", t!("dom-move-gate-unmet", stage = stage.as_str(), missing = super::list(missing)))]
    GateUnmet { stage: String, missing: Vec<String> },
    #[error("{}", t!("dom-move-unknown-loss-reason", given = given.as_str(), known = super::list(known)))]
    UnknownLossReason { given: String, known: Vec<String> },
    #[error("{}", t!("dom-move-unknown-sub-reason", given = given.as_str(), category = category.as_str(), known = super::list(known)))]
    UnknownSubReason {
        given: String,
        category: String,
        known: Vec<String>,
    },
    #[error("{}", t!("dom-move-lesson-too-long", len = *len, max = *max))]
    LessonTooLong { len: usize, max: usize },
    #[error("{}", t!("dom-move-close-day", verb = super::shown("dom-verb", verb), day = day.to_string(), earliest = earliest.to_string(), today = today.to_string()))]
    CloseDayOutOfRange {
        verb: &'static str,
        day: chrono::NaiveDate,
        earliest: chrono::NaiveDate,
        today: chrono::NaiveDate,
    },
    #[error("{}", t!("dom-move-won-amount", amount = amount.to_string()))]
    WonAmountOutOfRange { amount: rust_decimal::Decimal },
}

/// What a permitted move changes on the deal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MovePlan {
    /// The stage moved to.
    pub target: Stage,
    /// The deal's ticked criteria after this move's ticks.
    pub gates_met: BTreeSet<String>,
    /// Criteria passed unticked, each with the reason given.
    pub overrides: Vec<GateOverride>,
    pub status: DealStatus,
}

/// Gate criteria a move of `deal` to `to` would pass that are not ticked yet.
pub fn missing_gates(pipeline: &Pipeline, deal: &Deal, to: StageId) -> Vec<String> {
    pipeline
        .gates_between(deal.stage, to)
        .into_iter()
        .filter(|c| !deal.gates_met.contains(*c))
        .map(String::from)
        .collect()
}

/// Checks a move of `deal` to `to` and says what it changes. `with_loss`:
/// whether a loss record comes with it (a move to a lost stage needs one).
pub fn plan_move(
    pipeline: &Pipeline,
    deal: &Deal,
    to: StageId,
    gate: &GateDecision,
    with_loss: bool,
) -> Result<MovePlan, MoveRefused> {
    let target = pipeline
        .stage(to)
        .ok_or_else(|| MoveRefused::NotInPipeline {
            stage: to,
            pipeline: pipeline.name.clone(),
        })?;
    if deal.stage == to {
        return Err(MoveRefused::AlreadyThere {
            deal: deal.id,
            stage: target.name.clone(),
        });
    }
    if !deal.is_open() && target.kind != StageKind::Open {
        return Err(MoveRefused::AlreadyClosed {
            deal: deal.id,
            status: deal.status.code(),
        });
    }
    if target.kind == StageKind::Lost && !with_loss {
        return Err(MoveRefused::NeedsLossReason);
    }
    let mut gates_met = deal.gates_met.clone();
    for tick in &gate.ticked {
        let criterion = pipeline
            .stages
            .iter()
            .flat_map(|s| s.gate.iter())
            .find(|k| k.eq_ignore_ascii_case(tick.trim()))
            .ok_or_else(|| MoveRefused::UnknownCriterion {
                given: tick.clone(),
                pipeline: pipeline.name.clone(),
            })?;
        gates_met.insert(criterion.clone());
    }
    let missing: Vec<String> = pipeline
        .gates_between(deal.stage, to)
        .into_iter()
        .filter(|k| !gates_met.contains(*k))
        .map(String::from)
        .collect();
    let reason = gate
        .override_reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    let overrides = match (missing.is_empty(), reason) {
        (true, _) => Vec::new(),
        (false, Some(reason)) => missing
            .into_iter()
            .map(|criterion| GateOverride {
                criterion,
                reason: reason.to_string(),
            })
            .collect(),
        (false, None) => {
            return Err(MoveRefused::GateUnmet {
                stage: target.name.clone(),
                missing,
            });
        }
    };
    let status = match target.kind {
        StageKind::Open => DealStatus::Open,
        StageKind::Won => DealStatus::Won,
        StageKind::Lost => DealStatus::Lost,
    };
    Ok(MovePlan {
        target: target.clone(),
        gates_met,
        overrides,
        status,
    })
}

/// The stage a pipeline closes deals into (won or lost).
pub fn outcome_stage(pipeline: &Pipeline, kind: StageKind) -> Result<StageId, MoveRefused> {
    pipeline
        .outcome(kind)
        .map(|s| s.id)
        .ok_or_else(|| MoveRefused::NoStage {
            pipeline: pipeline.name.clone(),
            kind: kind.code(),
        })
}

/// A loss reason as given, resolved against the taxonomy: category by key or
/// name, sub-reason by name (the category's first when none is given),
/// controllability from the category unless given.
pub fn resolve_loss(
    taxonomy: &[LossCategory],
    input: &LossInput,
    stage_lost_at: Option<StageId>,
    by: &str,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<LossRecord, MoveRefused> {
    let wanted = input.category.trim();
    let category = taxonomy
        .iter()
        .find(|c| c.key.eq_ignore_ascii_case(wanted) || c.name.eq_ignore_ascii_case(wanted))
        .ok_or_else(|| MoveRefused::UnknownLossReason {
            given: wanted.to_string(),
            known: taxonomy.iter().map(|c| c.key.clone()).collect(),
        })?;
    let given_sub = input.sub_reason.trim();
    let sub_reason = if given_sub.is_empty() {
        category.sub_reasons.first().cloned().unwrap_or_default()
    } else {
        category
            .sub_reasons
            .iter()
            .find(|s| s.eq_ignore_ascii_case(given_sub))
            .cloned()
            .ok_or_else(|| MoveRefused::UnknownSubReason {
                given: given_sub.to_string(),
                category: category.name.clone(),
                known: category.sub_reasons.clone(),
            })?
    };
    let lesson = input.lesson.trim().to_string();
    let len = lesson.chars().count();
    if len > MAX_TEXT {
        return Err(MoveRefused::LessonTooLong { len, max: MAX_TEXT });
    }
    Ok(LossRecord {
        category: category.key.clone(),
        sub_reason,
        competitor: input
            .competitor
            .as_ref()
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty()),
        controllable: input.controllable.unwrap_or(category.controllable),
        lesson,
        stage_lost_at,
        recorded_at: at,
        recorded_by: by.to_string(),
    })
}
