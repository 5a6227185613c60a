//! Each recipient party knows a person by its own random reference (the API's `person`), so
//! two municipalities cannot join what they hold (data minimisation, GDPR 5(1)(c) and 25). A
//! reference is made when the person first consents under a protocol of that party, in the
//! same transaction; a reference of another party's space resolves to nobody.

use crate::domain::ids::{PartyId, PersonId};
use crate::domain::pseudonym::PersonRef;
use crate::store::{party_person_ref, protocol};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, JoinType, OnConflict, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};
use std::collections::HashMap;

/// Gives the person a reference in the party's space unless they have one.
pub async fn assign<C: ConnectionTrait>(
    conn: &C,
    party: PartyId,
    person: PersonId,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    assign_all(conn, &[(party, person)], now).await
}

/// [`assign`] for several (party, person) pairs, in one statement.
pub async fn assign_all<C: ConnectionTrait>(
    conn: &C,
    pairs: &[(PartyId, PersonId)],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let mut pairs = pairs.to_vec();
    pairs.sort_by_key(|(party, person)| (party.0, person.0));
    pairs.dedup();
    if pairs.is_empty() {
        return Ok(());
    }
    let rows = pairs.into_iter().map(|(party, person)| party_person_ref::ActiveModel {
        party_id: Set(party.0),
        person_id: Set(person.0),
        reference: Set(uuid::Uuid::new_v4().simple().to_string()),
        created_at: Set(now),
    });
    party_person_ref::Entity::insert_many(rows)
        .on_conflict(
            OnConflict::columns([party_person_ref::Column::PartyId, party_person_ref::Column::PersonId])
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// The person `reference` names in the party's space, if any.
pub async fn resolve<C: ConnectionTrait>(conn: &C, party: PartyId, reference: &str) -> Result<Option<PersonId>, DbErr> {
    let Some(reference) = PersonRef::parse(reference) else { return Ok(None) };
    Ok(party_person_ref::Entity::find()
        .filter(party_person_ref::Column::Reference.eq(reference.as_str()))
        .filter(party_person_ref::Column::PartyId.eq(party.0))
        .one(conn)
        .await?
        .map(|r| PersonId(r.person_id)))
}

/// The protocol `protocol_slug` of the party (as its recipient) and the person `reference`
/// names in the party's space, in one query; `None` when either is not the party's.
pub async fn in_protocol<C: ConnectionTrait>(
    conn: &C,
    party: PartyId,
    protocol_slug: &str,
    reference: &str,
) -> Result<Option<(i32, PersonId)>, DbErr> {
    let Some(reference) = PersonRef::parse(reference) else { return Ok(None) };
    let (p, r) = (protocol::Entity, party_person_ref::Entity);
    let query = Query::select()
        .column((p, protocol::Column::Id))
        .column((r, party_person_ref::Column::PersonId))
        .from(p)
        .join(
            JoinType::InnerJoin,
            r,
            Expr::col((r, party_person_ref::Column::PartyId)).equals((p, protocol::Column::RecipientPartyId)),
        )
        .and_where(Expr::col((p, protocol::Column::Slug)).eq(protocol_slug))
        .and_where(Expr::col((p, protocol::Column::RecipientPartyId)).eq(party.0))
        .and_where(Expr::col((r, party_person_ref::Column::Reference)).eq(reference.as_str()))
        .to_owned();
    match conn.query_one(&query).await? {
        Some(row) => Ok(Some((row.try_get("", "id")?, PersonId(row.try_get("", "person_id")?)))),
        None => Ok(None),
    }
}

/// The party's references for these persons (one query).
pub async fn references_of<C: ConnectionTrait>(
    conn: &C,
    party: PartyId,
    persons: impl IntoIterator<Item = i32>,
) -> Result<HashMap<i32, String>, DbErr> {
    let ids: Vec<i32> = persons.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(party_person_ref::Entity::find()
        .filter(party_person_ref::Column::PartyId.eq(party.0))
        .filter(party_person_ref::Column::PersonId.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| (r.person_id, r.reference))
        .collect())
}
