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

pub async fn create(m: &SchemaManager<'_>, table: TableCreateStatement) -> Result<(), DbErr> {
    m.create_table(table).await
}

pub async fn drop_all(m: &SchemaManager<'_>, tables: &[&'static str]) -> Result<(), DbErr> {
    for t in tables {
        m.drop_table(Table::drop().table(*t).to_owned()).await?;
    }
    Ok(())
}

pub const FIELDS: &[&str] =
    &["given_name", "family_name", "address", "phone", "email", "contact_language", "dutch_level", "mo_status"];
pub const LANGUAGES: &[&str] = &["nl", "en", "fr", "ar"];
