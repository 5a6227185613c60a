//! Protocols as living documents and the job runner (issue 13):
//! - `protocol_versions.recipient_categories`: who may receive the data (partners, staff with a
//!   function profile), part of what a version states;
//! - `protocol_versions.started_at`: when the start of a version was acted on (consent carried
//!   over where the terms did not grow, persons asked to review where they did);
//!   `protocol_versions.ended_told_at`: when the persons whose consent stopped taking effect at the
//!   version's end were told. Versions published before this migration count as acted on (their
//!   start, and their end if it has passed): nobody is told twice about what already happened;
//! - `consent_events.channel` loses its CHECK: consent carried over to a new version is a third
//!   channel (`carried_over`), validated in the domain like every code list that grows (m0007);
//! - `job_locks` (m0003's, never used, replaced): one row per background job, with the lease that lets exactly one instance run
//!   it (`holder` and `leased_until`, both or neither) and what its last run did.

use crate::helpers::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0014_protocol_lifecycle"
    }
}

const VERSIONS: &str = "protocol_versions";
const CHANNEL_CHECK: &str = " CHECK (\"channel\" IN ('self_service', 'assisted'))";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        add(m, VERSIONS, ColumnDef::new(Alias::new("recipient_categories")).text().not_null().default("")).await?;
        add(m, VERSIONS, ColumnDef::new(Alias::new("started_at")).timestamp_with_time_zone().null()).await?;
        add(m, VERSIONS, ColumnDef::new(Alias::new("ended_told_at")).timestamp_with_time_zone().null()).await?;
        let db = m.get_connection();
        db.execute_unprepared(
            "UPDATE \"protocol_versions\" SET \"started_at\" = \"created_at\" WHERE \"status\" <> 'draft'",
        )
        .await?;
        db.execute_unprepared(
            "UPDATE \"protocol_versions\" SET \"ended_told_at\" = \"created_at\" WHERE \"status\" <> 'draft' \
             AND (\"valid_until\" < CURRENT_DATE OR \"terminated_effective_on\" <= CURRENT_DATE)",
        )
        .await?;
        match m.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared(
                    "ALTER TABLE \"consent_events\" DROP CONSTRAINT \"consent_events_channel_check\"",
                )
                .await?;
            }
            _ => {
                sqlite_rebuild(m, "consent_events", |sql| {
                    if !sql.contains(CHANNEL_CHECK) {
                        return Err(DbErr::Migration(format!("consent_events: no{CHANNEL_CHECK} in {sql}")));
                    }
                    Ok(sql.replacen(CHANNEL_CHECK, "", 1))
                })
                .await?;
            }
        }
        // m0003 made a `job_locks` that nothing ever used (name, holder, expires_at); it is
        // replaced by the runner's table (refused if a row were there: nothing is thrown away).
        refuse_if_any(m, "job_locks", "1 = 1").await?;
        m.drop_table(Table::drop().table("job_locks").to_owned()).await?;
        create(
            m,
            Table::create()
                .table("job_locks")
                .col(string_len("job", 60).primary_key())
                .col(string_len_null("holder", 64))
                .col(instant_null("leased_until"))
                .col(instant_null("last_started_at"))
                .col(instant_null("last_finished_at"))
                .col(boolean_null("last_ok"))
                .col(string_len_null("last_summary", 300))
                .col(instant_null("next_run_at"))
                .check(Expr::cust("(\"holder\" IS NULL) = (\"leased_until\" IS NULL)"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        refuse_if_any(m, "consent_events", "\"channel\" NOT IN ('self_service', 'assisted')").await?;
        // The recipient categories have no place in m0013's schema and go; the versions' audit
        // entries keep the hash of what was stated.
        m.drop_table(Table::drop().table("job_locks").to_owned()).await?;
        create(m, crate::m0003_records_and_audit::job_locks()).await?;
        match m.get_database_backend() {
            DbBackend::Postgres => {
                m.get_connection()
                    .execute_unprepared(
                        "ALTER TABLE \"consent_events\" ADD CONSTRAINT \"consent_events_channel_check\" \
                         CHECK (\"channel\" IN ('self_service', 'assisted'))",
                    )
                    .await?;
            }
            _ => {
                sqlite_rebuild(m, "consent_events", |sql| {
                    let anchor = "\"channel\" varchar(40) NOT NULL";
                    if !sql.contains(anchor) {
                        return Err(DbErr::Migration(format!("consent_events: no {anchor} in {sql}")));
                    }
                    Ok(sql.replacen(anchor, &format!("{anchor}{CHANNEL_CHECK}"), 1))
                })
                .await?;
            }
        }
        for column in ["ended_told_at", "started_at", "recipient_categories"] {
            drop_column(m, VERSIONS, column).await?;
        }
        Ok(())
    }
}
