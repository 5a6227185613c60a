//! No insider takeover (security review M3), in two tables:
//!
//! - `notification_outbox` takes what a delivery worker needs: the channel (e-mail, SMS or a
//!   printed letter), the destination and language at the time it was queued, and — for a
//!   recovery invitation delivered to the person — the invitation it carries with its link
//!   secret and short code. That undelivered row is the only place the secret lives: the admin
//!   who issued it never sees it. The m0003 table had no writer (and a CHECK that allowed only
//!   e-mail), so it is replaced, not altered: `up` refuses if it holds rows.
//! - `approval_requests`: four eyes for staff invitations, API clients and recoveries handed over
//!   in person. One admin asks, another decides (the database refuses a decision by the
//!   requester, too), the requester issues once (`used_at`).
//!
//! Channels, statuses, kinds and decisions are the domain's code lists (`domain::outbox`,
//! `domain::approval`): no CHECK lists (ARCHITECTURE.md, "Schema policy").

use crate::helpers::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, Statement};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0008_recovery_delivery_and_approvals"
    }
}

const OUTBOX: &str = "notification_outbox";

async fn refuse_if_rows(m: &SchemaManager<'_>, table: &str, why: &str) -> Result<(), DbErr> {
    let sql = format!("SELECT 1 FROM \"{table}\" LIMIT 1");
    if m.get_connection().query_one_raw(Statement::from_string(m.get_database_backend(), sql)).await?.is_some() {
        return Err(DbErr::Migration(format!("{table} holds rows: {why}")));
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        refuse_if_rows(m, OUTBOX, "nothing wrote the outbox before m0008; look at them first").await?;
        m.drop_table(Table::drop().table(OUTBOX).to_owned()).await?;
        create(
            m,
            Table::create()
                .table(OUTBOX)
                .col(pk_auto("id"))
                .col(integer("notification_id"))
                .col(string_len("channel", 40))
                .col(text("destination"))
                .col(string_len("language", 8))
                .col(integer_null("invitation_id"))
                .col(string_len_null("invitation_secret", 64))
                .col(string_len_null("invitation_short_code", 20))
                .col(string_len("status", 40))
                .col(integer("attempts").default(0))
                .col(instant("created_at"))
                .col(instant("next_attempt_at"))
                .col(instant_null("sent_at"))
                .check(Expr::cust("(\"invitation_secret\" IS NULL) OR (\"invitation_id\" IS NOT NULL)"))
                .foreign_key(&mut fk(OUTBOX, "notification_id", "notifications"))
                .foreign_key(&mut fk(OUTBOX, "invitation_id", "invitations"))
                .to_owned(),
        )
        .await?;
        m.create_index(index(OUTBOX, &["status", "next_attempt_at"])).await?;
        m.create_index(index(OUTBOX, &["invitation_id"])).await?;
        create(
            m,
            Table::create()
                .table("approval_requests")
                .col(pk_auto("id"))
                .col(string_len("kind", 40))
                .col(integer_null("person_id"))
                .col(integer_null("party_id"))
                .col(string_len_null("role", 40))
                .col(integer_null("function_profile_id"))
                .col(string_len_null("client_name", 120))
                .col(integer_null("client_expires_days"))
                .col(integer("requested_by_staff_id"))
                .col(instant("requested_at"))
                .col(integer_null("decided_by_staff_id"))
                .col(instant_null("decided_at"))
                .col(string_len_null("decision", 40))
                .col(instant_null("used_at"))
                .col(integer_null("invitation_id"))
                .col(integer_null("api_client_id"))
                // Four eyes, also for a write that bypasses the service.
                .check(Expr::cust(
                    "(\"decided_by_staff_id\" IS NULL) OR (\"decided_by_staff_id\" <> \"requested_by_staff_id\")",
                ))
                .check(Expr::cust("(\"decision\" IS NULL) = (\"decided_by_staff_id\" IS NULL)"))
                .check(Expr::cust("(\"decision\" IS NULL) = (\"decided_at\" IS NULL)"))
                .check(Expr::cust("(\"used_at\" IS NULL) OR (\"decision\" = 'approved')"))
                .foreign_key(&mut fk("approval_requests", "person_id", "persons"))
                .foreign_key(&mut fk("approval_requests", "party_id", "parties"))
                .foreign_key(&mut fk("approval_requests", "function_profile_id", "function_profiles"))
                .foreign_key(&mut fk("approval_requests", "requested_by_staff_id", "staff"))
                .foreign_key(&mut fk("approval_requests", "decided_by_staff_id", "staff"))
                .foreign_key(&mut fk("approval_requests", "invitation_id", "invitations"))
                .foreign_key(&mut fk("approval_requests", "api_client_id", "api_clients"))
                .to_owned(),
        )
        .await?;
        m.create_index(index("approval_requests", &["requested_at"])).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // The released outbox cannot hold a delivery's destination or secret.
        refuse_if_rows(m, OUTBOX, "the m0003 outbox cannot hold them").await?;
        drop_all(m, &["approval_requests", OUTBOX]).await?;
        // The table as m0003 released it.
        create(
            m,
            Table::create()
                .table(OUTBOX)
                .col(pk_auto("id"))
                .col(integer("notification_id"))
                .col(one_of("channel", &["email"]))
                .col(one_of("status", &["pending", "sent", "failed"]))
                .col(integer("attempts").default(0))
                .col(instant("next_attempt_at"))
                .col(instant_null("sent_at"))
                .foreign_key(&mut fk(OUTBOX, "notification_id", "notifications"))
                .to_owned(),
        )
        .await
    }
}
