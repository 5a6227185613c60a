//! At most one pending rectification request per person and field, even when two arrive at
//! once (a double submit): the database decides, not a check-then-insert.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::ConnectionTrait;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0006_one_pending_request_per_field"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // A partial index: the same statement on SQLite and PostgreSQL.
        m.get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX uq_rectification_requests_pending ON rectification_requests (person_id, field) \
                 WHERE status IN ('open', 'acknowledged')",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.get_connection().execute_unprepared("DROP INDEX IF EXISTS uq_rectification_requests_pending").await?;
        Ok(())
    }
}
