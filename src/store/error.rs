use crate::domain::ValidationError;
use std::path::PathBuf;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("{}", t!("error-in-use", path = .0.display().to_string()))]
    InUse(PathBuf),
    #[error(
        "{path} is not writable by you: dealdeck opens a workspace for writing even to read it (the file keeps its own locks and bookkeeping); run as its owner, grant write access, or open a copy (`cp {path} copy.redb`)",
        path = .0.display()
    )]
    NotWritable(PathBuf),
    #[error(
        "{} was written by a newer dealdeck (schema {found}; this build reads up to {supported}); upgrade dealdeck to open it",
        path.display()
    )]
    NewerSchema {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("{} is not a dealdeck database: {reason}", path.display())]
    NotADatabase { path: PathBuf, reason: String },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    // Not a source (see `From<Denied>`): the message says it once.
    #[error("database error: {0}")]
    Db(redb::Error),
    #[error("could not encode a record: {0}")]
    Encode(String),
    #[error(
        "stored {kind} {key} is damaged (its checksum does not match): the file was changed outside dealdeck or the disk failed; restore the latest backup (`dealdeck backup` makes one; copy it over the workspace file), or remove the record with an admin repair (`dealdeck deal delete ID --repair` for a deal)"
    )]
    Damaged { kind: &'static str, key: u64 },
    #[error("stored {kind} {key} cannot be read: {reason}")]
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
    #[error("nothing imported: {0}")]
    Import(String),
    #[error("{0}")]
    Conflict(String),
    #[error("{} is a {kind}, not a regular file: dealdeck reads and writes only regular files (or standard output)", path.display())]
    NotAFile { path: PathBuf, kind: &'static str },
    #[error(
        "not saved: {by} changed {deal} at {} since you opened it{}; open it again to see the new values",
        crate::format::moment(*at),
        if differences.is_empty() { String::new() } else { format!(" — {}", differences.join("; ")) }
    )]
    Stale {
        deal: String,
        by: String,
        at: chrono::DateTime<chrono::Utc>,
        differences: Vec<String>,
    },
    #[error("not allowed: {0}")]
    NotPermitted(crate::domain::Denied),
    #[error(
        "{record}: {problem}; correct it with {fix} (`dealdeck check` lists every record outside the limits)"
    )]
    OutOfLimits {
        record: String,
        problem: ValidationError,
        fix: String,
    },
    #[error(
        "not saved: the last `dealdeck check` found damage, and changes wait until a check passes; restore the latest backup, or repair the records it named (`dealdeck deal delete ID --repair`), then run `dealdeck check` again"
    )]
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
