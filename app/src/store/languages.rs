//! The `languages` table: the database's copy of the languages the portal speaks, which every
//! stored language code must name (m0017). Written from the domain's one list at start-up.

use crate::domain::locale::Locale;
use sea_orm::{ConnectionTrait, DbErr, Statement};

/// Adds each supported language the table lacks (never removes one: stored rows name them).
pub async fn sync(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    for locale in Locale::ALL {
        db.execute_raw(Statement::from_sql_and_values(
            backend,
            match backend {
                sea_orm::DbBackend::Postgres => {
                    "INSERT INTO languages (code) VALUES ($1) ON CONFLICT (code) DO NOTHING"
                }
                _ => "INSERT INTO languages (code) VALUES (?) ON CONFLICT (code) DO NOTHING",
            },
            [locale.as_str().into()],
        ))
        .await?;
    }
    Ok(())
}
