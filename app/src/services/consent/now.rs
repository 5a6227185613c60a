//! A person's consent as it stands now under one of the party's protocols (API v1): what the
//! municipality may rely on before it acts. Read-your-writes: it reads the latest committed
//! event, so a withdrawal shows in the very next request. No personal field is read.

use super::feed::state_word;
use crate::domain::ids::PartyId;
use crate::domain::time::today;
use crate::services::{ServiceError, pseudonyms};
use crate::store::{Db, queries};
use crate::views::api::{ConsentNow, Scopes};
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
    let proto = queries::protocol::by_slug(&db.conn, protocol_slug).await?.ok_or(ServiceError::NotFound)?;
    if proto.recipient_party_id != party.0 {
        return Err(ServiceError::NotFound);
    }
    let person = pseudonyms::resolve(&db.conn, party, reference).await?.ok_or(ServiceError::NotFound)?;
    let version = queries::protocol::version_in_force(&db.conn, proto.id, today(now)).await?.map_err(|state| {
        ServiceError::Refused(crate::domain::disclosure::Refusal::ProtocolNotInForce(state).message_id())
    })?;
    let event = queries::consent::in_force(&db.conn, person, version.id).await?;
    Ok(ConsentNow {
        person: reference.to_owned(),
        protocol: proto.slug,
        version: version.version_no,
        state: match &event {
            Some(e) => state_word(&e.action)?.to_owned(),
            None => "none".to_owned(),
        },
        scopes: event
            .as_ref()
            .map_or(Scopes { contact: false, trajectory: false, onward: false }, |e| e.scopes_after().into()),
        since: event.map(|e| e.occurred_at),
    })
}
