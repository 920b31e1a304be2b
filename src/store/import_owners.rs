//! `import owners`: the sales team — names, emails, teams, roles — matched to the
//! owners already there by name (deals imported earlier made them without a team).

use super::Touched;
use super::import::Parties;
use super::record::{put, require};
use super::{Stamp, Store, StoreError};
use crate::domain::*;

/// One checked row of an owners file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedOwner {
    pub line: u64,
    pub name: String,
    pub email: String,
    pub team: String,
    /// Whom they report to: a person without a team joins their manager's.
    pub manager: Option<String>,
    pub role: OwnerRole,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OwnersSummary {
    pub created: usize,
    /// Owners already there whose team, role or email the file changed.
    pub updated: usize,
    pub unchanged: usize,
    /// People without a team in the file who took their manager's.
    pub team_from_manager: usize,
    /// Managers named that are neither in the file nor in the workspace.
    pub unknown_managers: Vec<String>,
}

impl Store {
    /// Creates the people of the file who are not owners yet and brings the
    /// others' team, role and email up to date, in one transaction.
    pub fn import_owners(
        &self,
        rows: &[ImportedOwner],
        stamp: Stamp,
        dry_run: bool,
    ) -> Result<OwnersSummary, StoreError> {
        let txn = self.db.begin_write()?;
        // Teams and roles decide who may change what: an admin's change.
        super::users::authorize_admin(&txn, stamp)?;
        let mut parties = Parties::load(&txn, stamp.at)?;
        let mut summary = OwnersSummary::default();
        // Teams by person, the file's first: a manager may come after their reports.
        let team_of = |name: &str| {
            rows.iter()
                .find(|r| r.name.eq_ignore_ascii_case(name.trim()))
                .map(|r| r.team.clone())
        };
        for row in rows {
            crate::domain::validate::text("name", &row.name, MAX_TITLE, true)
                .and_then(|()| crate::domain::validate::text("team", &row.team, MAX_TITLE, false))
                .and_then(|()| crate::domain::validate::text("email", &row.email, MAX_TITLE, false))
                .map_err(|e| super::import::at_line(row.line, StoreError::from(e)))?;
            let mut team = row.team.trim().to_string();
            if team.is_empty()
                && let Some(manager) = &row.manager
            {
                match team_of(manager).filter(|t| !t.is_empty()) {
                    Some(t) => {
                        team = t;
                        summary.team_from_manager += 1;
                    }
                    None => summary.unknown_managers.push(manager.clone()),
                }
            }
            let known = parties.existing_owner(&row.name).is_some();
            let id = parties.owner(&row.name);
            // Made by this import (a person named twice takes the later row).
            if let Some(o) = parties.new_owners.iter_mut().find(|o| o.id == id) {
                o.team = team;
                o.role = row.role;
                o.email = row.email.trim().to_string();
                if !known {
                    summary.created += 1;
                }
                continue;
            }
            let mut owner = require::<Owner>(&txn, id.0)?;
            let before = owner.clone();
            if !team.is_empty() {
                owner.team = team;
            }
            owner.role = row.role;
            if !row.email.trim().is_empty() {
                owner.email = row.email.trim().to_string();
            }
            if owner == before {
                summary.unchanged += 1;
            } else {
                put(&txn, &owner)?;
                summary.updated += 1;
            }
        }
        parties.write(&txn)?;
        summary.unknown_managers.sort();
        summary.unknown_managers.dedup();
        if dry_run {
            txn.abort()?;
        } else {
            self.commit(txn, "", Touched::Everything)?;
        }
        Ok(summary)
    }
}
