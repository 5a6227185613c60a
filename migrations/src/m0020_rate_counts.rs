//! Rate-limit counters the instances share (issue 15): one row per bucket, client and minute,
//! for the limits that guard secrets (passkey ceremonies, invitation codes), so that several
//! instances behind one proxy allow a guesser no more than one instance would. The client is a
//! keyed hash, never an address or an account id. Counters are worth nothing after their minute:
//! on PostgreSQL the table is UNLOGGED (no write-ahead log; emptied after a crash).

use crate::helpers::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0020_rate_counts"
    }
}

const COUNTS: &str = "rate_counts";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        create(
            m,
            Table::create()
                .table(COUNTS)
                .col(string_len("bucket", 16))
                .col(string_len("client", 64))
                .col(big_integer("minute"))
                .col(integer("count"))
                .primary_key(Index::create().col("bucket").col("client").col("minute"))
                .to_owned(),
        )
        .await?;
        if m.get_database_backend() == DbBackend::Postgres {
            m.get_connection().execute_unprepared("ALTER TABLE rate_counts SET UNLOGGED").await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        drop_all(m, &[COUNTS]).await
    }
}
