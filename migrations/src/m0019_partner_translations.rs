//! A partner's purpose in other languages (issue 14): the municipality admin writes them, a
//! person reads whom their data may be passed on to, and why, in their own language before
//! consenting to it. One row per organisation and language; the organisation's own `purpose`
//! stays the binding Dutch. The language names a row of `languages` (m0017), by a foreign key on
//! both backends (the table is new, so SQLite can declare it).

use crate::helpers::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0019_partner_translations"
    }
}

const TEXTS: &str = "party_texts";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        create(
            m,
            Table::create()
                .table(TEXTS)
                .col(pk_auto("id"))
                .col(integer("party_id"))
                .col(string_len("language", 8))
                .col(text("purpose"))
                .col(instant("updated_at"))
                .foreign_key(&mut fk(TEXTS, "party_id", "parties"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_party_texts_language")
                        .from(TEXTS, "language")
                        .to("languages", "code")
                        .on_delete(ForeignKeyAction::Restrict)
                        .on_update(ForeignKeyAction::Restrict),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(unique(TEXTS, &["party_id", "language"])).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        drop_all(m, &[TEXTS]).await
    }
}
