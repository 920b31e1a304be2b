//! Leads from CSV (a web form's export, an event's attendee list, a CRM's
//! Leads export): company, contact, phone, email, channel, industry, region,
//! size and a behaviour score.

use super::columns::{Columns, import_fields};
use super::parties_in::{SIZES, each_row, named};
use super::sheet::Sheet;
use super::{Expected, ImportError};
use crate::domain::lead_pool::MAX_PART;
use crate::domain::*;
use crate::store::LeadDraft;

import_fields! {
    pub enum LeadField {
        Company = "company",
        Contact = "contact",
        Phone = "phone",
        Email = "email",
        Channel = "channel",
        Industry = "industry",
        Region = "region",
        Size = "size",
        Behaviour = "behaviour",
    }
}

/// Our column names and the usual CRM spellings (Salesforce Leads export).
const PRESET: &[(LeadField, &[&str])] = &[
    (LeadField::Company, &["company", "Company", "Account Name"]),
    (
        LeadField::Contact,
        &["contact", "Name", "Full Name", "Contact"],
    ),
    (
        LeadField::Phone,
        &["phone", "Phone", "Mobile", "MobilePhone"],
    ),
    (LeadField::Email, &["email", "Email"]),
    (
        LeadField::Channel,
        &["channel", "Lead Source", "LeadSource", "Source"],
    ),
    (LeadField::Industry, &["industry", "Industry"]),
    (
        LeadField::Region,
        &["region", "Region", "State/Province", "State"],
    ),
    (LeadField::Size, &["size", "Company Size", "Employees"]),
    (
        LeadField::Behaviour,
        &[
            "behaviour",
            "behavior",
            "Behaviour Score",
            "Behavior Score",
            "Engagement",
        ],
    ),
];

/// The leads of a file, and the lines that gave no company size (scored as
/// the smallest) or no channel (kept as "import"): the summary says which.
pub struct LeadsFile {
    pub drafts: Vec<LeadDraft>,
    pub without_size: Vec<u64>,
    /// Lines that named no channel (kept as "import").
    pub without_channel: Vec<u64>,
}

pub fn read_leads(
    sheet: &Sheet,
    explicit: &[(LeadField, String)],
) -> Result<LeadsFile, ImportError> {
    use LeadField as F;
    let columns = Columns::resolve(sheet, explicit, PRESET)?;
    columns.require(sheet, &[("company", &[F::Company])], true)?;
    let mut without_size = Vec::new();
    let mut without_channel = Vec::new();
    let drafts = each_row(sheet, &columns, |r| {
        let company = named(r, F::Company, "io-expected-company-name");
        let channel = match r.optional(F::Channel) {
            None => {
                without_channel.push(r.line);
                Some(Channel::Import)
            }
            Some(text) => Channel::parse(&text).or_else(|| {
                r.problem(F::Channel, "io-expected-channel");
                None
            }),
        };
        let size = r.choice(F::Size, &SIZES).map(|given| {
            given.unwrap_or_else(|| {
                without_size.push(r.line);
                CompanySize::Small
            })
        });
        let behaviour = match r.text(F::Behaviour) {
            "" => Some(0),
            text => text
                .parse::<u8>()
                .ok()
                .filter(|b| *b <= MAX_PART)
                .or_else(|| {
                    r.problem(
                        F::Behaviour,
                        Expected::new("io-expected-behaviour").with("max", MAX_PART.to_string()),
                    );
                    None
                }),
        };
        let (Some(channel), Ok(size), Some(behaviour)) = (channel, size, behaviour) else {
            return None;
        };
        Some(LeadDraft {
            company,
            contact_name: r.text(F::Contact).to_string(),
            phone: r.text(F::Phone).to_string(),
            email: r.text(F::Email).to_string(),
            channel,
            industry: r.text(F::Industry).to_string(),
            region: r.text(F::Region).to_string(),
            size,
            behaviour,
        })
    })?;
    Ok(LeadsFile {
        drafts,
        without_size,
        without_channel,
    })
}
