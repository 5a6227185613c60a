//! The agency's rectification desk (issue 12):
//! - a request can wait for the person's answer to a question (`status = 'waiting'`); it stays
//!   pending, so the one-pending-request-per-field index (m0006) now counts it too;
//! - `rectification_requests.decided_value`: the value written into the record on acceptance —
//!   the proposal, or the officer's edit of it (a quality report may propose nothing);
//! - the history of one request is read by request: an index on `rectification_events`.

use crate::helpers::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::ConnectionTrait;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0012_rectification_desk"
    }
}

const PENDING_INDEX: &str = "uq_rectification_requests_pending";

async fn pending_index(m: &SchemaManager<'_>, statuses: &str) -> Result<(), DbErr> {
    let db = m.get_connection();
    db.execute_unprepared(&format!("DROP INDEX IF EXISTS {PENDING_INDEX}")).await?;
    // A partial index: the same statement on SQLite and PostgreSQL.
    let sql = format!(
        "CREATE UNIQUE INDEX {PENDING_INDEX} ON rectification_requests (person_id, field) WHERE status IN ({statuses})"
    );
    db.execute_unprepared(&sql).await.map(|_| ())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    /// One transaction on SQLite too: the index is swapped, never missing.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        pending_index(m, "'open', 'acknowledged', 'waiting'").await?;
        let column = ColumnDef::new(Alias::new("decided_value")).string_len(300).null().to_owned();
        m.alter_table(Table::alter().table(Alias::new("rectification_requests")).add_column(column).to_owned()).await?;
        m.create_index(index("rectification_events", &["request_id"])).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // A request waiting for an answer, or a decided value, has no place in m0011's schema.
        refuse_if_any(m, "rectification_requests", "status = 'waiting' OR decided_value IS NOT NULL").await?;
        m.drop_index(
            Index::drop()
                .name("ix_rectification_events_request_id")
                .table(Alias::new("rectification_events"))
                .to_owned(),
        )
        .await?;
        let drop = Table::alter()
            .table(Alias::new("rectification_requests"))
            .drop_column(Alias::new("decided_value"))
            .to_owned();
        m.alter_table(drop).await?;
        pending_index(m, "'open', 'acknowledged'").await
    }
}
