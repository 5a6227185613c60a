//! What the REST API for municipality systems needs (issue 10):
//! - `party_person_refs`: the person's pseudonymous reference per recipient party, so that two
//!   municipalities cannot join what they hold (made when a person first consents under a
//!   protocol of that party; backfilled here for consents given before);
//! - `idempotency_keys`: the first answer to a `POST` with an `Idempotency-Key`, per client;
//! - `breach_reports` as an API client can file them (art. 6/9: by a staff member or a client,
//!   with the measures taken and the 48-hour deadline). Nothing wrote the table before, so it is
//!   recreated — and the migration stops if it holds a row after all;
//! - `rectification_requests.filed_by_api_client_id`: a municipality's quality report (art. 7).
//!   `filed_by` loses its CHECK list: its codes are the domain's (`FiledBy`), like m0007's lists.

use crate::helpers::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0010_municipality_systems_api"
    }
}

const FILED_BY_CHECK: &str = " CHECK (\"filed_by\" IN ('person', 'staff'))";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    /// One transaction on SQLite too: the rebuild is all or nothing.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        person_refs(m).await?;
        idempotency_keys(m).await?;
        refuse_if_any(m, "breach_reports", "1 = 1").await?;
        drop_all(m, &["breach_report_persons", "breach_reports"]).await?;
        breach_reports(m, true).await?;
        quality_reports_up(m).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        refuse_if_any(m, "rectification_requests", "\"filed_by\" NOT IN ('person', 'staff')").await?;
        refuse_if_any(m, "breach_reports", "1 = 1").await?;
        let db = m.get_connection();
        match m.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared(
                    "ALTER TABLE \"rectification_requests\" ADD CONSTRAINT \"rectification_requests_filed_by_check\" \
                     CHECK (\"filed_by\" IN ('person', 'staff'))",
                )
                .await?;
                db.execute_unprepared("ALTER TABLE \"rectification_requests\" DROP COLUMN \"filed_by_api_client_id\"")
                    .await?;
            }
            _ => {
                sqlite_rebuild(m, "rectification_requests", |sql| {
                    let column = ", \"filed_by_api_client_id\" integer REFERENCES \"api_clients\" (\"id\")";
                    let def = "\"filed_by\" varchar(40) NOT NULL";
                    if !sql.contains(column) || !sql.contains(def) {
                        return Err(DbErr::Migration(format!("rectification_requests: unexpected {sql}")));
                    }
                    Ok(sql.replacen(column, "", 1).replacen(def, &format!("{def}{FILED_BY_CHECK}"), 1))
                })
                .await?;
            }
        }
        drop_all(m, &["breach_report_persons", "breach_reports"]).await?;
        breach_reports(m, false).await?;
        drop_all(m, &["idempotency_keys", "party_person_refs"]).await
    }
}

async fn person_refs(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    create(
        m,
        Table::create()
            .table("party_person_refs")
            .col(integer("party_id"))
            .col(integer("person_id"))
            .col(char_len_uniq("ref", 32))
            .col(instant("created_at"))
            .primary_key(Index::create().col("party_id").col("person_id"))
            .foreign_key(&mut fk("party_person_refs", "party_id", "parties"))
            .foreign_key(&mut fk("party_person_refs", "person_id", "persons"))
            .to_owned(),
    )
    .await?;
    // Persons who consented before: one random reference per recipient party.
    let random = match m.get_database_backend() {
        DbBackend::Postgres => "replace(gen_random_uuid()::text, '-', '')",
        _ => "lower(hex(randomblob(16)))",
    };
    let now = match m.get_database_backend() {
        DbBackend::Postgres => "now()",
        _ => "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
    };
    let sql = format!(
        "INSERT INTO \"party_person_refs\" (\"party_id\", \"person_id\", \"ref\", \"created_at\") \
         SELECT \"party_id\", \"person_id\", {random}, {now} FROM (SELECT DISTINCT p.\"recipient_party_id\" AS \"party_id\", \
         c.\"person_id\" AS \"person_id\" FROM \"consent_events\" c \
         JOIN \"protocol_versions\" v ON v.\"id\" = c.\"protocol_version_id\" \
         JOIN \"protocols\" p ON p.\"id\" = v.\"protocol_id\") AS pairs"
    );
    m.get_connection().execute_unprepared(&sql).await?;
    Ok(())
}

