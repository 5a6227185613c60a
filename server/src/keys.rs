//! The portal's signing key: from configuration, else from `data/signing.key`, else — on the
//! first start of the server or the demo only — generated there (mode 0600). Every other
//! command uses a key that already exists: a verifier that made a fresh key would report the
//! genuine signatures as forged. The key itself is never logged.

use crate::config::Settings;
use app::services::crypto::keys::SigningKeys;
use std::io::Write;
use std::path::PathBuf;

fn key_file(settings: &Settings) -> PathBuf {
    settings.data_dir.join("signing.key")
}

/// The configured key, if there is one; never creates one.
pub fn load(settings: &Settings) -> anyhow::Result<Option<SigningKeys>> {
    if let Some(text) = &settings.signing_key {
        return Ok(Some(SigningKeys::from_base64(text)?));
    }
    let path = key_file(settings);
    if !path.exists() {
        return Ok(None);
    }
    let text = std::fs::read_to_string(&path)?;
    SigningKeys::from_base64(&text).map(Some).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}

/// The configured key; an error naming where it was looked for when there is none.
pub fn existing(settings: &Settings) -> anyhow::Result<SigningKeys> {
    load(settings)?.ok_or_else(|| {
        anyhow::anyhow!(
            "no signing key: neither PORTAL_SIGNING_KEY nor {} exists (the portal makes one when it first \
             starts; run this command where the portal's configuration is)",
            key_file(settings).display()
        )
    })
}

/// For `serve` and `demo`: the configured key, or a new one written to `data/signing.key`.
pub fn load_or_create(settings: &Settings) -> anyhow::Result<SigningKeys> {
    if let Some(keys) = load(settings)? {
        return Ok(keys);
    }
    std::fs::create_dir_all(&settings.data_dir)?;
    let keys = SigningKeys::generate();
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(key_file(settings))?;
    file.write_all(keys.to_base64().as_bytes())?;
    tracing::info!(key_id = %keys.key_id(), "generated a new signing key");
    Ok(keys)
}
