use crate::domain::ValidationError;
use std::path::PathBuf;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("{}", t!("error-in-use", path = .0.display().to_string()))]
    InUse(PathBuf),
    #[error("{}", t!("dom-error-not-writable", path = .0.display().to_string()))]
    NotWritable(PathBuf),
    #[error(
        "{}",
        t!(
            "dom-error-newer-schema",
            path = path.display().to_string(),
            found = found.to_string(),
            supported = supported.to_string()
        )
    )]
    NewerSchema {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error(
        "{}",
        t!("dom-error-not-a-database", path = path.display().to_string(), reason = reason.as_str())
    )]
    NotADatabase { path: PathBuf, reason: String },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    // Not a source (see `From<Denied>`): the message says it once.
    #[error("{}", t!("dom-error-db", error = .0.to_string()))]
    Db(redb::Error),
    #[error("{}", t!("dom-error-encode", error = .0.as_str()))]
    Encode(String),
    #[error(
        "{}",
        t!("dom-error-damaged", kind = crate::i18n::noun(kind), key = key.to_string())
    )]
    Damaged { kind: &'static str, key: u64 },
    #[error(
        "{}",
        t!(
            "dom-error-decode",
            kind = crate::i18n::noun(kind),
            key = key.to_string(),
            reason = reason.as_str()
        )
    )]
    Decode {
        kind: &'static str,
        key: u64,
        reason: String,
    },
    #[error("{}", t!("error-not-found", kind = crate::i18n::noun(kind), id = *id))]
    NotFound { kind: &'static str, id: u64 },
    #[error(transparent)]
    Invalid(#[from] ValidationError),
    #[error("{}", t!("error-unknown-owner", name = name.as_str(), known = known.join(", ")))]
    UnknownOwner { name: String, known: Vec<String> },
    /// A stage change, or the loss given with it, the rules refuse.
    #[error(transparent)]
    Move(#[from] crate::domain::moves::MoveRefused),
    #[error("{}", t!("dom-error-import", reason = .0.as_str()))]
    Import(String),
    #[error("{0}")]
    Conflict(String),
    #[error(
        "{}",
        t!(
            "dom-error-not-a-file",
            path = path.display().to_string(),
            kind = crate::domain::shown("dom-file-kind", kind)
        )
    )]
    NotAFile { path: PathBuf, kind: &'static str },
    #[error(
        "{}",
        if differences.is_empty() {
            t!(
                "dom-error-stale",
                by = by.as_str(),
                deal = deal.as_str(),
                at = crate::format::moment(*at)
            )
        } else {
            t!(
                "dom-error-stale-differences",
                by = by.as_str(),
                deal = deal.as_str(),
                at = crate::format::moment(*at),
                differences = differences.join(&t!("dom-error-stale-separator"))
            )
        }
    )]
    Stale {
        deal: String,
        by: String,
        at: chrono::DateTime<chrono::Utc>,
        differences: Vec<String>,
    },
    #[error("{}", t!("dom-error-not-permitted", reason = .0.to_string()))]
    NotPermitted(crate::domain::Denied),
    #[error(
        "{}",
        t!(
            "dom-error-out-of-limits",
            record = record.as_str(),
            problem = problem.to_string(),
            fix = fix.as_str()
        )
    )]
    OutOfLimits {
        record: String,
        problem: ValidationError,
        fix: String,
    },
    #[error("{}", t!("dom-error-check-failed"))]
    CheckFailed,
}

/// Not a `#[from]`: that would make the refusal the error's source too, and
/// the message would be printed twice.
impl From<crate::domain::Denied> for StoreError {
    fn from(denied: crate::domain::Denied) -> Self {
        StoreError::NotPermitted(denied)
    }
}

impl From<redb::Error> for StoreError {
    fn from(e: redb::Error) -> Self {
        StoreError::Db(e)
    }
}

impl StoreError {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        StoreError::Io {
            path: path.into(),
            source,
        }
    }
}

macro_rules! via_redb_error {
    ($($t:ty),*) => {$(
        impl From<$t> for StoreError {
            fn from(e: $t) -> Self {
                StoreError::Db(e.into())
            }
        }
    )*};
}

via_redb_error!(
    redb::TransactionError,
    redb::TableError,
    redb::StorageError,
    redb::CommitError,
    redb::DatabaseError,
    redb::CompactionError
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_session_lang};

    #[test]
    fn workspace_errors_speak_chinese() {
        set_session_lang(Lang::ZhCn);
        let e = StoreError::NotAFile {
            path: PathBuf::from("/tmp/x"),
            kind: "folder",
        };
        assert_eq!(
            e.to_string(),
            "/tmp/x 是文件夹，不是普通文件：dealdeck 只读写普通文件（或标准输出）"
        );
        assert!(StoreError::CheckFailed.to_string().starts_with("未保存"));
        let e = StoreError::Damaged {
            kind: "deal",
            key: 4,
        };
        assert!(e.to_string().starts_with("已保存的商机 4 已损坏"), "{e}");
    }

    #[test]
    fn workspace_errors_in_english_are_unchanged() {
        set_session_lang(Lang::En);
        let e = StoreError::Import("no rows".into());
        assert_eq!(e.to_string(), "nothing imported: no rows");
        let e = StoreError::NewerSchema {
            path: PathBuf::from("w.redb"),
            found: 9,
            supported: 5,
        };
        assert_eq!(
            e.to_string(),
            "w.redb was written by a newer dealdeck (schema 9; this build reads up to 5); upgrade dealdeck to open it"
        );
    }
}
