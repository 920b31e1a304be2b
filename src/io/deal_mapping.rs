//! How a deals file is read: the preset and columns, stage names mapped by hand,
//! and the options for what real exports lack or have wrong.

use super::deal_fields::{Field, Preset};
use crate::domain::*;
use chrono::{DateTime, NaiveDate, Utc};

/// How the file is read: a preset and/or explicit `field=Column` pairs (which win),
/// stage names mapped by hand, and defaults for what the file lacks.
#[derive(Debug, Clone)]
pub struct DealMapping {
    pub preset: Option<Preset>,
    pub columns: Vec<(Field, String)>,
    /// (name in the file, target): a stage name of the pipeline, `won` or `lost`.
    pub stages: Vec<(String, String)>,
    pub date_format: Option<String>,
    pub currency: Currency,
    pub pipeline: PipelineId,
    pub now: DateTime<Utc>,
    /// What the file lacks or has wrong, and how the user said to fill or fix it.
    pub defaults: ImportDefaults,
    /// The catalogue, for a product column.
    pub products: Vec<Product>,
}

/// Options for rows a real export has that dealdeck would otherwise refuse:
/// each one used is counted in the import summary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportDefaults {
    /// `--default-account`: the account of rows whose account is blank.
    pub account: Option<String>,
    /// `--default-created`: the created date of rows that have none.
    pub created: Option<DefaultCreated>,
    /// `--closed-on`: the close date of closed rows that have none.
    pub closed_on: Option<NaiveDate>,
    /// `--fix-dates`: what to do when a deal closes before it was created.
    pub fix_dates: Option<FixDates>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DefaultCreated {
    /// The row's close (or expected close) date.
    Close,
    /// The day of the import.
    ImportDate,
    On(NaiveDate),
}

impl DefaultCreated {
    /// `close`, `import-date` or a date.
    pub fn parse(text: &str) -> Option<DefaultCreated> {
        match text.trim().to_ascii_lowercase().as_str() {
            "close" | "close-date" => Some(DefaultCreated::Close),
            "import-date" | "import" | "today" => Some(DefaultCreated::ImportDate),
            other => super::values::parse_day(other, None).map(DefaultCreated::On),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixDates {
    /// The two dates were entered the wrong way round.
    Swap,
    /// The deal closed the day it was created.
    Created,
}
