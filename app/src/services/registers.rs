//! The agency reads every municipality's registers (art. 4, art. 6): its function profiles,
//! partners, processors and notices of onward disclosures. None of it is personal data of
//! inburgeraars.

use super::{ServiceError, function_profiles, onward_notices, partners, processors};
use crate::domain::ids::PartyId;
use crate::domain::roles::PartyKind;
use crate::store::{Db, party};
use crate::views::register::PartyRegisters;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

/// Every municipality's registers, municipalities by name.
pub async fn all(db: &Db) -> Result<Vec<PartyRegisters>, ServiceError> {
    let municipalities = party::Entity::find()
        .filter(party::Column::Kind.eq(PartyKind::Municipality.as_str()))
        .order_by_asc(party::Column::Name)
        .all(&db.conn)
        .await?;
    let mut out = Vec::with_capacity(municipalities.len());
    for m in municipalities {
        let id = PartyId(m.id);
        out.push(PartyRegisters {
            municipality: m.name,
            profiles: function_profiles::register(db, id).await?,
            partners: partners::of_party(&db.conn, id).await?,
            processors: processors::of_party(&db.conn, id).await?,
            notices: onward_notices::of_party(&db.conn, id).await?,
        });
    }
    Ok(out)
}
