//! The consent changes feed for a recipient's systems (API v1, art. 4: a municipality acts on
//! consent as it stands): every change under one of the party's protocols, oldest first, with
//! the person as this party knows them. A page is at most two queries (events, references).

use crate::domain::consent::ConsentAction;
use crate::domain::feed::{Cursor, PageLimit};
use crate::domain::ids::PartyId;
use crate::services::{ServiceError, pseudonyms};
use crate::store::{Db, consent_event, protocol_version, queries};
use crate::views::api::{ConsentChange, ConsentChanges};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

/// The changes after `after`, at most `limit` of them. Another party's protocol, or one that
/// does not exist, is "not found".
pub async fn changes(
    db: &Db,
    party: PartyId,
    protocol_slug: &str,
    after: Cursor,
    limit: PageLimit,
) -> Result<ConsentChanges, ServiceError> {
    let proto = queries::protocol::by_slug(&db.conn, protocol_slug).await?.ok_or(ServiceError::NotFound)?;
    if proto.recipient_party_id != party.0 {
        return Err(ServiceError::NotFound);
    }
    let versions = protocol_version::Entity::find()
        .select_only()
        .column(protocol_version::Column::Id)
        .filter(protocol_version::Column::ProtocolId.eq(proto.id));
    let mut events = consent_event::Entity::find()
        .filter(consent_event::Column::ProtocolVersionId.in_subquery(sea_orm::QueryTrait::into_query(versions)))
        .filter(consent_event::Column::Id.gt(after.last_seen()))
        .order_by_asc(consent_event::Column::Id)
        .limit(limit.get() + 1)
        .all(&db.conn)
        .await?;
    let more = events.len() as u64 > limit.get();
    events.truncate(limit.get() as usize);
    let refs = pseudonyms::references_of(&db.conn, party, events.iter().map(|e| e.person_id)).await?;
    let items = events
        .iter()
        .map(|e| {
            let person =
                refs.get(&e.person_id).cloned().ok_or(ServiceError::Internal("a consent without a reference"))?;
            Ok(ConsentChange {
                person,
                scopes: e.scopes_after(),
                state: state_word(&e.action)?.to_owned(),
                at: e.occurred_at,
                cursor: Cursor::after(i64::from(e.id)).to_string(),
            })
        })
        .collect::<Result<Vec<_>, ServiceError>>()?;
    let next = if more { items.last().map(|i| i.cursor.clone()) } else { None };
    Ok(ConsentChanges { items, next })
}

/// The state a stored consent action leaves, as the API names it.
pub fn state_word(action: &str) -> Result<&'static str, ServiceError> {
    ConsentAction::parse(action)
        .map(ConsentAction::resulting_state)
        .map_err(|_| ServiceError::Internal("a stored consent action"))
}
