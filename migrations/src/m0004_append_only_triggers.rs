//! The database itself refuses to change or remove a recorded event: consent, disclosure and
//! rectification history is append-only even for code that bypasses the application's models.
//! (The audit chain is protected differently: any change to it is detected by its hashes.)

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0004_append_only_triggers"
    }
}

const TABLES: &[&str] = &[
    "consent_events",
    "disclosure_events",
    "disclosure_event_fields",
    "rectification_events",
    "rectification_recipient_notices",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        match m.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared(
                    "CREATE FUNCTION refuse_append_only_change() RETURNS trigger LANGUAGE plpgsql AS $$ \
                     BEGIN RAISE EXCEPTION 'append-only table %: % refused', TG_TABLE_NAME, TG_OP; END $$",
                )
                .await?;
                for t in TABLES {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {t}_append_only BEFORE UPDATE OR DELETE ON {t} \
                         FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change()"
                    ))
                    .await?;
                }
            }
            _ => {
                for t in TABLES {
                    for op in ["UPDATE", "DELETE"] {
                        let name = format!("{t}_no_{}", op.to_lowercase());
                        db.execute_unprepared(&format!(
                            "CREATE TRIGGER {name} BEFORE {op} ON {t} \
                             BEGIN SELECT RAISE(ABORT, 'append-only table {t}: {op} refused'); END"
                        ))
                        .await?;
                    }
                }
            }
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        match m.get_database_backend() {
            DbBackend::Postgres => {
                for t in TABLES {
                    db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {t}_append_only ON {t}")).await?;
                }
                db.execute_unprepared("DROP FUNCTION IF EXISTS refuse_append_only_change()").await?;
            }
            _ => {
                for t in TABLES {
                    for op in ["update", "delete"] {
                        db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {t}_no_{op}")).await?;
                    }
                }
            }
        }
        Ok(())
    }
}
