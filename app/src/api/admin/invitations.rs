//! Invitations for persons (a first enrolment shown once; a recovery delivered to the person
//! or put to a second admin) and for staff (a request a second admin decides), and revoking one.

use super::ops;
use crate::domain::authz::Operation;
use crate::error::AppError;
use crate::views::admin::{PersonInvitationOutcome, RequestedView};
use leptos::prelude::*;

/// `handover`: `delivered` (default) or `in_person`, for a person who already has an account.
#[server(prefix = "/sf", endpoint = "admin/invitations/person", input = leptos::server_fn::codec::Json)]
pub async fn invite_person(dossier_ref: String, handover: Option<String>) -> Result<PersonInvitationOutcome, AppError> {
    let admin = crate::api::guard::require_staff(Operation::ManageInvitations)?;
    ops::invite_person(&crate::services::context::app()?, &admin, &dossier_ref, handover.as_deref()).await
}

/// Asks for a staff invitation: nothing is issued until another agency admin approved.
#[server(prefix = "/sf", endpoint = "admin/invitations/staff", input = leptos::server_fn::codec::Json)]
pub async fn invite_staff(
    party_id: i32,
    role: String,
    function_profile_id: Option<i32>,
) -> Result<RequestedView, AppError> {
    let admin = crate::api::guard::require_staff(Operation::RequestCredentials)?;
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
