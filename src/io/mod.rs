//! Files in and out: CSV as CRMs and spreadsheets write it. Reading and checking
//! only; storing is the store's job, so a file is fully checked before anything is
//! written.

pub mod activities_in;
pub mod columns;
pub mod deal_fields;
pub mod deal_mapping;
pub mod deals_in;
pub mod export;
pub mod leads_in;
pub mod owners_in;
pub mod parties_in;
pub mod products_in;
pub mod sheet;
pub mod values;

use crate::i18n::{FluentValue, Lang, message_in};

/// What a cell should have held: a catalogue message (`io-expected-…`) and its
/// arguments, worded when shown — in the reader's language on screen, in
/// English in the rejects file's `problem` column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    key: &'static str,
    args: Vec<(&'static str, Arg)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Arg {
    Text(String),
    /// Rows of the file, worded "line 3, line 5".
    Lines(Vec<u64>),
}

impl Expected {
    pub fn new(key: &'static str) -> Expected {
        Expected {
            key,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Expected {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    pub fn lines(mut self, name: &'static str, lines: Vec<u64>) -> Expected {
        self.args.push((name, Arg::Lines(lines)));
        self
    }

    pub fn in_lang(&self, lang: Lang) -> String {
        let values: Vec<(&str, String)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(text) => text.clone(),
                    Arg::Lines(lines) => lines
                        .iter()
                        .map(|l| say(lang, "io-line-item", &[("line", l.to_string())]))
                        .collect::<Vec<_>>()
                        .join(&message_in(lang, "io-line-sep", None)),
                };
                (*name, value)
            })
            .collect();
        say(lang, self.key, &values)
    }
}

impl From<&'static str> for Expected {
    fn from(key: &'static str) -> Expected {
        Expected::new(key)
    }
}

/// A catalogue message in `lang`, its arguments as text.
fn say(lang: Lang, key: &str, args: &[(&str, String)]) -> String {
    let args = crate::i18n::args(
        args.iter()
            .map(|(name, value)| (*name, FluentValue::from(value.as_str()))),
    );
    message_in(lang, key, Some(&args))
}

/// The column a problem is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CellColumn {
    /// The file's header of it.
    Header(String),
    /// The file has no column for the field (`--map` could name one).
    Missing(&'static str),
}

/// One problem in one cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellProblem {
    pub line: u64,
    pub column: CellColumn,
    pub value: String,
    pub expected: Expected,
}

impl CellProblem {
    /// The problem in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        let column = match &self.column {
            CellColumn::Header(header) => crate::text::sanitize(header).into_owned(),
            CellColumn::Missing(field) => {
                say(lang, "io-column-missing", &[("field", field.to_string())])
            }
        };
        say(
            lang,
            "io-cell-problem",
            &[
                ("line", self.line.to_string()),
                ("column", column),
                (
                    "value",
                    crate::text::sanitize(&crate::text::truncate(&self.value, 60)).into_owned(),
                ),
                ("expected", self.expected.in_lang(lang)),
            ],
        )
    }

    /// The problem in the reader's language, for the screen.
    pub fn describe(&self) -> String {
        self.in_lang(crate::i18n::lang())
    }
}

/// In English: the rejects file's `problem` column, which machines and
/// spreadsheets read ([`CellProblem::describe`] is for people).
impl std::fmt::Display for CellProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Encoding {
        file: String,
        line: u64,
        expected: sheet::Encoding,
    },
    Malformed {
        file: String,
        line: u64,
        detail: String,
    },
    Empty {
        file: String,
    },
    Mapping {
        file: String,
        problem: String,
    },
    Cells {
        file: String,
        /// Every problem found in the file.
        total: usize,
        /// The first of them (at most `MAX_PROBLEMS`).
        problems: Vec<CellProblem>,
    },
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            ImportError::Encoding {
                file,
                line,
                expected,
            } => {
                let encoding = match expected {
                    sheet::Encoding::Utf8 => t!("io-utf8"),
                    sheet::Encoding::Gbk => t!("io-gbk"),
                    sheet::Encoding::Detect => t!("io-utf8-or-gbk"),
                };
                t!(
                    "io-not-text",
                    file = file.as_str(),
                    line = line.to_string(),
                    encoding = encoding
                )
            }
            ImportError::Malformed { file, line, detail } => t!(
                "io-malformed",
                file = file.as_str(),
                line = line.to_string(),
                detail = detail.as_str()
            ),
            ImportError::Empty { file } => t!("io-no-header", file = file.as_str()),
            ImportError::Mapping { file, problem } => t!(
                "io-file-problem",
                file = file.as_str(),
                problem = problem.as_str()
            ),
            ImportError::Cells {
                file,
                total,
                problems,
            } => format!(
                "{}\n{}",
                t!(
                    "io-refused",
                    file = file.as_str(),
                    total = total.to_string()
                ),
                list(problems, *total)
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ImportError {}

/// At most this many cell problems are listed (all are counted).
pub const MAX_PROBLEMS: usize = 20;

fn list(problems: &[CellProblem], total: usize) -> String {
    let mut lines: Vec<String> = problems
        .iter()
        .map(|p| format!("  {}", p.describe()))
        .collect();
    if total > problems.len() {
        lines.push(format!(
            "  {}",
            t!(
                "io-more-problems",
                more = (total - problems.len()).to_string(),
                total = total.to_string()
            )
        ));
    }
    lines.join("\n")
}
