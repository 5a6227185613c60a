//! Every newcomer's language (issue 14):
//! - `languages`: the languages the portal speaks, one row per code. The rows are written by
//!   the portal itself at start-up from its one list (`app::domain::locale::Locale`, see
//!   `app::store::languages::sync`), so adding a language is one line in the domain and a folder
//!   of messages — no migration. The four released languages, and any code the rows already
//!   hold (written through the domain's list of the version that wrote them; a database that
//!   went down to m0016 and comes up again holds the later ones), are written here, so that the
//!   rows satisfy the constraint below.
//! - Every column holding a language must name a row of `languages`: on PostgreSQL a foreign
//!   key; on SQLite, where adding one means rebuilding the table (and the event tables' append-
//!   only triggers), triggers that refuse an unknown code on insert and update.
//! - `protocol_texts.purposes`: a version's purposes in the text's language. The version's own
//!   `purposes` are the binding Dutch; a language without them shows the Dutch, labelled.

use crate::helpers::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0017_every_language"
    }
}

const LANGUAGES: &str = "languages";
/// The languages of the released versions (frozen: later ones arrive through the sync).
const RELEASED: &[&str] = &["nl", "en", "fr", "ar"];
/// (table, column) of every stored language; `true`: the table takes updates (the event
/// table is append-only, so only inserts need the check there).
const COLUMNS: &[(&str, &str, bool)] = &[
    ("persons", "contact_language", true),
    ("protocol_texts", "language", true),
    ("consent_events", "language", false),
    ("notification_outbox", "language", true),
];

fn trigger_name(table: &str, column: &str, event: &str) -> String {
    format!("{table}_{column}_known_on_{event}")
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        create(m, Table::create().table(LANGUAGES).col(string_len("code", 8).primary_key()).to_owned()).await?;
        let db = m.get_connection();
        let values: Vec<String> = RELEASED.iter().map(|c| format!("('{c}')")).collect();
        db.execute_unprepared(&format!("INSERT INTO {LANGUAGES} (code) VALUES {}", values.join(", "))).await?;
        for (table, column, _) in COLUMNS {
            db.execute_unprepared(&format!(
                "INSERT INTO {LANGUAGES} (code) SELECT DISTINCT \"{column}\" FROM \"{table}\" \
                 WHERE \"{column}\" NOT IN (SELECT code FROM {LANGUAGES})"
            ))
            .await?;
        }
        for (table, column, updated) in COLUMNS {
            match m.get_database_backend() {
                DbBackend::Sqlite => {
                    let events: &[&str] = if *updated { &["insert", "update"] } else { &["insert"] };
                    for event in events {
                        let on =
                            if *event == "insert" { "INSERT".to_owned() } else { format!("UPDATE OF \"{column}\"") };
                        db.execute_unprepared(&format!(
                            "CREATE TRIGGER {name} BEFORE {on} ON \"{table}\" \
                             WHEN NOT EXISTS (SELECT 1 FROM {LANGUAGES} WHERE code = NEW.\"{column}\") \
                             BEGIN SELECT RAISE(ABORT, 'unknown language in {table}.{column}'); END",
                            name = trigger_name(table, column, event)
                        ))
                        .await?;
                    }
                }
                _ => {
                    db.execute_unprepared(&format!(
                        "ALTER TABLE \"{table}\" ADD CONSTRAINT \"{table}_{column}_fkey\" \
                         FOREIGN KEY (\"{column}\") REFERENCES {LANGUAGES} (code)"
                    ))
                    .await?;
                }
            }
        }
        add(m, "protocol_texts", ColumnDef::new(Alias::new("purposes")).text().null()).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        drop_column(m, "protocol_texts", "purposes").await?;
        let db = m.get_connection();
        for (table, column, _) in COLUMNS {
            match m.get_database_backend() {
                DbBackend::Sqlite => {
                    for event in ["insert", "update"] {
                        db.execute_unprepared(&format!(
                            "DROP TRIGGER IF EXISTS {}",
                            trigger_name(table, column, event)
                        ))
                        .await?;
                    }
                }
                _ => {
                    db.execute_unprepared(&format!(
                        "ALTER TABLE \"{table}\" DROP CONSTRAINT \"{table}_{column}_fkey\""
                    ))
                    .await?;
                }
            }
        }
        drop_all(m, &[LANGUAGES]).await
    }
}
