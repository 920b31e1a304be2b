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
    /// Add a contact to an account
    Add {
        name: String,
        /// The account (name or id)
        #[arg(long)]
        account: String,
        #[arg(long, default_value = "")]
        title: String,
        /// economic-buyer, decision-maker, technical-evaluator, influencer, user, champion, blocker
        #[arg(long, default_value = "influencer")]
        role: String,
        /// supporter, neutral or opponent
        #[arg(long, default_value = "neutral")]
        stance: String,
        /// 1 (little) to 5 (decisive)
        #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u8).range(1..=5))]
        influence: u8,
        #[arg(long, default_value = "")]
        email: String,
        #[arg(long, default_value = "")]
        phone: String,
    },
    /// Change a contact's details or place in the power map, or move them to another account
    Edit {
        id: ContactId,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        title: Option<String>,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        phone: Option<String>,
        /// Move to this account (name or id)
        #[arg(long)]
        account: Option<String>,
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

/// A name as the CLI takes it: any case, `-`, `_` or a space between words;
/// the stored name (`economic_buyer`) in any language, or the shown label.
fn named<T: Copy + serde::Serialize>(
    all: &[T],
    label: impl Fn(T) -> &'static str,
    given: &str,
) -> Option<T> {
    let plain = |s: &str| s.to_lowercase().replace(['-', '_'], " ");
    let key = |x: T| {
        serde_json::to_value(x)
            .ok()
            .and_then(|v| v.as_str().map(plain))
    };
    all.iter().copied().find(|x| {
        key(*x).as_deref() == Some(plain(given).as_str()) || plain(label(*x)) == plain(given)
    })
}

fn role_named(r: &str) -> anyhow::Result<DecisionRole> {
    named(&DecisionRole::ALL, DecisionRole::label, r).ok_or_else(|| {
        anyhow!(t!(
            "climsg-bad-role",
            given = r,
            roles = DecisionRole::ALL.map(|r| r.label()).join(", ")
        ))
    })
}

fn stance_named(s: &str) -> anyhow::Result<Stance> {
    named(&Stance::ALL, Stance::label, s).ok_or_else(|| anyhow!(t!("climsg-bad-stance", given = s)))
}

pub fn run(ctx: &Context, command: ContactCommand) -> anyhow::Result<ExitCode> {
    let store = ctx.open_existing()?;
    match command {
        ContactCommand::List { account, json } => {
            let accounts = store.accounts()?;
            let name_of = |id: AccountId| {
                accounts.iter().find(|a| a.id == id).map_or_else(
                    || t!("climsg-account-fallback", id = id.to_string()),
                    |a| a.name.clone(),
                )
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
            let mut t = Table::new(&[
                super::col("climsg-col-id"),
                super::col("climsg-col-account"),
                super::col("climsg-col-name"),
                super::col("climsg-col-role"),
                super::col("climsg-col-stance"),
                super::num("climsg-col-infl"),
                super::col("climsg-col-title"),
            ]);
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
            errln!(
                ctx,
                "{}",
                t!("climsg-contact-count", count = contacts.len())
            );
            Ok(ExitCode::SUCCESS)
        }
        ContactCommand::Add {
            name,
            account,
            title,
            role,
            stance,
            influence,
            email,
            phone,
        } => {
            let account = super::account::account_named(&store, &account)?;
            let draft = Contact {
                id: ContactId(0),
                name,
                title,
                account: account.id,
                role: role_named(&role)?,
                stance: stance_named(&stance)?,
                influence,
                email,
                phone,
                last_contacted: None,
                created_at: ctx.now,
                updated_at: ctx.now,
            };
            let c = store.add_contact(&draft, ctx.stamp())?;
            outln!(
                ctx,
                "{}",
                t!(
                    "climsg-contact-added",
                    id = c.id.to_string(),
                    name = c.name.as_str(),
                    account = account.name.as_str(),
                    role = c.role.label(),
                    stance = c.stance.label(),
                    influence = c.influence.to_string()
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        ContactCommand::Edit {
            id,
            name,
            title,
            email,
            phone,
            account,
            role,
            stance,
            influence,
        } => {
            let mut c = store.contact(id)?.ok_or_else(|| {
                anyhow!(t!(
                    "error-not-found",
                    kind = t!("kind-contact"),
                    id = id.to_string()
                ))
            })?;
            if let Some(name) = name {
                c.name = name;
            }
            if let Some(title) = title {
                c.title = title;
            }
            if let Some(email) = email {
                c.email = email;
            }
            if let Some(phone) = phone {
                c.phone = phone;
            }
            if let Some(a) = account {
                c.account = super::account::account_named(&store, &a)?.id;
            }
            if let Some(r) = role {
                c.role = role_named(&r)?;
            }
            if let Some(s) = stance {
                c.stance = stance_named(&s)?;
            }
            if let Some(i) = influence {
                c.influence = i;
            }
            let moved_from = store
                .contact(c.id)?
                .map(|was| was.account)
                .filter(|a| *a != c.account);
            let saved = store.update_contact(&c, ctx.stamp())?;
            let moved = match moved_from {
                Some(_) => t!(
                    "climsg-contact-moved-to",
                    account = store.account(saved.account)?.map_or_else(
                        || t!("climsg-account-fallback", id = saved.account.to_string()),
                        |a| a.name
                    )
                ),
                None => String::new(),
            };
            outln!(
                ctx,
                "{}",
                t!(
                    "climsg-contact-saved",
                    id = saved.id.to_string(),
                    name = saved.name.as_str(),
                    role = saved.role.label(),
                    stance = saved.stance.label(),
                    influence = saved.influence.to_string(),
                    title = if saved.title.is_empty() {
                        String::new()
                    } else {
                        t!("climsg-contact-job-title", title = saved.title.as_str())
                    },
                    moved = moved
                )
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}
