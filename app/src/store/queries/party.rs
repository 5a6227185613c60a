//! Parties: by slug, names, and a municipality's partner organisations.

use crate::store::party;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

pub async fn by_slug<C: ConnectionTrait>(conn: &C, slug: &str) -> Result<Option<party::Model>, DbErr> {
    party::Entity::find().filter(party::Column::Slug.eq(slug)).one(conn).await
}

/// A party's name, or empty when it does not exist.
pub async fn name_of<C: ConnectionTrait>(conn: &C, id: i32) -> Result<String, DbErr> {
    Ok(party::Entity::find_by_id(id).one(conn).await?.map(|p| p.name).unwrap_or_default())
}

/// Every party's name by id.
pub async fn names<C: ConnectionTrait>(conn: &C) -> Result<HashMap<i32, String>, DbErr> {
    Ok(party::Entity::find().all(conn).await?.into_iter().map(|p| (p.id, p.name)).collect())
}

/// The partner organisations of a municipality (art. 4), by name.
pub async fn partners_of<C: ConnectionTrait>(conn: &C, party_id: i32) -> Result<Vec<party::Model>, DbErr> {
    party::Entity::find()
        .filter(party::Column::ParentPartyId.eq(party_id))
        .order_by_asc(party::Column::Name)
        .all(conn)
        .await
}
