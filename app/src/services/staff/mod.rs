//! A municipality's own staff, kept by its admin (art. 6: who may read what is the
//! municipality's to decide and to show): invite a staff member with a function profile,
//! change a member's profile, disable a member. Admin roles, and any other party's staff, are
//! the agency's, under four eyes (`approvals`).

mod change;
mod invite;

pub use change::{change_profile, disable};
pub use invite::invite;

use crate::domain::ids::PartyId;
use crate::domain::roles::Role;
use crate::services::ServiceError;
use crate::services::function_profiles::active_choices;
use crate::store::{Db, function_profile, invitation, staff};
use crate::views::register::{StaffInvitationRow, StaffOverview, StaffRow};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// The party's staff, its open staff invitations and the profiles it may give.
pub async fn overview(db: &Db, party: PartyId, now: DateTime<Utc>) -> Result<StaffOverview, ServiceError> {
    let members = staff::Entity::find()
        .filter(staff::Column::PartyId.eq(party.0))
        .order_by_asc(staff::Column::DisplayName)
        .all(&db.conn)
        .await?;
    let open = invitation::Entity::find()
        .filter(invitation::Column::PartyId.eq(party.0))
        .filter(invitation::Column::Kind.eq("staff"))
        .filter(invitation::Column::RedeemedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(now))
        .order_by_desc(invitation::Column::CreatedAt)
        .all(&db.conn)
        .await?;
    let profile_ids: Vec<i32> = members
        .iter()
        .filter_map(|m| m.function_profile_id)
        .chain(open.iter().filter_map(|i| i.function_profile_id))
        .collect();
    let profiles: HashMap<i32, (i32, String)> = function_profile::Entity::find()
        .filter(function_profile::Column::Id.is_in(profile_ids))
        .all(&db.conn)
        .await?
        .into_iter()
        .map(|p| (p.id, (p.lineage_id, p.name)))
        .collect();
    let staff = members
        .into_iter()
        .map(|m| StaffRow {
            is_admin: m.role == Role::MunicipalityAdmin.as_str(),
            profile: m.function_profile_id.and_then(|p| profiles.get(&p).cloned()),
            public_id: m.public_id,
            name: m.display_name,
            since: m.created_at,
            disabled_at: m.disabled_at,
        })
        .collect();
    let invitations = open
        .into_iter()
        .map(|i| StaffInvitationRow {
            profile: i.function_profile_id.and_then(|p| profiles.get(&p)).map(|p| p.1.clone()).unwrap_or_default(),
            id: i.id,
            name: i.invitee_name.unwrap_or_default(),
            contact: i.invitee_contact.unwrap_or_default(),
            created_at: i.created_at,
            expires_at: i.expires_at,
        })
        .collect();
    Ok(StaffOverview { staff, invitations, profiles: active_choices(db, party).await? })
}
