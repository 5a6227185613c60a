//! E-mail that reaches people (issue 12):
//! - `notification_outbox` gets a lease (`locked_until`, `locked_by`: the worker instance that
//!   claimed the row; both or neither) and the last delivery error (`last_error`, never personal
//!   data). A worker claims a row with `UPDATE … WHERE locked_until IS NULL OR locked_until < now`,
//!   so of several instances one sends it;
//! - the claim query reads pending e-mail rows by `next_attempt_at`: an index by channel, status
//!   and `next_attempt_at` (m0008's `(status, next_attempt_at)` also walks the SMS and letter
//!   rows no worker sends yet; both databases' planners prefer the longer index);
//! - `staff.email`: a staff member's address for reminders by e-mail (null: inbox only);
//! - `rectification_requests.reminded_at`: when the agency's officers were last reminded of the
//!   request's deadline.
//!
//! New columns only (`ADD COLUMN`, one per statement): no table is rebuilt.

use crate::helpers::*;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0013_mail_outbox"
    }
}

const OUTBOX: &str = "notification_outbox";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        add(m, OUTBOX, ColumnDef::new(Alias::new("locked_until")).timestamp_with_time_zone().null()).await?;
        // A lease names its holder: both columns or neither.
        add(
            m,
            OUTBOX,
            ColumnDef::new(Alias::new("locked_by"))
                .string_len(64)
                .null()
                .check(Expr::cust("(\"locked_by\" IS NULL) = (\"locked_until\" IS NULL)")),
        )
        .await?;
        add(m, OUTBOX, ColumnDef::new(Alias::new("last_error")).string_len(300).null()).await?;
        m.create_index(index(OUTBOX, &["channel", "status", "next_attempt_at"])).await?;
        add(m, "staff", ColumnDef::new(Alias::new("email")).string_len(254).null()).await?;
        add(m, "rectification_requests", ColumnDef::new(Alias::new("reminded_at")).timestamp_with_time_zone().null())
            .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // Staff members' addresses have no place in m0012's schema: nothing is thrown away.
        refuse_if_any(m, "staff", "\"email\" IS NOT NULL").await?;
        drop_column(m, "rectification_requests", "reminded_at").await?;
        drop_column(m, "staff", "email").await?;
        let due = "ix_notification_outbox_channel_status_next_attempt_at";
        m.drop_index(Index::drop().name(due).table(Alias::new(OUTBOX)).to_owned()).await?;
        for column in ["last_error", "locked_by", "locked_until"] {
            drop_column(m, OUTBOX, column).await?;
        }
        Ok(())
    }
}
