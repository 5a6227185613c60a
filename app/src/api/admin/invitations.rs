//! Invitations for persons and staff (link, short code, QR code shown once), and revoking one.

use super::ops;
use crate::domain::authz::Operation;
use crate::error::AppError;
use crate::views::admin::IssuedInvitationView;
use leptos::prelude::*;

#[server(prefix = "/sf", endpoint = "admin/invitations/person", input = leptos::server_fn::codec::Json)]
pub async fn invite_person(dossier_ref: String) -> Result<IssuedInvitationView, AppError> {
    let admin = crate::api::guard::require_staff(Operation::ManageInvitations)?;
    ops::invite_person(&crate::services::context::app()?, &admin, &dossier_ref).await
}

#[server(prefix = "/sf", endpoint = "admin/invitations/staff", input = leptos::server_fn::codec::Json)]
pub async fn invite_staff(
    party_id: i32,
    role: String,
    function_profile_id: Option<i32>,
) -> Result<IssuedInvitationView, AppError> {
    let admin = crate::api::guard::require_staff(Operation::ManageInvitations)?;
    ops::invite_staff(&crate::services::context::app()?, &admin, party_id, &role, function_profile_id).await
}

/// Revokes an open invitation. A plain form posts here.
#[server(prefix = "/sf", endpoint = "admin/invitations/revoke")]
pub async fn revoke_invitation(invitation_id: i32) -> Result<(), AppError> {
    let result = async {
        let admin = crate::api::guard::require_staff(Operation::ManageInvitations)?;
        let (ctx, now) = crate::api::http::context()?;
        use crate::services::identity::credentials::revoke_invitation;
        Ok(revoke_invitation(&ctx.db, &admin.audit_id(), invitation_id, now).await?)
    }
    .await;
    crate::api::form_outcome(result, "/agency/admin", "revoked=1")
}
