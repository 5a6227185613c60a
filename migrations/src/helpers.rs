//! Small helpers that keep the table definitions readable.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

/// A UTC instant; `timestamptz` on PostgreSQL, ISO text on SQLite.
pub fn instant(name: &'static str) -> ColumnDef {
    timestamp_with_time_zone(name)
}

pub fn instant_null(name: &'static str) -> ColumnDef {
    timestamp_with_time_zone_null(name)
}

/// A text column restricted to a fixed set of values.
pub fn one_of(name: &'static str, values: &[&str]) -> ColumnDef {
    let mut col = string_len(name, 40);
    col.check(Expr::cust(in_list(name, values)));
    col
}

pub fn one_of_null(name: &'static str, values: &[&str]) -> ColumnDef {
    let mut col = string_len_null(name, 40);
    col.check(Expr::cust(in_list(name, values)));
    col
}

fn in_list(name: &str, values: &[&str]) -> String {
    let quoted: Vec<String> = values.iter().map(|v| format!("'{v}'")).collect();
    format!("\"{name}\" IN ({})", quoted.join(", "))
}

/// A reference to `id` of another table. Deleting the parent is refused: records keep history.
pub fn fk(table: &'static str, column: &'static str, parent: &'static str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{table}_{column}"))
        .from(table, column)
        .to(parent, "id")
        .on_delete(ForeignKeyAction::Restrict)
        .on_update(ForeignKeyAction::Restrict)
        .to_owned()
}

pub fn unique(table: &'static str, columns: &[&'static str]) -> IndexCreateStatement {
    let mut idx = Index::create();
    idx.name(format!("uq_{table}_{}", columns.join("_"))).table(table).unique();
    for c in columns {
        idx.col(*c);
    }
    idx.to_owned()
}

pub fn index(table: &'static str, columns: &[&'static str]) -> IndexCreateStatement {
    let mut idx = Index::create();
    idx.name(format!("ix_{table}_{}", columns.join("_"))).table(table);
    for c in columns {
        idx.col(*c);
    }
    idx.to_owned()
}

/// `ALTER TABLE … ADD COLUMN`, one column per statement (SQLite takes no more).
pub async fn add(m: &SchemaManager<'_>, table: &str, column: &mut ColumnDef) -> Result<(), DbErr> {
    m.alter_table(Table::alter().table(Alias::new(table)).add_column(column.to_owned()).to_owned()).await
}

pub async fn drop_column(m: &SchemaManager<'_>, table: &str, column: &str) -> Result<(), DbErr> {
    m.alter_table(Table::alter().table(Alias::new(table)).drop_column(Alias::new(column)).to_owned()).await
}

pub async fn create(m: &SchemaManager<'_>, table: TableCreateStatement) -> Result<(), DbErr> {
    m.create_table(table).await
}

pub async fn drop_all(m: &SchemaManager<'_>, tables: &[&'static str]) -> Result<(), DbErr> {
    for t in tables {
        m.drop_table(Table::drop().table(*t).to_owned()).await?;
    }
    Ok(())
}

/// Stops the migration when `table` has a row matching `condition`: nothing is thrown away.
pub async fn refuse_if_any(m: &SchemaManager<'_>, table: &str, condition: &str) -> Result<(), DbErr> {
    use sea_orm_migration::sea_orm::{ConnectionTrait, Statement};
    let sql = format!("SELECT 1 FROM \"{table}\" WHERE {condition} LIMIT 1");
    if m.get_connection().query_one_raw(Statement::from_string(m.get_database_backend(), sql)).await?.is_some() {
        return Err(DbErr::Migration(format!("{table} holds rows this migration would lose ({condition})")));
    }
    Ok(())
}

pub const FIELDS: &[&str] =
    &["given_name", "family_name", "address", "phone", "email", "contact_language", "dutch_level", "mo_status"];
pub const LANGUAGES: &[&str] = &["nl", "en", "fr", "ar"];

async fn sqlite_rows(m: &SchemaManager<'_>, sql: &str, table: &str, column: &str) -> Result<Vec<String>, DbErr> {
    use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend, Statement};
    let rows = m
        .get_connection()
        .query_all_raw(Statement::from_sql_and_values(DbBackend::Sqlite, sql, [table.into()]))
        .await?;
    rows.iter().map(|r| r.try_get::<String>("", column)).collect()
}

