//! Recording consent events (DESIGN "Consent"): append-only, a change is a new event, never an
//! update. Every event stores the SHA-256 of the exact notice shown and appends its audit entry
//! and the person's notification in the same transaction.

mod assisted;
mod change_own;
pub mod feed;
pub mod now;
pub mod overview;
mod queue;

pub use assisted::{record_assisted, review};
pub use change_own::change_own;
pub use queue::{Consents, OwnChange};

use super::identity::sessions::Account;
use super::{ServiceError, WriteTx, audit, notifications, pseudonyms};
use crate::domain::audit::sha256_hex;
use crate::domain::consent::{ConsentAction, ConsentChannel, ConsentScopes};
use crate::domain::ids::{PartyId, PersonId, StaffId};
use crate::domain::locale::Locale;
use crate::domain::notification::Notice;
use crate::domain::time::today;
use crate::store::{consent_event, person, protocol, protocol_version, queries};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::LockType;
use sea_orm::{ActiveModelTrait, EntityTrait, QuerySelect, Set};

/// The audit actor of consent the portal carried over to a new protocol version.
pub const CARRIED_OVER_BY: &str = "system:protocol-effects";

#[derive(Debug, Clone)]
pub struct ConsentChange {
    pub person_id: PersonId,
    pub protocol_version_id: i32,
    pub scopes: ConsentScopes,
    pub channel: ConsentChannel,
    /// Staff member who recorded a consent given on paper (channel `assisted`).
    pub assisted_by: Option<(StaffId, String)>,
    /// Language of the notice the person was shown.
    pub language: Locale,
    pub occurred_at: DateTime<Utc>,
}

/// Records one change inside the caller's transaction. The stored hash is SHA-256 of the
/// exact notice text of that version in the language shown.
pub async fn record(tx: &WriteTx<'_>, change: ConsentChange) -> Result<consent_event::Model, ServiceError> {
    // The protocol's row is locked before the event gets its id: events of one protocol are
    // committed in id order, which the changes feed's cursor relies on (PostgreSQL; SQLite
    // writes one transaction at a time anyway).
    let proto = lock_protocol_of_version(tx, change.protocol_version_id).await?;
    let person = person::Entity::find_by_id(change.person_id.0).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
    let previous = queries::consent::in_force(&tx.tx, change.person_id, change.protocol_version_id).await?;
    let before = previous.as_ref().map(consent_event::Model::scopes_after).unwrap_or_default();
    // Never dated before the event it follows: the one in force is the latest by time.
    let occurred_at = previous.map_or(change.occurred_at, |p| p.occurred_at.max(change.occurred_at));
    let action = before
        .change_to(change.scopes)
        .map_err(|e| ServiceError::Invalid { field: "scopes", message_id: e.message_id() })?;
    let notice = queries::protocol::text_in(&tx.tx, change.protocol_version_id, change.language)
        .await?
        .ok_or(ServiceError::Refused("consent-error-no-notice-in-language"))?;
    if (change.channel == ConsentChannel::Assisted) != change.assisted_by.is_some() {
        return Err(ServiceError::Invalid { field: "channel", message_id: "error-bad-request" });
    }
    let event = consent_event::ActiveModel {
        public_id: Set(uuid::Uuid::new_v4().to_string()),
        person_id: Set(person.id),
        protocol_version_id: Set(change.protocol_version_id),
        action: Set(action.as_str().to_owned()),
        contact_before: Set(before.contact),
        trajectory_before: Set(before.trajectory),
        onward_before: Set(before.onward),
        contact_after: Set(change.scopes.contact),
        trajectory_after: Set(change.scopes.trajectory),
        onward_after: Set(change.scopes.onward),
        channel: Set(change.channel.as_str().to_owned()),
        assisted_by_staff_id: Set(change.assisted_by.as_ref().map(|(id, _)| id.0)),
        language: Set(change.language.as_str().to_owned()),
        notice_sha256: Set(sha256_hex(notice.consent_notice.as_bytes())),
        occurred_at: Set(occurred_at),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    let actor = match (&change.assisted_by, change.channel) {
        (Some((_, staff_public_id)), _) => format!("staff:{staff_public_id}"),
        // Nobody acted: the portal carried consent over to a new version (`protocols::effects`).
        (None, ConsentChannel::CarriedOver) => CARRIED_OVER_BY.to_owned(),
        (None, _) => format!("person:{}", person.public_id),
    };
    let payload = format!(
        "consent.v1\n{}\n{}\n{}\n{}{}{}\n{}\n{}",
        event.public_id,
        person.public_id,
        event.protocol_version_id,
        u8::from(event.contact_after),
        u8::from(event.trajectory_after),
        u8::from(event.onward_after),
        event.language,
        event.notice_sha256
    );
    let audit_action = match action {
        _ if change.channel == ConsentChannel::CarriedOver => "consent.carry_over",
        ConsentAction::Give => "consent.give",
        ConsentAction::Change => "consent.change",
        ConsentAction::Withdraw => "consent.withdraw",
    };
    audit::record(tx, actor, audit_action, format!("consent:{}", event.public_id), &payload).await?;
    let recipient_party = PartyId(proto.recipient_party_id);
    pseudonyms::assign(&tx.tx, recipient_party, change.person_id, tx.now).await?;
    // Consent carried over is told by the caller, with what it means for the person.
    if change.channel != ConsentChannel::CarriedOver {
        let recipient = queries::party::name_of(&tx.tx, recipient_party.0).await?;
        let notice = Notice::Consent { action, recipient };
        notifications::notify_at(tx, Account::Person(change.person_id), notice, event.occurred_at).await?;
    }
    Ok(event)
}

async fn lock_protocol_of_version(tx: &WriteTx<'_>, version_id: i32) -> Result<protocol::Model, ServiceError> {
    let v = protocol_version::Entity::find_by_id(version_id).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
    protocol::Entity::find_by_id(v.protocol_id).lock(LockType::Update).one(&tx.tx).await?.ok_or(ServiceError::NotFound)
}

/// Records a change under the version in force of the protocol `protocol_slug` (only a
/// protocol in force accepts consent), then commits.
async fn record_in_force(
    tx: WriteTx<'_>,
    protocol_slug: &str,
    change: impl FnOnce(i32) -> ConsentChange,
) -> Result<consent_event::Model, ServiceError> {
    let version = version_accepting_consent(&tx, protocol_slug).await?;
    let event = record(&tx, change(version.id)).await?;
    tx.commit().await?;
    Ok(event)
}

/// Only a protocol in force accepts consent: its version in force, or why not.
async fn version_accepting_consent(
    tx: &WriteTx<'_>,
    protocol_slug: &str,
) -> Result<crate::store::protocol_version::Model, ServiceError> {
    let proto = queries::protocol::by_slug(&tx.tx, protocol_slug).await?.ok_or(ServiceError::NotFound)?;
    queries::protocol::version_in_force(&tx.tx, proto.id, today(tx.now))
        .await?
        .map_err(|_| ServiceError::Refused("consent-error-not-in-force"))
}
