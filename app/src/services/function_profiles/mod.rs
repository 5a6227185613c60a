//! The function-profile register (art. 4): per municipality, each profile names its fields
//! and purpose.

use crate::domain::fields::Field;
use crate::domain::ids::PartyId;
use crate::services::ServiceError;
use crate::store::{Db, function_profile, queries};
use crate::views::register::ProfileRow;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

/// The register of one party, profiles by name.
pub async fn register(db: &Db, party_id: PartyId) -> Result<Vec<ProfileRow>, ServiceError> {
    let mut out = Vec::new();
    let profiles = function_profile::Entity::find()
        .filter(function_profile::Column::PartyId.eq(party_id))
        .order_by_asc(function_profile::Column::Name)
        .all(&db.conn)
        .await?;
    for p in profiles {
        let fields: Vec<Field> = queries::profile::fields_of(&db.conn, p.id).await?.into_iter().collect();
        out.push(ProfileRow { name: p.name, purpose: p.purpose, fields, active: p.active });
    }
    Ok(out)
}
