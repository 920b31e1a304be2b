//! Changing a pipeline (an admin's work): stages added, renamed, re-weighted,
//! moved, removed while unused, gate criteria set. A stage keeps its id
//! through every change, so the stage events of closed deals — their history —
//! read as before; only a stage no deal and no event names may go.

use super::ids::StageId;
use super::pipeline::{Pipeline, Stage, StageKind};
use super::validate::{ValidationError, text};
use super::{MAX_TEXT, MAX_TITLE};

/// One change to a pipeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PipelineChange {
    Rename(String),
    /// A new open stage after the named one (None: first).
    AddStage {
        name: String,
        after: Option<StageId>,
        probability: u8,
        rotting_days: u32,
        gate: Vec<String>,
    },
    EditStage {
        stage: StageId,
        name: Option<String>,
        probability: Option<u8>,
        rotting_days: Option<u32>,
        /// Replaces the gate's criteria.
        gate: Option<Vec<String>>,
    },
    /// An open stage to another place among the open stages (None: first).
    MoveStage {
        stage: StageId,
        after: Option<StageId>,
    },
    RemoveStage(StageId),
}

/// A pipeline as it must always be: a name, open stages with distinct names,
/// then exactly Won and Lost, probabilities 0–100, texts within bounds.
pub fn validate_pipeline(p: &Pipeline) -> Result<(), String> {
    let check = |r: Result<(), ValidationError>| r.map_err(|e| e.to_string());
    check(text("pipeline name", &p.name, MAX_TITLE, true))?;
    let open = p
        .stages
        .iter()
        .take_while(|s| s.kind == StageKind::Open)
        .count();
    let closed: Vec<StageKind> = p.stages[open..].iter().map(|s| s.kind).collect();
    if open == 0 {
        return Err(t!(
            "dom-pipeline-needs-open-stage",
            pipeline = p.name.as_str()
        ));
    }
    if closed != [StageKind::Won, StageKind::Lost] {
        return Err(t!(
            "dom-pipeline-must-end-closed",
            pipeline = p.name.as_str()
        ));
    }
    for (i, s) in p.stages.iter().enumerate() {
        check(text("stage name", &s.name, MAX_TITLE, true))?;
        if s.probability > 100 {
            return Err(t!("dom-pipeline-probability", stage = s.name.as_str()));
        }
        if p.stages[..i]
            .iter()
            .any(|o| o.name.trim().eq_ignore_ascii_case(s.name.trim()))
        {
            return Err(t!(
                "dom-pipeline-duplicate-stage",
                pipeline = p.name.as_str(),
                stage = s.name.as_str()
            ));
        }
        for g in &s.gate {
            check(text("gate criterion", g, MAX_TEXT, true))?;
        }
    }
    Ok(())
}

fn open_index(p: &Pipeline, id: StageId) -> Result<usize, String> {
    match p.stages.iter().position(|s| s.id == id) {
        Some(i) if p.stages[i].kind == StageKind::Open => Ok(i),
        Some(i) => Err(t!(
            "dom-pipeline-closed-stage-fixed",
            stage = p.stages[i].name.as_str()
        )),
        None => Err(t!("dom-pipeline-no-such-stage", pipeline = p.name.as_str())),
    }
}

fn place_after(p: &Pipeline, after: Option<StageId>) -> Result<usize, String> {
    match after {
        None => Ok(0),
        Some(a) => Ok(open_index(p, a)? + 1),
    }
}

/// The pipeline after `change`; `next_stage_id` names a new stage; `in_use`
/// says whether any deal or stage event names a stage.
pub fn apply(
    p: &Pipeline,
    change: &PipelineChange,
    next_stage_id: StageId,
    in_use: impl Fn(StageId) -> bool,
) -> Result<Pipeline, String> {
    let mut out = p.clone();
    match change {
        PipelineChange::Rename(name) => out.name = name.trim().to_string(),
        PipelineChange::AddStage {
            name,
            after,
            probability,
            rotting_days,
            gate,
        } => {
            let at = place_after(p, *after)?;
            out.stages.insert(
                at,
                Stage {
                    id: next_stage_id,
                    name: name.trim().to_string(),
                    kind: StageKind::Open,
                    probability: *probability,
                    rotting_days: *rotting_days,
                    gate: gate.iter().map(|g| g.trim().to_string()).collect(),
                },
            );
        }
        PipelineChange::EditStage {
            stage,
            name,
            probability,
            rotting_days,
            gate,
        } => {
            let s = out
                .stages
                .iter_mut()
                .find(|s| s.id == *stage)
                .ok_or_else(|| t!("dom-pipeline-no-such-stage", pipeline = p.name.as_str()))?;
            if let Some(n) = name {
                s.name = n.trim().to_string();
            }
            if let Some(pr) = probability {
                s.probability = *pr;
            }
            if let Some(r) = rotting_days {
                s.rotting_days = *r;
            }
            if let Some(g) = gate {
                s.gate = g.iter().map(|g| g.trim().to_string()).collect();
            }
        }
        PipelineChange::MoveStage { stage, after } => {
            let from = open_index(p, *stage)?;
            let moved = out.stages.remove(from);
            let mut to = place_after(&out, *after)?;
            if *after == Some(*stage) {
                to = from;
            }
            out.stages.insert(to, moved);
        }
        PipelineChange::RemoveStage(stage) => {
            let i = open_index(p, *stage)?;
            if in_use(*stage) {
                return Err(t!(
                    "dom-pipeline-stage-in-history",
                    stage = p.stages[i].name.as_str()
                ));
            }
            out.stages.remove(i);
        }
    }
    validate_pipeline(&out)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    fn pipeline() -> Pipeline {
        crate::domain::defaults::pipelines(Utc::now()).remove(0)
    }

    #[test]
    fn a_stage_added_after_another_keeps_every_id_and_won_lost_last() {
        let p = pipeline();
        let first = p.stages[0].id;
        let change = PipelineChange::AddStage {
            name: "Pilot".into(),
            after: Some(first),
            probability: 30,
            rotting_days: 20,
            gate: vec!["pilot scope signed".into()],
        };
        let q = apply(&p, &change, StageId(99), |_| false).unwrap();
        assert_eq!(q.stages[1].name, "Pilot");
        assert_eq!(q.stages.len(), p.stages.len() + 1);
        for s in &p.stages {
            assert_eq!(q.stage(s.id).map(|t| &t.name), Some(&s.name));
        }
    }

    #[test]
    fn a_used_stage_stays_and_closed_stages_never_move() {
        let p = pipeline();
        let used = p.stages[1].id;
        let refused = apply(&p, &PipelineChange::RemoveStage(used), StageId(99), |_| {
            true
        });
        assert!(refused.unwrap_err().contains("history"));
        let won = p
            .stages
            .iter()
            .find(|s| s.kind == StageKind::Won)
            .unwrap()
            .id;
        assert!(
            apply(&p, &PipelineChange::RemoveStage(won), StageId(99), |_| {
                false
            })
            .is_err()
        );
        let dup = PipelineChange::EditStage {
            stage: used,
            name: Some(p.stages[0].name.to_uppercase()),
            probability: None,
            rotting_days: None,
            gate: None,
        };
        assert!(
            apply(&p, &dup, StageId(99), |_| false)
                .unwrap_err()
                .contains("two stages")
        );
    }
}
