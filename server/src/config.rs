//! Layered configuration: built-in defaults for the embedded case, then an optional TOML
//! file, then `PORTAL_*` environment variables. A bad value stops start-up with one line
//! that names the setting.

use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Settings {
    /// `sqlite://…` or `postgres://…`.
    pub database_url: String,
    pub bind: SocketAddr,
    /// Origin used for links and WebAuthn, e.g. `http://localhost:3000`.
    pub public_url: String,
    /// Where the SQLite file, the generated signing key and demo credentials live.
    pub data_dir: PathBuf,
    /// Built static site (`pkg/` with the wasm bundle and CSS).
    pub site_root: PathBuf,
    /// Ed25519 seed, base64. If absent, read from or generated into `data_dir/signing.key`.
    pub signing_key: Option<String>,
    /// tracing filter, e.g. `info` or `server=debug,info`.
    pub log: String,
    /// How often a running server signs an audit checkpoint.
    pub checkpoint_interval_secs: u64,
    /// Whether `public_url` was configured (else it follows the bound port).
    pub public_url_explicit: bool,
    /// Requests per minute and client (account when signed in, else network).
    pub rate_ceremonies_per_minute: u32,
    pub rate_invitations_per_minute: u32,
    pub rate_api_per_minute: u32,
    /// State changes per minute and signed-in account.
    pub rate_writes_per_minute: u32,
    /// How long a request waits for a database connection before it is answered 503 (the
    /// database is down or every connection is busy).
    pub database_wait_secs: u32,
    /// How long a client may take to send a request head, or stay silent between requests on
    /// a kept-alive connection, before it is disconnected (`serve.rs`).
    pub header_read_timeout_secs: u32,
    /// How long a client may take to send a request's whole body before it is answered 408
    /// (`request_limits.rs`).
    pub body_read_timeout_secs: u32,
    /// Reverse proxies whose `Forwarded` / `X-Forwarded-For` headers name the client.
    pub trusted_proxies: crate::ratelimit::TrustedProxies,
    /// `smtp://host:port` or `smtps://user:pass@host`: where e-mail from the outbox goes. None:
    /// no e-mail worker runs (rows wait in the outbox; the inbox has every notice).
    pub smtp_url: Option<String>,
    /// The sender of that e-mail, e.g. `Consent portal <noreply@portal.example.be>`.
    pub smtp_from: String,
    /// How often the e-mail worker looks for due rows, in milliseconds.
    pub mail_poll_ms: u64,
    /// Whether this instance runs the background jobs (`crate::jobs`; default yes). With several
    /// instances every one may: each job's lease lets one run it. Off: a web-only instance.
    pub run_jobs: bool,
}

/// The sender when none is configured.
pub const DEFAULT_SMTP_FROM: &str = "Consent portal <noreply@localhost>";

/// The one line a person sees when configuration is wrong.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("configuration error: {setting}: {message}")]
pub struct ConfigError {
    pub setting: String,
    pub message: String,
}

fn bad(setting: &str, message: impl Into<String>) -> ConfigError {
    ConfigError { setting: setting.into(), message: message.into() }
}

/// The file layer: every key optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileLayer {
    database_url: Option<String>,
    bind: Option<String>,
    public_url: Option<String>,
    data_dir: Option<String>,
    site_root: Option<String>,
    signing_key: Option<String>,
    log: Option<String>,
    checkpoint_interval_secs: Option<u64>,
    rate_ceremonies_per_minute: Option<u32>,
    rate_invitations_per_minute: Option<u32>,
    rate_api_per_minute: Option<u32>,
    rate_writes_per_minute: Option<u32>,
    database_wait_secs: Option<u32>,
    header_read_timeout_secs: Option<u32>,
    body_read_timeout_secs: Option<u32>,
    trusted_proxies: Option<String>,
    smtp_url: Option<String>,
    smtp_from: Option<String>,
    mail_poll_ms: Option<u64>,
    run_jobs: Option<bool>,
}

