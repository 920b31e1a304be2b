//! `dealdeck user`: who may sign in to `dealdeck serve`, with which SSH keys
//! and role. A workspace with no users is one person's: the first `user add`
//! starts team use (add yourself first, as admin).

use super::Context;
use crate::domain::Role;
use crate::store::NewUser;
use crate::table::Table;
use anyhow::{Context as _, bail};
use clap::Subcommand;
use russh::keys::{HashAlg, PublicKey};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Let an owner sign in with an SSH public key (a new owner is made if none has the name)
    Add {
        name: String,
        /// Their public key file (`~/.ssh/id_ed25519.pub`)
        #[arg(long, value_name = "FILE.pub")]
        key: PathBuf,
        /// rep: own deals; manager: the team's, approves to manager level;
        /// director: all deals, any approval; admin: also users and taxonomy
        #[arg(long, default_value = "rep", value_parser = parse_role)]
        role: Role,
        /// The team of a new owner
        #[arg(long, default_value = "")]
        team: String,
    },
    /// Every user: name, team, role, keys (by fingerprint)
    List {
        #[arg(long)]
        json: bool,
    },
    /// Add or remove one of a user's keys
    #[command(subcommand)]
    Key(KeyCommand),
    /// Take away a user's sign-in (their deals and history stay)
    Remove { name: String },
}

#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// Another key the user signs in with
    Add {
        name: String,
        #[arg(value_name = "FILE.pub")]
        key: PathBuf,
    },
    /// Stop a key from signing in
    Remove {
        name: String,
        #[arg(value_name = "FILE.pub")]
        key: PathBuf,
    },
}

fn parse_role(text: &str) -> Result<Role, String> {
    Role::parse(text).ok_or_else(|| t!("climsg-bad-role-name", given = text))
}

/// Reads a public key file and checks it parses as an OpenSSH key.
fn read_key(path: &Path) -> anyhow::Result<String> {
    let text = std::fs::read_to_string(path)
        .with_context(|| t!("climsg-key-unreadable", path = path.display().to_string()))?;
    let line = text.trim();
    PublicKey::from_openssh(line).map_err(|e| {
        anyhow::anyhow!(t!(
            "climsg-key-not-openssh",
            path = path.display().to_string(),
            error = e.to_string()
        ))
    })?;
    Ok(line.to_string())
}

/// `SHA256:…`, as `ssh-keygen -l` prints it; `(unreadable key)` in JSON
/// for a key that does not parse.
pub fn fingerprint(line: &str) -> String {
    PublicKey::from_openssh(line)
        .map(|k| k.fingerprint(HashAlg::Sha256).to_string())
        .unwrap_or_else(|_| "(unreadable key)".into())
}

/// [`fingerprint`] for people: an unreadable key said in their language.
fn shown_fingerprint(line: &str) -> String {
    PublicKey::from_openssh(line)
        .map(|k| k.fingerprint(HashAlg::Sha256).to_string())
        .unwrap_or_else(|_| t!("climsg-key-bad"))
}

pub fn run(ctx: &Context, command: UserCommand) -> anyhow::Result<ExitCode> {
    let store = ctx.open_or_create()?;
    let stamp = ctx.stamp();
    match command {
        UserCommand::Add {
            name,
            key,
            role,
            team,
        } => {
            let first = store.users()?.is_empty();
            let key = read_key(&key)?;
            let (user, owner) = store.add_user(
                &NewUser {
                    name,
                    role,
                    team,
                    key: key.clone(),
                },
                stamp,
            )?;
            outln!(
                ctx,
                "{}",
                t!(
                    "climsg-user-added",
                    name = crate::text::sanitize(&owner.name).into_owned(),
                    role = user.role.label(),
                    key = shown_fingerprint(&key)
                )
            );
            if first && role != Role::Admin {
                errln!(
                    ctx,
                    "{}",
                    t!(
                        "climsg-user-first",
                        name = crate::text::sanitize(&owner.name).into_owned()
                    )
                );
            }
        }
        UserCommand::List { json } => {
            let users = store.users()?;
            if json {
                let rows: Vec<_> = users
                    .iter()
                    .map(|(u, o)| {
                        serde_json::json!({
                            "name": o.name,
                            "owner_id": o.id.0,
                            "team": o.team,
                            "role": u.role.code(),
                            "keys": u.keys.iter().map(|k| fingerprint(k)).collect::<Vec<_>>(),
                        })
                    })
                    .collect();
                outln!(ctx, "{}", super::json(&rows)?);
            } else if users.is_empty() {
                outln!(ctx, "{}", t!("climsg-user-none"));
            } else {
                let mut t = Table::new(&[
                    super::col("climsg-col-name"),
                    super::col("climsg-col-team"),
                    super::col("climsg-col-role"),
                    super::col("climsg-col-keys"),
                ]);
                for (u, o) in &users {
                    let keys: Vec<String> = u.keys.iter().map(|k| shown_fingerprint(k)).collect();
                    t.row(vec![
                        o.name.clone(),
                        o.team.clone(),
                        u.role.label().to_string(),
                        keys.join(" "),
                    ]);
                }
                out!(ctx, "{}", t.render(40));
            }
        }
        UserCommand::Key(KeyCommand::Add { name, key }) => {
            let key = read_key(&key)?;
            store.change_user_key(&name, &key, true, stamp)?;
            outln!(
                ctx,
                "{}",
                t!(
                    "climsg-user-key-added",
                    name = name.as_str(),
                    key = shown_fingerprint(&key)
                )
            );
        }
        UserCommand::Key(KeyCommand::Remove { name, key }) => {
            let key = read_key(&key)?;
            store.change_user_key(&name, &key, false, stamp)?;
            outln!(
                ctx,
                "{}",
                t!(
                    "climsg-user-key-removed",
                    name = name.as_str(),
                    key = shown_fingerprint(&key)
                )
            );
        }
        UserCommand::Remove { name } => {
            if store.actor(&name)?.is_none() {
                bail!(t!("climsg-user-not-found", name = name.as_str()));
            }
            store.remove_user(&name, stamp)?;
            outln!(ctx, "{}", t!("climsg-user-removed", name = name.as_str()));
        }
    }
    Ok(ExitCode::SUCCESS)
}
