//! Recording consent events. Append-only: a change is a new event, never an update.

use super::audit::{self, sha256_hex};
use super::disclosure::{consent_in_force, scopes_after};
use super::sessions::Account;
use super::{ServiceError, WriteTx, notifications};
use crate::domain::consent::{ConsentAction, ConsentChannel, ConsentScopes};
use crate::domain::locale::Locale;
use crate::store::{consent_event, person, protocol_text};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

#[derive(Debug, Clone)]
pub struct ConsentChange {
    pub person_id: i32,
    pub protocol_version_id: i32,
    pub scopes: ConsentScopes,
    pub channel: ConsentChannel,
    /// Staff member who recorded a consent given on paper (channel `assisted`).
    pub assisted_by: Option<(i32, String)>,
    /// Language of the notice the person was shown.
    pub language: Locale,
    pub occurred_at: DateTime<Utc>,
}

/// Records one change inside the caller's transaction. The stored hash is SHA-256 of the
/// exact notice text of that version in the language shown.
pub async fn record(tx: &WriteTx<'_>, change: ConsentChange) -> Result<consent_event::Model, ServiceError> {
    let person = person::Entity::find_by_id(change.person_id).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
    let before = consent_in_force(&tx.tx, person.id, change.protocol_version_id)
        .await?
        .map(|e| scopes_after(&e))
        .unwrap_or_default();
    let action = before
        .change_to(change.scopes)
        .map_err(|e| ServiceError::Invalid { field: "scopes", message_id: e.message_id() })?;
    let notice = protocol_text::Entity::find()
        .filter(protocol_text::Column::ProtocolVersionId.eq(change.protocol_version_id))
        .filter(protocol_text::Column::Language.eq(change.language.as_str()))
        .one(&tx.tx)
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
        assisted_by_staff_id: Set(change.assisted_by.as_ref().map(|(id, _)| *id)),
        language: Set(change.language.as_str().to_owned()),
        notice_sha256: Set(sha256_hex(notice.consent_notice.as_bytes())),
        occurred_at: Set(change.occurred_at),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    let actor = match &change.assisted_by {
        Some((_, staff_public_id)) => format!("staff:{staff_public_id}"),
        None => format!("person:{}", person.public_id),
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
        ConsentAction::Give => "consent.give",
        ConsentAction::Change => "consent.change",
        ConsentAction::Withdraw => "consent.withdraw",
    };
    audit::record(tx, actor, audit_action, format!("consent:{}", event.public_id), &payload).await?;
    let recipient = recipient_of_version(tx, event.protocol_version_id).await?;
    notifications::notify_at(
        tx,
        Account::Person(person.id),
        &format!("consent-{}", action.as_str()),
        serde_json::json!({ "recipient": recipient }),
        event.occurred_at,
    )
    .await?;
    Ok(event)
}

async fn recipient_of_version(tx: &WriteTx<'_>, version_id: i32) -> Result<String, ServiceError> {
    use crate::store::{party, protocol, protocol_version};
    let v = protocol_version::Entity::find_by_id(version_id).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
    let p = protocol::Entity::find_by_id(v.protocol_id).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
    let party = party::Entity::find_by_id(p.recipient_party_id).one(&tx.tx).await?;
    Ok(party.map(|x| x.name).unwrap_or_default())
}

/// Only a protocol in force accepts consent: its version in force, or why not.
async fn version_accepting_consent(
    tx: &WriteTx<'_>,
    protocol_slug: &str,
) -> Result<crate::store::protocol_version::Model, ServiceError> {
    use crate::store::protocol;
    let proto = protocol::Entity::find()
        .filter(protocol::Column::Slug.eq(protocol_slug))
        .one(&tx.tx)
        .await?
        .ok_or(ServiceError::NotFound)?;
    super::protocols::version_in_force(&tx.tx, proto.id, super::now().date_naive())
        .await?
        .map_err(|_| ServiceError::Refused("consent-error-not-in-force"))
}

/// A person changes their own consent under the protocol's version in force (give, change or
/// withdraw: the scopes decide). Effective at once: the next read by a recipient sees it.
pub async fn change_own(
    db: &crate::store::Db,
    person_id: i32,
    protocol_slug: &str,
    scopes: ConsentScopes,
    language: Locale,
) -> Result<consent_event::Model, ServiceError> {
    let tx = WriteTx::begin(db).await?;
    let version = version_accepting_consent(&tx, protocol_slug).await?;
    let event = record(
        &tx,
        ConsentChange {
            person_id,
            protocol_version_id: version.id,
            scopes,
            channel: ConsentChannel::SelfService,
            assisted_by: None,
            language,
            occurred_at: super::now(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(event)
}

/// The person a paper form names, by dossier reference: shown to staff before they record.
pub async fn person_by_dossier<C: sea_orm::ConnectionTrait>(
    conn: &C,
    dossier_ref: &str,
) -> Result<person::Model, ServiceError> {
    if dossier_ref.trim().is_empty() {
        return Err(ServiceError::Invalid { field: "dossier_ref", message_id: "assisted-error-dossier-required" });
    }
    super::registry::person_by_dossier(conn, dossier_ref)
        .await?
        .ok_or(ServiceError::Invalid { field: "dossier_ref", message_id: "assisted-error-unknown-dossier" })
}

/// Agency staff record a consent the person gave on paper (channel `assisted`, staff member
/// recorded). The person sees it in their history and can change or withdraw it themselves.
pub async fn record_assisted(
    db: &crate::store::Db,
    staff_id: i32,
    dossier_ref: &str,
    protocol_slug: &str,
    scopes: ConsentScopes,
    language: Locale,
) -> Result<consent_event::Model, ServiceError> {
    use crate::store::staff;
    let tx = WriteTx::begin(db).await?;
    let officer = staff::Entity::find_by_id(staff_id).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
    let person = person_by_dossier(&tx.tx, dossier_ref).await?;
    let version = version_accepting_consent(&tx, protocol_slug).await?;
    let event = record(
        &tx,
        ConsentChange {
            person_id: person.id,
            protocol_version_id: version.id,
            scopes,
            channel: ConsentChannel::Assisted,
            assisted_by: Some((officer.id, officer.public_id)),
            language,
            occurred_at: super::now(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(event)
}
