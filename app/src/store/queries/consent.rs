//! Consent events: the one in force for a person and version, and its scopes.

use crate::domain::consent::ConsentScopes;
use crate::domain::ids::PersonId;
use crate::store::consent_event;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

impl consent_event::Model {
    /// What the person allowed from this event on.
    pub fn scopes_after(&self) -> ConsentScopes {
        ConsentScopes { contact: self.contact_after, trajectory: self.trajectory_after, onward: self.onward_after }
    }
}

/// The person's latest consent event under this exact protocol version.
pub async fn in_force<C: ConnectionTrait>(
    conn: &C,
    person_id: PersonId,
    version_id: i32,
) -> Result<Option<consent_event::Model>, DbErr> {
    consent_event::Entity::find()
        .filter(consent_event::Column::PersonId.eq(person_id))
        .filter(consent_event::Column::ProtocolVersionId.eq(version_id))
        .order_by_desc(consent_event::Column::OccurredAt)
        .order_by_desc(consent_event::Column::Id)
        .one(conn)
        .await
}

/// The scopes in force for a person under a version (nothing when they never chose).
pub async fn scopes_in_force<C: ConnectionTrait>(
    conn: &C,
    person_id: PersonId,
    version_id: i32,
) -> Result<ConsentScopes, DbErr> {
    Ok(in_force(conn, person_id, version_id)
        .await?
        .as_ref()
        .map(consent_event::Model::scopes_after)
        .unwrap_or_default())
}

/// The consent in force under a version of every person who allowed something under it (the
/// latest event per person, when it shares contact or trajectory data).
pub async fn consenting_under<C: ConnectionTrait>(
    conn: &C,
    version_id: i32,
) -> Result<Vec<consent_event::Model>, DbErr> {
    let events = consent_event::Entity::find()
        .filter(consent_event::Column::ProtocolVersionId.eq(version_id))
        .order_by_asc(consent_event::Column::PersonId)
        .order_by_desc(consent_event::Column::OccurredAt)
        .order_by_desc(consent_event::Column::Id)
        .all(conn)
        .await?;
    let mut latest: Vec<consent_event::Model> = Vec::new();
    for e in events {
        if latest.last().is_none_or(|l| l.person_id != e.person_id) {
            latest.push(e);
        }
    }
    latest.retain(|e| e.scopes_after().any());
    Ok(latest)
}
