//! Agency protocol admin: invitations and API clients. Secrets are returned once.
//! The same operations serve JSON calls (server functions) and the admin page's plain HTML
//! forms (`server::forms::admin`), which render the result page directly.

use crate::domain::authz::Operation;
use crate::error::AppError;
use crate::views::admin::{CreatedClient, IssuedInvitationView};
use leptos::prelude::*;

pub mod ops {
    //! The admin operations, for server functions and form handlers alike. Each takes the
    //! caller the guard returned.
    use crate::domain::authz::StaffCaller;
    use crate::error::AppError;
    use crate::services::context::AppContext;
    use crate::services::identity::credentials::{self, Invitee};
    use crate::views::admin::{CreatedClient, IssuedInvitationView};

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

    pub async fn invite_person(
        ctx: &AppContext,
        admin: &StaffCaller,
        dossier_ref: &str,
    ) -> Result<IssuedInvitationView, AppError> {
        let inv = credentials::invite_person(&ctx.db, &admin.audit_id(), Some(admin.staff_id), dossier_ref, ctx.now())
            .await?;
        Ok(view_of(ctx, inv))
    }

    pub async fn invite_staff(
        ctx: &AppContext,
        admin: &StaffCaller,
        party_id: i32,
        role: &str,
        function_profile_id: Option<i32>,
    ) -> Result<IssuedInvitationView, AppError> {
        let role = crate::domain::roles::Role::parse(role)
            .map_err(|e| AppError::Invalid { field: "role".into(), message_id: e.message_id.into() })?;
        let invitee = Invitee::Staff { party_id, role, function_profile_id };
        let inv = credentials::invite(&ctx.db, &admin.audit_id(), Some(admin.staff_id), invitee, ctx.now()).await?;
        Ok(view_of(ctx, inv))
    }

    /// The party comes from the function profile: a client acts for the profile's party.
    pub async fn create_client(
        ctx: &AppContext,
        admin: &StaffCaller,
        function_profile_id: i32,
        name: &str,
        expires_days: Option<u32>,
    ) -> Result<CreatedClient, AppError> {
        let now = ctx.now();
        let expires = expires_days.map(|d| now + chrono::Duration::days(d.into()));
        let (client, token) =
            credentials::create_client_for_profile(&ctx.db, &admin.audit_id(), function_profile_id, name, expires, now)
                .await?;
        Ok(CreatedClient { public_id: client.public_id, token })
    }
}

#[server(prefix = "/sf", endpoint = "admin/invitations/person", input = leptos::server_fn::codec::Json)]
pub async fn invite_person(dossier_ref: String) -> Result<IssuedInvitationView, AppError> {
    let admin = super::guard::require_staff(Operation::ManageInvitations)?;
    ops::invite_person(&crate::services::context::app()?, &admin, &dossier_ref).await
}

#[server(prefix = "/sf", endpoint = "admin/invitations/staff", input = leptos::server_fn::codec::Json)]
pub async fn invite_staff(
    party_id: i32,
    role: String,
    function_profile_id: Option<i32>,
) -> Result<IssuedInvitationView, AppError> {
    let admin = super::guard::require_staff(Operation::ManageInvitations)?;
    ops::invite_staff(&crate::services::context::app()?, &admin, party_id, &role, function_profile_id).await
}

#[server(prefix = "/sf", endpoint = "admin/api-clients/create", input = leptos::server_fn::codec::Json)]
pub async fn create_api_client(
    function_profile_id: i32,
    name: String,
    expires_days: Option<u32>,
) -> Result<CreatedClient, AppError> {
    let admin = super::guard::require_staff(Operation::ManageApiClients)?;
    ops::create_client(&crate::services::context::app()?, &admin, function_profile_id, &name, expires_days).await
}

/// Revokes an open invitation. A plain form posts here.
#[server(prefix = "/sf", endpoint = "admin/invitations/revoke")]
pub async fn revoke_invitation(invitation_id: i32) -> Result<(), AppError> {
    let result = async {
        let admin = super::guard::require_staff(Operation::ManageInvitations)?;
        let (ctx, now) = super::http::context()?;
        use crate::services::identity::credentials::revoke_invitation;
        Ok(revoke_invitation(&ctx.db, &admin.audit_id(), invitation_id, now).await?)
    }
    .await;
    super::form_outcome(result, "/agency/admin", "revoked=1")
}

/// Revokes an API client at once. A plain form posts here.
#[server(prefix = "/sf", endpoint = "admin/api-clients/revoke")]
pub async fn revoke_api_client(client: String) -> Result<(), AppError> {
    let result = async {
        let admin = super::guard::require_staff(Operation::ManageApiClients)?;
        let (ctx, now) = super::http::context()?;
        use crate::services::identity::credentials::revoke_api_client;
        Ok(revoke_api_client(&ctx.db, &admin.audit_id(), &client, now).await?)
    }
    .await;
    super::form_outcome(result, "/agency/admin", "revoked=1")
}
