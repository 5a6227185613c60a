//! `portal backup FILE` and `portal restore FILE` (issue 15): the records a person was told
//! are kept must survive a lost disk. On SQLite, a backup is an online, consistent copy taken
//! while the portal runs (`VACUUM INTO`: one read transaction, so every write is either wholly
//! in it or not at all); a restore puts such a copy in place of the configured database, which
//! must be empty — a restore never overwrites records. On PostgreSQL the tools are the server's
//! own (`pg_dump`, `pg_restore`); the commands say how.

use crate::config::Settings;
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn refused(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}

/// The file of a `sqlite:` URL (`sqlite://path?mode=rwc`, `sqlite:path`).
pub(crate) fn sqlite_file(url: &str) -> Option<PathBuf> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then(|| PathBuf::from(path))
}

const PG_BACKUP: &str = "on PostgreSQL, back up with the server's own tool while the portal runs: \
    pg_dump --format=custom --file FILE \"$PORTAL_DATABASE_URL\" (see docs/deployment.md)";
const PG_RESTORE: &str = "on PostgreSQL, restore into an empty database with: \
    pg_restore --dbname \"$PORTAL_DATABASE_URL\" --no-owner FILE, then run portal audit verify";

/// A backup file, opened to read only: immutable (nobody writes it), so no journal, lock or
/// shared-memory file is touched or made beside it.
async fn open_backup(file: &Path) -> Result<sea_orm::DatabaseConnection, sea_orm::DbErr> {
    let mut opts = sea_orm::ConnectOptions::new(format!("sqlite://{}", file.display()));
    opts.sqlx_logging(false).max_connections(1).map_sqlx_sqlite_opts(|o| o.read_only(true).immutable(true));
    sea_orm::Database::connect(opts).await
}

/// The chain's length and head hash, to print with a backup or a restore.
async fn head<C: ConnectionTrait>(conn: &C) -> anyhow::Result<(i64, String)> {
    let row = conn
        .query_one_raw(Statement::from_string(DbBackend::Sqlite, "SELECT seq, head_hash FROM audit_head"))
        .await?
        .ok_or_else(|| anyhow::anyhow!("the database has no audit chain head"))?;
    Ok((row.try_get("", "seq")?, row.try_get("", "head_hash")?))
}

pub async fn backup(settings: &Settings, file: &Path) -> anyhow::Result<ExitCode> {
    if sqlite_file(&settings.database_url).is_none() {
        return Ok(refused(PG_BACKUP));
    }
    if file.exists() {
        return Ok(refused(format!("{} exists: a backup never overwrites a file", file.display())));
    }
    let db = app::store::connect(&settings.database_url).await?;
    let target = file.display().to_string();
    let copy = Statement::from_sql_and_values(DbBackend::Sqlite, "VACUUM INTO ?", [target.into()]);
    db.conn.execute_raw(copy).await?;
    let copied = open_backup(file).await?;
    let (length, hash) = head(&copied).await?;
    copied.close().await?;
    println!("backup written to {}: audit chain of {length} entries, head {hash}", file.display());
    Ok(ExitCode::SUCCESS)
}

pub async fn restore(settings: &Settings, file: &Path) -> anyhow::Result<ExitCode> {
    let Some(target) = sqlite_file(&settings.database_url) else { return Ok(refused(PG_RESTORE)) };
    if !file.is_file() {
        return Ok(refused(format!("{}: no such backup file", file.display())));
    }
    // What is restored must be a portal database: migrated, with an audit chain.
    let backup = match open_backup(file).await {
        Ok(db) => db,
        Err(e) => return Ok(refused(format!("{} is not a portal backup: {e}", file.display()))),
    };
    let (length, hash) = match head(&backup).await {
        Ok(head) => head,
        Err(e) => return Ok(refused(format!("{} is not a portal backup: {e}", file.display()))),
    };
    backup.close().await?;
    if target.exists() {
        let db = app::store::connect(&settings.database_url).await?;
        let tables =
            Statement::from_string(DbBackend::Sqlite, "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'");
        let n: i64 = db.conn.query_one_raw(tables).await?.map(|r| r.try_get("", "n")).transpose()?.unwrap_or(0);
        db.conn.close_by_ref().await?;
        if n > 0 {
            return Ok(refused(format!(
                "{} already holds a database ({n} tables): restore only into an empty one",
                target.display()
            )));
        }
    }
    if let Some(dir) = target.parent() {
        std::fs::create_dir_all(dir)?;
    }
    // Into a temporary name first, then renamed: the database is either absent or whole.
    let partial = target.with_extension("restoring");
    std::fs::copy(file, &partial)?;
    for stale in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{stale}", target.display()));
    }
    std::fs::rename(&partial, &target)?;
    println!("restored {} from {}: audit chain of {length} entries, head {hash}", target.display(), file.display());
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_of_a_sqlite_url() {
        assert_eq!(sqlite_file("sqlite://data/portal.db?mode=rwc"), Some(PathBuf::from("data/portal.db")));
        assert_eq!(sqlite_file("sqlite:/tmp/p.db"), Some(PathBuf::from("/tmp/p.db")));
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("postgres://u@h/db"), None);
    }
}
