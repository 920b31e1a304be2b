//! `dealdeck taxonomy`: the loss-reason taxonomy, listed and edited.

use super::Context;
use crate::domain::taxonomy::{TaxonomyEdit, apply};
use anyhow::bail;
use clap::Subcommand;
use std::io::Write as _;
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum TaxonomyCommand {
    /// Every category with its key, controllable default and sub-reasons
    List {
        #[arg(long)]
        json: bool,
    },
    /// A new category
    Add {
        key: String,
        #[arg(long)]
        name: String,
        /// Whether losses of this kind are usually in the team's hands
        #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
        controllable: bool,
    },
    /// Rename a category (loss records keep its key)
    Rename {
        key: String,
        #[arg(long)]
        name: String,
    },
    /// Change whether a category's losses are controllable by default
    Controllable {
        key: String,
        #[arg(action = clap::ArgAction::Set)]
        value: bool,
    },
    /// Add a sub-reason to a category
    AddSub { key: String, sub_reason: String },
    /// Remove a sub-reason (loss records that name it keep the text)
    RemoveSub { key: String, sub_reason: String },
}

pub fn run(ctx: &Context, command: TaxonomyCommand) -> anyhow::Result<ExitCode> {
    let store = ctx.open_existing()?;
    let taxonomy = store.loss_reasons()?;
    let edit = match command {
        TaxonomyCommand::List { json } => {
            if json {
                outln!(ctx, "{}", super::json(&taxonomy)?);
            } else {
                for c in &taxonomy {
                    outln!(
                        ctx,
                        "{}",
                        t!(
                            if c.controllable {
                                "climsg-taxonomy-line"
                            } else {
                                "climsg-taxonomy-line-uncontrollable"
                            },
                            key = c.key.as_str(),
                            name = crate::text::sanitize(&c.name).into_owned()
                        )
                    );
                    for s in &c.sub_reasons {
                        outln!(ctx, "    {}", crate::text::sanitize(s));
                    }
                }
            }
            return Ok(ExitCode::SUCCESS);
        }
        TaxonomyCommand::Add {
            key,
            name,
            controllable,
        } => TaxonomyEdit::AddCategory {
            key,
            name,
            controllable,
        },
        TaxonomyCommand::Rename { key, name } => TaxonomyEdit::Rename { key, name },
        TaxonomyCommand::Controllable { key, value } => TaxonomyEdit::SetControllable {
            key,
            controllable: value,
        },
        TaxonomyCommand::AddSub { key, sub_reason } => {
            TaxonomyEdit::AddSubReason { key, sub_reason }
        }
        TaxonomyCommand::RemoveSub { key, sub_reason } => {
            TaxonomyEdit::RemoveSubReason { key, sub_reason }
        }
    };
    let edited = match apply(&taxonomy, &edit) {
        Ok(t) => t,
        Err(why) => bail!("{why}"),
    };
    store.set_loss_reasons(&edited, ctx.stamp())?;
    outln!(
        ctx,
        "{}",
        t!("climsg-taxonomy-saved", count = edited.len().to_string())
    );
    Ok(ExitCode::SUCCESS)
}
