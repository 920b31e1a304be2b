//! Pipelines: ordered open stages plus the two closed outcomes, Won and Lost.

use super::ids::{PipelineId, StageId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StageKind {
    Open,
    Won,
    Lost,
}

impl StageKind {
    /// The stable English word (`open`, `won`, `lost`).
    pub fn code(self) -> &'static str {
        match self {
            StageKind::Open => "open",
            StageKind::Won => "won",
            StageKind::Lost => "lost",
        }
    }

    /// The word shown to people, in the current language.
    pub fn label(self) -> &'static str {
        match self {
            StageKind::Open => crate::i18n::word("dom-stage-kind-open"),
            StageKind::Won => crate::i18n::word("dom-stage-kind-won"),
            StageKind::Lost => crate::i18n::word("dom-stage-kind-lost"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stage {
    pub id: StageId,
    pub name: String,
    pub kind: StageKind,
    /// Default win probability in percent (0–100).
    pub probability: u8,
    /// A deal sitting longer than this in the stage is stale.
    pub rotting_days: u32,
    /// Criteria that must be ticked to *enter* this stage.
    pub gate: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pipeline {
    pub id: PipelineId,
    pub name: String,
    /// Open stages in funnel order, then Won, then Lost.
    pub stages: Vec<Stage>,
    #[serde(with = "super::wire::instant")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "super::wire::instant")]
    pub updated_at: DateTime<Utc>,
}

impl Pipeline {
    pub fn stage(&self, id: StageId) -> Option<&Stage> {
        self.stages.iter().find(|s| s.id == id)
    }

    pub fn stage_by_name(&self, name: &str) -> Option<&Stage> {
        self.stage_named(name).ok()
    }

    /// The stage a person means by `name`: its name in any case, or a prefix
    /// that only one stage has (`negot`, `needs-analysis`). The error says
    /// which stages a prefix fits, or which stages there are.
    pub fn stage_named(&self, name: &str) -> Result<&Stage, String> {
        let wanted = name.trim();
        if let Some(stage) = self
            .stages
            .iter()
            .find(|s| s.name.eq_ignore_ascii_case(wanted))
        {
            return Ok(stage);
        }
        let norm = normalise(wanted);
        let matches: Vec<&Stage> = self
            .stages
            .iter()
            .filter(|s| !norm.is_empty() && normalise(&s.name).starts_with(&norm))
            .collect();
        match matches.as_slice() {
            [one] => Ok(one),
            [] => Err(t!(
                "dom-pipeline-no-stage-named",
                wanted = wanted,
                pipeline = self.name.as_str(),
                stages = super::list(
                    &self
                        .stages
                        .iter()
                        .map(|s| s.name.as_str())
                        .collect::<Vec<_>>()
                )
            )),
            many => Err(t!(
                "dom-pipeline-ambiguous-stage",
                wanted = wanted,
                pipeline = self.name.as_str(),
                matches = or_list(many.iter().map(|s| s.name.as_str()))
            )),
        }
    }

    pub fn open_stages(&self) -> impl Iterator<Item = &Stage> {
        self.stages.iter().filter(|s| s.kind == StageKind::Open)
    }

    pub fn outcome(&self, kind: StageKind) -> Option<&Stage> {
        self.stages.iter().find(|s| s.kind == kind)
    }

    /// Position of a stage in funnel order; Won/Lost come after every open stage.
    pub fn position(&self, id: StageId) -> Option<usize> {
        self.stages.iter().position(|s| s.id == id)
    }

    /// The open stage after `id`, if any (None from the last open stage).
    pub fn next_open(&self, id: StageId) -> Option<&Stage> {
        let pos = self.position(id)?;
        self.stages[pos + 1..]
            .iter()
            .find(|s| s.kind == StageKind::Open)
    }

    /// The open stage before `id`, if any.
    pub fn previous_open(&self, id: StageId) -> Option<&Stage> {
        let pos = self.position(id)?;
        self.stages[..pos]
            .iter()
            .rev()
            .find(|s| s.kind == StageKind::Open)
    }

    /// Gate criteria a move from `from` to `to` has to pass: the gates of every
    /// open stage entered on the way, including skipped ones. Moving backwards
    /// or to Lost passes no gate.
    pub fn gates_between(&self, from: StageId, to: StageId) -> Vec<&str> {
        let (Some(a), Some(b)) = (self.position(from), self.position(to)) else {
            return Vec::new();
        };
        let target_kind = self.stages[b].kind;
        if b <= a || target_kind == StageKind::Lost {
            return Vec::new();
        }
        self.stages[a + 1..=b]
            .iter()
            .filter(|s| s.kind != StageKind::Lost)
            .flat_map(|s| s.gate.iter().map(String::as_str))
            .collect()
    }
}

fn normalise(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// "A", "A or B", "A, B or C".
fn or_list<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let names: Vec<&str> = names.collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            t!("dom-or-list", rest = super::list(rest), last = *last)
        }
        Some((last, _)) => (*last).to_string(),
        None => String::new(),
    }
}
