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

/// Creates the parent folder of `path` (owner-only) when it is missing.
pub fn ensure_parent(path: &Path) -> Result<(), StoreError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.exists()
    {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
        }
    }
    Ok(())
}

/// Copies `from` to a new owner-only file at `to`, flushed to disk.
pub fn copy_private(from: &Path, to: &Path) -> Result<u64, StoreError> {
    let mut source = File::open(from).map_err(|e| StoreError::io(from, e))?;
    let mut target = create_private(to)?;
    let bytes = std::io::copy(&mut source, &mut target).map_err(|e| StoreError::io(to, e))?;
    target.sync_all().map_err(|e| StoreError::io(to, e))?;
    Ok(bytes)
}

/// Writes `contents` to `path` atomically: a private temporary file beside it,
/// synced, then renamed over the target. A crash leaves the old file or the new one.
pub fn write_atomically(path: &Path, contents: &[u8]) -> Result<(), StoreError> {
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

/// `dir/name.redb` + `suffix` → `dir/name.redb<suffix>`.
pub fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}
