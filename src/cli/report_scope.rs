//! Which deals a report looks at: `--owner`, `--team` and `--pipeline` found
//! among the workspace's own (a name nobody has is refused, with the names
//! there are).

use super::report::ReportArgs;
use crate::analytics::Scope;
use crate::domain::*;
use anyhow::{Context as _, bail};

pub(super) fn resolve(
    pipelines: &[Pipeline],
    owners: &[Owner],
    args: &ReportArgs,
) -> anyhow::Result<Scope> {
    let mut scope = Scope::default();
    if let Some(name) = &args.owner {
        let owner = owners
            .iter()
            .find(|o| o.name.eq_ignore_ascii_case(name.trim()))
            .with_context(|| t!("clirep-no-owner", name = name.as_str()))?;
        scope.owner = Some(owner.id);
    }
    if let Some(team) = &args.team {
        let Some(owner) = owners
            .iter()
            .find(|o| o.team.eq_ignore_ascii_case(team.trim()))
        else {
            let mut teams: Vec<&str> = owners.iter().map(|o| o.team.as_str()).collect();
            teams.sort_unstable();
            teams.dedup();
            bail!(t!(
                "clirep-no-team",
                team = team.as_str(),
                teams = teams.join(", ")
            ));
        };
        scope.team = Some(owner.team.clone());
    }
    if let Some(name) = &args.pipeline {
        let wanted = name.trim().to_lowercase();
        let matches: Vec<&Pipeline> = pipelines
            .iter()
            .filter(|p| p.name.to_lowercase().starts_with(&wanted))
            .collect();
        match matches.as_slice() {
            [one] => scope.pipeline = Some(one.id),
            _ => {
                let names: Vec<&str> = pipelines.iter().map(|p| p.name.as_str()).collect();
                bail!(t!(
                    "clirep-no-pipeline",
                    name = name.as_str(),
                    pipelines = names.join(", ")
                ));
            }
        }
    }
    Ok(scope)
}

/// The names a scope selects by (pipeline, team, owner), joined; None for
/// everyone.
pub(super) fn label(pipelines: &[Pipeline], owners: &[Owner], scope: &Scope) -> Option<String> {
    let pipeline = scope
        .pipeline
        .and_then(|id| pipelines.iter().find(|p| p.id == id))
        .map(|p| p.name.clone());
    let owner = scope
        .owner
        .and_then(|id| owners.iter().find(|o| o.id == id))
        .map(|o| o.name.clone());
    let names: Vec<String> = [pipeline, scope.team.clone(), owner]
        .into_iter()
        .flatten()
        .map(|n| crate::text::sanitize(&n).into_owned())
        .collect();
    (!names.is_empty()).then(|| names.join(" · "))
}
