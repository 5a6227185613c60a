//! E-mail (issue 12): a notice told in the app and, when the account has an address on file, by
//! e-mail (`notify_by_email`); and the delivery worker's side of the outbox. A worker claims due
//! e-mail rows under a lease (`claim_due`: of several instances, one wins each row), sends them,
//! and marks each sent (`mark_sent`: lease and invitation secret cleared) or failed
//! (`mark_failed`: retried with backoff, given up after `domain::outbox::MAX_ATTEMPTS`).
//!
//! Delivery is at least once: a crash between sending and `mark_sent` leaves the lease to run
//! out, and that one e-mail goes out again; none is lost. What an e-mail says is
//! `mail_text::render`: that there is a message, never what it says.

use super::notify;
use crate::domain::invitation::InvitationStatus;
use crate::domain::locale::Locale;
use crate::domain::notification::{Notice, NotificationKind};
use crate::domain::outbox::{MAX_ATTEMPTS, OutboxChannel, OutboxStatus, error_summary, retry_delay};
use crate::services::identity::sessions::Account;
use crate::services::{ServiceError, WriteTx};
use crate::store::{Db, invitation, notification, notification_outbox as outbox, person, staff};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{ActiveModelTrait, ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;

/// Staff members have no language of their own on file: they read Dutch.
const STAFF_LANGUAGE: Locale = Locale::Nl;

/// Tells `to` of `notice` in the app (returns the notification's id) and, when the person or
/// staff member has an e-mail address on file, queues one e-mail in their language: a person's
/// contact language, Dutch for staff. Inside the caller's transaction.
pub async fn notify_by_email(tx: &WriteTx<'_>, to: Account, notice: Notice) -> Result<i32, ServiceError> {
    let notification_id = notify(tx, to, notice).await?;
    let (email, language) = match to {
        Account::Person(id) => {
            let p = person::Entity::find_by_id(id.0).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
            (p.email, p.contact_language)
        }
        Account::Staff(id) => {
            let s = staff::Entity::find_by_id(id.0).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
            (s.email, STAFF_LANGUAGE.as_str().to_owned())
        }
    };
    if let Some(destination) = email.map(|e| e.trim().to_owned()).filter(|e| !e.is_empty()) {
        let row = super::outbox::pending_row(tx, notification_id, OutboxChannel::Email, destination, language);
        row.insert(&tx.tx).await?;
    }
    Ok(notification_id)
}

/// A recovery invitation an e-mail delivers: the link *is* the delivery.
#[derive(Clone, PartialEq, Eq)]
pub struct CarriedInvitation {
    pub secret: String,
    pub short_code: String,
}

impl std::fmt::Debug for CarriedInvitation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CarriedInvitation { .. }")
    }
}

/// An e-mail row a worker holds the lease on, with what the message needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Claimed {
    pub id: i32,
    /// The address, as queued.
    pub destination: String,
    pub language: Locale,
    /// The notification's kind (`None`: one this version does not know) and variables. The
    /// e-mail says neither: they are here for the rule that proves it (`mail_text`'s tests).
    pub kind: Option<NotificationKind>,
    pub params: serde_json::Map<String, serde_json::Value>,
    /// The person's given name or the staff member's display name.
    pub greeting_name: String,
    pub invitation: Option<CarriedInvitation>,
}

fn free(now: DateTime<Utc>) -> Condition {
    Condition::any().add(outbox::Column::LockedUntil.is_null()).add(outbox::Column::LockedUntil.lt(now))
}

