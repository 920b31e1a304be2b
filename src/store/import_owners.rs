//! `import owners`: the sales team — names, emails, teams, roles — matched to the
//! owners already there by name (deals imported earlier made them without a team).

use super::Touched;
use super::parties::Parties;
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
    /// Whom they report to, by name or by CRM id: a person without a team
    /// joins their manager's.
    pub manager: Option<String>,
    pub manager_id: Option<String>,
    pub role: OwnerRole,
    /// Their id in the CRM, for deals that name owners by id.
    pub external_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OwnersSummary {
    pub created: usize,
    /// Owners already there whose team, role, email, manager or CRM id the file changed.
    pub updated: usize,
    pub unchanged: usize,
    /// People without a team in the file who took their manager's.
    pub team_from_manager: usize,
    /// People whose manager the file names and who now report to them.
    pub managers_set: usize,
    /// Managers named that are neither in the file nor in the workspace.
    pub unknown_managers: Vec<String>,
}

impl Store {
    /// Creates the people of the file who are not owners yet and brings the
    /// others' team, role, email, manager and CRM id up to date, in one transaction.
    pub fn import_owners(
        &self,
        rows: &[ImportedOwner],
        stamp: Stamp,
        dry_run: bool,
    ) -> Result<OwnersSummary, StoreError> {
        let txn = self.begin_write()?;
        // Teams and roles decide who may change what: an admin's change.
        super::users::authorize_admin(&txn, stamp)?;
        let mut parties = Parties::load(&txn, stamp.at)?;
        let mut summary = OwnersSummary::default();
        // A row's manager among the file's rows: a manager may come after their reports.
        let manager_row = |row: &ImportedOwner| {
            rows.iter().find(|r| {
                row.manager
                    .as_deref()
                    .is_some_and(|m| r.name.eq_ignore_ascii_case(m.trim()))
                    || (row.manager_id.is_some() && r.external_id == row.manager_id)
            })
        };
        let mut people: Vec<(OwnerId, &ImportedOwner)> = Vec::with_capacity(rows.len());
        for row in rows {
            crate::domain::validate::text("name", &row.name, MAX_TITLE, true)
                .and_then(|()| crate::domain::validate::text("team", &row.team, MAX_TITLE, false))
                .and_then(|()| crate::domain::validate::text("email", &row.email, MAX_TITLE, false))
                .and_then(|()| {
                    let id = row.external_id.as_deref().unwrap_or_default();
                    crate::domain::validate::text("id", id, MAX_TITLE, false)
                })
                .map_err(|e| super::import::at_line(row.line, StoreError::from(e)))?;
            let mut team = row.team.trim().to_string();
            if team.is_empty()
                && let Some(t) = manager_row(row)
                    .map(|m| m.team.trim())
                    .filter(|t| !t.is_empty())
            {
                team = t.to_string();
                summary.team_from_manager += 1;
            }
            let known = parties.existing_owner(&row.name).is_some();
            let id = parties.owner(&row.name);
            if let Some(crm) = &row.external_id {
                parties.set_owner_id(id, crm);
            }
            people.push((id, row));
            // Made by this import (a person named twice takes the later row).
            if let Some(o) = parties.new_owners.iter_mut().find(|o| o.id == id) {
                o.team = team;
                o.role = row.role;
                o.email = row.email.trim().to_string();
                o.external_id = row.external_id.clone().or(o.external_id.take());
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
            if row.external_id.is_some() {
                owner.external_id = row.external_id.clone();
            }
            if owner == before {
                summary.unchanged += 1;
            } else {
                put(&txn, &owner)?;
                summary.updated += 1;
            }
        }
        // Managers once everyone of the file is known.
        for (id, row) in people {
            let manager = match (&row.manager, &row.manager_id) {
                (_, Some(crm)) if parties.owner_by_crm_id(crm).is_some() => {
                    parties.owner_by_crm_id(crm)
                }
                (Some(name), _) => parties.existing_owner(name),
                _ => None,
            };
            let Some(manager) = manager.filter(|m| *m != id) else {
                if let Some(named) = row.manager.clone().or(row.manager_id.clone()) {
                    summary.unknown_managers.push(named);
                }
                continue;
            };
            summary.managers_set += 1;
            if let Some(o) = parties.new_owners.iter_mut().find(|o| o.id == id) {
                o.manager = Some(manager);
                continue;
            }
            let mut owner = require::<Owner>(&txn, id.0)?;
            if owner.manager != Some(manager) {
                owner.manager = Some(manager);
                put(&txn, &owner)?;
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
