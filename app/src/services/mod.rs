//! Operations, by resource; one operation per file once a resource has more than a few.
//! Services own transactions: each public operation opens, and commits, its own, and every
//! state change appends its audit entry inside that same transaction (`audit::record`).
//! Time comes in as an argument (`now`): services never read the clock.

pub mod admin;
pub mod approvals;
pub mod audit;
pub mod batch;
pub mod breaches;
pub mod consent;
pub mod context;
pub mod correction_notices;
pub mod crypto;
pub mod disclosure;
pub mod erasure;
pub mod function_profiles;
pub mod idempotency;
pub mod identity;
pub mod jobs;
pub mod my_data;
pub mod notifications;
pub mod onward_notices;
pub mod partners;
pub mod persons;
pub mod pilot;
pub mod processors;
pub mod protocols;
pub mod pseudonyms;
pub mod rectification;
pub mod rectification_reminders;
pub mod registers;
pub mod registry;
pub mod retention;
pub mod staff;

use crate::error::AppError;
use crate::store::Db;
use chrono::{DateTime, Utc};
use sea_orm::{DatabaseTransaction, DbErr, SqliteTransactionMode, TransactionOptions, TransactionTrait};

/// What a service can fail with. Rule violations are for the caller to show; `Db` and
/// `Internal` are ours, and never reach a client beyond a correlation id.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ServiceError {
    #[error("not found")]
    NotFound,
    #[error("refused: {0}")]
    Refused(&'static str),
    #[error("invalid {field}: {message_id}")]
    Invalid { field: &'static str, message_id: &'static str },
    /// A record with several invalid values (`domain::source_record::parse`): every one.
    #[error("invalid record: {0:?}")]
    InvalidRecord(Vec<crate::domain::source_record::RecordProblem>),
    #[error("database: {0}")]
    Db(#[from] DbErr),
    /// A fault of the server itself (a missing context, a stored value that does not parse).
    #[error("internal: {0}")]
    Internal(&'static str),
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
            ServiceError::InvalidRecord(problems) => AppError::InvalidRecord {
                problems: problems
                    .into_iter()
                    .map(|p| crate::error::FieldProblem { field: p.column.into(), message_id: p.message_id.into() })
                    .collect(),
            },
            ServiceError::Db(err) => match crate::store::outage::outage(&err) {
                Some(kind) => {
                    tracing::warn!(?kind, error = %err, "database unavailable: answered 503");
                    AppError::Unavailable { retry_after_secs: crate::error::RETRY_AFTER_OUTAGE_SECS }
                }
                None => internal(&err),
            },
            ServiceError::Internal(what) => internal(&what),
        }
    }

    /// A refused input, for `map_err` on the domain's parse errors.
    pub fn invalid(field: &'static str) -> impl FnOnce(crate::domain::ParseError) -> ServiceError {
        move |e| ServiceError::Invalid { field, message_id: e.message_id }
    }
}

fn internal(cause: &dyn std::fmt::Display) -> AppError {
    let correlation_id = uuid::Uuid::new_v4().to_string();
    tracing::error!(%correlation_id, error = %cause, "internal error");
    AppError::Internal { correlation_id }
}

impl From<ServiceError> for AppError {
    fn from(e: ServiceError) -> Self {
        e.into_app_error()
    }
}

/// A write transaction, and the one instant everything in it happens at. On SQLite it holds
/// the process-wide writer lock and starts with `BEGIN IMMEDIATE`, so other processes on the
/// same file wait instead of failing mid-way.
pub struct WriteTx<'a> {
    pub tx: DatabaseTransaction,
    /// When the operation happens: every timestamp the transaction writes is this one.
    pub now: DateTime<Utc>,
    _guard: Option<tokio::sync::MutexGuard<'a, ()>>,
    db: &'a Db,
}

impl<'a> WriteTx<'a> {
    pub async fn begin(db: &'a Db, now: DateTime<Utc>) -> Result<WriteTx<'a>, DbErr> {
        let guard = db.writer().await;
        let tx = db
            .conn
            .begin_with_options(TransactionOptions {
                sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                ..Default::default()
            })
            .await?;
        // BEGIN and COMMIT are round trips too (the statement hook sees neither).
        db.count_statements(1);
        Ok(WriteTx { tx, now, _guard: guard, db })
    }

    pub async fn commit(self) -> Result<(), DbErr> {
        self.db.count_statements(1);
        self.tx.commit().await
    }
}

impl std::ops::Deref for WriteTx<'_> {
    type Target = DatabaseTransaction;
    fn deref(&self) -> &DatabaseTransaction {
        &self.tx
    }
}