/// Claims up to `limit` pending e-mail rows that are due and not leased by a live worker, for
/// `lease`. Each row is taken with `UPDATE … WHERE` it is still pending and free, so of two
/// workers claiming at once one gets it. A row that may no longer go out — its invitation no
/// longer open, its recipient gone (pseudonymised, disabled) — is cancelled (secrets cleared).
pub async fn claim_due(
    db: &Db,
    worker_id: &str,
    now: DateTime<Utc>,
    lease: Duration,
    limit: u64,
) -> Result<Vec<Claimed>, ServiceError> {
    // Read first, outside a write transaction: a poll that finds nothing writes nothing.
    let candidates: Vec<i32> = outbox::Entity::find()
        .select_only()
        .column(outbox::Column::Id)
        .filter(outbox::Column::Channel.eq(OutboxChannel::Email.as_str()))
        .filter(outbox::Column::Status.eq(OutboxStatus::Pending.as_str()))
        .filter(outbox::Column::NextAttemptAt.lte(now))
        .filter(free(now))
        .order_by_asc(outbox::Column::NextAttemptAt)
        .order_by_asc(outbox::Column::Id)
        .limit(limit)
        .into_tuple()
        .all(&db.conn)
        .await?;
    if candidates.is_empty() {
        return Ok(Vec::new());
    }
    let tx = WriteTx::begin(db, now).await?;
    let mut ids = Vec::new();
    for id in candidates {
        let taken = outbox::Entity::update_many()
            .col_expr(outbox::Column::LockedUntil, Expr::value(now + lease))
            .col_expr(outbox::Column::LockedBy, Expr::value(worker_id))
            .filter(outbox::Column::Id.eq(id))
            .filter(outbox::Column::Status.eq(OutboxStatus::Pending.as_str()))
            .filter(free(now))
            .exec(&tx.tx)
            .await?;
        if taken.rows_affected == 1 {
            ids.push(id);
        }
    }
    let claimed = details(&tx, &ids).await?;
    tx.commit().await?;
    Ok(claimed)
}

/// What the claimed rows need, read in a few queries; rows that may not go out are cancelled.
async fn details(tx: &WriteTx<'_>, ids: &[i32]) -> Result<Vec<Claimed>, ServiceError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = outbox::Entity::find()
        .filter(outbox::Column::Id.is_in(ids.iter().copied()))
        .order_by_asc(outbox::Column::NextAttemptAt)
        .order_by_asc(outbox::Column::Id)
        .all(&tx.tx)
        .await?;
    let notes: HashMap<i32, notification::Model> = notification::Entity::find()
        .filter(notification::Column::Id.is_in(rows.iter().map(|r| r.notification_id)))
        .all(&tx.tx)
        .await?
        .into_iter()
        .map(|n| (n.id, n))
        .collect();
    let persons: HashMap<i32, person::Model> = person::Entity::find()
        .filter(person::Column::Id.is_in(notes.values().filter_map(|n| n.person_id)))
        .all(&tx.tx)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let staff: HashMap<i32, staff::Model> = staff::Entity::find()
        .filter(staff::Column::Id.is_in(notes.values().filter_map(|n| n.staff_id)))
        .all(&tx.tx)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let invitations: HashMap<i32, invitation::Model> = invitation::Entity::find()
        .filter(invitation::Column::Id.is_in(rows.iter().filter_map(|r| r.invitation_id)))
        .all(&tx.tx)
        .await?
        .into_iter()
        .map(|i| (i.id, i))
        .collect();
    let mut out = Vec::new();
    for row in rows {
        let note = notes.get(&row.notification_id);
        let greeting = match note.map(|n| (n.person_id, n.staff_id)) {
            Some((Some(p), _)) => persons.get(&p).filter(|p| p.pseudonymised_at.is_none()).map(|p| &p.given_name),
            Some((_, Some(s))) => staff.get(&s).filter(|s| s.disabled_at.is_none()).map(|s| &s.display_name),
            _ => None,
        };
        let Some(greeting_name) = greeting.cloned() else {
            cancel(tx, row.id, "recipient gone").await?;
            continue;
        };
        let carried = match (row.invitation_id, row.invitation_secret, row.invitation_short_code) {
            (Some(inv), Some(secret), Some(short_code)) => {
                let open = invitations.get(&inv).is_some_and(|i| {
                    InvitationStatus::of(i.redeemed_at, i.revoked_at, i.expires_at, tx.now) == InvitationStatus::Open
                });
                if !open {
                    cancel(tx, row.id, "invitation no longer open").await?;
                    continue;
                }
                Some(CarriedInvitation { secret, short_code })
            }
            _ => None,
        };
        let note = note.ok_or(ServiceError::Internal("an outbox row has its notification"))?;
        out.push(Claimed {
            id: row.id,
            destination: row.destination,
            language: Locale::parse(&row.language).unwrap_or_default(),
            kind: NotificationKind::parse(&note.kind).ok(),
            params: serde_json::from_str(&note.params).unwrap_or_default(),
            greeting_name,
            invitation: carried,
        });
    }
    Ok(out)
}

