//! The agency reads every municipality's registers (art. 4, art. 6), a municipality's DPO its
//! own party's: function profiles (each with its revisions), partners, processors and notices
//! of onward disclosures. None of it is personal data of inburgeraars.

use super::{ServiceError, function_profiles, onward_notices, partners, processors};
use crate::domain::ids::PartyId;
use crate::domain::roles::PartyKind;
use crate::store::{Db, party};
use crate::views::register::PartyRegisters;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

/// Every municipality's registers, municipalities by name; or only `own`'s (a municipality's DPO).
pub async fn all(db: &Db, own: Option<PartyId>) -> Result<Vec<PartyRegisters>, ServiceError> {
    let mut find = party::Entity::find().filter(party::Column::Kind.eq(PartyKind::Municipality.as_str()));
    if let Some(own) = own {
        find = find.filter(party::Column::Id.eq(own.0));
    }
    let municipalities = find.order_by_asc(party::Column::Name).all(&db.conn).await?;
    // One query per register, however many municipalities.
    let ids: Vec<PartyId> = municipalities.iter().map(|m| PartyId(m.id)).collect();
    let mut profiles = function_profiles::registers_of(db, &ids).await?;
    let mut partners = partners::of_parties(&db.conn, &ids).await?;
    let mut processors = processors::of_parties(&db.conn, &ids).await?;
    let mut notices = onward_notices::of_parties(&db.conn, &ids).await?;
    Ok(municipalities
        .into_iter()
        .map(|m| {
            let id = PartyId(m.id);
            let (profiles, earlier_revisions) = profiles.remove(&id).unwrap_or_default();
            PartyRegisters {
                municipality: m.name,
                profiles,
                earlier_revisions,
                partners: partners.remove(&id).unwrap_or_default(),
                processors: processors.remove(&id).unwrap_or_default(),
                notices: notices.remove(&id).unwrap_or_default(),
            }
        })
        .collect())
}
