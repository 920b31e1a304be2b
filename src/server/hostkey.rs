//! The server's SSH host key: ed25519, made on first start and kept
//! owner-only next to the database, so clients see the same server each time.

use anyhow::{Context as _, bail};
use russh::keys::ssh_key::LineEnding;
use russh::keys::ssh_key::private::Ed25519Keypair;
use russh::keys::{HashAlg, PrivateKey};
use std::io::Read;
use std::path::{Path, PathBuf};

/// `dealdeck.redb` → `dealdeck.redb.host_key`.
pub fn path_for(db: &Path) -> PathBuf {
    crate::store::files::sibling(db, ".host_key")
}

/// Reads the host key, or makes and keeps one. Returns it and whether it is new.
pub fn load_or_create(db: &Path) -> anyhow::Result<(PrivateKey, bool)> {
    let path = path_for(db);
    if path.exists() {
        let text = std::fs::read_to_string(&path)
            .with_context(|| t!("srv-host-key-unreadable", path = path.display().to_string()))?;
        let key = PrivateKey::from_openssh(text.as_bytes()).map_err(|e| {
            anyhow::anyhow!(t!(
                "srv-host-key-invalid",
                path = path.display().to_string(),
                error = e.to_string()
            ))
        })?;
        return Ok((key, false));
    }
    let mut seed = [0u8; 32];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut seed))
        .with_context(|| t!("srv-host-key-no-random"))?;
    let key = PrivateKey::from(Ed25519Keypair::from_seed(&seed));
    let text = key
        .to_openssh(LineEnding::LF)
        .map_err(|e| anyhow::anyhow!(t!("srv-host-key-encode", error = e.to_string())))?;
    if path.exists() {
        bail!(t!("srv-host-key-raced", path = path.display().to_string()));
    }
    crate::store::files::write_atomically(&path, text.as_bytes())?;
    Ok((key, true))
}

/// `SHA256:…`, as `ssh-keygen -l` and ssh's first-connection prompt show it.
pub fn fingerprint(key: &PrivateKey) -> String {
    key.public_key().fingerprint(HashAlg::Sha256).to_string()
}
