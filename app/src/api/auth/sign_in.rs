//! Passkey sign-in: a challenge for any discoverable passkey, then a fresh session.

use super::{Authentication, SignedIn, server};
use crate::domain::authz::Operation;
use crate::error::AppError;
use crate::services::identity::passkeys;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use webauthn_rs_proto::PublicKeyCredential;

#[server(prefix = "/sf", endpoint = "auth/sign-in/start", input = Json)]
pub async fn start_sign_in() -> Result<Authentication, AppError> {
    crate::api::guard::require_anyone(Operation::SignIn)?;
    let (ctx, now) = crate::api::http::context()?;
    let (handle, options) = passkeys::start_sign_in(&ctx.db, &ctx.webauthn, now).await?;
    Ok(Authentication { handle, options })
}

#[server(prefix = "/sf", endpoint = "auth/sign-in/finish", input = Json)]
pub async fn finish_sign_in(handle: String, credential: PublicKeyCredential) -> Result<SignedIn, AppError> {
    crate::api::guard::require_anyone(Operation::SignIn)?;
    let (ctx, now) = crate::api::http::context()?;
    let done = passkeys::finish_sign_in(&ctx.db, &ctx.webauthn, &handle, &credential, server::user_agent(), now)
        .await
        .inspect_err(|e| tracing::warn!(reason = %e, "sign-in refused"))?;
    server::set_session_cookie(&done.session_token);
    Ok(server::signed_in(done.principal))
}
