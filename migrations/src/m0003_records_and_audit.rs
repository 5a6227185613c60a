//! Append-only records (consent, disclosure, rectification), the duties of the protocol
//! (notifications, breaches, processors, onward notices, retention) and the audit chain.

use crate::helpers::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0003_records_and_audit"
    }
}

const TABLES: &[&str] = &[
    "consent_events",
    "disclosure_events",
    "disclosure_event_fields",
    "rectification_requests",
    "rectification_events",
    "rectification_recipient_notices",
    "notifications",
    "notification_outbox",
    "breach_reports",
    "breach_report_persons",
    "processors",
    "onward_disclosure_notices",
    "retention_attestations",
    "audit_entries",
    "audit_head",
    "audit_checkpoints",
    "job_locks",
];

const HASH: u32 = 64;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        consent_and_disclosure(m).await?;
        rectification(m).await?;
        duties(m).await?;
        audit(m).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let mut tables = TABLES.to_vec();
        tables.reverse();
        drop_all(m, &tables).await
    }
}

async fn consent_and_disclosure(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    create(
        m,
        Table::create()
            .table("consent_events")
            .col(pk_auto("id"))
            .col(string_len_uniq("public_id", 36))
            .col(integer("person_id"))
            .col(integer("protocol_version_id"))
            .col(one_of("action", &["give", "change", "withdraw"]))
            .col(boolean("contact_before"))
            .col(boolean("trajectory_before"))
            .col(boolean("onward_before"))
            .col(boolean("contact_after"))
            .col(boolean("trajectory_after"))
            .col(boolean("onward_after"))
            .col(one_of("channel", &["self_service", "assisted"]))
            .col(integer_null("assisted_by_staff_id"))
            .col(one_of("language", LANGUAGES))
            .col(char_len("notice_sha256", HASH))
            .col(instant("occurred_at"))
            .check(Expr::cust("(\"channel\" = 'assisted') = (\"assisted_by_staff_id\" IS NOT NULL)"))
            // Onward sharing presupposes sharing with the municipality itself.
            .check(Expr::cust("NOT \"onward_after\" OR \"contact_after\" OR \"trajectory_after\""))
            .foreign_key(&mut fk("consent_events", "person_id", "persons"))
            .foreign_key(&mut fk("consent_events", "protocol_version_id", "protocol_versions"))
            .foreign_key(&mut fk("consent_events", "assisted_by_staff_id", "staff"))
            .to_owned(),
    )
    .await?;
    m.create_index(index("consent_events", &["person_id", "occurred_at"])).await?;
    create(
        m,
        Table::create()
            .table("disclosure_events")
            .col(big_pk_auto("id"))
            .col(instant("occurred_at"))
            .col(integer("protocol_version_id"))
            .col(integer("person_id"))
            .col(integer("recipient_party_id"))
            .col(integer_null("function_profile_id"))
            .col(integer_null("actor_staff_id"))
            .col(integer_null("actor_api_client_id"))
            .col(one_of("channel", &["ui", "api", "onward", "export"]))
            .col(text("purpose"))
            .col(integer("consent_event_id"))
            .col(integer_null("via_party_id"))
            .check(Expr::cust("(\"actor_staff_id\" IS NULL) <> (\"actor_api_client_id\" IS NULL)"))
            .check(Expr::cust("(\"channel\" = 'onward') = (\"via_party_id\" IS NOT NULL)"))
            .foreign_key(&mut fk("disclosure_events", "protocol_version_id", "protocol_versions"))
            .foreign_key(&mut fk("disclosure_events", "person_id", "persons"))
            .foreign_key(&mut fk("disclosure_events", "recipient_party_id", "parties"))
            .foreign_key(&mut fk("disclosure_events", "function_profile_id", "function_profiles"))
            .foreign_key(&mut fk("disclosure_events", "actor_staff_id", "staff"))
            .foreign_key(&mut fk("disclosure_events", "actor_api_client_id", "api_clients"))
            .foreign_key(&mut fk("disclosure_events", "consent_event_id", "consent_events"))
            .foreign_key(&mut fk("disclosure_events", "via_party_id", "parties"))
            .to_owned(),
    )
    .await?;
    m.create_index(index("disclosure_events", &["person_id", "occurred_at"])).await?;
    m.create_index(index("disclosure_events", &["recipient_party_id", "occurred_at"])).await?;
    create(
        m,
        Table::create()
            .table("disclosure_event_fields")
            .col(big_integer("disclosure_event_id"))
            .col(one_of("field", FIELDS))
            // Denormalised so that "who received my <field>" is one indexed query.
            .col(integer("person_id"))
            .col(integer("recipient_party_id"))
            .primary_key(Index::create().col("disclosure_event_id").col("field"))
            .foreign_key(&mut fk("disclosure_event_fields", "disclosure_event_id", "disclosure_events"))
            .to_owned(),
    )
    .await?;
    m.create_index(index("disclosure_event_fields", &["person_id", "recipient_party_id", "field"])).await?;
    Ok(())
}

