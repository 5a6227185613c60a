//! Retention that forgets (issue 13; protocol art. 2: identifiable at most five years):
//! - `persons.relationship_ended_on`: the day the person's trajectory with the agency ended (the
//!   retention clock starts there; empty while it runs);
//! - `rectification_events.note` (an officer's question, the person's answer, a reason — free
//!   text) may be erased: the one change an event accepts is its note set to NULL; every other
//!   update and every delete is still refused by the database (the append-only triggers are
//!   replaced by ones that allow exactly that);
//! - `erasure_requests`: for a person whose data a municipality received more than five years
//!   ago, the agency asks the municipality to attest that it erased them (its admin attests;
//!   unanswered after the deadline, both DPOs are told). The person is named by the
//!   municipality's own reference; one request per party and person.

use crate::helpers::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0016_retention"
    }
}

const EVENTS: &str = "rectification_events";
const ERASURE: &str = "erasure_requests";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        add(m, "persons", ColumnDef::new(Alias::new("relationship_ended_on")).date().null()).await?;
        create(
            m,
            Table::create()
                .table(ERASURE)
                .col(pk_auto("id"))
                .col(integer("party_id"))
                .col(integer("person_id"))
                .col(string_len("reference", 64))
                .col(instant("last_disclosed_at"))
                .col(instant("requested_at"))
                .col(instant("due_at"))
                .col(instant_null("attested_at"))
                .col(integer_null("attested_by_staff_id"))
                .col(instant_null("escalated_at"))
                .check(Expr::cust("(\"attested_at\" IS NULL) = (\"attested_by_staff_id\" IS NULL)"))
                .foreign_key(&mut fk(ERASURE, "party_id", "parties"))
                .foreign_key(&mut fk(ERASURE, "person_id", "persons"))
                .foreign_key(&mut fk(ERASURE, "attested_by_staff_id", "staff"))
                .to_owned(),
        )
        .await?;
        m.create_index(unique(ERASURE, &["party_id", "person_id"])).await?;
        let db = m.get_connection();
        match m.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared(
                    "CREATE FUNCTION refuse_event_change_but_erasure() RETURNS trigger LANGUAGE plpgsql AS $$ \
                     BEGIN \
                       IF TG_OP = 'UPDATE' AND NEW.note IS NULL AND NEW.id = OLD.id \
                          AND NEW.request_id = OLD.request_id AND NEW.kind = OLD.kind \
                          AND NEW.actor_staff_id IS NOT DISTINCT FROM OLD.actor_staff_id \
                          AND NEW.occurred_at = OLD.occurred_at THEN RETURN NEW; END IF; \
                       RAISE EXCEPTION 'append-only table %: % refused', TG_TABLE_NAME, TG_OP; \
                     END $$",
                )
                .await?;
                db.execute_unprepared(&format!("DROP TRIGGER {EVENTS}_append_only ON {EVENTS}")).await?;
                db.execute_unprepared(&format!(
                    "CREATE TRIGGER {EVENTS}_append_only BEFORE UPDATE OR DELETE ON {EVENTS} \
                     FOR EACH ROW EXECUTE FUNCTION refuse_event_change_but_erasure()"
                ))
                .await?;
            }
            _ => {
                db.execute_unprepared(&format!("DROP TRIGGER {EVENTS}_no_update")).await?;
                db.execute_unprepared(&format!(
                    "CREATE TRIGGER {EVENTS}_no_update BEFORE UPDATE OF id, request_id, kind, actor_staff_id, \
                     occurred_at ON {EVENTS} BEGIN SELECT RAISE(ABORT, 'append-only table {EVENTS}: UPDATE refused'); END"
                ))
                .await?;
                db.execute_unprepared(&format!(
                    "CREATE TRIGGER {EVENTS}_note_only_erased BEFORE UPDATE OF note ON {EVENTS} \
                     WHEN NEW.note IS NOT NULL \
                     BEGIN SELECT RAISE(ABORT, 'append-only table {EVENTS}: UPDATE refused'); END"
                ))
                .await?;
            }
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        match m.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared(&format!("DROP TRIGGER {EVENTS}_append_only ON {EVENTS}")).await?;
                db.execute_unprepared(&format!(
                    "CREATE TRIGGER {EVENTS}_append_only BEFORE UPDATE OR DELETE ON {EVENTS} \
                     FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change()"
                ))
                .await?;
                db.execute_unprepared("DROP FUNCTION refuse_event_change_but_erasure()").await?;
            }
            _ => {
                db.execute_unprepared(&format!("DROP TRIGGER {EVENTS}_note_only_erased")).await?;
                db.execute_unprepared(&format!("DROP TRIGGER {EVENTS}_no_update")).await?;
                db.execute_unprepared(&format!(
                    "CREATE TRIGGER {EVENTS}_no_update BEFORE UPDATE ON {EVENTS} \
                     BEGIN SELECT RAISE(ABORT, 'append-only table {EVENTS}: UPDATE refused'); END"
                ))
                .await?;
            }
        }
        refuse_if_any(m, ERASURE, "1 = 1").await?;
        m.drop_table(Table::drop().table(ERASURE).to_owned()).await?;
        // The day a relationship ended has no place in m0015's schema: refused while one is set.
        refuse_if_any(m, "persons", "\"relationship_ended_on\" IS NOT NULL").await?;
        drop_column(m, "persons", "relationship_ended_on").await
    }
}
