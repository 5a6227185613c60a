//! Persons come from the agency's client-tracking system (issue 16): which protocols concern
//! each person (`person_protocols`, kept as the source says: the invitation letter explains
//! them), and the dossier reference stays the key the source and the portal share. A field the
//! source changes for a person whose recipients hold it is an accepted correction with
//! `filed_by = 'source_system'`: it may name no filer (the operator's import) or the agency
//! system's API client, so the filer rule of m0011 lets it be.

use crate::helpers::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0021_persons_from_the_source"
    }
}

const PERSON_PROTOCOLS: &str = "person_protocols";
const REQUESTS: &str = "rectification_requests";
const FILER_CHECK: &str = "rectification_requests_check";
const FILER_BEFORE: &str =
    "CHECK ((\"filed_by\" = 'person') = (COALESCE(\"filed_by_staff_id\", \"filed_by_api_client_id\") IS NULL))";
const FILER_AFTER: &str = "CHECK (\"filed_by\" = 'source_system' OR \
     ((\"filed_by\" = 'person') = (COALESCE(\"filed_by_staff_id\", \"filed_by_api_client_id\") IS NULL)))";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        create(
            m,
            Table::create()
                .table(PERSON_PROTOCOLS)
                .col(integer("person_id"))
                .col(integer("protocol_id"))
                .col(instant("since"))
                .primary_key(Index::create().col("person_id").col("protocol_id"))
                .foreign_key(&mut fk(PERSON_PROTOCOLS, "person_id", "persons"))
                .foreign_key(&mut fk(PERSON_PROTOCOLS, "protocol_id", "protocols"))
                .to_owned(),
        )
        .await?;
        m.create_index(index(PERSON_PROTOCOLS, &["protocol_id", "person_id"])).await?;
        replace_check(m, REQUESTS, FILER_CHECK, FILER_BEFORE, FILER_AFTER).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        refuse_if_any(m, REQUESTS, "\"filed_by\" = 'source_system'").await?;
        replace_check(m, REQUESTS, FILER_CHECK, FILER_AFTER, FILER_BEFORE).await?;
        drop_all(m, &[PERSON_PROTOCOLS]).await
    }
}
