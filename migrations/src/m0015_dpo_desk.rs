//! The DPO's desk (issue 13):
//! - staff and invitation roles become a code list validated in the domain (m0007's policy): a
//!   new role — the municipality DPO — needs no table rebuild again. On SQLite `staff` and
//!   `invitations` are rebuilt once without the CHECK; on PostgreSQL the constraints are dropped;
//! - `breach_report_events`: what happened to a breach report after it was filed (acknowledged
//!   by the agency's DPO; the affected persons told, GDPR 34), who did it and when; append-only,
//!   like every history (the database refuses updates and deletes).

use crate::helpers::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0015_dpo_desk"
    }
}

/// The roles m0002 allowed, frozen here for `down`.
const RELEASED_ROLES: &[&str] = &[
    "agency_rectification_officer",
    "agency_protocol_admin",
    "agency_dpo",
    "municipality_admin",
    "municipality_staff",
];

const EVENTS: &str = "breach_report_events";

fn role_check() -> String {
    let quoted: Vec<String> = RELEASED_ROLES.iter().map(|v| format!("'{v}'")).collect();
    format!(" CHECK (\"role\" IN ({}))", quoted.join(", "))
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        for table in ["staff", "invitations"] {
            match m.get_database_backend() {
                DbBackend::Postgres => {
                    db.execute_unprepared(&format!("ALTER TABLE \"{table}\" DROP CONSTRAINT \"{table}_role_check\""))
                        .await?;
                }
                _ => {
                    sqlite_rebuild(m, table, |sql| {
                        let check = role_check();
                        if !sql.contains(&check) {
                            return Err(DbErr::Migration(format!("{table}: no{check} in {sql}")));
                        }
                        Ok(sql.replacen(&check, "", 1))
                    })
                    .await?;
                }
            }
        }
        create(
            m,
            Table::create()
                .table(EVENTS)
                .col(pk_auto("id"))
                .col(integer("breach_report_id"))
                .col(string_len("kind", 40))
                .col(integer_null("staff_id"))
                .col(integer_null("persons_told"))
                .col(instant("occurred_at"))
                .foreign_key(&mut fk(EVENTS, "breach_report_id", "breach_reports"))
                .foreign_key(&mut fk(EVENTS, "staff_id", "staff"))
                .to_owned(),
        )
        .await?;
        // Each step once per report: of two DPOs acting at the same moment, one wins.
        m.create_index(unique(EVENTS, &["breach_report_id", "kind"])).await?;
        match m.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared(&format!(
                    "CREATE TRIGGER {EVENTS}_append_only BEFORE UPDATE OR DELETE ON {EVENTS} \
                     FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change()"
                ))
                .await?;
            }
            _ => {
                for op in ["UPDATE", "DELETE"] {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {EVENTS}_no_{} BEFORE {op} ON {EVENTS} \
                         BEGIN SELECT RAISE(ABORT, 'append-only table {EVENTS}: {op} refused'); END",
                        op.to_lowercase()
                    ))
                    .await?;
                }
            }
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        refuse_if_any(m, EVENTS, "1 = 1").await?;
        let released: Vec<String> = RELEASED_ROLES.iter().map(|r| format!("'{r}'")).collect();
        let outside = format!("\"role\" NOT IN ({})", released.join(", "));
        for table in ["staff", "invitations"] {
            refuse_if_any(m, table, &outside).await?;
        }
        m.drop_table(Table::drop().table(EVENTS).to_owned()).await?;
        let db = m.get_connection();
        for table in ["staff", "invitations"] {
            match m.get_database_backend() {
                DbBackend::Postgres => {
                    db.execute_unprepared(&format!(
                        "ALTER TABLE \"{table}\" ADD CONSTRAINT \"{table}_role_check\"{}",
                        role_check()
                    ))
                    .await?;
                }
                _ => {
                    sqlite_rebuild(m, table, |sql| {
                        let anchor = if table == "staff" {
                            "\"role\" varchar(40) NOT NULL"
                        } else {
                            "\"role\" varchar(40) NULL"
                        };
                        if !sql.contains(anchor) {
                            return Err(DbErr::Migration(format!("{table}: no {anchor} in {sql}")));
                        }
                        Ok(sql.replacen(anchor, &format!("{anchor}{}", role_check()), 1))
                    })
                    .await?;
                }
            }
        }
        Ok(())
    }
}
