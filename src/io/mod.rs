//! Files in and out: CSV as CRMs and spreadsheets write it. Reading and checking
//! only; storing is the store's job, so a file is fully checked before anything is
//! written.

pub mod activities_in;
pub mod columns;
pub mod deals_in;
pub mod export;
pub mod parties_in;
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
    #[error("{file}: {} problem(s), nothing imported:\n{}", .problems.len(), list(.problems))]
    Cells {
        file: String,
        problems: Vec<CellProblem>,
    },
}

/// At most this many cell problems are listed before the check stops.
pub const MAX_PROBLEMS: usize = 20;

fn list(problems: &[CellProblem]) -> String {
    let mut lines: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
    if problems.len() >= MAX_PROBLEMS {
        lines.push(format!("  (stopped after {MAX_PROBLEMS})"));
    }
    lines.join("\n")
}
