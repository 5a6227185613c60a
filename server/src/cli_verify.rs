//! The verifying commands, `portal receipt verify` and `portal audit verify`: they check
//! signatures against a key the user already trusts and never make one. A receipt names the
//! key it claims; only the portal's published key (given, or fetched once and pinned) counts.

use crate::config::Settings;
use app::services::audit::{self, Problem, Verdict};
use app::services::crypto::keys::PublicKey;
use app::services::crypto::receipts;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Where the key to trust comes from.
pub enum Trusted {
    /// Given on the command line (base64).
    Key(String),
    /// The portal at this address: pinned on first use.
    Portal(String),
}

fn usage_error(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}

pub async fn receipt(file: &Path, trusted: Trusted) -> ExitCode {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => return usage_error(format!("{}: {e}", file.display())),
    };
    let (key, pinned_in) = match trusted {
        Trusted::Key(text) => match PublicKey::from_base64(&text) {
            Ok(key) => (key, None),
            Err(e) => return usage_error(format!("--public-key: {e}")),
        },
        Trusted::Portal(url) => match pinned_key(&url).await {
            Ok((key, path)) => (key, Some(path)),
            Err(e) => return usage_error(format!("--portal {url}: {e:#}")),
        },
    };
    match receipts::verify(&text, &key) {
        Ok(id) => {
            println!("OK: receipt {id} is signed by the portal's key {} and unchanged", key.key_id());
            ExitCode::SUCCESS
        }
        Err(e) => {
            println!("FAILED: {e}");
            if let (receipts::ReceiptError::OtherKey { .. }, Some(path)) = (&e, pinned_in) {
                println!(
                    "(the key used is the one pinned in {}; if the portal really changed its key, remove its line there)",
                    path.display()
                );
            }
            ExitCode::FAILURE
        }
    }
}

/// The pin file: one `origin key` line per portal.
fn pin_file() -> PathBuf {
    if let Ok(path) = std::env::var("PORTAL_TRUSTED_KEYS") {
        return path.into();
    }
    let config = std::env::var("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(std::env::var("HOME").unwrap_or_else(|_| ".".into())).join(".config"));
    config.join("portal").join("trusted-keys")
}

/// The portal's key as pinned, or fetched from `GET {url}/receipts/public-key` and pinned now.
async fn pinned_key(url: &str) -> anyhow::Result<(PublicKey, PathBuf)> {
    let origin = url.trim_end_matches('/');
    if !(origin.starts_with("https://") || origin.starts_with("http://")) {
        anyhow::bail!("give the portal's address, such as https://portal.example.be");
    }
    let path = pin_file();
    let pins = std::fs::read_to_string(&path).unwrap_or_default();
    if let Some(key) = pins.lines().find_map(|line| line.strip_prefix(origin)?.strip_prefix(' ')) {
        let key = PublicKey::from_base64(key).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        return Ok((key, path));
    }
    let published: serde_json::Value =
        reqwest::get(format!("{origin}/receipts/public-key")).await?.error_for_status()?.json().await?;
    let text = published["public_key"].as_str().ok_or_else(|| anyhow::anyhow!("no public_key in the answer"))?;
    let key = PublicKey::from_base64(text)?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&path, format!("{pins}{origin} {}\n", key.to_base64()))?;
    eprintln!("pinned the key {} of {origin} in {}; later checks use it", key.key_id(), path.display());
    Ok((key, path))
}

pub async fn audit(settings: &Settings, public_key: Option<&str>) -> anyhow::Result<ExitCode> {
    let key = match public_key {
        Some(text) => match PublicKey::from_base64(text) {
            Ok(key) => key,
            Err(e) => return Ok(usage_error(format!("--public-key: {e}"))),
        },
        None => match crate::keys::load(settings)? {
            Some(keys) => keys.public(),
            None => {
                return Ok(usage_error(format!(
                    "no key to check checkpoints with: pass --public-key (the portal publishes it at \
                     /receipts/public-key), or run where the portal's configuration is (PORTAL_SIGNING_KEY or {})",
                    settings.data_dir.join("signing.key").display()
                )));
            }
        },
    };
    let db = crate::startup::open_database(settings).await?;
    Ok(report(audit::verify(&db, &key).await?, &key))
}

fn report(verdict: Verdict, key: &PublicKey) -> ExitCode {
    match verdict {
        Verdict::Ok { length, checkpoints } => {
            println!(
                "OK: audit chain of {length} entries verifies ({checkpoints} signed checkpoints, key {})",
                key.key_id()
            );
            ExitCode::SUCCESS
        }
        Verdict::Broken { seq, problem } => {
            let why = match problem {
                Problem::Changed => "entry was changed".to_owned(),
                Problem::Missing => "entry is missing".to_owned(),
                Problem::Reordered => "entry is out of order (does not follow its predecessor)".to_owned(),
                Problem::Truncated { expected_len } => {
                    format!("chain truncated: a checkpoint or the head records {expected_len} entries")
                }
                Problem::BadCheckpoint { checkpoint_id, signed_with } if signed_with != key.key_id() => format!(
                    "checkpoint {checkpoint_id} names key {signed_with}, not the key given ({}): check with that key",
                    key.key_id()
                ),
                Problem::BadCheckpoint { checkpoint_id, .. } => {
                    format!("checkpoint {checkpoint_id} has an invalid signature")
                }
            };
            println!("FAILED at sequence number {seq}: {why}");
            ExitCode::FAILURE
        }
    }
}
