//! Opening the database: SQLite (embedded default) or PostgreSQL, chosen by the URL.

use sea_orm::{ConnectOptions, DatabaseConnection, DbBackend, DbErr};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tokio::sync::Mutex;

/// The connection pool, what writers need to stay serialised, and what readers may keep.
#[derive(Clone, Debug)]
pub struct Db {
    pub conn: DatabaseConnection,
    /// SQLite allows one writer at a time; queueing writers here (instead of letting them
    /// collide on the file lock) keeps the audit chain head consistent without busy errors.
    /// PostgreSQL serialises on the `audit_head` row lock instead, across processes too.
    write_lock: Arc<Mutex<()>>,
    /// API clients by token hash, for a moment (see `token_cache`).
    pub tokens: super::token_cache::TokenCache,
    /// Statements sent through this pool (and its transactions) since it opened: the hook the
    /// query budgets are counted with. A count, not a timing: exact, and one atomic add each.
    statements: Arc<AtomicU64>,
}

impl Db {
    pub fn backend(&self) -> DbBackend {
        self.conn.get_database_backend()
    }

    /// How many statements went to the database so far.
    pub fn statements(&self) -> u64 {
        self.statements.load(Ordering::Relaxed)
    }

    /// Counts statements the hook cannot see (a transaction's `BEGIN` and `COMMIT`).
    pub(crate) fn count_statements(&self, n: u64) {
        self.statements.fetch_add(n, Ordering::Relaxed);
    }

    /// Held for the whole of a write transaction on SQLite; a no-op guard on PostgreSQL.
    pub async fn writer(&self) -> Option<tokio::sync::MutexGuard<'_, ()>> {
        match self.backend() {
            DbBackend::Sqlite => Some(self.write_lock.lock().await),
            _ => None,
        }
    }
}

/// Opens the pool; a request waits at most 10 s for a connection (the command line's default).
pub async fn connect(url: &str) -> Result<Db, DbErr> {
    connect_waiting(url, Duration::from_secs(10)).await
}

/// Opens the pool; a request waits at most `wait` for a connection — while the database is
/// down the pool keeps trying to reconnect for that long — and then fails with an error
/// `outage` names `Unreachable` (the server answers 503). Once the database is back, the
/// next request gets a new connection: no restart needed.
pub async fn connect_waiting(url: &str, wait: Duration) -> Result<Db, DbErr> {
    let mut opts = ConnectOptions::new(url.to_owned());
    opts.sqlx_logging(false).connect_timeout(wait).acquire_timeout(wait).map_sqlx_sqlite_opts(|o| {
        o.create_if_missing(true)
            .journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
            .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true)
    });
    if url.starts_with("sqlite:") {
        // An embedded file cannot go stale the way a network connection can: a ping before
        // each checkout would only add a round trip to the connection's thread.
        opts.max_connections(8).test_before_acquire(false);
    } else {
        // A pooled PostgreSQL connection is checked only after it sat idle long enough for a
        // server restart or a proxy to have dropped it; hot connections go out untested.
        opts.max_connections(16).test_before_acquire_if_idle_for(Duration::from_secs(30));
    }
    let mut conn = sea_orm::Database::connect(opts).await?;
    let statements = Arc::new(AtomicU64::new(0));
    let counter = statements.clone();
    conn.set_metric_callback(move |info| {
        counter.fetch_add(1, Ordering::Relaxed);
        tracing::trace!(target: "portal::sql", sql = %info.statement.sql);
    });
    Ok(Db { conn, write_lock: Arc::new(Mutex::new(())), tokens: Default::default(), statements })
}
