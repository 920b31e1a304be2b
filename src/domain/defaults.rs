//! What a new workspace starts with: the standard B2B pipelines and the loss-reason taxonomy.

use super::ids::{PipelineId, StageId};
use super::pipeline::{Pipeline, Stage, StageKind};
use super::review::LossCategory;
use chrono::{DateTime, Utc};
use serde::Deserialize;

const LOSS_REASONS_TOML: &str = include_str!("../../sample-db/loss-reasons.toml");

pub const NEW_BUSINESS: PipelineId = PipelineId(1);
pub const RENEWAL: PipelineId = PipelineId(2);

fn stage(
    id: u64,
    name: &str,
    kind: StageKind,
    probability: u8,
    rotting_days: u32,
    gate: &[&str],
) -> Stage {
    Stage {
        id: StageId(id),
        name: name.to_string(),
        kind,
        probability,
        rotting_days,
        gate: gate.iter().map(|g| g.to_string()).collect(),
    }
}

/// "New business" (the field's standard five-step flow) and "Renewal".
pub fn pipelines(now: DateTime<Utc>) -> Vec<Pipeline> {
    use StageKind::*;
    vec![
        Pipeline {
            id: NEW_BUSINESS,
            name: "New business".into(),
            stages: vec![
                stage(1, "Qualification", Open, 10, 7, &[]),
                stage(2, "Needs Analysis", Open, 25, 7, &["discovery call held"]),
                stage(
                    3,
                    "Proposal",
                    Open,
                    50,
                    7,
                    &["budget confirmed", "decision maker identified"],
                ),
                stage(4, "Negotiation", Open, 75, 7, &["decision chain verified"]),
                stage(5, "Won", Won, 100, 0, &[]),
                stage(6, "Lost", Lost, 0, 0, &[]),
            ],
            created_at: now,
            updated_at: now,
        },
        Pipeline {
            id: RENEWAL,
            name: "Renewal".into(),
            stages: vec![
                stage(7, "Renewal Due", Open, 40, 14, &[]),
                stage(
                    8,
                    "Proposal",
                    Open,
                    60,
                    14,
                    &["usage reviewed with customer"],
                ),
                stage(9, "Negotiation", Open, 80, 14, &["decision chain verified"]),
                stage(10, "Won", Won, 100, 0, &[]),
                stage(11, "Lost", Lost, 0, 0, &[]),
            ],
            created_at: now,
            updated_at: now,
        },
    ]
}

#[derive(Deserialize)]
struct TaxonomyFile {
    category: Vec<LossCategory>,
}

/// The default loss-reason taxonomy (`sample-db/loss-reasons.toml`, built in).
pub fn loss_taxonomy() -> Vec<LossCategory> {
    // The file is part of the binary and covered by a test, so it always parses;
    // an empty taxonomy is still a working (if bare) workspace.
    toml::from_str::<TaxonomyFile>(LOSS_REASONS_TOML)
        .map(|f| f.category)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_taxonomy_parses_with_six_categories() {
        let t = loss_taxonomy();
        let keys: Vec<&str> = t.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "customer_insight",
                "deal_management",
                "pricing",
                "competition",
                "customer_risk",
                "no_decision"
            ]
        );
        assert!(
            !t.iter()
                .find(|c| c.key == "no_decision")
                .unwrap()
                .controllable
        );
    }

    #[test]
    fn gates_cover_skipped_stages_and_not_backward_moves() {
        let p = &pipelines(Utc::now())[0];
        assert_eq!(
            p.gates_between(StageId(1), StageId(3)),
            [
                "discovery call held",
                "budget confirmed",
                "decision maker identified"
            ]
        );
        assert!(p.gates_between(StageId(3), StageId(1)).is_empty());
        assert!(p.gates_between(StageId(3), StageId(6)).is_empty());
        assert_eq!(
            p.gates_between(StageId(3), StageId(5)),
            ["decision chain verified"]
        );
        assert_eq!(p.next_open(StageId(4)), None);
        assert_eq!(p.next_open(StageId(1)).unwrap().name, "Needs Analysis");
        assert_eq!(p.stage_by_name("negot").unwrap().id, StageId(4));
        assert_eq!(p.stage_by_name("needs-analysis").unwrap().id, StageId(2));
        assert_eq!(p.stage_by_name("won").unwrap().kind, StageKind::Won);
    }
}
