//! `dealdeck check`: redb's own integrity check, index consistency and the
//! domain invariants.

use super::{Store, StoreError};
pub use crate::domain::invariants::Problem;

impl Store {
    pub fn check(&mut self) -> Result<Vec<Problem>, StoreError> {
        let mut problems = Vec::new();
        if !self.db.check_integrity()? {
            problems.push(Problem {
                record: "file".into(),
                message:
                    "redb integrity check repaired damage; restore from a backup if data is missing"
                        .into(),
            });
        }
        problems.extend(self.consistency_problems()?);
        Ok(problems)
    }

    /// Index mismatches and broken domain invariants: everything `check`
    /// looks at except the file's own integrity, which needs sole access.
    pub fn consistency_problems(&self) -> Result<Vec<Problem>, StoreError> {
        let mut problems = Vec::new();
        for message in self.index_mismatches()? {
            problems.push(Problem {
                record: "index".into(),
                message,
            });
        }
        let ws = self.load_workspace()?;
        problems.extend(crate::domain::invariants::check_workspace(&ws));
        Ok(problems)
    }
}
