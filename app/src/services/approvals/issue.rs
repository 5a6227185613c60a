//! The requester issues an approved request, once (four eyes, review M3): the invitation or the
//! API token is made now, in this transaction, and its secret returned to be shown once. A
//! second issue is refused; so is an issue by anyone but the requester.

use super::{load, status_of};
use crate::domain::approval::{ApprovalKind, may_issue};
use crate::domain::authz::StaffCaller;
use crate::domain::ids::{PartyId, PersonId, ProfileId, StaffId};
use crate::domain::roles::Role;
use crate::services::identity::credentials::{
    Invitee, IssuedInvitation, check_client, create_api_client, issue_invitation, recovery,
};
use crate::services::{ServiceError, WriteTx, audit};
use crate::store::{Db, approval_request};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// What an issued request made, with its secret (shown once).
#[derive(Debug)]
pub enum IssuedCredential {
    Invitation(IssuedInvitation),
    Client { public_id: String, token: String },
}

pub async fn issue(
    db: &Db,
    requester: &StaffCaller,
    request_id: i32,
    now: DateTime<Utc>,
) -> Result<IssuedCredential, ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let r = load(&tx, request_id).await?;
    may_issue(status_of(&r, tx.now), StaffId(r.requested_by_staff_id), requester.staff_id)
        .map_err(ServiceError::Refused)?;
    // Once, also under concurrency: only one issue can set `used_at`.
    let used = approval_request::Entity::update_many()
        .col_expr(approval_request::Column::UsedAt, Expr::value(tx.now))
        .filter(approval_request::Column::Id.eq(request_id))
        .filter(approval_request::Column::UsedAt.is_null())
        .filter(approval_request::Column::RequestedByStaffId.eq(requester.staff_id.0))
        .exec(&tx.tx)
        .await?;
    if used.rows_affected != 1 {
        return Err(ServiceError::Refused("admin-error-approval-issued"));
    }
    let actor = requester.audit_id();
    let corrupt = || ServiceError::Internal("an approval request without what it asks for");
    let kind = ApprovalKind::parse(&r.kind).map_err(|_| corrupt())?;
    let (issued, link) = match kind {
        ApprovalKind::StaffInvitation => {
            let role = Role::parse(r.role.as_deref().unwrap_or_default()).map_err(|_| corrupt())?;
            let invitee = Invitee::Staff {
                party_id: PartyId(r.party_id.ok_or_else(corrupt)?),
                role,
                function_profile_id: r.function_profile_id.map(ProfileId),
            };
            let inv = issue_invitation(&tx, &actor, Some(requester.staff_id), invitee).await?;
            let link = (approval_request::Column::InvitationId, inv.id);
            (IssuedCredential::Invitation(inv), link)
        }
        ApprovalKind::PersonRecovery => {
            let person_id = PersonId(r.person_id.ok_or_else(corrupt)?);
            let inv = recovery::issue_in_person(&tx, &actor, requester.staff_id, person_id).await?;
            let link = (approval_request::Column::InvitationId, inv.id);
            (IssuedCredential::Invitation(inv), link)
        }
        ApprovalKind::ApiClient => {
            let profile = ProfileId(r.function_profile_id.ok_or_else(corrupt)?);
            // Checked again: the profile may have been deactivated since the request.
            let (party_id, name) = check_client(&tx, profile, r.client_name.as_deref().unwrap_or_default()).await?;
            let expires = r
                .client_expires_days
                .map(|d| crate::domain::invitation::token_expires_at(tx.now, u32::try_from(d).unwrap_or(0)))
                .transpose()
                .map_err(ServiceError::invalid("expires_days"))?;
            let (client, token) = create_api_client(&tx, &actor, party_id, Some(profile), &name, expires).await?;
            let link = (approval_request::Column::ApiClientId, client.id);
            (IssuedCredential::Client { public_id: client.public_id, token }, link)
        }
    };
    approval_request::Entity::update_many()
        .col_expr(link.0, Expr::value(link.1))
        .filter(approval_request::Column::Id.eq(request_id))
        .exec(&tx.tx)
        .await?;
    let payload = format!("{}:{}", kind.as_str(), link.1);
    audit::record(&tx, actor, "approval.issue", format!("approval:{request_id}"), &payload).await?;
    tx.commit().await?;
    Ok(issued)
}