async fn rectification(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    create(
        m,
        Table::create()
            .table("rectification_requests")
            .col(pk_auto("id"))
            .col(string_len_uniq("public_id", 36))
            .col(integer("person_id"))
            .col(one_of("field", FIELDS))
            .col(string_len("current_value", 300))
            .col(string_len("proposed_value", 300))
            .col(text("statement"))
            .col(one_of("filed_by", &["person", "staff"]))
            .col(integer_null("filed_by_staff_id"))
            .col(instant("received_at"))
            .col(instant("due_at"))
            .col(instant_null("extended_due_at"))
            .col(text_null("extension_reason"))
            .col(one_of("status", &["open", "acknowledged", "accepted", "rejected"]))
            .col(instant_null("decided_at"))
            .col(integer_null("decided_by_staff_id"))
            .col(text_null("decision_reason"))
            .check(Expr::cust("(\"filed_by\" = 'staff') = (\"filed_by_staff_id\" IS NOT NULL)"))
            .check(Expr::cust("(\"extended_due_at\" IS NULL) = (\"extension_reason\" IS NULL)"))
            .check(Expr::cust("\"status\" <> 'rejected' OR \"decision_reason\" IS NOT NULL"))
            .foreign_key(&mut fk("rectification_requests", "person_id", "persons"))
            .foreign_key(&mut fk("rectification_requests", "filed_by_staff_id", "staff"))
            .foreign_key(&mut fk("rectification_requests", "decided_by_staff_id", "staff"))
            .to_owned(),
    )
    .await?;
    m.create_index(index("rectification_requests", &["status", "due_at"])).await?;
    create(
        m,
        Table::create()
            .table("rectification_events")
            .col(pk_auto("id"))
            .col(integer("request_id"))
            .col(one_of("kind", &["filed", "acknowledged", "extended", "accepted", "rejected"]))
            .col(integer_null("actor_staff_id"))
            .col(text_null("note"))
            .col(instant("occurred_at"))
            .foreign_key(&mut fk("rectification_events", "request_id", "rectification_requests"))
            .foreign_key(&mut fk("rectification_events", "actor_staff_id", "staff"))
            .to_owned(),
    )
    .await?;
    create(
        m,
        Table::create()
            .table("rectification_recipient_notices")
            .col(integer("request_id"))
            .col(integer("party_id"))
            .col(instant("notified_at"))
            .primary_key(Index::create().col("request_id").col("party_id"))
            .foreign_key(&mut fk("rectification_recipient_notices", "request_id", "rectification_requests"))
            .foreign_key(&mut fk("rectification_recipient_notices", "party_id", "parties"))
            .to_owned(),
    )
    .await
}

