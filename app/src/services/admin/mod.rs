//! The agency protocol admin's overview: recent invitations, API clients, requests awaiting a
//! second admin (and what the viewer may do with each), and what the forms to issue new ones
//! offer (parties, active function profiles).

use crate::domain::ids::StaffId;
use crate::domain::invitation::InvitationStatus;
use crate::domain::roles::{PartyKind, Role};
use crate::services::ServiceError;
use crate::store::{Db, api_client, function_profile, invitation, party, queries};
use crate::views::admin::{AdminHome, ApiClientRow, InvitationRow};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;

pub async fn overview(
    db: &Db,
    viewer: StaffId,
    viewer_role: Role,
    now: DateTime<Utc>,
) -> Result<AdminHome, ServiceError> {
    let names = queries::party::names(&db.conn).await?;
    let invitations = invitation::Entity::find()
        .order_by_desc(invitation::Column::CreatedAt)
        .limit(50)
        .all(&db.conn)
        .await?
        .into_iter()
        .map(|inv| InvitationRow {
            id: inv.id,
            status: InvitationStatus::of(inv.redeemed_at, inv.revoked_at, inv.expires_at, now),
            kind: inv.kind,
            role: inv.role,
            party: inv.party_id.and_then(|id| names.get(&id).cloned()),
            created_at: inv.created_at,
            expires_at: inv.expires_at,
        })
        .collect();
    let profiles: HashMap<i32, String> =
        function_profile::Entity::find().all(&db.conn).await?.into_iter().map(|p| (p.id, p.name)).collect();
    let api_clients = api_client::Entity::find()
        .order_by_desc(api_client::Column::CreatedAt)
        .all(&db.conn)
        .await?
        .into_iter()
        .map(|c| ApiClientRow {
            party: names.get(&c.party_id).cloned().unwrap_or_default(),
            profile: c.function_profile_id.map(|id| profiles.get(&id).cloned().unwrap_or_default()),
            public_id: c.public_id,
            name: c.name,
            created_at: c.created_at,
            expires_at: c.expires_at,
            revoked: c.revoked_at.is_some(),
        })
        .collect();
    let parties = party::Entity::find()
        .filter(party::Column::Kind.ne(PartyKind::Partner.as_str()))
        .order_by_asc(party::Column::Id)
        .all(&db.conn)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name, p.kind))
        .collect();
    let profiles = function_profile::Entity::find()
        .filter(function_profile::Column::Active.eq(true))
        .order_by_asc(function_profile::Column::Name)
        .all(&db.conn)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name, p.party_id))
        .collect();
    let requests = crate::services::approvals::recent(db, viewer, viewer_role, now).await?;
    Ok(AdminHome { invitations, requests, api_clients, parties, profiles })
}
