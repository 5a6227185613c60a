//! API clients for municipality systems: asking for one (a second admin approves, then its
//! token is shown once to the requester), and revoking one at once.

use super::ops;
use crate::domain::authz::Operation;
use crate::error::AppError;
use crate::views::admin::RequestedView;
use leptos::prelude::*;

/// Asks for an API client: no token exists until another agency admin approved.
#[server(prefix = "/sf", endpoint = "admin/api-clients/create", input = leptos::server_fn::codec::Json)]
pub async fn create_api_client(
    function_profile_id: i32,
    name: String,
    expires_days: Option<u32>,
) -> Result<RequestedView, AppError> {
    let admin = crate::api::guard::require_staff(Operation::RequestCredentials)?;
    ops::create_client(&crate::services::context::app()?, &admin, function_profile_id, &name, expires_days).await
}

/// Revokes an API client at once. A plain form posts here.
#[server(prefix = "/sf", endpoint = "admin/api-clients/revoke")]
pub async fn revoke_api_client(client: String) -> Result<(), AppError> {
    let result = async {
        let admin = crate::api::guard::require_staff(Operation::ManageApiClients)?;
        let (ctx, now) = crate::api::http::context()?;
        use crate::services::identity::credentials::revoke_api_client;
        Ok(revoke_api_client(&ctx.db, &admin.audit_id(), &client, now).await?)
    }
    .await;
    crate::api::form_outcome(result, "/agency/admin", "revoked=1")
}
