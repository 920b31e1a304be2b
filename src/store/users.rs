//! Who may sign in to a served workspace, with which keys and role; and the
//! check every change passes through: a signed-in user changes only what
//! their role allows. A workspace with no users is one person's, and nothing
//! is checked (whoever can open the file owns it).

use super::Touched;
use super::mutate::{all_owners, find_owner};
use super::record::{Record, decode, get, insert_new, next_id, put};
use super::tables::{RecordTable, USERS};
use super::{Stamp, Store, StoreError};
use crate::domain::user::key_identity;
use crate::domain::*;
use redb::{ReadableTable, ReadableTableMetadata, WriteTransaction};

impl Record for User {
    const TABLE: RecordTable = USERS;
    const KIND: &'static str = "user";
    fn key(&self) -> u64 {
        self.owner.0
    }
}

/// What `user add` needs.
#[derive(Debug, Clone)]
pub struct NewUser {
    /// An owner's name; a new owner is made when none has it.
    pub name: String,
    pub role: Role,
    /// For a new owner: their team.
    pub team: String,
    /// One OpenSSH public key line.
    pub key: String,
}

impl Store {
    /// Every user with their owner record, by name.
    pub fn users(&self) -> Result<Vec<(User, Owner)>, StoreError> {
        let txn = self.read()?;
        let Some(table) = super::record::made(txn.open_table(USERS))? else {
            return Ok(Vec::new());
        };
        let owners = self.owners()?;
        let mut users = Vec::new();
        for row in table.iter()? {
            let (key, value) = row?;
            let user: User = decode(User::KIND, key.value(), value.value())?;
            if let Some(owner) = owners.iter().find(|o| o.id == user.owner) {
                users.push((user, owner.clone()));
            }
        }
        users.sort_by(|a, b| a.1.name.cmp(&b.1.name));
        Ok(users)
    }

    /// The user who signs in with this public key (`ssh-ed25519 AAAA…`).
    pub fn actor_by_key(&self, key: &str) -> Result<Option<Actor>, StoreError> {
        let Some(wanted) = key_identity(key) else {
            return Ok(None);
        };
        Ok(self.users()?.into_iter().find_map(|(user, owner)| {
            user.keys
                .iter()
                .any(|k| key_identity(k).as_deref() == Some(wanted.as_str()))
                .then_some(Actor {
                    owner,
                    role: user.role,
                })
        }))
    }

    /// The user of this name, if the workspace has one.
    pub fn actor(&self, name: &str) -> Result<Option<Actor>, StoreError> {
        Ok(self
            .users()?
            .into_iter()
            .find(|(_, o)| o.name.eq_ignore_ascii_case(name.trim()))
            .map(|(user, owner)| Actor {
                owner,
                role: user.role,
            }))
    }

    pub fn add_user(&self, new: &NewUser, stamp: Stamp) -> Result<(User, Owner), StoreError> {
        crate::domain::validate::text("name", &new.name, MAX_TITLE, true)?;
        crate::domain::validate::text("team", &new.team, MAX_TITLE, false)?;
        let key = checked_key(&new.key)?;
        let txn = self.begin_write()?;
        authorize_admin(&txn, stamp)?;
        let owner = match find_owner(&txn, &new.name) {
            Ok(owner) => owner,
            Err(_) => {
                let owner = Owner {
                    team: new.team.trim().to_string(),
                    role: match new.role {
                        Role::Rep => OwnerRole::Rep,
                        Role::Manager => OwnerRole::Manager,
                        Role::Director | Role::Admin => OwnerRole::Director,
                    },
                    ..Owner::rep(OwnerId(next_id::<Owner>(&txn)?), &new.name)
                };
                if owner.name.is_empty() {
                    return Err(ValidationError::Empty { field: "name" }.into());
                }
                insert_new(&txn, &owner)?;
                owner
            }
        };
        if get::<User>(&txn, owner.id.0)?.is_some() {
            return Err(StoreError::Conflict(t!(
                "store-user-exists",
                name = owner.name.as_str()
            )));
        }
        refuse_key_in_use(&txn, &key)?;
        let user = User {
            owner: owner.id,
            role: new.role,
            keys: vec![key],
            added_at: stamp.at,
        };
        insert_new(&txn, &user)?;
        self.commit(txn, stamp.by, Touched::Nothing)?;
        Ok((user, owner))
    }