/// Replaces the table CHECK `before` by `after`: on PostgreSQL the constraint named
/// `pg_name`; on SQLite by rebuilding the table (refused if its definition lacks `before`).
pub async fn replace_check(
    m: &SchemaManager<'_>,
    table: &str,
    pg_name: &str,
    before: &str,
    after: &str,
) -> Result<(), DbErr> {
    use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};
    match m.get_database_backend() {
        DbBackend::Postgres => {
            let db = m.get_connection();
            db.execute_unprepared(&format!("ALTER TABLE \"{table}\" DROP CONSTRAINT \"{pg_name}\"")).await?;
            db.execute_unprepared(&format!("ALTER TABLE \"{table}\" ADD CONSTRAINT \"{pg_name}\" {after}")).await?;
            Ok(())
        }
        _ => {
            sqlite_rebuild(m, table, |sql| {
                if !sql.contains(before) {
                    return Err(DbErr::Migration(format!("{table}: unexpected {sql}")));
                }
                Ok(sql.replacen(before, after, 1))
            })
            .await
        }
    }
}

/// Rebuilds a SQLite table with its definition edited by `edit` (SQLite cannot drop or add a
/// CHECK, or drop a referencing column, in place). Foreign keys stay on: the checks of the
/// tables that reference this one are deferred to the commit, and are met again once the rows
/// are back under the table's name. The rows are copied by column name (a column the edit
/// removed is left behind); indexes and triggers (the append-only triggers among them) are
/// recreated as they were, and the AUTOINCREMENT counter moves over, so ids of rows deleted
/// earlier are never reused. Run it inside the migration's transaction (`use_transaction`):
/// a failure leaves the schema as it was.
pub async fn sqlite_rebuild(
    m: &SchemaManager<'_>,
    table: &str,
    edit: impl FnOnce(String) -> Result<String, DbErr>,
) -> Result<(), DbErr> {
    use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend, Statement};
    let db = m.get_connection();
    db.execute_unprepared("PRAGMA defer_foreign_keys = ON").await?;
    let definition = sqlite_rows(m, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", table, "sql")
        .await?
        .pop()
        .ok_or_else(|| DbErr::Migration(format!("no table {table}")))?;
    let attached = sqlite_rows(
        m,
        "SELECT sql FROM sqlite_schema WHERE type IN ('index', 'trigger') AND tbl_name = ? AND sql IS NOT NULL",
        table,
        "sql",
    )
    .await?;
    let sequence: Option<i64> = db
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Sqlite,
            "SELECT seq FROM sqlite_sequence WHERE name = ?",
            [table.into()],
        ))
        .await?
        .map(|r| r.try_get("", "seq"))
        .transpose()?;
    let created = format!("CREATE TABLE \"{table}\"");
    let new_definition = edit(definition)?.replacen(&created, &format!("CREATE TABLE \"{table}__new\""), 1);
    db.execute_unprepared(&new_definition).await?;
    let old_columns = sqlite_rows(m, "SELECT name FROM pragma_table_info(?)", table, "name").await?;
    let new_columns = sqlite_rows(m, "SELECT name FROM pragma_table_info(?)", &format!("{table}__new"), "name").await?;
    let kept: Vec<String> =
        new_columns.iter().filter(|c| old_columns.contains(c)).map(|c| format!("\"{c}\"")).collect();
    let kept = kept.join(", ");
    for sql in [
        format!("CREATE TEMP TABLE \"{table}__copy\" AS SELECT * FROM \"{table}\""),
        format!("DROP TABLE \"{table}\""),
        format!("ALTER TABLE \"{table}__new\" RENAME TO \"{table}\""),
        format!("INSERT INTO \"{table}\" ({kept}) SELECT {kept} FROM \"{table}__copy\""),
        format!("DROP TABLE \"{table}__copy\""),
    ]
    .into_iter()
    .chain(attached)
    {
        db.execute_unprepared(&sql).await?;
    }
    if let Some(seq) = sequence {
        db.execute_raw(Statement::from_sql_and_values(
            DbBackend::Sqlite,
            "DELETE FROM sqlite_sequence WHERE name = ?",
            [table.into()],
        ))
        .await?;
        db.execute_raw(Statement::from_sql_and_values(
            DbBackend::Sqlite,
            "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)",
            [table.into(), seq.into()],
        ))
        .await?;
    }
    Ok(())
}
