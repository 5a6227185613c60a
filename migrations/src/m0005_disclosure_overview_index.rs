//! "Who received my data" reads only an index: per person, recipient and field, the events
//! (count and latest) without touching the table. Replaces the index it extends.

use crate::helpers::index;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0005_disclosure_overview_index"
    }
}

const TABLE: &str = "disclosure_event_fields";
const OLD: &[&str] = &["person_id", "recipient_party_id", "field"];
const NEW: &[&str] = &["person_id", "recipient_party_id", "field", "disclosure_event_id"];

fn drop(columns: &[&str]) -> IndexDropStatement {
    Index::drop().name(format!("ix_{TABLE}_{}", columns.join("_"))).table(TABLE).to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(index(TABLE, NEW)).await?;
        m.drop_index(drop(OLD)).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(index(TABLE, OLD)).await?;
        m.drop_index(drop(NEW)).await
    }
}
