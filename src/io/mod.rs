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

use thiserror::Error;

/// One problem in one cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellProblem {
    pub line: u64,
    pub column: String,
    pub value: String,
    pub expected: String,
}

impl std::fmt::Display for CellProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "line {}, column '{}': '{}' — expected {}",
            self.line,
            crate::text::sanitize(&self.column),
            crate::text::sanitize(&crate::text::truncate(&self.value, 60)),
            self.expected
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error(
        "{file}: line {line}: not {expected} text (save it as UTF-8 CSV, or pass --encoding gbk)"
    )]
    Encoding {
        file: String,
        line: u64,
        expected: &'static str,
    },
    #[error("{file}: line {line}: {detail}")]
    Malformed {
        file: String,
        line: u64,
        detail: String,
    },
    #[error("{file}: no header row")]
    Empty { file: String },
    #[error("{file}: {problem}")]
    Mapping { file: String, problem: String },
    #[error("{file}: {total} problem(s), nothing imported:\n{}", list(.problems, *.total))]
    Cells {
        file: String,
        /// Every problem found in the file.
        total: usize,
        /// The first of them (at most `MAX_PROBLEMS`).
        problems: Vec<CellProblem>,
    },
}

/// At most this many cell problems are listed (all are counted).
pub const MAX_PROBLEMS: usize = 20;

fn list(problems: &[CellProblem], total: usize) -> String {
    let mut lines: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
    if total > problems.len() {
        lines.push(format!(
            "  … and {} more ({total} in all; --skip-bad-rows writes every one to the rejects file)",
            total - problems.len()
        ));
    }
    lines.join("\n")
}
