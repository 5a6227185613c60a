//! The agency's own client-tracking system talks to the portal through the API (issue 16): it
//! is an API client of the agency party that acts for no function profile (it reads no
//! municipality's share; the matrix gives it its own column, `agency_system`), so
//! `api_clients.function_profile_id` may be empty — for the agency's clients only, which the
//! service that creates clients enforces. The corrections feed reads accepted steps in the
//! order they were committed: an index on `rectification_events (kind, id)` serves it.

use crate::helpers::*;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0022_agency_system_clients"
    }
}

const CLIENTS: &str = "api_clients";
const REQUIRED: &str = "\"function_profile_id\" integer NOT NULL";
const OPTIONAL: &str = "\"function_profile_id\" integer";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        profile_column(m, REQUIRED, OPTIONAL, "DROP NOT NULL").await?;
        m.create_index(index("rectification_events", &["kind", "id"])).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        refuse_if_any(m, CLIENTS, "\"function_profile_id\" IS NULL").await?;
        m.drop_index(Index::drop().name("ix_rectification_events_kind_id").table("rectification_events").to_owned())
            .await?;
        profile_column(m, OPTIONAL, REQUIRED, "SET NOT NULL").await
    }
}

/// `api_clients.function_profile_id` from `before` to `after`: PostgreSQL alters the column in
/// place (`pg_change`), SQLite rebuilds the table.
async fn profile_column(m: &SchemaManager<'_>, before: &str, after: &str, pg_change: &str) -> Result<(), DbErr> {
    use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};
    match m.get_database_backend() {
        DbBackend::Postgres => {
            let sql = format!("ALTER TABLE \"{CLIENTS}\" ALTER COLUMN \"function_profile_id\" {pg_change}");
            m.get_connection().execute_unprepared(&sql).await?;
            Ok(())
        }
        _ => {
            sqlite_rebuild(m, CLIENTS, |sql| {
                // `before` must be the whole column definition, not the start of a longer one.
                let at = sql.find(before).filter(|i| {
                    let rest = &sql[i + before.len()..];
                    rest.starts_with(',') || rest.starts_with(')') || rest.starts_with(" REFERENCES")
                });
                match at {
                    Some(i) => Ok(format!("{}{after}{}", &sql[..i], &sql[i + before.len()..])),
                    None => Err(DbErr::Migration(format!("{CLIENTS}: unexpected {sql}"))),
                }
            })
            .await
        }
    }
}
