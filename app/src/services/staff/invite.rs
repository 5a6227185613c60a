//! The municipality admin invites a staff member of their own municipality, with one of its
//! active function profiles, naming whom the invitation is for. The secret (link, short code,
//! QR) is shown once, to the admin, who hands it over.

use crate::domain::authz::StaffCaller;
use crate::domain::ids::ProfileId;
use crate::domain::invitation::StaffInvitee;
use crate::domain::roles::Role;
use crate::services::function_profiles::current_revision;
use crate::services::identity::credentials::{self, Invitee, IssuedInvitation};
use crate::services::{ServiceError, WriteTx};
use crate::store::{Db, invitation};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

pub async fn invite(
    db: &Db,
    admin: &StaffCaller,
    invitee: StaffInvitee,
    profile: i32,
    now: DateTime<Utc>,
) -> Result<IssuedInvitation, ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let revision = current_revision(&tx.tx, admin.party_id, profile)
        .await
        .map_err(|_| ServiceError::Invalid { field: "profile", message_id: "staff-error-profile-not-of-party" })?;
    let who = Invitee::Staff {
        party_id: admin.party_id,
        role: Role::MunicipalityStaff,
        function_profile_id: Some(ProfileId(revision.id)),
    };
    let issued = credentials::issue_invitation(&tx, &admin.audit_id(), Some(admin.staff_id), who).await?;
    invitation::Entity::update_many()
        .col_expr(invitation::Column::InviteeName, Expr::value(invitee.name))
        .col_expr(invitation::Column::InviteeContact, Expr::value(invitee.contact))
        .filter(invitation::Column::Id.eq(issued.id))
        .exec(&tx.tx)
        .await?;
    tx.commit().await?;
    Ok(issued)
}
