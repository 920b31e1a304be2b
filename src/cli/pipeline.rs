//! `dealdeck pipeline`: the pipelines and their stages (probability, rotting
//! days, gate criteria) listed, and changed one step at a time by an admin —
//! closed deals' history untouched (stages keep their ids). Each change undoable.

use super::Context;
use crate::domain::pipeline_edit::PipelineChange;
use crate::domain::*;
use crate::store::Store;
use crate::table::Table;
use anyhow::anyhow;
use clap::Subcommand;
use std::io::Write as _;
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum PipelineCommand {
    /// Every pipeline with its stages in order
    List {
        #[arg(long)]
        json: bool,
    },
    /// Rename a pipeline
    Rename { pipeline: String, name: String },
    /// Add an open stage (after --after, else first)
    AddStage {
        pipeline: String,
        name: String,
        #[arg(long)]
        after: Option<String>,
        /// Default win probability, 0–100
        #[arg(long, value_parser = clap::value_parser!(u8).range(0..=100))]
        probability: u8,
        /// Days in the stage before a deal is stale (default: the stage before's)
        #[arg(long)]
        rotting_days: Option<u32>,
        /// A criterion to enter the stage (repeatable)
        #[arg(long = "gate")]
        gate: Vec<String>,
    },
    /// Change a stage's name, probability, rotting days or gate criteria
    EditStage {
        pipeline: String,
        stage: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long, value_parser = clap::value_parser!(u8).range(0..=100))]
        probability: Option<u8>,
        #[arg(long)]
        rotting_days: Option<u32>,
        /// Replaces the gate: every criterion to enter the stage (repeatable)
        #[arg(long = "gate")]
        gate: Vec<String>,
        /// Enter the stage without criteria
        #[arg(long, conflicts_with = "gate")]
        no_gate: bool,
    },
    /// Move an open stage after another (or first, without --after)
    MoveStage {
        pipeline: String,
        stage: String,
        #[arg(long)]
        after: Option<String>,
    },
    /// Remove an open stage no deal and no deal's history names
    RemoveStage { pipeline: String, stage: String },
}

fn pipeline(store: &Store, name: &str) -> anyhow::Result<Pipeline> {
    super::deal::pipeline_named(store, Some(name))
}

fn stage(p: &Pipeline, name: &str) -> anyhow::Result<StageId> {
    p.stage_named(name).map(|s| s.id).map_err(|e| anyhow!(e))
}

pub fn run(ctx: &Context, command: PipelineCommand) -> anyhow::Result<ExitCode> {
    let store = ctx.open_existing()?;
    let (name, change) = match command {
        PipelineCommand::List { json } => return list(ctx, &store, json),
        PipelineCommand::Rename { pipeline, name } => (pipeline, PipelineChange::Rename(name)),
        PipelineCommand::AddStage {
            pipeline: p,
            name,
            after,
            probability,
            rotting_days,
            gate,
        } => {
            let found = pipeline(&store, &p)?;
            let after = after.map(|a| stage(&found, &a)).transpose()?;
            // Unless given, the new stage rots as the one it follows (or the first).
            let rotting_days = match rotting_days {
                Some(days) => days,
                None => {
                    let like = after
                        .and_then(|a| found.stage(a))
                        .or_else(|| found.open_stages().next());
                    let days = like.map_or(30, |s| s.rotting_days);
                    errln!(
                        ctx,
                        "{}",
                        t!(
                            "climsg-pipeline-rotting-note",
                            days = days.to_string(),
                            stage = like.map_or_else(
                                || t!("climsg-pipeline-rotting-default"),
                                |s| s.name.clone()
                            )
                        )
                    );
                    days
                }
            };
            (
                p,
                PipelineChange::AddStage {
                    name,
                    after,
                    probability,
                    rotting_days,
                    gate,
                },
            )
        }
        PipelineCommand::EditStage {
            pipeline: p,
            stage: s,
            name,
            probability,
            rotting_days,
            gate,
            no_gate,
        } => {
            let found = pipeline(&store, &p)?;
            let gate = if no_gate {
                Some(Vec::new())
            } else {
                Some(gate).filter(|g| !g.is_empty())
            };
            (
                p,
                PipelineChange::EditStage {
                    stage: stage(&found, &s)?,
                    name,
                    probability,
                    rotting_days,
                    gate,
                },
            )
        }
        PipelineCommand::MoveStage {
            pipeline: p,
            stage: s,
            after,
        } => {
            let found = pipeline(&store, &p)?;
            let after = after.map(|a| stage(&found, &a)).transpose()?;
            (
                p,
                PipelineChange::MoveStage {
                    stage: stage(&found, &s)?,
                    after,
                },
            )
        }
        PipelineCommand::RemoveStage {
            pipeline: p,
            stage: s,
        } => {
            let found = pipeline(&store, &p)?;
            (p, PipelineChange::RemoveStage(stage(&found, &s)?))
        }
    };
    let id = pipeline(&store, &name)?.id;
    let saved = store.change_pipeline(id, &change, ctx.stamp())?;
    outln!(
        ctx,
        "{}",
        t!("climsg-pipeline-saved", name = saved.name.as_str())
    );
    out!(ctx, "{}", stages_table(&saved).render(60));
    // Probabilities usually grow along the funnel: say so when they do not.
    let open: Vec<&Stage> = saved.open_stages().collect();
    for pair in open.windows(2) {
        if pair[1].probability < pair[0].probability {
            errln!(
                ctx,
                "{}",
                t!(
                    "climsg-pipeline-order-note",
                    later = pair[1].name.as_str(),
                    later_pct = pair[1].probability.to_string(),
                    earlier = pair[0].name.as_str(),
                    earlier_pct = pair[0].probability.to_string()
                )
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn stages_table(p: &Pipeline) -> Table {
    let mut t = Table::new(&[
        super::col("climsg-col-stage"),
        super::num("climsg-col-prob"),
        super::num("climsg-col-rotting"),
        super::col("climsg-col-gate"),
    ]);
    for s in &p.stages {
        t.row(vec![
            s.name.clone(),
            format!("{} %", s.probability),
            if s.kind == StageKind::Open {
                crate::format::days(f64::from(s.rotting_days))
            } else {
                crate::format::NONE.into()
            },
            s.gate.join("; "),
        ]);
    }
    t
}

fn list(ctx: &Context, store: &Store, json: bool) -> anyhow::Result<ExitCode> {
    let pipelines = store.pipelines()?;
    if json {
        outln!(ctx, "{}", super::json(&pipelines)?);
        return Ok(ExitCode::SUCCESS);
    }
    for p in &pipelines {
        outln!(ctx, "{}", p.name);
        out!(ctx, "{}", stages_table(p).render(60));
        outln!(ctx);
    }
    Ok(ExitCode::SUCCESS)
}
