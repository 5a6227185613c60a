//! The shared rate-limit counters (`rate_counts`, m0020): one statement per counted request —
//! add one and read the total the whole cluster has counted this minute.

use super::Db;
use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement};

/// Counts one request of `client` in `bucket` during `minute` (minutes since the Unix epoch)
/// and returns how many the cluster has counted, this one included.
pub async fn hit(db: &Db, bucket: &str, client: &str, minute: i64) -> Result<i64, DbErr> {
    let backend = db.backend();
    let sql = match backend {
        DbBackend::Postgres => {
            "INSERT INTO rate_counts (bucket, client, minute, count) VALUES ($1, $2, $3, 1) \
             ON CONFLICT (bucket, client, minute) DO UPDATE SET count = rate_counts.count + 1 RETURNING count"
        }
        _ => {
            "INSERT INTO rate_counts (bucket, client, minute, count) VALUES (?, ?, ?, 1) \
             ON CONFLICT (bucket, client, minute) DO UPDATE SET count = rate_counts.count + 1 RETURNING count"
        }
    };
    let statement = Statement::from_sql_and_values(backend, sql, [bucket.into(), client.into(), minute.into()]);
    // SQLite: writers take their turn in this process instead of meeting on the file lock.
    let _turn = db.writer().await;
    let row = db.conn.query_one_raw(statement).await?.ok_or_else(|| DbErr::RecordNotFound("rate_counts".into()))?;
    let count: i32 = row.try_get_by_index(0)?;
    Ok(count.into())
}

/// Forgets the minutes before `minute`.
pub async fn forget_before(db: &Db, minute: i64) -> Result<u64, DbErr> {
    let backend = db.backend();
    let sql = match backend {
        DbBackend::Postgres => "DELETE FROM rate_counts WHERE minute < $1",
        _ => "DELETE FROM rate_counts WHERE minute < ?",
    };
    let _turn = db.writer().await;
    let done = db.conn.execute_raw(Statement::from_sql_and_values(backend, sql, [minute.into()])).await?;
    Ok(done.rows_affected())
}
