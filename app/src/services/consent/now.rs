//! A person's consent as it stands now under one of the party's protocols (API v1): what the
//! municipality may rely on before it acts. Read-your-writes: it reads the latest committed
//! event, so a withdrawal shows in the very next request. No personal field is read. One
//! query (`store::queries::consent_now`).

use super::feed::state_word;
use crate::domain::consent::ConsentScopes;
use crate::domain::disclosure::Refusal;
use crate::domain::ids::PartyId;
use crate::domain::retention::has_ended;
use crate::domain::time::today;
use crate::services::ServiceError;
use crate::store::Db;
use crate::store::queries::consent_now;
use crate::views::api::ConsentNow;
use chrono::{DateTime, Utc};

/// The consent in force of the person `reference` names in the party's space. Nobody there,
/// or another party's protocol: "not found". A protocol not in force: refused with its state.
pub async fn of_person(
    db: &Db,
    party: PartyId,
    protocol_slug: &str,
    reference: &str,
    now: DateTime<Utc>,
) -> Result<ConsentNow, ServiceError> {
    let versions = consent_now::by_reference(&db.conn, party, protocol_slug, reference).await?;
    if versions.is_empty() {
        return Err(ServiceError::NotFound);
    }
    let in_force = consent_now::in_force_on(&versions, today(now))
        .map_err(|state| ServiceError::Refused(Refusal::ProtocolNotInForce(state).message_id()))?;
    // A person who left the pilot (their trajectory ended): no consent of theirs takes effect.
    if in_force.ended_on.is_some_and(|d| has_ended(d, today(now))) {
        return Ok(ConsentNow {
            person: reference.to_owned(),
            protocol: protocol_slug.to_owned(),
            version: in_force.version_no,
            state: "ended".to_owned(),
            scopes: ConsentScopes::NONE,
            since: None,
        });
    }
    let consent = in_force.consent.as_ref();
    Ok(ConsentNow {
        person: reference.to_owned(),
        protocol: protocol_slug.to_owned(),
        version: in_force.version_no,
        state: match consent {
            Some(c) => state_word(&c.action)?.to_owned(),
            None => "none".to_owned(),
        },
        scopes: consent.map_or(ConsentScopes::NONE, |c| c.scopes),
        since: consent.map(|c| c.occurred_at),
    })
}
