//! The people who may sign in to a served workspace, and what each may do.
//! Pure rules: the store applies them to every change, the server to every
//! session, the app to what it offers.

use super::pricing::ApprovalLevel;
use super::{Owner, OwnerId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What a user may do. Ordered: each role may do what the ones before it may.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Edits their own deals, reads the rest.
    Rep,
    /// Edits their team's deals, approves discounts up to the manager level.
    Manager,
    /// Edits every deal, approves any discount.
    Director,
    /// A director who also manages users, pipelines and the taxonomy.
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Rep, Role::Manager, Role::Director, Role::Admin];

    /// The stable English word, for files, keys and what people type.
    pub fn code(self) -> &'static str {
        match self {
            Role::Rep => "rep",
            Role::Manager => "manager",
            Role::Director => "director",
            Role::Admin => "admin",
        }
    }

    /// The word shown to people, in the current language.
    pub fn label(self) -> &'static str {
        match self {
            Role::Rep => crate::i18n::word("dom-user-role-rep"),
            Role::Manager => crate::i18n::word("dom-user-role-manager"),
            Role::Director => crate::i18n::word("dom-user-role-director"),
            Role::Admin => crate::i18n::word("dom-user-role-admin"),
        }
    }

    /// A role as written in a file or typed: its code (`rep`), or its word in
    /// the current language.
    pub fn parse(text: &str) -> Option<Role> {
        let text = text.trim();
        Role::ALL
            .into_iter()
            .find(|r| r.code().eq_ignore_ascii_case(text) || r.label() == text)
    }

    /// The highest discount approval this role may give.
    pub fn approves_up_to(self) -> ApprovalLevel {
        match self {
            Role::Rep => ApprovalLevel::None,
            Role::Manager => ApprovalLevel::Manager,
            Role::Director | Role::Admin => ApprovalLevel::Director,
        }
    }
}

/// A person who signs in: one of the workspace's owners, with a role and the
/// SSH public keys they sign in with (OpenSSH one-line format).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub owner: OwnerId,
    pub role: Role,
    pub keys: Vec<String>,
    #[serde(with = "super::wire::instant")]
    pub added_at: DateTime<Utc>,
}

/// Someone acting on the workspace: their owner record and role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub owner: Owner,
    pub role: Role,
}

/// Why an actor may not do something, in words for them.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Denied(pub String);

impl Actor {
    /// Whether this actor may change the deal `title` owned by `deal_owner`.
    pub fn may_edit(&self, title: &str, deal_owner: &Owner) -> Result<(), Denied> {
        let own = deal_owner.id == self.owner.id;
        let allowed = match self.role {
            Role::Rep => own,
            Role::Manager => {
                own || (!deal_owner.team.is_empty() && deal_owner.team == self.owner.team)
            }
            Role::Director | Role::Admin => true,
        };
        if allowed {
            return Ok(());
        }
        let whose = deal_owner.name.as_str();
        let deal = title;
        Err(Denied(match self.role {
            Role::Rep => t!("dom-denied-rep", deal = deal, whose = whose),
            _ => t!(
                "dom-denied-manager",
                deal = deal,
                whose = whose,
                team = self.owner.team.as_str()
            ),
        }))
    }

    /// Whether this actor may give an approval of `level`.
    pub fn may_approve(&self, level: ApprovalLevel) -> Result<(), Denied> {
        if level <= self.role.approves_up_to() {
            Ok(())
        } else {
            Err(Denied(if level == ApprovalLevel::Director {
                t!(
                    "dom-denied-approval-director",
                    name = self.owner.name.as_str(),
                    role = self.role.label()
                )
            } else {
                t!(
                    "dom-denied-approval-manager",
                    name = self.owner.name.as_str(),
                    role = self.role.label()
                )
            }))
        }
    }

    /// Whether this actor may manage users, pipelines and the taxonomy.
    pub fn may_administer(&self) -> Result<(), Denied> {
        if self.role == Role::Admin {
            Ok(())
        } else {
            Err(Denied(t!(
                "dom-denied-admin",
                name = self.owner.name.as_str(),
                role = self.role.label()
            )))
        }
    }
}

/// The key part of an OpenSSH public key line (`ssh-ed25519 AAAA… comment`):
/// algorithm and base64 data, without the comment, for comparing keys.
pub fn key_identity(line: &str) -> Option<String> {
    let mut parts = line.split_whitespace();
    let algorithm = parts.next()?;
    let data = parts.next()?;
    (algorithm.starts_with("ssh-") || algorithm.starts_with("ecdsa-"))
        .then(|| format!("{algorithm} {data}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owner(id: u64, name: &str, team: &str) -> Owner {
        Owner {
            team: team.into(),
            ..Owner::rep(OwnerId(id), name)
        }
    }

    #[test]
    fn reps_edit_their_own_managers_their_team_directors_all() {
        let li = owner(1, "李伟", "East");
        let ann = owner(2, "Ann", "East");
        let bo = owner(3, "Bo", "North");
        let rep = Actor {
            owner: li.clone(),
            role: Role::Rep,
        };
        assert!(rep.may_edit("MES rollout", &li).is_ok());
        let refused = rep.may_edit("MES rollout", &ann).unwrap_err();
        assert_eq!(
            refused.0,
            "MES rollout is Ann's deal: a rep changes only their own deals"
        );
        let manager = Actor {
            owner: li.clone(),
            role: Role::Manager,
        };
        assert!(manager.may_edit("MES rollout", &ann).is_ok());
        assert!(manager.may_edit("MES rollout", &bo).is_err());
        let director = Actor {
            owner: li,
            role: Role::Director,
        };
        assert!(director.may_edit("MES rollout", &bo).is_ok());
    }

    #[test]
    fn approvals_follow_the_role() {
        let li = owner(1, "李伟", "East");
        let manager = Actor {
            owner: li.clone(),
            role: Role::Manager,
        };
        assert!(manager.may_approve(ApprovalLevel::Manager).is_ok());
        assert_eq!(
            manager.may_approve(ApprovalLevel::Director).unwrap_err().0,
            "a director approval needs a director; 李伟 is a manager"
        );
        let rep = Actor {
            owner: li,
            role: Role::Rep,
        };
        assert!(rep.may_approve(ApprovalLevel::Manager).is_err());
        assert!(rep.may_approve(ApprovalLevel::None).is_ok());
    }

    #[test]
    fn keys_compare_without_their_comment() {
        assert_eq!(
            key_identity("ssh-ed25519 AAAAC3Nz li@laptop").as_deref(),
            Some("ssh-ed25519 AAAAC3Nz")
        );
        assert_eq!(key_identity("garbage"), None);
    }
}
