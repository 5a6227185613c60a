//! Code lists that grow — languages, rectification steps and statuses — are validated in the
//! domain (`coded_enum!` parse on every write), not by CHECK lists in the database: on SQLite a
//! CHECK can only be changed by rebuilding the table, and for the append-only event tables that
//! means dropping and recreating their triggers too. After this migration a new language (or a
//! new rectification step) needs no migration at all. (Policy: ARCHITECTURE.md, "Schema policy".)
//!
//! On SQLite each table is rebuilt once, now, without the CHECK (rows, indexes, append-only
//! triggers and the AUTOINCREMENT counter carried over); on PostgreSQL the constraint is dropped by its name.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend, Statement};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0007_code_lists_in_the_domain"
    }
}

/// (table, column, the values its released CHECK allowed — frozen here for `down`).
const CHECKS: &[(&str, &str, &[&str])] = &[
    ("persons", "contact_language", &["nl", "en", "fr", "ar"]),
    ("protocol_texts", "language", &["nl", "en", "fr", "ar"]),
    ("consent_events", "language", &["nl", "en", "fr", "ar"]),
    ("rectification_requests", "status", &["open", "acknowledged", "accepted", "rejected"]),
    ("rectification_events", "kind", &["filed", "acknowledged", "extended", "accepted", "rejected"]),
];

/// The CHECK clause as the released migrations wrote it.
fn clause(column: &str, values: &[&str]) -> String {
    let quoted: Vec<String> = values.iter().map(|v| format!("'{v}'")).collect();
    format!("CHECK (\"{column}\" IN ({}))", quoted.join(", "))
}

/// Rebuilds each table of `CHECKS` with its definition edited by `edit` (SQLite cannot drop
/// or add a CHECK in place); see `helpers::sqlite_rebuild`.
async fn sqlite_rebuild(
    m: &SchemaManager<'_>,
    edit: impl Fn(&str, &str, &[&str], String) -> Result<String, DbErr>,
) -> Result<(), DbErr> {
    for (table, column, values) in CHECKS {
        crate::helpers::sqlite_rebuild(m, table, |sql| edit(table, column, values, sql)).await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    /// One transaction on SQLite too: the rebuild is all or nothing.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        match m.get_database_backend() {
            DbBackend::Postgres => {
                for (table, column, _) in CHECKS {
                    // PostgreSQL names a column's CHECK `<table>_<column>_check`; no IF EXISTS:
                    // a different name must stop the migration, not skip it.
                    let sql = format!("ALTER TABLE \"{table}\" DROP CONSTRAINT \"{table}_{column}_check\"");
                    m.get_connection().execute_unprepared(&sql).await?;
                }
                Ok(())
            }
            _ => {
                sqlite_rebuild(m, |table, column, values, sql| {
                    let wanted = format!(" {}", clause(column, values));
                    if !sql.contains(&wanted) {
                        return Err(DbErr::Migration(format!("{table}: no {wanted} in {sql}")));
                    }
                    Ok(sql.replacen(&wanted, "", 1))
                })
                .await
            }
        }
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // Only back to the released lists when every row still fits them.
        for (table, column, values) in CHECKS {
            let quoted: Vec<String> = values.iter().map(|v| format!("'{v}'")).collect();
            let sql = format!("SELECT 1 FROM \"{table}\" WHERE \"{column}\" NOT IN ({}) LIMIT 1", quoted.join(", "));
            if m.get_connection().query_one_raw(Statement::from_string(m.get_database_backend(), sql)).await?.is_some()
            {
                return Err(DbErr::Migration(format!("{table}.{column} holds codes the released CHECK refuses")));
            }
        }
        match m.get_database_backend() {
            DbBackend::Postgres => {
                for (table, column, values) in CHECKS {
                    let sql = format!(
                        "ALTER TABLE \"{table}\" ADD CONSTRAINT \"{table}_{column}_check\" {}",
                        clause(column, values)
                    );
                    m.get_connection().execute_unprepared(&sql).await?;
                }
                Ok(())
            }
            _ => {
                sqlite_rebuild(m, |table, column, values, sql| {
                    // The column definition the released migration wrote, before its CHECK.
                    let def = format!("\"{column}\" varchar(40) NOT NULL");
                    if !sql.contains(&def) {
                        return Err(DbErr::Migration(format!("{table}: no {def} in {sql}")));
                    }
                    Ok(sql.replacen(&def, &format!("{def} {}", clause(column, values)), 1))
                })
                .await
            }
        }
    }
}
