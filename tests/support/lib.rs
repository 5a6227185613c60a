//! Test harness: `spawn_app(backend)` starts the real server on port 0 against a fresh
//! SQLite file or a fresh PostgreSQL database (dropped afterwards). Other issues add to
//! `TestApp` rather than writing their own set-up: the world a test needs in `world.rs`, the
//! requests users make in `http.rs`.

use app::services::context::AppContext;
use app::services::context::Clock;
use app::services::crypto::keys::SigningKeys;
use app::store::{self, Db};
use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectionTrait, Statement};
use server::Application;
use server::config::Settings;
use std::path::PathBuf;
use std::sync::Once;

pub mod api;
pub mod http;
pub mod load;
pub mod municipality;
pub mod passkey;
pub mod pg_cluster;
pub mod process;
pub mod records;
pub mod smtp;
pub mod source_system;
pub mod world;
pub use api::{API_PROFILE, problem_type};
pub use http::{form_done, json_of, location, session_token};
pub use passkey::{Enrolled, TestPasskey};
pub use records::Told;
pub use source_system::{source_person, source_person_of};
use std::sync::atomic::{AtomicUsize, Ordering};
pub use world::{MUNICIPALITY_SLUG, OtherMunicipality, SLUG, Tally, staff_read};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Admin connection for creating and dropping test databases.
pub fn pg_admin_url() -> String {
    std::env::var("PORTAL_TEST_PG").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

fn pg_url_for(db_name: &str) -> String {
    let admin = pg_admin_url();
    let base = admin.rsplit_once('/').map(|(b, _)| b.to_owned()).unwrap_or(admin);
    format!("{base}/{db_name}")
}

static SWEEP: Once = Once::new();
static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A database that exists for one test: a temporary SQLite file, or a PostgreSQL database
/// named `portal_test_<pid>_<n>` that is dropped when this value is dropped.
pub struct TestDb {
    pub url: String,
    pub backend: Backend,
    pg_name: Option<String>,
    _dir: tempfile::TempDir,
}

impl TestDb {
    pub async fn new(backend: Backend) -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        match backend {
            Backend::Sqlite => {
                let url = format!("sqlite://{}?mode=rwc", dir.path().join("portal.db").display());
                TestDb { url, backend, pg_name: None, _dir: dir }
            }
            Backend::Postgres => {
                let admin = sea_orm::Database::connect(pg_admin_url()).await.expect(
                    "PostgreSQL must run on 127.0.0.1:5432 (`bash tasks.sh test` starts it); set PORTAL_TEST_PG otherwise",
                );
                SWEEP.call_once(|| ());
                sweep_leftovers(&admin).await;
                let name = format!("portal_test_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst));
                admin.execute_unprepared(&format!("CREATE DATABASE \"{name}\"")).await.expect("create test database");
                admin.close().await.ok();
                TestDb { url: pg_url_for(&name), backend, pg_name: Some(name), _dir: dir }
            }
        }
    }

    /// The database at `url` in a place the test made itself (a server of its own, a file
    /// system it mounted), which the test removes with everything on it: nothing to drop here.
    pub fn at(url: String, backend: Backend) -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        TestDb { url, backend, pg_name: None, _dir: dir }
    }

    pub fn dir(&self) -> PathBuf {
        self._dir.path().to_path_buf()
    }

    pub async fn connect(&self) -> Db {
        store::connect(&self.url).await.expect("connect to test database")
    }

    pub async fn migrated(&self) -> Db {
        let db = self.connect().await;
        Migrator::up(&db.conn, None).await.expect("migrate");
        db
    }
}

/// Drops databases left behind by test processes that no longer run.
async fn sweep_leftovers(admin: &sea_orm::DatabaseConnection) {
    let rows = admin
        .query_all_raw(Statement::from_string(
            admin.get_database_backend(),
            "SELECT datname FROM pg_database WHERE datname LIKE 'portal\\_test\\_%'",
        ))
        .await
        .unwrap_or_default();
    for row in rows {
        let Ok(name) = row.try_get::<String>("", "datname") else { continue };
        let pid = name.split('_').nth(2).and_then(|p| p.parse::<u32>().ok());
        let alive =
            pid.is_some_and(|p| p == std::process::id() || std::path::Path::new(&format!("/proc/{p}")).exists());
        if !alive {
            let _ = admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")).await;
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some(name) = self.pg_name.take() else { return };
        // Drop runs outside async; a small runtime of its own does the clean-up.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
            rt.block_on(async {
                if let Ok(admin) = sea_orm::Database::connect(pg_admin_url()).await {
                    let _ = admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")).await;
                    let _ = admin.close().await;
                }
            });
        })
        .join();
    }
}

pub struct TestApp {
    pub address: String,
    pub port: u16,
    pub ctx: AppContext,
    pub client: reqwest::Client,
    pub db: TestDb,
}

