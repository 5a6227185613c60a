//! Consent status for municipality staff: their function profile and how many persons have
//! consent in force under their party's protocols (a count: no personal data).

use crate::domain::ids::{PartyId, ProfileId};
use crate::domain::time::today;
use crate::services::ServiceError;
use crate::services::function_profiles::register;
use crate::store::{Db, consent_event, function_profile, protocol, queries};
use crate::views::consent::ConsentStatus;
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::{BTreeSet, HashMap};

pub async fn for_staff(
    db: &Db,
    party_id: PartyId,
    profile_id: Option<ProfileId>,
    now: DateTime<Utc>,
) -> Result<ConsentStatus, ServiceError> {
    let profile = match profile_id {
        Some(id) => {
            let name = function_profile::Entity::find_by_id(id.0).one(&db.conn).await?.map(|p| p.name);
            register(db, party_id).await?.into_iter().find(|p| Some(&p.name) == name.as_ref())
        }
        None => None,
    };
    let mut persons = BTreeSet::new();
    for proto in protocol::Entity::find().filter(protocol::Column::RecipientPartyId.eq(party_id)).all(&db.conn).await? {
        if let Ok(v) = queries::protocol::version_in_force(&db.conn, proto.id, today(now)).await? {
            let events = consent_event::Entity::find()
                .filter(consent_event::Column::ProtocolVersionId.eq(v.id))
                .order_by_asc(consent_event::Column::OccurredAt)
                .order_by_asc(consent_event::Column::Id)
                .all(&db.conn)
                .await?;
            let mut latest = HashMap::new();
            for e in events {
                latest.insert(e.person_id, e.scopes_after().any());
            }
            persons.extend(latest.into_iter().filter(|(_, any)| *any).map(|(p, _)| p));
        }
    }
    Ok(ConsentStatus { profile, persons_with_consent: persons.len() as u64 })
}
