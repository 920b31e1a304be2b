//! The sales team from CSV: a Salesforce User export, a HubSpot users export,
//! or `--map` — name, email, team, manager, role.

use super::columns::{Columns, RowReader, import_fields};
use super::parties_in::{PartyPreset, each_row};
use super::sheet::Sheet;
use super::{Expected, ImportError};
use crate::domain::*;
use crate::store::ImportedOwner;

import_fields! {
    pub enum OwnerField {
        Name = "name",
        FirstName = "first_name",
        LastName = "last_name",
        Email = "email",
        Team = "team",
        Manager = "manager",
        Role = "role",
        /// The person's id in the CRM (deals of an API export name owners by it).
        Id = "id",
        /// The manager's id in the CRM (Salesforce's `ManagerId`).
        ManagerId = "manager_id",
    }
}

fn preset(p: PartyPreset) -> &'static [(OwnerField, &'static [&'static str])] {
    use OwnerField::*;
    match p {
        PartyPreset::Dealdeck => &[
            (Name, &["name"]),
            (Email, &["email"]),
            (Team, &["team"]),
            (Manager, &["manager"]),
            (Role, &["role"]),
        ],
        // Setup → Users → export; Data Loader writes relationship fields as `Manager.Name`.
        PartyPreset::Salesforce => &[
            (Name, &["Full Name", "Name"]),
            (FirstName, &["First Name", "FirstName"]),
            (LastName, &["Last Name", "LastName"]),
            (Email, &["Email"]),
            (Team, &["Department", "Division"]),
            (Manager, &["Manager", "Manager.Name"]),
            (Role, &["Role", "UserRole.Name", "Title"]),
            (Id, &["User ID", "Id"]),
            (ManagerId, &["Manager ID", "ManagerId"]),
        ],
        PartyPreset::Hubspot => &[
            (FirstName, &["First Name", "First name"]),
            (LastName, &["Last Name", "Last name"]),
            (Email, &["Email"]),
            (Team, &["Primary team", "Team", "Teams"]),
            (Role, &["Role", "Job title"]),
            (Id, &["User ID", "ID"]),
        ],
    }
}

/// A role as CRMs word it (`VP Sales`, `Sales Manager, EMEA`, `Account
/// Executive`): director for heads and VPs, manager for managers, else rep.
pub fn role_from_title(title: &str) -> OwnerRole {
    let t = title.to_lowercase();
    if ["director", "vp", "vice president", "head of", "chief"]
        .iter()
        .any(|w| t.contains(w))
    {
        OwnerRole::Director
    } else if t.contains("manager") || t.contains("lead") {
        OwnerRole::Manager
    } else {
        OwnerRole::Rep
    }
}

pub fn read_owners(
    sheet: &Sheet,
    preset_of: Option<PartyPreset>,
    explicit: &[(OwnerField, String)],
) -> Result<Vec<ImportedOwner>, ImportError> {
    use OwnerField as F;
    let columns = Columns::resolve(sheet, explicit, preset_of.map_or(&[][..], preset))?;
    let name = t!("io-group-name-or-first-last");
    columns.require(
        sheet,
        &[(name.as_str(), &[F::Name, F::LastName])],
        preset_of.is_some(),
    )?;
    each_row(sheet, &columns, |r: &mut RowReader<F>| {
        let name = match r.optional(F::Name) {
            Some(n) => n,
            None => format!("{} {}", r.text(F::FirstName), r.text(F::LastName))
                .trim()
                .to_string(),
        };
        if name.is_empty() || name.chars().count() > MAX_TITLE {
            r.problem(
                F::Name,
                Expected::new("io-expected-person-name").with("max", MAX_TITLE.to_string()),
            );
            return None;
        }
        Some(ImportedOwner {
            line: r.line,
            name,
            email: r.text(F::Email).to_string(),
            team: r.text(F::Team).to_string(),
            manager: r.optional(F::Manager),
            manager_id: r.optional(F::ManagerId),
            external_id: r.optional(F::Id),
            role: role_from_title(r.text(F::Role)),
        })
    })
}