/// The workspace root, to find the built site (if any).
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace").to_path_buf()
}

/// The `portal` binary (`bash tasks.sh test` builds it with `cargo build -p server` before the
/// tests run; `PORTAL_BIN` overrides where it is).
pub fn portal_bin() -> PathBuf {
    if let Ok(p) = std::env::var("PORTAL_BIN") {
        return p.into();
    }
    let target = std::env::var("CARGO_TARGET_DIR").map(Into::into).unwrap_or_else(|_| workspace_root().join("target"));
    target.join("debug").join("portal")
}

/// Runs `portal` with extra environment; returns (success, stdout, stderr).
pub fn run_portal(args: &[&str], env: &[(&str, &str)]) -> (bool, String, String) {
    let bin = portal_bin();
    assert!(bin.exists(), "{} missing: run `cargo build -p server` first", bin.display());
    let mut cmd = std::process::Command::new(bin);
    cmd.args(args).env("PORTAL_LOG", "warn");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run portal");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Every test's logs go to one file per test process (`target/test-logs/<pid>.log`, debug
/// level): quiet on the console, and searchable for secrets that must never appear there.
pub fn log_file() -> PathBuf {
    let dir = workspace_root().join("target").join("test-logs");
    std::fs::create_dir_all(&dir).expect("log dir");
    dir.join(format!("{}.log", std::process::id()))
}

pub fn quiet_logs() {
    // `TEST_LOG=1` prints the logs; a filter (`TEST_LOG=warn,portal::sql=trace`) chooses them.
    if let Ok(filter) = std::env::var("TEST_LOG") {
        server::telemetry::init(if filter == "1" { "debug" } else { &filter }, std::io::stdout);
        return;
    }
    let path = log_file();
    server::telemetry::init("debug", move || {
        std::fs::OpenOptions::new().create(true).append(true).open(&path).expect("test log file")
    });
}

pub fn test_settings(db: &TestDb) -> Settings {
    let mut s = Settings::load(None, |_| None).expect("default settings");
    s.database_url = db.url.clone();
    s.bind = "127.0.0.1:0".parse().expect("addr");
    s.data_dir = db.dir();
    s.site_root = workspace_root().join("target/site");
    s.signing_key = Some(SigningKeys::generate().to_base64());
    s
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(TestDb::new(backend).await, |_| {}).await
}

pub async fn spawn_app_with(db: TestDb, adjust: impl FnOnce(&mut Settings)) -> TestApp {
    spawn_app_with_clock(db, adjust, Clock::system()).await
}

/// The portal standing at `at`: every handler reads this clock; move it with `app.ctx.clock.set`.
pub async fn spawn_app_at(backend: Backend, at: chrono::DateTime<chrono::Utc>) -> TestApp {
    spawn_app_with_clock(TestDb::new(backend).await, |_| {}, Clock::fixed(at)).await
}

/// As [`spawn_app`], with no background jobs running in the server (a test that migrates the
/// database down, or runs the jobs itself).
pub async fn spawn_app_without_jobs(backend: Backend) -> TestApp {
    spawn_app_with(TestDb::new(backend).await, |s| s.run_jobs = false).await
}

/// As [`spawn_app_at`], with no background jobs running in the server: the test runs them
/// (`server::jobs::Runner`) when it wants, as one or several instances.
pub async fn spawn_app_at_without_jobs(backend: Backend, at: chrono::DateTime<chrono::Utc>) -> TestApp {
    spawn_app_with_clock(TestDb::new(backend).await, |s| s.run_jobs = false, Clock::fixed(at)).await
}

pub async fn spawn_app_with_clock(db: TestDb, adjust: impl FnOnce(&mut Settings), clock: Clock) -> TestApp {
    quiet_logs();
    let mut settings = test_settings(&db);
    adjust(&mut settings);
    let application = Application::build_with_clock(settings.clone(), clock).await.expect("build app");
    let port = application.port();
    let ctx = application.context();
    tokio::spawn(application.run_until_stopped());
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
    TestApp { address: format!("http://127.0.0.1:{port}"), port, ctx, client, db }
}

/// Page text without Fluent's bidi isolation marks (U+2068, U+2069) around placeables.
pub fn plain(html: String) -> String {
    html.replace(['\u{2068}', '\u{2069}'], "")
}

/// A `Cookie` header value for a session token.
pub fn session_cookie(token: &str) -> String {
    format!("{}={token}", app::services::identity::sessions::COOKIE)
}

impl TestApp {
    /// Now, on the portal's clock.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.ctx.now()
    }

    /// A write transaction at the portal's now, for set-up the tests do directly.
    pub async fn write(&self) -> app::services::WriteTx<'_> {
        app::services::WriteTx::begin(&self.ctx.db, self.now()).await.expect("tx")
    }
}
