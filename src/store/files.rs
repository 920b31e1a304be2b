//! Files dealdeck creates (databases, backups, exports) are owner-only (0600).

use super::StoreError;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Creates (or truncates) a file readable and writable by its owner only.
pub fn create_private(path: &Path) -> Result<File, StoreError> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(path).map_err(|e| StoreError::io(path, e))?;
    // `mode` only applies to new files; tighten an existing one too.
    set_private(path)?;
    Ok(file)
}

pub fn set_private(path: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .map_err(|e| StoreError::io(path, e))?;
    }
    Ok(())
}

/// Creates the parent folder of `path` when it is missing: it and every
/// folder made on the way are owner-only (0700), whatever the umask.
pub fn ensure_parent(path: &Path) -> Result<(), StoreError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.exists()
    {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        builder.create(dir).map_err(|e| StoreError::io(dir, e))?;
    }
    Ok(())
}

/// Refuses a path that exists and is not a regular file: dealdeck never
/// writes through a symbolic link or into a device, FIFO, socket or folder
/// (nor changes their permissions). A missing path is fine.
pub fn refuse_special(path: &Path) -> Result<(), StoreError> {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Ok(());
    };
    let kind = meta.file_type();
    if kind.is_file() {
        return Ok(());
    }
    let what = if kind.is_dir() {
        "folder"
    } else if kind.is_symlink() {
        "symbolic link"
    } else {
        special_kind(&kind)
    };
    Err(StoreError::NotAFile {
        path: path.to_path_buf(),
        kind: what,
    })
}

#[cfg(unix)]
fn special_kind(kind: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        "FIFO (named pipe)"
    } else if kind.is_socket() {
        "socket"
    } else if kind.is_char_device() {
        "character device"
    } else if kind.is_block_device() {
        "block device"
    } else {
        "special file"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &std::fs::FileType) -> &'static str {
    "special file"
}

/// Copies `from` to a new owner-only file at `to`, flushed to disk.
pub fn copy_private(from: &Path, to: &Path) -> Result<u64, StoreError> {
    refuse_special(to)?;
    let mut source = File::open(from).map_err(|e| StoreError::io(from, e))?;
    let mut target = create_private(to)?;
    let bytes = std::io::copy(&mut source, &mut target).map_err(|e| StoreError::io(to, e))?;
    target.sync_all().map_err(|e| StoreError::io(to, e))?;
    Ok(bytes)
}

/// Writes `contents` to `path` atomically: a private temporary file beside it,
/// synced, then renamed over the target. A crash leaves the old file or the new one.
pub fn write_atomically(path: &Path, contents: &[u8]) -> Result<(), StoreError> {
    refuse_special(path)?;
    ensure_parent(path)?;
    let tmp = sibling(path, ".tmp");
    let result = (|| {
        let mut file = create_private(&tmp)?;
        file.write_all(contents)
            .map_err(|e| StoreError::io(&tmp, e))?;
        file.sync_all().map_err(|e| StoreError::io(&tmp, e))?;
        std::fs::rename(&tmp, path).map_err(|e| StoreError::io(path, e))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// The workspace's name in the files written next to it (`team.redb` → `team`),
/// so two workspaces in one folder never overwrite each other's exports.
pub fn workspace_name(db: &Path) -> String {
    db.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "workspace".into())
}

/// `dir/name.redb` + `suffix` → `dir/name.redb<suffix>`.
pub fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}
