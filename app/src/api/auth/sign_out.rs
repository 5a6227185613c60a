//! Signing out: the session ends on the server, the cookie is cleared.

use super::server;
use crate::domain::authz::Operation;
use crate::error::AppError;
use leptos::prelude::*;

/// Ends the current session on the server. A plain form posts here (works without JS).
#[server(prefix = "/sf", endpoint = "auth/sign-out")]
pub async fn sign_out() -> Result<(), AppError> {
    use crate::services::identity::sessions;
    let me = crate::api::guard::require_account(Operation::SignOut)?.0;
    let (ctx, now) = crate::api::http::context()?;
    if let (Some(account), Some(session_id)) = (sessions::account_of(&me), me.session_id()) {
        sessions::end(&ctx.db, account, session_id, &me.audit_id(), now).await?;
    }
    server::clear_session_cookie();
    leptos_axum::redirect("/signin?signed_out=1");
    Ok(())
}
