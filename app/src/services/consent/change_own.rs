//! GDPR 7(3): a person gives, changes or withdraws their own consent — same screen, one action,
//! effective at once.

use super::{ConsentChange, record_in_force};
use crate::domain::consent::{ConsentChannel, ConsentScopes};
use crate::domain::ids::PersonId;
use crate::domain::locale::Locale;
use crate::services::{ServiceError, WriteTx};
use crate::store::consent_event;
use chrono::{DateTime, Utc};

/// A person changes their own consent under the protocol's version in force (give, change or
/// withdraw: the scopes decide). Effective at once: the next read by a recipient sees it.
pub async fn change_own(
    db: &crate::store::Db,
    person_id: PersonId,
    protocol_slug: &str,
    scopes: ConsentScopes,
    language: Locale,
    now: DateTime<Utc>,
) -> Result<consent_event::Model, ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    record_in_force(tx, protocol_slug, |protocol_version_id| ConsentChange {
        person_id,
        protocol_version_id,
        scopes,
        channel: ConsentChannel::SelfService,
        assisted_by: None,
        language,
        occurred_at: now,
    })
    .await
}
