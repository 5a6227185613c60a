//! Consent events: the one in force for a person and version, and its scopes.

use crate::domain::consent::ConsentScopes;
use crate::domain::ids::PersonId;
use crate::store::consent_event;
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

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

/// The latest consent event of each (person, version) pair that has one, in one round trip:
/// a scalar subquery per pair (an index look-up each, however long the person's history).
pub async fn in_force_all<C: ConnectionTrait>(
    conn: &C,
    pairs: &[(PersonId, i32)],
) -> Result<HashMap<(PersonId, i32), consent_event::Model>, DbErr> {
    let mut pairs = pairs.to_vec();
    pairs.sort_unstable_by_key(|&(person, version)| (person.0, version));
    pairs.dedup();
    if pairs.is_empty() {
        return Ok(HashMap::new());
    }
    let newest = |(person, version): &(PersonId, i32)| {
        let query = Query::select()
            .column(consent_event::Column::Id)
            .from(consent_event::Entity)
            .and_where(Expr::col(consent_event::Column::PersonId).eq(person.0))
            .and_where(Expr::col(consent_event::Column::ProtocolVersionId).eq(*version))
            .order_by(consent_event::Column::OccurredAt, sea_orm::Order::Desc)
            .order_by(consent_event::Column::Id, sea_orm::Order::Desc)
            .limit(1)
            .to_owned();
        Expr::SubQuery(None, Box::new(query.into()))
    };
    let events = consent_event::Entity::find()
        .filter(Expr::col(consent_event::Column::Id).is_in(pairs.iter().map(newest)))
        .all(conn)
        .await?;
    Ok(events.into_iter().map(|e| ((PersonId(e.person_id), e.protocol_version_id), e)).collect())
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
