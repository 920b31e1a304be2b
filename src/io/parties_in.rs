//! Accounts and contacts from CSV: dealdeck's own export, Salesforce and HubSpot
//! column sets, or `--map`.

use super::columns::{Columns, ImportField, Reported, RowReader, import_fields};
use super::sheet::Sheet;
use super::{CellProblem, Expected, ImportError, MAX_PROBLEMS};
use crate::domain::*;
use crate::store::{ImportedAccount, ImportedContact};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartyPreset {
    Dealdeck,
    Salesforce,
    Hubspot,
}

import_fields! {
    pub enum AccountField {
        Name = "name",
        Industry = "industry",
        Region = "region",
        Size = "size",
        Tier = "tier",
        Lifecycle = "lifecycle",
        Owner = "owner",
        Parent = "parent",
        /// The account's id in the CRM (deals of an API export name it).
        Id = "id",
    }
}

import_fields! {
    pub enum ContactField {
        Name = "name",
        FirstName = "first_name",
        LastName = "last_name",
        Account = "account",
        Title = "title",
        Role = "role",
        Stance = "stance",
        Influence = "influence",
        Email = "email",
        Phone = "phone",
    }
}

fn account_preset(p: PartyPreset) -> &'static [(AccountField, &'static [&'static str])] {
    use AccountField::*;
    match p {
        PartyPreset::Dealdeck => &[
            (Name, &["name"]),
            (Industry, &["industry"]),
            (Region, &["region"]),
            (Size, &["size"]),
            (Tier, &["tier"]),
            (Lifecycle, &["lifecycle"]),
            (Owner, &["owner"]),
            (Parent, &["parent"]),
        ],
        PartyPreset::Salesforce => &[
            (Name, &["Account Name", "Name"]),
            (Industry, &["Industry"]),
            (
                Region,
                &[
                    "Billing Country",
                    "Billing State/Province",
                    "BillingCountry",
                ],
            ),
            (Owner, &["Account Owner", "Owner"]),
            (Parent, &["Parent Account"]),
            (Id, &["Account ID", "Id"]),
        ],
        PartyPreset::Hubspot => &[
            (Name, &["Company name", "Name"]),
            (Industry, &["Industry"]),
            (Region, &["Country/Region", "Country"]),
            (Owner, &["Company owner"]),
            (Parent, &["Parent Company"]),
            (Id, &["Record ID", "Company ID"]),
        ],
    }
}

fn contact_preset(p: PartyPreset) -> &'static [(ContactField, &'static [&'static str])] {
    use ContactField::*;
    match p {
        PartyPreset::Dealdeck => &[
            (Name, &["name"]),
            (Account, &["account"]),
            (Title, &["title"]),
            (Role, &["role"]),
            (Stance, &["stance"]),
            (Influence, &["influence"]),
            (Email, &["email"]),
            (Phone, &["phone"]),
        ],
        PartyPreset::Salesforce => &[
            (FirstName, &["First Name", "FirstName"]),
            (LastName, &["Last Name", "LastName"]),
            (Account, &["Account Name"]),
            (Title, &["Title"]),
            (Email, &["Email"]),
            (Phone, &["Phone"]),
        ],
        PartyPreset::Hubspot => &[
            (FirstName, &["First Name"]),
            (LastName, &["Last Name"]),
            (Account, &["Associated Company", "Company Name"]),
            (Title, &["Job Title"]),
            (Email, &["Email"]),
            (Phone, &["Phone Number"]),
        ],
    }
}

