//! Loading the portal's signing key: from configuration, else from `data/signing.key`,
//! else generated there on first start (mode 0600). The key itself is never logged.

use crate::config::Settings;
use app::services::crypto::keys::SigningKeys;
use std::io::Write;

pub fn load_or_create(settings: &Settings) -> anyhow::Result<SigningKeys> {
    if let Some(text) = &settings.signing_key {
        return Ok(SigningKeys::from_base64(text)?);
    }
    let path = settings.data_dir.join("signing.key");
    if path.exists() {
        let text = std::fs::read_to_string(&path)?;
        return SigningKeys::from_base64(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()));
    }
    std::fs::create_dir_all(&settings.data_dir)?;
    let keys = SigningKeys::generate();
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&path)?;
    file.write_all(keys.to_base64().as_bytes())?;
    tracing::info!(key_id = %keys.key_id(), "generated a new signing key");
    Ok(keys)
}