impl Settings {
    /// Defaults ← `config_file` (if given, or `portal.toml` if present) ← environment.
    pub fn load(config_file: Option<&Path>, env: impl Fn(&str) -> Option<String>) -> Result<Settings, ConfigError> {
        let file = match config_file {
            Some(path) => read_file(path)?,
            None if Path::new("portal.toml").exists() => read_file(Path::new("portal.toml"))?,
            None => FileLayer::default(),
        };
        let pick = |key: &str, from_file: Option<String>| env(&format!("PORTAL_{}", key.to_uppercase())).or(from_file);

        let data_dir = PathBuf::from(pick("data_dir", file.data_dir).unwrap_or_else(|| "data".into()));
        let default_db = format!("sqlite://{}?mode=rwc", data_dir.join("portal.db").display());
        let database_url = pick("database_url", file.database_url).unwrap_or(default_db);
        if !(database_url.starts_with("sqlite:")
            || database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://"))
        {
            return Err(bad(
                "PORTAL_DATABASE_URL",
                format!("'{}' must start with sqlite:// or postgres://", redacted_url(&database_url)),
            ));
        }
        let bind_text = pick("bind", file.bind).unwrap_or_else(|| "127.0.0.1:3000".into());
        let bind: SocketAddr = bind_text
            .parse()
            .map_err(|_| bad("PORTAL_BIND", format!("'{bind_text}' is not an address:port such as 127.0.0.1:3000")))?;
        let configured_url = pick("public_url", file.public_url);
        let public_url_explicit = configured_url.is_some();
        let public_url = configured_url.unwrap_or_else(|| {
            let host = if bind.ip().is_loopback() || bind.ip().is_unspecified() {
                "localhost".to_owned()
            } else {
                bind.ip().to_string()
            };
            format!("http://{host}:{}", bind.port())
        });
        validate_origin(&public_url)?;
        let site_root = PathBuf::from(pick("site_root", file.site_root).unwrap_or_else(|| "target/site".into()));
        let signing_key = pick("signing_key", file.signing_key);
        if let Some(key) = &signing_key {
            app::services::crypto::keys::SigningKeys::from_base64(key)
                .map_err(|e| bad("PORTAL_SIGNING_KEY", e.to_string()))?;
        }
        let log = pick("log", file.log).unwrap_or_else(|| "info,sea_orm_migration=warn".into());
        let interval = match env("PORTAL_CHECKPOINT_INTERVAL_SECS") {
            Some(v) => v.parse::<u64>().ok().filter(|n| *n > 0).ok_or_else(|| {
                bad("PORTAL_CHECKPOINT_INTERVAL_SECS", format!("'{v}' is not a positive number of seconds"))
            })?,
            None => file.checkpoint_interval_secs.unwrap_or(900),
        };
        let rate = |key: &str, from_file: Option<u32>, default: u32| -> Result<u32, ConfigError> {
            let var = format!("PORTAL_{}", key.to_uppercase());
            match env(&var) {
                Some(v) => v
                    .parse::<u32>()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| bad(&var, format!("'{v}' is not a positive whole number"))),
                None => Ok(from_file.unwrap_or(default)),
            }
        };
        let rate_ceremonies_per_minute = rate("rate_ceremonies_per_minute", file.rate_ceremonies_per_minute, 30)?;
        let rate_invitations_per_minute = rate("rate_invitations_per_minute", file.rate_invitations_per_minute, 10)?;
        let rate_api_per_minute = rate("rate_api_per_minute", file.rate_api_per_minute, 300)?;
        let rate_writes_per_minute = rate("rate_writes_per_minute", file.rate_writes_per_minute, 60)?;
        let database_wait_secs = rate("database_wait_secs", file.database_wait_secs, 5)?;
        let header_read_timeout_secs = rate("header_read_timeout_secs", file.header_read_timeout_secs, 10)?;
        let body_read_timeout_secs = rate("body_read_timeout_secs", file.body_read_timeout_secs, 60)?;
        let trusted_proxies =
            crate::ratelimit::TrustedProxies::parse(&pick("trusted_proxies", file.trusted_proxies).unwrap_or_default())
                .map_err(|e| bad("PORTAL_TRUSTED_PROXIES", e))?;
        let smtp_url = pick("smtp_url", file.smtp_url).map(|u| u.trim().to_owned()).filter(|u| !u.is_empty());
        if let Some(url) = &smtp_url {
            crate::mail::Mailer::check_url(url)
                .map_err(|e| bad("PORTAL_SMTP_URL", format!("'{}': {e}", redacted_url(url))))?;
        }
        let smtp_from = pick("smtp_from", file.smtp_from).unwrap_or_else(|| DEFAULT_SMTP_FROM.into());
        crate::mail::Mailer::check_from(&smtp_from)
            .map_err(|e| bad("PORTAL_SMTP_FROM", format!("'{smtp_from}': {e}")))?;
        let mail_poll_ms =
            match env("PORTAL_MAIL_POLL_MS") {
                Some(v) => v.parse::<u64>().ok().filter(|n| *n > 0).ok_or_else(|| {
                    bad("PORTAL_MAIL_POLL_MS", format!("'{v}' is not a positive number of milliseconds"))
                })?,
                None => file.mail_poll_ms.unwrap_or(5000),
            };
        let run_jobs = match env("PORTAL_RUN_JOBS").as_deref().map(str::trim) {
            Some("true" | "1" | "yes") => true,
            Some("false" | "0" | "no") => false,
            Some(v) => return Err(bad("PORTAL_RUN_JOBS", format!("'{v}' is not true or false"))),
            None => file.run_jobs.unwrap_or(true),
        };
        Ok(Settings {
            run_jobs,
            database_url,
            bind,
            public_url: public_url.trim_end_matches('/').to_owned(),
            data_dir,
            site_root,
            signing_key,
            log,
            checkpoint_interval_secs: interval,
            public_url_explicit,
            rate_ceremonies_per_minute,
            rate_invitations_per_minute,
            rate_api_per_minute,
            rate_writes_per_minute,
            database_wait_secs,
            header_read_timeout_secs,
            body_read_timeout_secs,
            trusted_proxies,
            smtp_url,
            smtp_from,
            mail_poll_ms,
        })
    }

