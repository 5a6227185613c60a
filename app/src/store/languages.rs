//! The `languages` table: the database's copy of the languages the portal speaks, which every
//! stored language code must name (m0017). Written from the domain's one list at start-up.

use crate::domain::locale::Locale;
use sea_orm::{ConnectionTrait, DbErr, Statement};

/// Adds each supported language the table lacks (never removes one: stored rows name them), in
/// one statement: it runs at every start and PostgreSQL round trips are not free.
pub async fn sync(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let placeholders: Vec<String> = (1..=Locale::ALL.len())
        .map(|n| if backend == sea_orm::DbBackend::Postgres { format!("(${n})") } else { "(?)".to_owned() })
        .collect();
    let sql = format!("INSERT INTO languages (code) VALUES {} ON CONFLICT (code) DO NOTHING", placeholders.join(", "));
    let codes = Locale::ALL.iter().map(|l| l.as_str().into());
    db.execute_raw(Statement::from_sql_and_values(backend, sql, codes)).await?;
    Ok(())
}
