//! `dealdeck contact`: the people at accounts — listed with their place in
//! the power map, and that place changed (title, role, stance, influence) as
//! `c` in the app does; each change undoable.

use super::Context;
use crate::domain::*;
use crate::table::Table;
use anyhow::anyhow;
use clap::Subcommand;
use std::io::Write as _;
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum ContactCommand {
    /// Contacts, by account then role
    List {
        /// Only this account's (its name)
        #[arg(long)]
        account: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Change a contact's title or place in the power map
    Edit {
        id: ContactId,
        #[arg(long)]
        title: Option<String>,
        /// economic-buyer, decision-maker, technical-evaluator, influencer, user, champion, blocker
        #[arg(long)]
        role: Option<String>,
        /// supporter, neutral or opponent
        #[arg(long)]
        stance: Option<String>,
        /// 1 (little) to 5 (decisive)
        #[arg(long, value_parser = clap::value_parser!(u8).range(1..=5))]
        influence: Option<u8>,
    },
}

/// A name as the CLI takes it: any case, `-`, `_` or a space between words.
fn named<'a, T: Copy>(all: &'a [T], label: impl Fn(T) -> &'a str, given: &str) -> Option<T> {
    let plain = |s: &str| s.to_lowercase().replace(['-', '_'], " ");
    all.iter()
        .copied()
        .find(|x| plain(label(*x)) == plain(given))
}

pub fn run(ctx: &Context, command: ContactCommand) -> anyhow::Result<ExitCode> {
    let store = ctx.open_existing()?;
    match command {
        ContactCommand::List { account, json } => {
            let accounts = store.accounts()?;
            let name_of = |id: AccountId| {
                accounts
                    .iter()
                    .find(|a| a.id == id)
                    .map_or_else(|| format!("account {id}"), |a| a.name.clone())
            };
            let mut contacts: Vec<Contact> = store
                .contacts()?
                .into_iter()
                .filter(|c| {
                    account
                        .as_deref()
                        .is_none_or(|a| name_of(c.account).eq_ignore_ascii_case(a.trim()))
                })
                .collect();
            contacts.sort_by_key(|c| (name_of(c.account), c.role, std::cmp::Reverse(c.influence)));
            if json {
                outln!(ctx, "{}", super::json(&contacts)?);
                return Ok(ExitCode::SUCCESS);
            }
            let mut t = Table::new(&["ID", "ACCOUNT", "NAME", "ROLE", "STANCE", ">INFL", "TITLE"]);
            for c in &contacts {
                t.row(vec![
                    c.id.0.to_string(),
                    name_of(c.account),
                    c.name.clone(),
                    c.role.label().to_string(),
                    c.stance.label().to_string(),
                    c.influence.to_string(),
                    c.title.clone(),
                ]);
            }
            out!(ctx, "{}", t.render(30));
            errln!(ctx, "{}", crate::format::count(contacts.len(), "contact"));
            Ok(ExitCode::SUCCESS)
        }
        ContactCommand::Edit {
            id,
            title,
            role,
            stance,
            influence,
        } => {
            let mut c = store
                .contact(id)?
                .ok_or_else(|| anyhow!("no contact with id {id}"))?;
            if let Some(title) = title {
                c.title = title;
            }
            if let Some(r) = role {
                c.role = named(&DecisionRole::ALL, DecisionRole::label, &r).ok_or_else(|| {
                    anyhow!(
                        "--role '{r}': one of {}",
                        DecisionRole::ALL.map(|r| r.label()).join(", ")
                    )
                })?;
            }
            if let Some(s) = stance {
                c.stance = named(&Stance::ALL, Stance::label, &s)
                    .ok_or_else(|| anyhow!("--stance '{s}': supporter, neutral or opponent"))?;
            }
            if let Some(i) = influence {
                c.influence = i;
            }
            let saved = store.update_contact(&c, ctx.stamp())?;
            outln!(
                ctx,
                "contact {} {}: {}, {}, influence {}{}",
                saved.id,
                saved.name,
                saved.role.label(),
                saved.stance.label(),
                saved.influence,
                if saved.title.is_empty() {
                    String::new()
                } else {
                    format!(", {}", saved.title)
                }
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}
