//! Agency protocol admin: invitations and API clients. Secrets are returned once.
//! The same operations serve JSON calls (server functions) and the admin page's plain HTML
//! forms (`server::admin_forms`), which render the result page directly.

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

/// What the admin result page shows (provided as context by the form handler).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issued {
    Invitation(IssuedInvitationView),
    Client(CreatedClient),
    Failed(AppError),
}

#[cfg(feature = "ssr")]
pub mod ops {
    //! The admin operations, for server functions and form handlers alike.
    use super::{CreatedClient, IssuedInvitationView};
    use crate::domain::authz::{Operation, Principal};
    use crate::error::AppError;
    use crate::services::context::AppContext;
    use crate::services::credentials::{self, Invitee};

    fn staff_id(p: &Principal) -> Option<i32> {
        match p {
            Principal::Staff { staff_id, .. } => Some(*staff_id),
            _ => None,
        }
    }

    /// The guard for admin operations: `ManageInvitations` or `ManageApiClients`.
    pub fn check(principal: Option<Principal>, op: Operation) -> Result<Principal, AppError> {
        crate::api::guard::decide(principal, op)?.ok_or(AppError::Unauthenticated)
    }

    fn view_of(ctx: &AppContext, inv: credentials::IssuedInvitation) -> IssuedInvitationView {
        let url = inv.url(&ctx.public_url);
        IssuedInvitationView {
            id: inv.id,
            qr_svg: credentials::qr_svg(&url),
            url,
            short_code: inv.short_code,
            expires_at: inv.expires_at,
        }
    }

    async fn issue(ctx: &AppContext, p: &Principal, invitee: Invitee) -> Result<IssuedInvitationView, AppError> {
        let inv = credentials::invite(&ctx.db, &p.audit_id(), staff_id(p), invitee).await?;
        Ok(view_of(ctx, inv))
    }

    pub async fn invite_person(
        ctx: &AppContext,
        p: &Principal,
        dossier_ref: &str,
    ) -> Result<IssuedInvitationView, AppError> {
        let inv = credentials::invite_person(&ctx.db, &p.audit_id(), staff_id(p), dossier_ref).await?;
        Ok(view_of(ctx, inv))
    }

    pub async fn invite_staff(
        ctx: &AppContext,
        p: &Principal,
        party_id: i32,
        role: &str,
        function_profile_id: Option<i32>,
    ) -> Result<IssuedInvitationView, AppError> {
        let role = crate::domain::roles::Role::parse(role)
            .map_err(|e| AppError::Invalid { field: "role".into(), message_id: e.message_id.into() })?;
        issue(ctx, p, Invitee::Staff { party_id, role, function_profile_id }).await
    }

    /// The party comes from the function profile: a client acts for the profile's party.
    pub async fn create_client(
        ctx: &AppContext,
        p: &Principal,
        function_profile_id: i32,
        name: &str,
        expires_days: Option<u32>,
    ) -> Result<CreatedClient, AppError> {
        let expires = expires_days.map(|d| crate::services::now() + chrono::Duration::days(d.into()));
        let (client, token) =
            credentials::create_client_for_profile(&ctx.db, &p.audit_id(), function_profile_id, name, expires).await?;
        Ok(CreatedClient { public_id: client.public_id, token })
    }
}

#[server(prefix = "/sf", endpoint = "admin/invitations/person", input = leptos::server_fn::codec::Json)]
pub async fn invite_person(dossier_ref: String) -> Result<IssuedInvitationView, AppError> {
    let p = ops::check(super::guard::principal(), crate::domain::authz::Operation::ManageInvitations)?;
    ops::invite_person(&crate::services::context::app()?, &p, &dossier_ref).await
}

#[server(prefix = "/sf", endpoint = "admin/invitations/staff", input = leptos::server_fn::codec::Json)]
pub async fn invite_staff(
    party_id: i32,
    role: String,
    function_profile_id: Option<i32>,
) -> Result<IssuedInvitationView, AppError> {
    let p = ops::check(super::guard::principal(), crate::domain::authz::Operation::ManageInvitations)?;
    ops::invite_staff(&crate::services::context::app()?, &p, party_id, &role, function_profile_id).await
}

#[server(prefix = "/sf", endpoint = "admin/api-clients/create", input = leptos::server_fn::codec::Json)]
pub async fn create_api_client(
    function_profile_id: i32,
    name: String,
    expires_days: Option<u32>,
) -> Result<CreatedClient, AppError> {
    let p = ops::check(super::guard::principal(), crate::domain::authz::Operation::ManageApiClients)?;
    ops::create_client(&crate::services::context::app()?, &p, function_profile_id, &name, expires_days).await
}

/// Revokes an open invitation. A plain form posts here.
#[server(prefix = "/sf", endpoint = "admin/invitations/revoke")]
pub async fn revoke_invitation(invitation_id: i32) -> Result<(), AppError> {
    let result = async {
        let p = ops::check(super::guard::principal(), crate::domain::authz::Operation::ManageInvitations)?;
        let ctx = crate::services::context::app()?;
        Ok(crate::services::credentials::revoke_invitation(&ctx.db, &p.audit_id(), invitation_id).await?)
    }
    .await;
    super::form_outcome(result, "/agency/admin", "revoked=1")
}

/// Revokes an API client at once. A plain form posts here.
#[server(prefix = "/sf", endpoint = "admin/api-clients/revoke")]
pub async fn revoke_api_client(client: String) -> Result<(), AppError> {
    let result = async {
        let p = ops::check(super::guard::principal(), crate::domain::authz::Operation::ManageApiClients)?;
        let ctx = crate::services::context::app()?;
        Ok(crate::services::credentials::revoke_api_client(&ctx.db, &p.audit_id(), &client).await?)
    }
    .await;
    super::form_outcome(result, "/agency/admin", "revoked=1")
}
