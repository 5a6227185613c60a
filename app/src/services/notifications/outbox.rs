//! The outbox (DESIGN "Notifications", review M3): what must reach a person outside the
//! portal — a recovery invitation delivered to them, the notice that one was issued, a passkey
//! added by redeeming one — queued for every channel the contact data on file gives
//! (`domain::outbox::channels`: e-mail, SMS, else a printed letter), inside the caller's
//! transaction, beside the in-app notification.
//!
//! **Where a delivered recovery invitation's secret lives: only in its undelivered outbox
//! row** (`invitation_secret`, `invitation_short_code`, on the row of the first channel). The
//! admin who issued it is told the channel and a masked destination, never the secret; the
//! invitation itself keeps only hashes. The e-mail worker (`mail`, in the server) sends pending
//! e-mail rows in the row's language, cancels a row whose invitation is no longer open, and clears
//! the secret columns once sent; SMS and letters have no worker yet, so their rows wait. Revoking
//! an invitation cancels its undelivered rows and clears their secrets at once
//! (`cancel_for_invitations`).

use super::notify;
use crate::domain::ids::PersonId;
use crate::domain::notification::Notice;
use crate::domain::outbox::{Contact, OutboxChannel, OutboxStatus, channels, masked};
use crate::services::identity::credentials::IssuedInvitation;
use crate::services::identity::sessions::Account;
use crate::services::{ServiceError, WriteTx};
use crate::store::{notification_outbox, person};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

/// Where the first (or only) message went, as staff may see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub channel: OutboxChannel,
    /// The destination, masked (`domain::outbox::masked`).
    pub masked_to: String,
}

/// Tells the person of a notice in the app and on every channel on file; `notice` is given the
/// first channel (a delivered invitation says how it came). The first channel's row carries
/// `invitation` (its secret and short code) when one is given.
pub async fn notify_everywhere(
    tx: &WriteTx<'_>,
    person_id: PersonId,
    notice: impl FnOnce(OutboxChannel) -> Notice,
    invitation: Option<&IssuedInvitation>,
) -> Result<Delivery, ServiceError> {
    let p = person::Entity::find_by_id(person_id.0).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
    let contact = Contact { email: p.email.as_deref(), phone: p.phone.as_deref(), address: &p.address };
    let channels = channels(contact);
    let primary = channels.first().map(|(c, _)| *c).ok_or(ServiceError::Internal("a person has a channel"))?;
    let notification_id = notify(tx, Account::Person(person_id), notice(primary)).await?;
    let mut first = None;
    for (channel, destination) in channels {
        let carried = if first.is_none() { invitation } else { None };
        notification_outbox::ActiveModel {
            invitation_id: Set(carried.map(|i| i.id)),
            invitation_secret: Set(carried.map(|i| i.secret.clone())),
            invitation_short_code: Set(carried.map(|i| i.short_code.clone())),
            ..pending_row(tx, notification_id, channel, destination.clone(), p.contact_language.clone())
        }
        .insert(&tx.tx)
        .await?;
        first.get_or_insert(Delivery { channel, masked_to: masked(channel, &destination) });
    }
    first.ok_or(ServiceError::Internal("a person has a channel"))
}

/// A row waiting to leave on `channel` to `destination` in `language`, due now.
pub(super) fn pending_row(
    tx: &WriteTx<'_>,
    notification_id: i32,
    channel: OutboxChannel,
    destination: String,
    language: String,
) -> notification_outbox::ActiveModel {
    notification_outbox::ActiveModel {
        notification_id: Set(notification_id),
        channel: Set(channel.as_str().into()),
        destination: Set(destination),
        language: Set(language),
        status: Set(OutboxStatus::Pending.as_str().into()),
        attempts: Set(0),
        created_at: Set(tx.now),
        next_attempt_at: Set(tx.now),
        ..Default::default()
    }
}

/// Cancels the undelivered rows that carry these invitations and clears their secrets.
pub async fn cancel_for_invitations(tx: &WriteTx<'_>, invitation_ids: &[i32]) -> Result<u64, ServiceError> {
    if invitation_ids.is_empty() {
        return Ok(0);
    }
    let res = notification_outbox::Entity::update_many()
        .col_expr(notification_outbox::Column::Status, Expr::value(OutboxStatus::Cancelled.as_str()))
        .col_expr(notification_outbox::Column::InvitationSecret, Expr::value(Option::<String>::None))
        .col_expr(notification_outbox::Column::InvitationShortCode, Expr::value(Option::<String>::None))
        .filter(notification_outbox::Column::InvitationId.is_in(invitation_ids.iter().copied()))
        .filter(
            notification_outbox::Column::Status.is_in([OutboxStatus::Pending.as_str(), OutboxStatus::Failed.as_str()]),
        )
        .exec(&tx.tx)
        .await?;
    Ok(res.rows_affected)
}
