//! Function profiles (art. 4): by name, and the fields each allows.

use crate::domain::fields::Field;
use crate::store::{function_profile, function_profile_field};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use std::collections::BTreeSet;

/// The fields a function profile may read.
pub async fn fields_of<C: ConnectionTrait>(conn: &C, profile_id: i32) -> Result<BTreeSet<Field>, DbErr> {
    let rows = function_profile_field::Entity::find()
        .filter(function_profile_field::Column::FunctionProfileId.eq(profile_id))
        .all(conn)
        .await?;
    Ok(rows.iter().filter_map(|r| Field::parse(&r.field).ok()).collect())
}

/// A party's function profile by its name.
pub async fn by_name<C: ConnectionTrait>(
    conn: &C,
    party_id: i32,
    name: &str,
) -> Result<Option<function_profile::Model>, DbErr> {
    function_profile::Entity::find()
        .filter(function_profile::Column::PartyId.eq(party_id))
        .filter(function_profile::Column::Name.eq(name))
        .one(conn)
        .await
}