async fn duties(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    create(
        m,
        Table::create()
            .table("notifications")
            .col(pk_auto("id"))
            .col(integer_null("person_id"))
            .col(integer_null("staff_id"))
            .col(integer_null("party_id"))
            .col(string_len("kind", 60))
            .col(text("params"))
            .col(instant("created_at"))
            .col(instant_null("read_at"))
            .check(Expr::cust(
                "(CASE WHEN \"person_id\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"staff_id\" IS NULL THEN 0 ELSE 1 END) \
                 + (CASE WHEN \"party_id\" IS NULL THEN 0 ELSE 1 END) = 1",
            ))
            .foreign_key(&mut fk("notifications", "person_id", "persons"))
            .foreign_key(&mut fk("notifications", "staff_id", "staff"))
            .foreign_key(&mut fk("notifications", "party_id", "parties"))
            .to_owned(),
    )
    .await?;
    m.create_index(index("notifications", &["person_id", "created_at"])).await?;
    create(
        m,
        Table::create()
            .table("notification_outbox")
            .col(pk_auto("id"))
            .col(integer("notification_id"))
            .col(one_of("channel", &["email"]))
            .col(one_of("status", &["pending", "sent", "failed"]))
            .col(integer("attempts").default(0))
            .col(instant("next_attempt_at"))
            .col(instant_null("sent_at"))
            .foreign_key(&mut fk("notification_outbox", "notification_id", "notifications"))
            .to_owned(),
    )
    .await?;
    create(
        m,
        Table::create()
            .table("breach_reports")
            .col(pk_auto("id"))
            .col(integer("reporting_party_id"))
            .col(integer("reported_by_staff_id"))
            .col(instant("detected_at"))
            .col(instant("reported_at"))
            .col(text("description"))
            .col(text("categories"))
            .col(integer("persons_affected").check(Expr::cust("\"persons_affected\" >= 0")))
            .col(boolean("late"))
            .check(Expr::cust("\"reported_at\" >= \"detected_at\""))
            .foreign_key(&mut fk("breach_reports", "reporting_party_id", "parties"))
            .foreign_key(&mut fk("breach_reports", "reported_by_staff_id", "staff"))
            .to_owned(),
    )
    .await?;
    create(
        m,
        Table::create()
            .table("breach_report_persons")
            .col(integer("breach_report_id"))
            .col(integer("person_id"))
            .primary_key(Index::create().col("breach_report_id").col("person_id"))
            .foreign_key(&mut fk("breach_report_persons", "breach_report_id", "breach_reports"))
            .foreign_key(&mut fk("breach_report_persons", "person_id", "persons"))
            .to_owned(),
    )
    .await?;
    create(
        m,
        Table::create()
            .table("processors")
            .col(pk_auto("id"))
            .col(integer("party_id"))
            .col(string_len("name", 200))
            .col(text("service"))
            .col(date("agreement_signed_on"))
            .col(string_len("agreement_ref", 120))
            .col(instant("created_at"))
            .col(instant_null("ended_at"))
            .foreign_key(&mut fk("processors", "party_id", "parties"))
            .to_owned(),
    )
    .await?;
    create(
        m,
        Table::create()
            .table("onward_disclosure_notices")
            .col(pk_auto("id"))
            .col(integer("municipality_party_id"))
            .col(integer("created_by_staff_id"))
            .col(string_len("recipient_name", 200))
            .col(text("purpose"))
            .col(text("fields"))
            .col(date("planned_from"))
            .col(instant("notified_at"))
            .foreign_key(&mut fk("onward_disclosure_notices", "municipality_party_id", "parties"))
            .foreign_key(&mut fk("onward_disclosure_notices", "created_by_staff_id", "staff"))
            .to_owned(),
    )
    .await?;
    create(
        m,
        Table::create()
            .table("retention_attestations")
            .col(pk_auto("id"))
            .col(instant("run_at"))
            .col(instant("cutoff"))
            .col(integer("persons_pseudonymised"))
            .col(big_integer("audit_seq"))
            .to_owned(),
    )
    .await
}

async fn audit(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    create(
        m,
        Table::create()
            .table("audit_entries")
            .col(big_integer("seq").primary_key().check(Expr::cust("\"seq\" >= 1")))
            .col(instant("occurred_at"))
            .col(string_len("actor", 80))
            .col(string_len("action", 80))
            .col(string_len("object_ref", 120))
            .col(char_len("payload_hash", HASH))
            .col(char_len("prev_hash", HASH))
            .col(char_len_uniq("entry_hash", HASH))
            .to_owned(),
    )
    .await?;
    create(
        m,
        Table::create()
            .table("audit_head")
            .col(integer("id").primary_key().check(Expr::cust("\"id\" = 1")))
            .col(big_integer("seq"))
            .col(char_len("head_hash", HASH))
            .to_owned(),
    )
    .await?;
    // The chain head exists from the start, so appends only ever lock and update it.
    m.exec_stmt(
        Query::insert()
            .into_table("audit_head")
            .columns(["id", "seq", "head_hash"])
            .values_panic([1.into(), 0i64.into(), "0".repeat(HASH as usize).into()])
            .to_owned(),
    )
    .await?;
    create(
        m,
        Table::create()
            .table("audit_checkpoints")
            .col(pk_auto("id"))
            .col(big_integer_uniq("size"))
            .col(char_len("head_hash", HASH))
            .col(instant("signed_at"))
            .col(char_len("key_id", HASH))
            .col(string_len("signature", 128))
            .to_owned(),
    )
    .await?;
    create(m, job_locks()).await
}

/// The `job_locks` this migration made (unused until m0014 replaced it; m0014's `down` makes it again).
pub(crate) fn job_locks() -> TableCreateStatement {
    Table::create()
        .table("job_locks")
        .col(string_len("name", 60).primary_key())
        .col(string_len("holder", 80))
        .col(instant("expires_at"))
        .to_owned()
}
