//! Agency protocol admin: invitations and API clients. Secrets are returned once.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A freshly issued invitation, to show once: link, short code, QR code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedInvitationView {
    pub id: i32,
    pub url: String,
    pub short_code: String,
    pub qr_svg: Option<String>,
    pub expires_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreatedClient {
    pub public_id: String,
    pub token: String,
}

#[cfg(feature = "ssr")]
fn admin(op: crate::domain::authz::Operation) -> Result<(crate::domain::authz::Principal, Option<i32>), AppError> {
    let p = super::guard::authorize_signed_in(op)?;
    let staff_id = match &p {
        crate::domain::authz::Principal::Staff { staff_id, .. } => Some(*staff_id),
        _ => None,
    };
    Ok((p, staff_id))
}

#[cfg(feature = "ssr")]
async fn issue(invitee: crate::services::credentials::Invitee) -> Result<IssuedInvitationView, AppError> {
    let (p, staff_id) = admin(crate::domain::authz::Operation::ManageInvitations)?;
    let ctx = crate::services::context::app()?;
    let inv = crate::services::credentials::invite(&ctx.db, &p.audit_id(), staff_id, invitee).await?;
    let url = inv.url(&ctx.public_url);
    Ok(IssuedInvitationView {
        id: inv.id,
        qr_svg: crate::services::credentials::qr_svg(&url),
        url,
        short_code: inv.short_code,
        expires_at: inv.expires_at,
    })
}

#[server(prefix = "/sf", endpoint = "admin/invitations/person")]
pub async fn invite_person(dossier_ref: String) -> Result<IssuedInvitationView, AppError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    admin(crate::domain::authz::Operation::ManageInvitations)?;
    let ctx = crate::services::context::app()?;
    let person = crate::store::person::Entity::find()
        .filter(crate::store::person::Column::DossierRef.eq(dossier_ref.trim()))
        .one(&ctx.db.conn)
        .await
        .map_err(|e| AppError::from(crate::services::ServiceError::Db(e)))?
        .ok_or(AppError::Invalid { field: "dossier_ref".into(), message_id: "admin-error-no-such-person".into() })?;
    issue(crate::services::credentials::Invitee::Person { person_id: person.id }).await
}

#[server(prefix = "/sf", endpoint = "admin/invitations/staff")]
pub async fn invite_staff(
    party_id: i32,
    role: String,
    function_profile_id: Option<i32>,
) -> Result<IssuedInvitationView, AppError> {
    admin(crate::domain::authz::Operation::ManageInvitations)?;
    let role = crate::domain::roles::Role::parse(&role)
        .map_err(|e| AppError::Invalid { field: "role".into(), message_id: e.message_id.into() })?;
    issue(crate::services::credentials::Invitee::Staff { party_id, role, function_profile_id }).await
}

#[server(prefix = "/sf", endpoint = "admin/invitations/revoke")]
pub async fn revoke_invitation(invitation_id: i32) -> Result<(), AppError> {
    let (p, _) = admin(crate::domain::authz::Operation::ManageInvitations)?;
    let ctx = crate::services::context::app()?;
    crate::services::credentials::revoke_invitation(&ctx.db, &p.audit_id(), invitation_id).await?;
    Ok(())
}

#[server(prefix = "/sf", endpoint = "admin/api-clients/create")]
pub async fn create_api_client(
    party_id: i32,
    function_profile_id: i32,
    name: String,
    expires_days: Option<u32>,
) -> Result<CreatedClient, AppError> {
    let (p, _) = admin(crate::domain::authz::Operation::ManageApiClients)?;
    let ctx = crate::services::context::app()?;
    let expires = expires_days.map(|d| crate::services::now() + chrono::Duration::days(d.into()));
    let (client, token) = crate::services::credentials::create_client(
        &ctx.db,
        &p.audit_id(),
        party_id,
        function_profile_id,
        &name,
        expires,
    )
    .await?;
    Ok(CreatedClient { public_id: client.public_id, token })
}

#[server(prefix = "/sf", endpoint = "admin/api-clients/revoke")]
pub async fn revoke_api_client(client: String) -> Result<(), AppError> {
    let (p, _) = admin(crate::domain::authz::Operation::ManageApiClients)?;
    let ctx = crate::services::context::app()?;
    crate::services::credentials::revoke_api_client(&ctx.db, &p.audit_id(), &client).await?;
    Ok(())
}
