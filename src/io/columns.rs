//! Which column holds which field, and reading a row's cells by field: shared by every
//! kind of import.

use super::sheet::Sheet;
use super::values::parse_day;
use super::{CellColumn, CellProblem, Expected, ImportError};
use chrono::NaiveDate;

/// A field an import can read from a column, with the name `--map` and problems
/// give it. Declared with [`import_fields!`], so the names live beside the fields.
pub trait ImportField: Copy + PartialEq + 'static {
    /// Every field with its name, in the order help lists them.
    const NAMED: &'static [(Self, &'static str)];

    /// The field a `--map` name means: `close-date`, `Close Date` and `close_date` alike.
    fn parse(name: &str) -> Option<Self> {
        let wanted = name.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        Self::NAMED
            .iter()
            .find(|(_, n)| *n == wanted)
            .map(|(f, _)| *f)
    }

    fn name(self) -> &'static str {
        Self::NAMED
            .iter()
            .find(|(f, _)| *f == self)
            .map_or("?", |(_, n)| n)
    }

    fn names() -> Vec<&'static str> {
        Self::NAMED.iter().map(|(_, n)| *n).collect()
    }
}

/// Declares an import's fields: the enum and, beside each variant, its name.
macro_rules! import_fields {
    (
        $(#[$meta:meta])*
        pub enum $fields:ident {
            $( $(#[$doc:meta])* $field:ident = $name:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $fields {
            $( $(#[$doc])* $field, )+
        }

        impl $crate::io::columns::ImportField for $fields {
            const NAMED: &'static [(Self, &'static str)] = &[$( (Self::$field, $name), )+];
        }
    };
}
pub(crate) use import_fields;

/// The column of each field found: `--map FIELD=Column` pairs first, then the header
/// names a preset knows.
pub struct Columns<F> {
    found: Vec<(F, usize, String)>,
}

impl<F: ImportField> Columns<F> {
    pub fn resolve(
        sheet: &Sheet,
        explicit: &[(F, String)],
        preset: &[(F, &[&str])],
    ) -> Result<Columns<F>, ImportError> {
        let mut found: Vec<(F, usize, String)> = Vec::new();
        for (field, header) in explicit {
            let Some(i) = sheet.column(header) else {
                return Err(ImportError::Mapping {
                    file: sheet.file.clone(),
                    problem: t!(
                        "io-map-no-column",
                        field = field.name(),
                        header = header.as_str(),
                        columns = sheet.headers.join(", ")
                    ),
                });
            };
            found.push((*field, i, sheet.headers[i].clone()));
        }
        for (field, names) in preset {
            if found.iter().any(|(f, _, _)| f == field) {
                continue;
            }
            if let Some(i) = names.iter().find_map(|n| sheet.column(n)) {
                found.push((*field, i, sheet.headers[i].clone()));
            }
        }
        Ok(Columns { found })
    }

    /// Each group (a label and the fields any of which will do) must have a column.
    pub fn require(
        &self,
        sheet: &Sheet,
        groups: &[(&str, &[F])],
        from_preset: bool,
    ) -> Result<(), ImportError> {
        let missing: Vec<&str> = groups
            .iter()
            .filter(|(_, fields)| fields.iter().all(|f| self.index(*f).is_none()))
            .map(|(label, _)| *label)
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        let key = if from_preset {
            "io-preset-found-none"
        } else {
            "io-no-map-gives"
        };
        let args = crate::i18n::args([
            ("missing", missing.join(", ").into()),
            ("columns", sheet.headers.join(", ").into()),
            ("fields", F::names().join(", ").into()),
        ]);
        Err(ImportError::Mapping {
            file: sheet.file.clone(),
            problem: crate::i18n::message(key, Some(&args)),
        })
    }

    pub fn index(&self, field: F) -> Option<usize> {
        self.found
            .iter()
            .find(|(f, _, _)| *f == field)
            .map(|(_, i, _)| *i)
    }

    pub fn header(&self, field: F) -> &str {
        self.found
            .iter()
            .find(|(f, _, _)| *f == field)
            .map_or("", |(_, _, h)| h.as_str())
    }

    /// How a problem names the field's column: its header, or that the file
    /// has none (`--map` could name one).
    pub fn label(&self, field: F) -> CellColumn {
        match self.header(field) {
            "" => CellColumn::Missing(field.name()),
            header => CellColumn::Header(header.to_string()),
        }
    }
}

/// A cell could not be read; the problem is already in the row's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reported;

/// One row's cells, read by field; problems are collected with the row's line.
pub struct RowReader<'a, F> {
    pub row: &'a super::sheet::Cells,
    pub line: u64,
    pub columns: &'a Columns<F>,
    pub problems: &'a mut Vec<CellProblem>,
}

impl<F: ImportField> RowReader<'_, F> {
    pub fn text(&self, field: F) -> &str {
        self.columns
            .index(field)
            .and_then(|i| self.row.get(i))
            .map_or("", |s| s.trim())
    }

    pub fn optional(&self, field: F) -> Option<String> {
        Some(self.text(field).to_string()).filter(|s| !s.is_empty())
    }

    /// What the cell should hold: an `io-expected-…` key, or an [`Expected`]
    /// with arguments.
    pub fn problem(&mut self, field: F, expected: impl Into<Expected>) {
        self.problems.push(CellProblem {
            line: self.line,
            column: self.columns.label(field),
            value: self.text(field).to_string(),
            expected: expected.into(),
        });
    }

    /// A date cell: None when empty, a problem when unreadable.
    pub fn day(&mut self, field: F, format: Option<&str>) -> Result<Option<NaiveDate>, Reported> {
        let text = self.text(field);
        if text.is_empty() {
            return Ok(None);
        }
        match parse_day(text, format) {
            Some(d) => Ok(Some(d)),
            None => {
                let expected = match format {
                    Some(f) => Expected::new("io-expected-date-as").with("format", f),
                    None => Expected::new("io-expected-date"),
                };
                self.problem(field, expected);
                Err(Reported)
            }
        }
    }

    /// A cell that must name one of `choices` (case-insensitive, `_`/`-`/space alike);
    /// empty gives None.
    pub fn choice<T: Copy>(
        &mut self,
        field: F,
        choices: &[(&str, T)],
    ) -> Result<Option<T>, Reported> {
        let text = self.text(field);
        if text.is_empty() {
            return Ok(None);
        }
        let plain = |s: &str| s.to_lowercase().replace(['_', '-', ' '], "");
        let wanted = plain(text);
        match choices.iter().find(|(name, _)| plain(name) == wanted) {
            Some((_, value)) => Ok(Some(*value)),
            None => {
                let names: Vec<&str> = choices.iter().map(|(n, _)| *n).collect();
                self.problem(
                    field,
                    Expected::new("io-expected-one-of").with("choices", names.join(", ")),
                );
                Err(Reported)
            }
        }
    }
}
