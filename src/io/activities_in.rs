//! Activities from CSV (dealdeck's export, a Salesforce activity report, or `--map`):
//! joined to deals by external id or name, and to contacts by name.

use super::columns::{Columns, Reported, RowReader, import_fields};
use super::parties_in::each_row;
use super::sheet::Sheet;
use super::values::{parse_flag, parse_instant};
use super::{Expected, ImportError};
use crate::domain::*;
use crate::store::ImportedActivity;

import_fields! {
    pub enum ActivityField {
        Kind = "kind",
        At = "at",
        Deal = "deal",
        Account = "account",
        Contacts = "contacts",
        Owner = "owner",
        Summary = "summary",
        Due = "due",
        Done = "done",
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActivityPreset {
    Dealdeck,
    Salesforce,
}

fn preset(p: ActivityPreset) -> &'static [(ActivityField, &'static [&'static str])] {
    use ActivityField::*;
    match p {
        ActivityPreset::Dealdeck => &[
            (Kind, &["kind"]),
            (At, &["at"]),
            (Deal, &["deal_ref", "deal"]),
            (Account, &["account"]),
            (Contacts, &["contacts"]),
            (Owner, &["owner"]),
            (Summary, &["summary"]),
            (Due, &["due"]),
            (Done, &["done"]),
        ],
        ActivityPreset::Salesforce => &[
            (Kind, &["Task Subtype", "Type", "Activity Type"]),
            (At, &["Date", "Activity Date", "Due Date"]),
            (Deal, &["Related To", "Opportunity"]),
            (Account, &["Account", "Company / Account"]),
            (Contacts, &["Name", "Contact"]),
            (Owner, &["Assigned", "Assigned To"]),
            (Summary, &["Subject"]),
            (Done, &["Completed", "Closed"]),
        ],
    }
}

pub fn read_activities(
    sheet: &Sheet,
    from: Option<ActivityPreset>,
    explicit: &[(ActivityField, String)],
    date_format: Option<&str>,
) -> Result<Vec<ImportedActivity>, ImportError> {
    use ActivityField as F;
    let columns = Columns::resolve(sheet, explicit, from.map_or(&[][..], preset))?;
    columns.require(
        sheet,
        &[("at", &[F::At]), ("summary", &[F::Summary])],
        from.is_some(),
    )?;
    each_row(sheet, &columns, |r: &mut RowReader<F>| {
        let kind = r.choice(
            F::Kind,
            &[
                ("call", ActivityKind::Call),
                ("meeting", ActivityKind::Meeting),
                ("email", ActivityKind::Email),
                ("demo", ActivityKind::Demo),
                ("note", ActivityKind::Note),
                ("task", ActivityKind::Task),
            ],
        );
        let at = match parse_instant(r.text(F::At), date_format) {
            Some(t) => Ok(t),
            None => {
                r.problem(F::At, "io-expected-date-time");
                Err(Reported)
            }
        };
        let due = r.day(F::Due, date_format);
        let summary = r.text(F::Summary).to_string();
        if summary.is_empty() || summary.chars().count() > MAX_TEXT {
            r.problem(
                F::Summary,
                Expected::new("io-expected-summary").with("max", MAX_TEXT.to_string()),
            );
        }
        let done = match parse_flag(r.text(F::Done)) {
            Some(d) => Ok(d),
            None if r.text(F::Done).eq_ignore_ascii_case("completed") => Ok(true),
            None => {
                r.problem(F::Done, "io-expected-true-false");
                Err(Reported)
            }
        };
        let (Ok(kind), Ok(at), Ok(due), Ok(done)) = (kind, at, due, done) else {
            return None;
        };
        let contacts = r
            .text(F::Contacts)
            .split(';')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect();
        Some(ImportedActivity {
            line: r.line,
            kind: kind.unwrap_or(ActivityKind::Note),
            at,
            deal: r.optional(F::Deal),
            account: r.optional(F::Account),
            contacts,
            owner: r.optional(F::Owner),
            summary,
            due,
            done,
        })
    })
}
