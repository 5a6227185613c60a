//! Rectification requests: which fields are contested, what is pending, who received a field.

use crate::domain::fields::Field;
use crate::domain::ids::PersonId;
use crate::domain::rectification::RequestStatus;
use crate::store::{disclosure_event_field, party, rectification_request};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};

/// Waits until no other transaction that accepted a correction is still open, and holds the
/// turn until this one ends. An id is taken from the sequence when the row is inserted but
/// seen by readers only at the commit: without the turn, a correction accepted later could
/// commit first and a reader that saw it would resume past the earlier one. PostgreSQL: a
/// transaction-scoped advisory lock; SQLite: writers take turns already (`BEGIN IMMEDIATE`).
/// Take it before locking any person's row: every transaction that accepts does, so none
/// waits for a row while holding the turn another needs.
pub async fn take_feed_turn<C: ConnectionTrait>(conn: &C) -> Result<(), DbErr> {
    /// The lock's key: "corrections feed", spelt in ASCII hex.
    const FEED_LOCK: i64 = 0x636f_7272_6665_6564;
    if conn.get_database_backend() == sea_orm::DbBackend::Postgres {
        conn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({FEED_LOCK})")).await?;
    }
    Ok(())
}

/// Whether the person already has a pending request for this field.
pub async fn has_pending<C: ConnectionTrait>(conn: &C, person_id: PersonId, field: Field) -> Result<bool, DbErr> {
    let n = rectification_request::Entity::find()
        .filter(rectification_request::Column::PersonId.eq(person_id))
        .filter(rectification_request::Column::Field.eq(field.as_str()))
        .filter(rectification_request::Column::Status.is_in(RequestStatus::pending_codes()))
        .count(conn)
        .await?;
    Ok(n > 0)
}

/// Parties that ever received `field` of the person (the disclosure log is the source), by name.
pub async fn recipients_of<C: ConnectionTrait>(
    conn: &C,
    person_id: PersonId,
    field: Field,
) -> Result<Vec<party::Model>, DbErr> {
    let ids: Vec<i32> = disclosure_event_field::Entity::find()
        .select_only()
        .column(disclosure_event_field::Column::RecipientPartyId)
        .distinct()
        .filter(disclosure_event_field::Column::PersonId.eq(person_id))
        .filter(disclosure_event_field::Column::Field.eq(field.as_str()))
        .into_tuple()
        .all(conn)
        .await?;
    party::Entity::find().filter(party::Column::Id.is_in(ids)).order_by_asc(party::Column::Name).all(conn).await
}