/// Runs `read` on every row, gathering problems; the rows only when there are none.
pub(super) fn each_row<F: ImportField, T>(
    sheet: &Sheet,
    columns: &Columns<F>,
    mut read: impl FnMut(&mut RowReader<F>) -> Option<T>,
) -> Result<Vec<T>, ImportError> {
    let mut out = Vec::with_capacity(sheet.len());
    let mut problems: Vec<CellProblem> = Vec::new();
    for row in sheet.rows() {
        let row = row?;
        let before = problems.len();
        let mut r = RowReader {
            row: &row.cells,
            line: row.line,
            columns,
            problems: &mut problems,
        };
        let value = read(&mut r);
        if let (Some(v), true) = (value, problems.len() == before) {
            out.push(v);
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        // Every problem counted, the first listed.
        let total = problems.len();
        problems.truncate(MAX_PROBLEMS);
        Err(ImportError::Cells {
            file: sheet.file.clone(),
            total,
            problems,
        })
    }
}

/// A company size as files spell it.
pub(super) const SIZES: [(&str, CompanySize); 8] = [
    ("small", CompanySize::Small),
    ("1-49", CompanySize::Small),
    ("medium", CompanySize::Medium),
    ("50-499", CompanySize::Medium),
    ("large", CompanySize::Large),
    ("500-4999", CompanySize::Large),
    ("enterprise", CompanySize::Enterprise),
    ("5000+", CompanySize::Enterprise),
];

/// A company size by any of its spellings.
pub fn size_named(text: &str) -> Option<CompanySize> {
    let plain = |s: &str| s.to_lowercase().replace(['_', '-', ' '], "");
    SIZES
        .iter()
        .find(|(name, _)| plain(name) == plain(text))
        .map(|(_, size)| *size)
}

/// The cell as a name of 1 to `MAX_TITLE` characters; `expected` is the
/// catalogue's words for it (taking `max`).
pub(super) fn named<F: ImportField>(
    r: &mut RowReader<F>,
    field: F,
    expected: &'static str,
) -> String {
    let text = r.text(field).to_string();
    if text.is_empty() || text.chars().count() > MAX_TITLE {
        r.problem(
            field,
            Expected::new(expected).with("max", MAX_TITLE.to_string()),
        );
    }
    text
}

pub fn read_accounts(
    sheet: &Sheet,
    preset: Option<PartyPreset>,
    explicit: &[(AccountField, String)],
) -> Result<Vec<ImportedAccount>, ImportError> {
    use AccountField as F;
    let columns = Columns::resolve(sheet, explicit, preset.map_or(&[][..], account_preset))?;
    columns.require(sheet, &[("name", &[F::Name])], preset.is_some())?;
    each_row(sheet, &columns, |r| {
        let name = named(r, F::Name, "io-expected-account-name");
        let size = r.choice(F::Size, &SIZES);
        let tier = r.choice(F::Tier, &[("A", Tier::A), ("B", Tier::B), ("C", Tier::C)]);
        let lifecycle = r.choice(
            F::Lifecycle,
            &[
                ("prospect", Lifecycle::Prospect),
                ("new", Lifecycle::New),
                ("active", Lifecycle::Active),
                ("churned", Lifecycle::Churned),
            ],
        );
        let (Ok(size), Ok(tier), Ok(lifecycle)) = (size, tier, lifecycle) else {
            return None;
        };
        Some(ImportedAccount {
            line: r.line,
            name,
            industry: r.text(F::Industry).to_string(),
            region: r.text(F::Region).to_string(),
            size,
            tier,
            lifecycle,
            owner: r.optional(F::Owner),
            parent: r.optional(F::Parent),
            external_id: r.optional(F::Id),
        })
    })
}

pub fn read_contacts(
    sheet: &Sheet,
    preset: Option<PartyPreset>,
    explicit: &[(ContactField, String)],
) -> Result<Vec<ImportedContact>, ImportError> {
    use ContactField as F;
    let columns = Columns::resolve(sheet, explicit, preset.map_or(&[][..], contact_preset))?;
    let name = t!("io-group-name-or-first-last");
    columns.require(
        sheet,
        &[
            (name.as_str(), &[F::Name, F::LastName]),
            ("account", &[F::Account]),
        ],
        preset.is_some(),
    )?;
    each_row(sheet, &columns, |r| {
        let name = if columns.index(F::Name).is_some() {
            named(r, F::Name, "io-expected-contact-name")
        } else {
            let full = format!("{} {}", r.text(F::FirstName), r.text(F::LastName));
            let full = full.trim().to_string();
            if full.is_empty() || full.chars().count() > MAX_TITLE {
                r.problem(
                    F::LastName,
                    Expected::new("io-expected-name").with("max", MAX_TITLE.to_string()),
                );
            }
            full
        };
        let account = named(r, F::Account, "io-expected-account-name");
        let role = r.choice(
            F::Role,
            &[
                ("economic buyer", DecisionRole::EconomicBuyer),
                ("decision maker", DecisionRole::DecisionMaker),
                ("technical evaluator", DecisionRole::TechnicalEvaluator),
                ("influencer", DecisionRole::Influencer),
                ("user", DecisionRole::User),
                ("champion", DecisionRole::Champion),
                ("blocker", DecisionRole::Blocker),
            ],
        );
        let stance = r.choice(
            F::Stance,
            &[
                ("supporter", Stance::Supporter),
                ("neutral", Stance::Neutral),
                ("opponent", Stance::Opponent),
            ],
        );
        let influence = match r.optional(F::Influence) {
            None => Ok(3),
            Some(t) => match t.parse::<u8>() {
                Ok(n) if (1..=5).contains(&n) => Ok(n),
                _ => {
                    r.problem(F::Influence, "io-expected-influence");
                    Err(Reported)
                }
            },
        };
        let (Ok(role), Ok(stance), Ok(influence)) = (role, stance, influence) else {
            return None;
        };
        Some(ImportedContact {
            line: r.line,
            name,
            account,
            title: r.text(F::Title).to_string(),
            role: role.unwrap_or(DecisionRole::Influencer),
            stance: stance.unwrap_or(Stance::Neutral),
            influence,
            email: r.text(F::Email).to_string(),
            phone: r.text(F::Phone).to_string(),
        })
    })
}