const NO_TEXT: Option<String> = None;
const NO_TIME: Option<DateTime<Utc>> = None;

/// The columns that end a row's life: no lease, no secret.
fn ended(q: sea_orm::UpdateMany<outbox::Entity>, status: OutboxStatus) -> sea_orm::UpdateMany<outbox::Entity> {
    q.col_expr(outbox::Column::Status, Expr::value(status.as_str()))
        .col_expr(outbox::Column::LockedUntil, Expr::value(NO_TIME))
        .col_expr(outbox::Column::LockedBy, Expr::value(NO_TEXT))
        .col_expr(outbox::Column::InvitationSecret, Expr::value(NO_TEXT))
        .col_expr(outbox::Column::InvitationShortCode, Expr::value(NO_TEXT))
}

async fn cancel(tx: &WriteTx<'_>, id: i32, why: &str) -> Result<(), ServiceError> {
    ended(outbox::Entity::update_many(), OutboxStatus::Cancelled)
        .col_expr(outbox::Column::LastError, Expr::value(why))
        .filter(outbox::Column::Id.eq(id))
        .exec(&tx.tx)
        .await?;
    Ok(())
}

/// The row this worker holds.
fn held(id: i32, worker_id: &str) -> Condition {
    Condition::all()
        .add(outbox::Column::Id.eq(id))
        .add(outbox::Column::LockedBy.eq(worker_id))
        .add(outbox::Column::Status.eq(OutboxStatus::Pending.as_str()))
}

/// The row went out: sent, lease and invitation secret cleared. `false` when this worker no
/// longer held it (its lease ran out and another took it; that one sends it too).
pub async fn mark_sent(db: &Db, id: i32, worker_id: &str, now: DateTime<Utc>) -> Result<bool, ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let done = ended(outbox::Entity::update_many(), OutboxStatus::Sent)
        .col_expr(outbox::Column::SentAt, Expr::value(now))
        .col_expr(outbox::Column::LastError, Expr::value(NO_TEXT))
        .filter(held(id, worker_id))
        .exec(&tx.tx)
        .await?;
    tx.commit().await?;
    Ok(done.rows_affected == 1)
}

/// The attempt failed with `error` (kept without addresses: `domain::outbox::error_summary`):
/// one more attempt counted, the next one after the backoff (`retry_delay`), the lease
/// released; after `MAX_ATTEMPTS` the row is given up (`failed`, secret cleared). `false` when
/// this worker no longer held it.
pub async fn mark_failed(
    db: &Db,
    id: i32,
    worker_id: &str,
    error: &str,
    now: DateTime<Utc>,
) -> Result<bool, ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let Some(row) = outbox::Entity::find().filter(held(id, worker_id)).one(&tx.tx).await? else {
        return Ok(false);
    };
    let attempts = row.attempts.saturating_add(1);
    let summary: SimpleExpr = Expr::value(error_summary(error));
    let q = if attempts >= MAX_ATTEMPTS {
        ended(outbox::Entity::update_many(), OutboxStatus::Failed)
    } else {
        outbox::Entity::update_many()
            .col_expr(outbox::Column::NextAttemptAt, Expr::value(now + retry_delay(attempts)))
            .col_expr(outbox::Column::LockedUntil, Expr::value(NO_TIME))
            .col_expr(outbox::Column::LockedBy, Expr::value(NO_TEXT))
    };
    let done = q
        .col_expr(outbox::Column::Attempts, Expr::value(attempts))
        .col_expr(outbox::Column::LastError, summary)
        .filter(held(id, worker_id))
        .exec(&tx.tx)
        .await?;
    tx.commit().await?;
    Ok(done.rows_affected == 1)
}