    pub fn from_env(config_file: Option<&Path>) -> Result<Settings, ConfigError> {
        Settings::load(config_file, |k| std::env::var(k).ok())
    }
}

fn read_file(path: &Path) -> Result<FileLayer, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|e| bad("config file", format!("{}: {e}", path.display())))?;
    toml::from_str(&text).map_err(|e| bad("config file", format!("{}: {}", path.display(), e.message())))
}

/// An origin: scheme, host and optional port; no path, query or fragment.
fn validate_origin(url: &str) -> Result<(), ConfigError> {
    let err = || bad("PORTAL_PUBLIC_URL", format!("'{url}' is not an origin such as https://portal.example.be"));
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")).ok_or_else(err)?;
    let host = rest.trim_end_matches('/');
    if host.is_empty() || host.contains(['/', '?', '#', ' ', '@']) {
        return Err(err());
    }
    Ok(())
}

/// A database URL as it may be shown in a message or a log: the password replaced by `***`.
pub fn redacted_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_owned() };
    let (authority, path) = rest.split_once('/').map_or((rest, None), |(a, p)| (a, Some(p)));
    let Some((userinfo, host)) = authority.rsplit_once('@') else { return url.to_owned() };
    let user = userinfo.split_once(':').map_or(userinfo, |(u, _)| u);
    let masked = if userinfo.contains(':') { format!("{user}:***") } else { user.to_owned() };
    match path {
        Some(p) => format!("{scheme}://{masked}@{host}/{p}"),
        None => format!("{scheme}://{masked}@{host}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_passwords_are_never_shown() {
        assert_eq!(redacted_url("postgres://portal:s3cret@db:5432/portal"), "postgres://portal:***@db:5432/portal");
        assert_eq!(redacted_url("mysql://u:p%40ss@h"), "mysql://u:***@h");
        assert_eq!(
            redacted_url("postgres://portal@%2Fvar%2Frun%2Fpostgresql/portal"),
            "postgres://portal@%2Fvar%2Frun%2Fpostgresql/portal"
        );
        assert_eq!(redacted_url("sqlite://data/portal.db?mode=rwc"), "sqlite://data/portal.db?mode=rwc");
    }
    use std::collections::HashMap;

    fn load(vars: &[(&str, &str)]) -> Result<Settings, ConfigError> {
        let map: HashMap<String, String> = vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Settings::load(None, |k| map.get(k).cloned())
    }

    #[test]
    fn defaults_fit_the_embedded_case() {
        let s = load(&[]).unwrap();
        assert_eq!(s.database_url, "sqlite://data/portal.db?mode=rwc");
        assert_eq!(s.bind.to_string(), "127.0.0.1:3000");
        assert_eq!(s.public_url, "http://localhost:3000");
    }

    #[test]
    fn the_file_layer_sits_between_defaults_and_environment() {
        let path = std::env::temp_dir().join(format!("portal-config-test-{}.toml", std::process::id()));
        std::fs::write(&path, "bind = \"127.0.0.1:4000\"\nlog = \"debug\"\n").unwrap();
        let env = |k: &str| (k == "PORTAL_LOG").then(|| "warn".to_owned());
        let s = Settings::load(Some(&path), env).unwrap();
        assert_eq!(s.bind.port(), 4000, "file overrides the default");
        assert_eq!(s.log, "warn", "environment overrides the file");
        std::fs::write(&path, "bnd = 1\n").unwrap();
        let err = Settings::load(Some(&path), |_| None).unwrap_err();
        assert_eq!(err.setting, "config file");
        assert!(err.message.contains("bnd"), "{}", err.message);
        std::fs::remove_file(&path).ok();
    }

    #[test]
    fn environment_overrides_and_bad_values_name_the_setting() {
        let s = load(&[("PORTAL_BIND", "0.0.0.0:8080"), ("PORTAL_PUBLIC_URL", "https://portal.example.be/")]).unwrap();
        assert_eq!(s.bind.port(), 8080);
        assert_eq!(s.public_url, "https://portal.example.be");
        assert_eq!(load(&[("PORTAL_BIND", "nope")]).unwrap_err().setting, "PORTAL_BIND");
        assert_eq!(load(&[("PORTAL_DATABASE_URL", "mysql://x")]).unwrap_err().setting, "PORTAL_DATABASE_URL");
        assert_eq!(load(&[("PORTAL_PUBLIC_URL", "localhost:3000")]).unwrap_err().setting, "PORTAL_PUBLIC_URL");
        assert_eq!(load(&[("PORTAL_SIGNING_KEY", "short")]).unwrap_err().setting, "PORTAL_SIGNING_KEY");
        assert_eq!(
            load(&[("PORTAL_CHECKPOINT_INTERVAL_SECS", "0")]).unwrap_err().setting,
            "PORTAL_CHECKPOINT_INTERVAL_SECS"
        );
    }

    #[test]
    fn email_is_off_by_default_and_a_bad_smtp_setting_stops_start_up() {
        let s = load(&[]).unwrap();
        assert_eq!((s.smtp_url, s.smtp_from.as_str(), s.mail_poll_ms), (None, DEFAULT_SMTP_FROM, 5000));
        let s = load(&[
            ("PORTAL_SMTP_URL", "smtps://mailer:s3cret@smtp.example.be"),
            ("PORTAL_SMTP_FROM", "Toestemmingsportaal <noreply@portal.example.be>"),
            ("PORTAL_MAIL_POLL_MS", "250"),
        ])
        .unwrap();
        assert_eq!(s.smtp_url.as_deref(), Some("smtps://mailer:s3cret@smtp.example.be"));
        assert_eq!(s.mail_poll_ms, 250);
        assert_eq!(load(&[("PORTAL_SMTP_URL", "  ")]).unwrap().smtp_url, None, "blank is off");
        let err = load(&[("PORTAL_SMTP_URL", "http://mailer:s3cret@smtp.example.be")]).unwrap_err();
        assert_eq!(err.setting, "PORTAL_SMTP_URL");
        assert!(!err.message.contains("s3cret"), "{}", err.message);
        assert_eq!(load(&[("PORTAL_SMTP_FROM", "no address")]).unwrap_err().setting, "PORTAL_SMTP_FROM");
        assert_eq!(load(&[("PORTAL_MAIL_POLL_MS", "0")]).unwrap_err().setting, "PORTAL_MAIL_POLL_MS");
        let path = std::env::temp_dir().join(format!("portal-mail-config-{}.toml", std::process::id()));
        std::fs::write(&path, "smtp_url = \"smtp://127.0.0.1:2525\"\nmail_poll_ms = 100\n").unwrap();
        let s = Settings::load(Some(&path), |_| None).unwrap();
        std::fs::remove_file(&path).ok();
        assert_eq!((s.smtp_url.as_deref(), s.mail_poll_ms), (Some("smtp://127.0.0.1:2525"), 100));
    }
}
