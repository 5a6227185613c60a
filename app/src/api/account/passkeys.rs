//! Adding a passkey (after proving it is you, in three steps) and removing one.

use super::{Me, me};
use crate::api::auth::{Authentication, Registration};
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use webauthn_rs_proto::{PublicKeyCredential, RegisterPublicKeyCredential};

/// Adding a passkey, step 1: a challenge to prove it is you.
#[server(prefix = "/sf", endpoint = "account/passkeys/reauth", input = Json)]
pub async fn start_add_passkey() -> Result<Authentication, AppError> {
    let Me { account, ctx, now, .. } = me()?;
    let (handle, options) =
        crate::services::identity::passkeys::start_reauthentication(&ctx.db, &ctx.webauthn, account, now).await?;
    Ok(Authentication { handle, options })
}

/// Adding a passkey, step 2: your assertion; returns the registration of the new key.
#[server(prefix = "/sf", endpoint = "account/passkeys/register", input = Json)]
pub async fn reauthenticated_add_passkey(
    handle: String,
    credential: PublicKeyCredential,
) -> Result<Registration, AppError> {
    let Me { account, ctx, now, principal } = me()?;
    let session = principal.session_id().ok_or(AppError::Forbidden)?;
    let (handle, options) = crate::services::identity::passkeys::reauthenticate_and_start_registration(
        &ctx.db,
        &ctx.webauthn,
        account,
        session,
        &handle,
        &credential,
        now,
    )
    .await?;
    Ok(Registration { handle, options })
}

/// Adding a passkey, step 3: the new key and its name.
#[server(prefix = "/sf", endpoint = "account/passkeys/finish", input = Json)]
pub async fn finish_add_passkey(
    handle: String,
    credential: RegisterPublicKeyCredential,
    name: String,
) -> Result<(), AppError> {
    let Me { account, ctx, now, .. } = me()?;
    crate::services::identity::passkeys::finish_add(&ctx.db, &ctx.webauthn, account, &handle, &credential, &name, now)
        .await?;
    Ok(())
}

/// Removes a passkey (never the last one). A plain form posts here.
#[server(prefix = "/sf", endpoint = "account/passkeys/remove")]
pub async fn remove_passkey(passkey_id: i32) -> Result<(), AppError> {
    let result = async {
        let Me { account, ctx, now, principal } = me()?;
        let session = principal.session_id().ok_or(AppError::Forbidden)?;
        Ok(crate::services::identity::passkeys::remove(&ctx.db, account, session, passkey_id, now).await?)
    }
    .await;
    crate::api::form_outcome(result, "/account", "removed=1")
}
