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
    let mut out = Vec::with_capacity(municipalities.len());
    for m in municipalities {
        let id = PartyId(m.id);
        out.push(PartyRegisters {
            municipality: m.name,
            profiles: function_profiles::register(db, id).await?,
            earlier_revisions: function_profiles::superseded(db, id).await?,
            partners: partners::of_party(&db.conn, id).await?,
            processors: processors::of_party(&db.conn, id).await?,
            notices: onward_notices::of_party(&db.conn, id).await?,
        });
    }
    Ok(out)
}
