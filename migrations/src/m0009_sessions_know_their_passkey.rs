//! A session remembers the passkey that opened it and when its holder last proved who they
//! are: removing a passkey ends the sessions it opened, and removing one needs a recent proof.
//! Both columns are empty for sessions opened before (they count as neither).

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0009_sessions_know_their_passkey"
    }
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    PasskeyId,
    VerifiedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds one at a time.
        m.alter_table(
            Table::alter()
                .table(Sessions::Table)
                .add_column(ColumnDef::new(Sessions::PasskeyId).integer().null())
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Sessions::Table)
                .add_column(ColumnDef::new(Sessions::VerifiedAt).timestamp_with_time_zone().null())
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table(Sessions::Table).drop_column(Sessions::VerifiedAt).to_owned()).await?;
        m.alter_table(Table::alter().table(Sessions::Table).drop_column(Sessions::PasskeyId).to_owned()).await
    }
}
