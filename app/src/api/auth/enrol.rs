//! Enrolment by invitation: the invitation opens a passkey registration; finishing it signs in.

use super::{Registration, SignedIn, server};
use crate::domain::authz::Operation;
use crate::error::AppError;
use crate::services::identity::passkeys;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use webauthn_rs_proto::RegisterPublicKeyCredential;

/// Enrolment step 1: `invitation` is the link's secret, or the short code typed by hand.
#[server(prefix = "/sf", endpoint = "auth/enrol/start", input = Json)]
pub async fn start_enrolment(invitation: String, by_code: bool) -> Result<Registration, AppError> {
    use crate::services::identity::credentials::InvitationKey;
    crate::api::guard::require_anyone(Operation::RedeemInvitation)?;
    let (ctx, now) = crate::api::http::context()?;
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
    crate::api::guard::require_anyone(Operation::RedeemInvitation)?;
    let (ctx, now) = crate::api::http::context()?;
    let enrolment = passkeys::Enrolment {
        handle: &handle,
        credential: &credential,
        passkey_name: &passkey_name,
        display_name: display_name.as_deref(),
        user_agent: server::user_agent(),
    };
    let done = passkeys::finish_enrolment(&ctx.db, &ctx.webauthn, enrolment, now).await?;
    server::set_session_cookie(&done.session_token);
    Ok(if done.recovered { server::recovered() } else { server::signed_in(done.principal) })
}
