//! Operations. Services own transactions: each public function opens, and commits, its own.
//! Every state change appends its audit entry inside that same transaction (`audit::append`).

pub mod audit;
pub mod consent;
pub mod context;
pub mod credentials;
pub mod dashboards;
pub mod disclosure;
pub mod disclosure_log;
pub mod keys;
pub mod my_data;
pub mod notifications;
pub mod passkeys;
pub mod protocols;
pub mod receipts;
pub mod rectification;
pub mod registry;
pub mod secrets;
pub mod sessions;

use crate::error::AppError;
use crate::store::Db;
use sea_orm::{DatabaseTransaction, DbErr, SqliteTransactionMode, TransactionOptions, TransactionTrait};

/// What a service can fail with. Rule violations are for the caller to show; `Db` is internal.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error("not found")]
    NotFound,
    #[error("refused: {0}")]
    Refused(&'static str),
    #[error("invalid {field}: {message_id}")]
    Invalid { field: &'static str, message_id: &'static str },
    #[error("database: {0}")]
    Db(#[from] DbErr),
}

impl ServiceError {
    /// Converts for a client: internal causes are logged here, once, with a correlation id,
    /// and never leave the server.
    pub fn into_app_error(self) -> AppError {
        match self {
            ServiceError::NotFound => AppError::NotFound,
            ServiceError::Refused(id) => AppError::Refused { message_id: id.into() },
            ServiceError::Invalid { field, message_id } => {
                AppError::Invalid { field: field.into(), message_id: message_id.into() }
            }
            ServiceError::Db(err) => {
                let correlation_id = uuid::Uuid::new_v4().to_string();
                tracing::error!(%correlation_id, error = %err, "database error");
                AppError::Internal { correlation_id }
            }
        }
    }
}

impl From<ServiceError> for AppError {
    fn from(e: ServiceError) -> Self {
        e.into_app_error()
    }
}

/// A write transaction. On SQLite it holds the process-wide writer lock and starts with
/// `BEGIN IMMEDIATE`, so other processes on the same file wait instead of failing mid-way.
pub struct WriteTx<'a> {
    pub tx: DatabaseTransaction,
    _guard: Option<tokio::sync::MutexGuard<'a, ()>>,
}

impl<'a> WriteTx<'a> {
    pub async fn begin(db: &'a Db) -> Result<WriteTx<'a>, DbErr> {
        let guard = db.writer().await;
        let tx = db
            .conn
            .begin_with_options(TransactionOptions {
                sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                ..Default::default()
            })
            .await?;
        Ok(WriteTx { tx, _guard: guard })
    }

    pub async fn commit(self) -> Result<(), DbErr> {
        self.tx.commit().await
    }
}

impl std::ops::Deref for WriteTx<'_> {
    type Target = DatabaseTransaction;
    fn deref(&self) -> &DatabaseTransaction {
        &self.tx
    }
}

/// Now, at the precision both databases keep (microseconds), so hashes survive a round trip.
pub fn now() -> chrono::DateTime<chrono::Utc> {
    use chrono::SubsecRound;
    chrono::Utc::now().trunc_subsecs(6)
}
