//! Enrolment by invitation, passkey sign-in and sign-out.

use crate::domain::authz::Operation;
use crate::error::AppError;
use crate::services::identity::passkeys;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};
use webauthn_rs_proto::{
    CreationChallengeResponse, PublicKeyCredential, RegisterPublicKeyCredential, RequestChallengeResponse,
};

/// A ceremony in progress: an opaque handle for the server-side state, and the options for
/// the browser's WebAuthn call.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Registration {
    pub handle: String,
    pub options: CreationChallengeResponse,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Authentication {
    pub handle: String,
    pub options: RequestChallengeResponse,
}

/// Where to go after signing in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedIn {
    pub start_page: String,
}

#[cfg(feature = "ssr")]
mod server {
    use crate::domain::authz::{Principal, start_page};
    use crate::services::identity::sessions::{ABSOLUTE_HOURS, COOKIE};

    pub fn user_agent() -> Option<String> {
        leptos::prelude::use_context::<http::request::Parts>()
            .and_then(|p| p.headers.get(http::header::USER_AGENT).and_then(|v| v.to_str().ok()).map(str::to_owned))
    }

    /// Sets the session cookie on the response: `HttpOnly`, `Secure`, `SameSite=Lax`.
    pub fn set_session_cookie(token: &str) {
        let cookie =
            format!("{COOKIE}={token}; Path=/; Max-Age={}; HttpOnly; Secure; SameSite=Lax", ABSOLUTE_HOURS * 3600);
        crate::api::set_cookie(&cookie);
    }

    pub fn clear_session_cookie() {
        crate::api::set_cookie(&format!("{COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax"));
        // A refused correction's draft goes with the person who typed it.
        crate::api::set_cookie(&format!(
            "{}=; Path=/me/corrections; Max-Age=0; HttpOnly; Secure; SameSite=Strict",
            crate::api::corrections::DRAFT_COOKIE
        ));
    }

    pub fn signed_in(p: Principal) -> super::SignedIn {
        super::SignedIn { start_page: start_page(p.actor()).to_owned() }
    }
}

/// Enrolment step 1: `invitation` is the link's secret, or the short code typed by hand.
#[server(prefix = "/sf", endpoint = "auth/enrol/start", input = Json)]
pub async fn start_enrolment(invitation: String, by_code: bool) -> Result<Registration, AppError> {
    use crate::services::identity::credentials::InvitationKey;
    super::guard::require_anyone(Operation::RedeemInvitation)?;
    let (ctx, now) = super::http::context()?;
    let key = if by_code { InvitationKey::ShortCode(invitation) } else { InvitationKey::Secret(invitation) };
    let (handle, options) = passkeys::start_enrolment(&ctx.db, &ctx.webauthn, &key, now).await?;
    Ok(Registration { handle, options })
}

/// Enrolment step 2: the new passkey; staff also give the name others will see.
#[server(prefix = "/sf", endpoint = "auth/enrol/finish", input = Json)]
pub async fn finish_enrolment(
    handle: String,
    credential: RegisterPublicKeyCredential,
    passkey_name: String,
    display_name: Option<String>,
) -> Result<SignedIn, AppError> {
    super::guard::require_anyone(Operation::RedeemInvitation)?;
    let (ctx, now) = super::http::context()?;
    let enrolment = passkeys::Enrolment {
        handle: &handle,
        credential: &credential,
        passkey_name: &passkey_name,
        display_name: display_name.as_deref(),
        user_agent: server::user_agent(),
    };
    let done = passkeys::finish_enrolment(&ctx.db, &ctx.webauthn, enrolment, now).await?;
    server::set_session_cookie(&done.session_token);
    Ok(server::signed_in(done.principal))
}

#[server(prefix = "/sf", endpoint = "auth/sign-in/start", input = Json)]
pub async fn start_sign_in() -> Result<Authentication, AppError> {
    super::guard::require_anyone(Operation::SignIn)?;
    let (ctx, now) = super::http::context()?;
    let (handle, options) = passkeys::start_sign_in(&ctx.db, &ctx.webauthn, now).await?;
    Ok(Authentication { handle, options })
}

#[server(prefix = "/sf", endpoint = "auth/sign-in/finish", input = Json)]
pub async fn finish_sign_in(handle: String, credential: PublicKeyCredential) -> Result<SignedIn, AppError> {
    super::guard::require_anyone(Operation::SignIn)?;
    let (ctx, now) = super::http::context()?;
    let done =
        passkeys::finish_sign_in(&ctx.db, &ctx.webauthn, &handle, &credential, server::user_agent(), now).await?;
    server::set_session_cookie(&done.session_token);
    Ok(server::signed_in(done.principal))
}

/// Ends the current session on the server. A plain form posts here (works without JS).
#[server(prefix = "/sf", endpoint = "auth/sign-out")]
pub async fn sign_out() -> Result<(), AppError> {
    use crate::services::identity::sessions;
    let me = super::guard::require_account(Operation::SignOut)?.0;
    let (ctx, now) = super::http::context()?;
    if let (Some(account), Some(session_id)) = (sessions::account_of(&me), me.session_id()) {
        sessions::end(&ctx.db, account, session_id, &me.audit_id(), now).await?;
    }
    server::clear_session_cookie();
    leptos_axum::redirect("/signin?signed_out=1");
    Ok(())
}