    /// Adds (`add`) or removes a key of the user `name`.
    pub fn change_user_key(
        &self,
        name: &str,
        key: &str,
        add: bool,
        stamp: Stamp,
    ) -> Result<User, StoreError> {
        let txn = self.begin_write()?;
        authorize_admin(&txn, stamp)?;
        let mut user = user_named(&txn, name)?;
        if add {
            let key = checked_key(key)?;
            refuse_key_in_use(&txn, &key)?;
            user.keys.push(key);
        } else {
            let wanted = key_identity(key).unwrap_or_else(|| key.trim().to_string());
            let before = user.keys.len();
            user.keys
                .retain(|k| key_identity(k).as_deref() != Some(wanted.as_str()));
            if user.keys.len() == before {
                return Err(StoreError::Conflict(t!(
                    "store-user-no-such-key",
                    name = name.to_string()
                )));
            }
        }
        put(&txn, &user)?;
        self.commit(txn, stamp.by, Touched::Nothing)?;
        Ok(user)
    }

    /// Takes away a user's sign-in; their owner record and deals stay.
    pub fn remove_user(&self, name: &str, stamp: Stamp) -> Result<(), StoreError> {
        let txn = self.begin_write()?;
        authorize_admin(&txn, stamp)?;
        let user = user_named(&txn, name)?;
        txn.open_table(USERS)?.remove(user.owner.0)?;
        self.commit(txn, stamp.by, Touched::Nothing)?;
        Ok(())
    }
}

/// The signed-in user making a change, when the workspace has users and the
/// change is made under a user's name. None: nothing to check.
pub(super) fn acting_user(
    txn: &WriteTransaction,
    stamp: Stamp,
) -> Result<Option<Actor>, StoreError> {
    let table = txn.open_table(USERS)?;
    if table.is_empty()? {
        return Ok(None);
    }
    let Ok(owner) = find_owner(txn, stamp.by) else {
        return Ok(None);
    };
    let Some(row) = table.get(owner.id.0)? else {
        return Ok(None);
    };
    let user: User = decode(User::KIND, owner.id.0, row.value())?;
    Ok(Some(Actor {
        owner,
        role: user.role,
    }))
}

/// Refuses a change to `deal` its maker's role does not allow.
pub(super) fn authorize_deal(
    txn: &WriteTransaction,
    stamp: Stamp,
    deal: &Deal,
) -> Result<(), StoreError> {
    authorize_owned(txn, stamp, &deal.title, deal.owner)
}

/// Refuses a change to something `owner` holds (named `what` in the refusal)
/// that its maker's role does not allow.
pub(super) fn authorize_owned(
    txn: &WriteTransaction,
    stamp: Stamp,
    what: &str,
    owner: OwnerId,
) -> Result<(), StoreError> {
    let Some(actor) = acting_user(txn, stamp)? else {
        return Ok(());
    };
    let owners = all_owners(txn)?;
    let unknown = Owner::rep(owner, &t!("store-owner-unknown", id = owner.to_string()));
    let owner = owners.iter().find(|o| o.id == owner).unwrap_or(&unknown);
    actor.may_edit(what, owner)?;
    Ok(())
}

/// Refuses a change to an account (or its contacts) its maker's role does
/// not allow: the account's owner, their team's manager, a director or an
/// admin may; an account nobody owns anyone may.
pub(super) fn authorize_account(
    txn: &WriteTransaction,
    stamp: Stamp,
    account: &Account,
) -> Result<(), StoreError> {
    match account.owner {
        Some(owner) => authorize_owned(txn, stamp, &account.name, owner),
        None => Ok(()),
    }
}

pub(super) fn authorize_admin(txn: &WriteTransaction, stamp: Stamp) -> Result<(), StoreError> {
    match acting_user(txn, stamp)? {
        Some(actor) => Ok(actor.may_administer()?),
        None => Ok(()),
    }
}

fn user_named(txn: &WriteTransaction, name: &str) -> Result<User, StoreError> {
    let owner = find_owner(txn, name)?;
    get::<User>(txn, owner.id.0)?.ok_or_else(|| {
        StoreError::Conflict(t!("store-user-owner-not-user", name = owner.name.as_str()))
    })
}

fn checked_key(line: &str) -> Result<String, StoreError> {
    let line = line.trim();
    if key_identity(line).is_none() || line.lines().count() != 1 {
        return Err(StoreError::Conflict(t!("store-user-bad-key")));
    }
    Ok(line.to_string())
}

fn refuse_key_in_use(txn: &WriteTransaction, key: &str) -> Result<(), StoreError> {
    let wanted = key_identity(key);
    let table = txn.open_table(USERS)?;
    for row in table.iter()? {
        let (k, v) = row?;
        let user: User = decode(User::KIND, k.value(), v.value())?;
        if user.keys.iter().any(|k| key_identity(k) == wanted) {
            return Err(StoreError::Conflict(t!(
                "store-user-key-in-use",
                owner = user.owner.to_string()
            )));
        }
    }
    Ok(())
}
