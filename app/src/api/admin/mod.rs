//! Agency protocol admin: invitations and API clients. Secrets are returned once.
//! The same operations serve JSON calls (server functions) and the admin page's plain HTML
//! forms (`server::forms::admin`), which render the result page directly.

mod api_clients;
mod invitations;

pub use api_clients::{create_api_client, revoke_api_client};
pub use invitations::{invite_person, invite_staff, revoke_invitation};

pub mod ops {
    //! The admin operations, for server functions and form handlers alike. Each takes the
    //! caller the guard returned.
    use crate::domain::authz::StaffCaller;
    use crate::domain::ids::{PartyId, ProfileId};
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
        let invitee = Invitee::Staff {
            party_id: PartyId(party_id),
            role,
            function_profile_id: function_profile_id.map(ProfileId),
        };
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
        let expires = expires_days
            .map(|d| crate::domain::invitation::token_expires_at(now, d))
            .transpose()
            .map_err(|e| AppError::Invalid { field: "expires_days".into(), message_id: e.message_id.into() })?;
        let (client, token) = credentials::create_client_for_profile(
            &ctx.db,
            &admin.audit_id(),
            ProfileId(function_profile_id),
            name,
            expires,
            now,
        )
        .await?;
        Ok(CreatedClient { public_id: client.public_id, token })
    }
}
