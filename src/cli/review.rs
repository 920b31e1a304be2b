//! `dealdeck review`: the monthly loss reviews, listed, and one shown as its report.
//! Reviews are run in the app (`g v`); finished ones are read-only.

use super::Context;
use super::report::Cells;
use crate::domain::*;
use crate::review::{ReviewRecords, earlier_periods, figures_from, period_of};
use crate::table::Table;
use anyhow::{Context as _, bail};
use clap::Subcommand;
use std::io::Write as _;
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum ReviewCommand {
    /// Every review: period, status, lost deals triaged, actions chosen
    List {
        #[arg(long)]
        json: bool,
    },
    /// One review as its Markdown report (figures as of now), or as JSON
    Show {
        /// Review id (`3` or `R-3`)
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Open and in-progress improvement actions, the earliest due first
    Actions {
        #[arg(long)]
        json: bool,
    },
    /// Give up the review in progress: it and the actions it chose are removed
    /// (losses confirmed in its triage stay on the deals)
    Abandon {
        /// Review id (`3` or `R-3`)
        id: String,
    },
}

fn review_id(text: &str) -> anyhow::Result<ReviewId> {
    text.parse()
        .with_context(|| t!("clirep-review-bad-id", text = text))
}

pub fn run(ctx: &Context, command: ReviewCommand) -> anyhow::Result<ExitCode> {
    let store = ctx.open_existing()?;
    match command {
        ReviewCommand::List { json } => {
            let reviews = store.reviews()?;
            let actions = store.improvement_actions()?;
            if json {
                outln!(ctx, "{}", super::json(&reviews)?);
                return Ok(ExitCode::SUCCESS);
            }
            if reviews.is_empty() {
                outln!(ctx, "{}", t!("clirep-review-none"));
                return Ok(ExitCode::SUCCESS);
            }
            let c = Cells { plain: false };
            let mut t = Table::new(&[
                c.head("clirep-review-col-id"),
                c.head("clirep-review-col-period"),
                c.head("clirep-review-col-status"),
                c.head_right("clirep-review-col-lost"),
                c.head_right("clirep-review-col-triaged"),
                c.head_right("clirep-review-col-actions"),
                c.head("clirep-review-col-finished"),
            ]);
            for r in &reviews {
                t.row(vec![
                    format!("R-{}", r.id),
                    r.period_label(),
                    if r.is_finished() {
                        t!("clirep-review-finished")
                    } else {
                        t!("clirep-review-step", step = r.step.to_string())
                    },
                    r.lost_deals.len().to_string(),
                    r.triaged.len().to_string(),
                    actions
                        .iter()
                        .filter(|a| a.review == r.id)
                        .count()
                        .to_string(),
                    r.finished_at.map_or(String::new(), crate::format::day),
                ]);
            }
            out!(ctx, "{}", t.render(40));
        }
        ReviewCommand::Show { id, json } => {
            let id = review_id(&id)?;
            let Some(review) = store.review(id)? else {
                bail!(t!("clirep-review-not-found", id = id.to_string()));
            };
            let records = ReviewRecords::load(&store, id)?;
            if json {
                let value = serde_json::json!({
                    "review": review,
                    "actions": records.chosen,
                    "carried_actions": records.carried,
                });
                outln!(ctx, "{}", super::json(&value)?);
                return Ok(ExitCode::SUCCESS);
            }
            let input = store.analytics_input()?;
            let earlier = earlier_periods(&store.reviews()?, &review);
            let figures = figures_from(
                &input,
                ctx.now,
                &period_of(&review),
                &earlier,
                &records.reasons,
            );
            out!(ctx, "{}", records.markdown(&review, &figures));
            if let Some(path) = &review.report_path {
                outln!(
                    ctx,
                    "\n{}",
                    t!("clirep-review-report-written", path = path.as_str())
                );
            }
        }
        ReviewCommand::Abandon { id } => {
            let id = review_id(&id)?;
            let chosen = store
                .improvement_actions()?
                .iter()
                .filter(|a| a.review == id)
                .count();
            let review = store.abandon_review(id, ctx.stamp())?;
            outln!(
                ctx,
                "{}",
                t!(
                    "clirep-review-abandoned",
                    id = id.to_string(),
                    period = review.period_label(),
                    chosen = chosen,
                    losses = review.triaged.len()
                )
            );
        }
        ReviewCommand::Actions { json } => {
            let open = store.open_actions()?;
            if json {
                outln!(ctx, "{}", super::json(&open)?);
                return Ok(ExitCode::SUCCESS);
            }
            let owners: std::collections::HashMap<OwnerId, String> = store
                .owners()?
                .into_iter()
                .map(|o| (o.id, o.name))
                .collect();
            let c = Cells { plain: false };
            let mut t = Table::new(&[
                c.head("clirep-review-col-id"),
                c.head("clirep-review-col-action"),
                c.head("clirep-review-col-owner"),
                c.head("clirep-review-col-due"),
                c.head("clirep-review-col-status"),
                c.head("clirep-review-col-review"),
            ]);
            for a in &open {
                t.row(vec![
                    t!("clirep-action-id", id = a.id.to_string()),
                    a.title.clone(),
                    owners.get(&a.owner).cloned().unwrap_or_default(),
                    a.due.to_string(),
                    a.status.label().into(),
                    format!("R-{}", a.review),
                ]);
            }
            out!(ctx, "{}", t.render(50));
        }
    }
    Ok(ExitCode::SUCCESS)
}
