//! Which database errors mean "the database cannot serve just now" — unreachable or
//! restarting, its disk full, its file read-only — rather than a fault in a query. Those are
//! answered with 503 and `Retry-After` and a message that says nothing was saved (error
//! policy, `docs/deployment.md`), not as an internal error; the pool reconnects by itself
//! once the database is back.

use sea_orm::sqlx;
use sea_orm::{DbErr, RuntimeErr};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outage {
    /// No connection: the server is down, restarting, or refuses more connections.
    Unreachable,
    /// The disk (or the database's quota) is full.
    Full,
    /// The database or its file may only be read.
    ReadOnly,
}

/// The outage `err` stands for, if it is one.
pub fn outage(err: &DbErr) -> Option<Outage> {
    match err {
        DbErr::ConnectionAcquire(_) => Some(Outage::Unreachable),
        DbErr::Conn(RuntimeErr::SqlxError(e))
        | DbErr::Exec(RuntimeErr::SqlxError(e))
        | DbErr::Query(RuntimeErr::SqlxError(e)) => of_sqlx(e),
        DbErr::Conn(_) => Some(Outage::Unreachable),
        _ => None,
    }
}

fn of_sqlx(e: &sqlx::Error) -> Option<Outage> {
    use sqlx::Error as E;
    match e {
        E::Io(_) | E::Tls(_) | E::Protocol(_) | E::PoolTimedOut | E::PoolClosed | E::WorkerCrashed => {
            Some(Outage::Unreachable)
        }
        E::Database(db) => of_code(db.code().as_deref()?),
        _ => None,
    }
}

/// PostgreSQL's SQLSTATE (five characters) or SQLite's result code (a number, perhaps extended).
fn of_code(code: &str) -> Option<Outage> {
    if code.len() == 5 {
        return match code {
            "53100" => Some(Outage::Full),
            "25006" => Some(Outage::ReadOnly),
            // Connection exceptions, shutdown or start-up in progress, too many connections.
            c if c.starts_with("08") || c.starts_with("57P") || c.starts_with("53") => Some(Outage::Unreachable),
            _ => None,
        };
    }
    match code.parse::<i32>().ok()? & 0xff {
        13 => Some(Outage::Full),
        8 => Some(Outage::ReadOnly),
        // I/O error, cannot open, busy or locked beyond the busy timeout.
        10 | 14 | 5 | 6 => Some(Outage::Unreachable),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn codes_of_both_databases_name_the_outage() {
        assert_eq!(of_code("13"), Some(Outage::Full), "SQLITE_FULL");
        assert_eq!(of_code("8"), Some(Outage::ReadOnly), "SQLITE_READONLY");
        assert_eq!(of_code("1032"), Some(Outage::ReadOnly), "SQLITE_READONLY_DBMOVED (extended)");
        assert_eq!(of_code("778"), Some(Outage::Unreachable), "SQLITE_IOERR_WRITE (extended)");
        assert_eq!(of_code("2067"), None, "a unique constraint is a fault of the query, not an outage");
        assert_eq!(of_code("53100"), Some(Outage::Full));
        assert_eq!(of_code("25006"), Some(Outage::ReadOnly));
        assert_eq!(of_code("57P01"), Some(Outage::Unreachable), "admin shutdown");
        assert_eq!(of_code("08006"), Some(Outage::Unreachable));
        assert_eq!(of_code("23505"), None, "unique violation");
        assert_eq!(of_code("42P01"), None, "undefined table");
    }

    #[test]
    fn a_lost_connection_is_an_outage_and_a_query_fault_is_not() {
        let io = sqlx::Error::Io(std::io::Error::from(std::io::ErrorKind::ConnectionRefused));
        assert_eq!(outage(&DbErr::Conn(RuntimeErr::SqlxError(Arc::new(io)))), Some(Outage::Unreachable));
        let timeout = DbErr::Exec(RuntimeErr::SqlxError(Arc::new(sqlx::Error::PoolTimedOut)));
        assert_eq!(outage(&timeout), Some(Outage::Unreachable));
        assert_eq!(outage(&DbErr::RecordNotFound("x".into())), None);
        assert_eq!(outage(&DbErr::Custom("x".into())), None);
    }
}