async fn idempotency_keys(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    create(
        m,
        Table::create()
            .table("idempotency_keys")
            .col(integer("api_client_id"))
            .col(string_len("key", 200))
            .col(char_len("request_sha256", 64))
            .col(integer("status"))
            .col(text("body"))
            .col(instant("created_at"))
            .primary_key(Index::create().col("api_client_id").col("key"))
            .foreign_key(&mut fk("idempotency_keys", "api_client_id", "api_clients"))
            .to_owned(),
    )
    .await
}

/// The breach register; `reported_by_either` is this migration's shape (a staff member or an
/// API client), otherwise m0003's.
async fn breach_reports(m: &SchemaManager<'_>, reported_by_either: bool) -> Result<(), DbErr> {
    let mut table = Table::create();
    table.table("breach_reports").col(pk_auto("id"));
    if reported_by_either {
        table
            .col(string_len_uniq("public_id", 36))
            .col(integer("reporting_party_id"))
            .col(integer_null("reported_by_staff_id"))
            .col(integer_null("reported_by_api_client_id"))
            .col(instant("detected_at"))
            .col(instant("reported_at"))
            .col(instant("deadline_at"))
            .col(text("description"))
            .col(text("categories"))
            .col(text("measures"))
            .col(integer("persons_affected").check(Expr::cust("\"persons_affected\" >= 0")))
            .col(boolean("late"))
            .check(Expr::cust("(\"reported_by_staff_id\" IS NULL) <> (\"reported_by_api_client_id\" IS NULL)"))
            .foreign_key(&mut fk("breach_reports", "reported_by_api_client_id", "api_clients"));
    } else {
        table
            .col(integer("reporting_party_id"))
            .col(integer("reported_by_staff_id"))
            .col(instant("detected_at"))
            .col(instant("reported_at"))
            .col(text("description"))
            .col(text("categories"))
            .col(integer("persons_affected").check(Expr::cust("\"persons_affected\" >= 0")))
            .col(boolean("late"));
    }
    table
        .check(Expr::cust("\"reported_at\" >= \"detected_at\""))
        .foreign_key(&mut fk("breach_reports", "reporting_party_id", "parties"))
        .foreign_key(&mut fk("breach_reports", "reported_by_staff_id", "staff"));
    create(m, table.to_owned()).await?;
    create(
        m,
        Table::create()
            .table("breach_report_persons")
            .col(integer("breach_report_id"))
            .col(integer("person_id"))
            .primary_key(Index::create().col("breach_report_id").col("person_id"))
            .foreign_key(&mut fk("breach_report_persons", "breach_report_id", "breach_reports"))
            .foreign_key(&mut fk("breach_report_persons", "person_id", "persons"))
            .to_owned(),
    )
    .await
}

async fn quality_reports_up(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = m.get_connection();
    // The same statement on both: a nullable column with its reference.
    db.execute_unprepared(
        "ALTER TABLE \"rectification_requests\" ADD COLUMN \"filed_by_api_client_id\" integer REFERENCES \"api_clients\" (\"id\")",
    )
    .await?;
    match m.get_database_backend() {
        DbBackend::Postgres => {
            // No IF EXISTS: a different name must stop the migration, not skip it.
            db.execute_unprepared(
                "ALTER TABLE \"rectification_requests\" DROP CONSTRAINT \"rectification_requests_filed_by_check\"",
            )
            .await?;
            Ok(())
        }
        _ => {
            sqlite_rebuild(m, "rectification_requests", |sql| {
                if !sql.contains(FILED_BY_CHECK) {
                    return Err(DbErr::Migration(format!("rectification_requests: no {FILED_BY_CHECK} in {sql}")));
                }
                Ok(sql.replacen(FILED_BY_CHECK, "", 1))
            })
            .await
        }
    }
}
