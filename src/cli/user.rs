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
    Role::parse(text)
        .ok_or_else(|| format!("'{text}' is not a role: rep, manager, director or admin"))
}

/// Reads a public key file and checks it parses as an OpenSSH key.
fn read_key(path: &Path) -> anyhow::Result<String> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the key file {}", path.display()))?;
    let line = text.trim();
    PublicKey::from_openssh(line).map_err(|e| {
        anyhow::anyhow!(
            "{}: not an OpenSSH public key ({e}); expected a .pub file with one line like `ssh-ed25519 AAAA… name@host`",
            path.display()
        )
    })?;
    Ok(line.to_string())
}

/// `SHA256:…`, as `ssh-keygen -l` prints it.
pub fn fingerprint(line: &str) -> String {
    PublicKey::from_openssh(line)
        .map(|k| k.fingerprint(HashAlg::Sha256).to_string())
        .unwrap_or_else(|_| "(unreadable key)".into())
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
                "{} may sign in ({}) with key {}",
                crate::text::sanitize(&owner.name),
                user.role.label(),
                fingerprint(&key)
            );
            if first && role != Role::Admin {
                errln!(
                    ctx,
                    "note: {} is the first user; add an admin too, or nobody can manage users over SSH",
                    crate::text::sanitize(&owner.name)
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
                            "role": u.role.label(),
                            "keys": u.keys.iter().map(|k| fingerprint(k)).collect::<Vec<_>>(),
                        })
                    })
                    .collect();
                outln!(ctx, "{}", super::json(&rows)?);
            } else if users.is_empty() {
                outln!(
                    ctx,
                    "no users: the workspace is one person's. `dealdeck user add NAME --key FILE.pub --role admin` starts team use"
                );
            } else {
                let mut t = Table::new(&["NAME", "TEAM", "ROLE", "KEYS"]);
                for (u, o) in &users {
                    let keys: Vec<String> = u.keys.iter().map(|k| fingerprint(k)).collect();
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
            outln!(ctx, "{name} may also sign in with {}", fingerprint(&key));
        }
        UserCommand::Key(KeyCommand::Remove { name, key }) => {
            let key = read_key(&key)?;
            store.change_user_key(&name, &key, false, stamp)?;
            outln!(ctx, "{name} no longer signs in with {}", fingerprint(&key));
        }
        UserCommand::Remove { name } => {
            if store.actor(&name)?.is_none() {
                bail!("{name} is not a user (`dealdeck user list`)");
            }
            store.remove_user(&name, stamp)?;
            outln!(
                ctx,
                "{name} can no longer sign in; their deals and history stay"
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
