//! The signed-in account: passkeys (list, add after re-authenticating, remove but never the
//! last) and sessions (list, end others, stay signed in).

use crate::domain::notification::NotificationKind;
use crate::error::AppError;
use crate::views::account::{AccountView, NoticeRow};
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use webauthn_rs_proto::{PublicKeyCredential, RegisterPublicKeyCredential};

pub use super::auth::{Authentication, Registration};

/// The guard of every account operation: the caller, their account, the context and now.
struct Me {
    principal: crate::domain::authz::Principal,
    account: crate::services::identity::sessions::Account,
    ctx: crate::services::context::AppContext,
    now: chrono::DateTime<chrono::Utc>,
}

fn me() -> Result<Me, AppError> {
    let caller = super::guard::require_account(crate::domain::authz::Operation::OwnAccount)?;
    let account = crate::services::identity::sessions::account_of(&caller.0).ok_or(AppError::Forbidden)?;
    let (ctx, now) = super::http::context()?;
    Ok(Me { principal: caller.0, account, ctx, now })
}

#[server(prefix = "/sf", endpoint = "account/overview")]
pub async fn account_overview() -> Result<AccountView, AppError> {
    let Me { principal, account, ctx, now } = me()?;
    let current = principal.session_id().unwrap_or_default();
    let passkeys = crate::services::identity::passkeys::list(&ctx.db, account).await?;
    let sessions = crate::services::identity::sessions::list(&ctx.db, account, current, now).await?;
    // Changes to the account itself; everything else is in the inbox.
    let notices = crate::services::notifications::recent_of(&ctx.db, account, &NotificationKind::ACCOUNT, 10).await?;
    Ok(AccountView {
        notices: notices
            .into_iter()
            .map(|n| NoticeRow {
                name: serde_json::from_str::<serde_json::Value>(&n.params)
                    .ok()
                    .and_then(|v| v["name"].as_str().map(str::to_owned)),
                kind: n.kind,
                created_at: n.created_at,
            })
            .collect(),
        passkeys,
        sessions,
    })
}

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
    let Me { account, ctx, now, .. } = me()?;
    let (handle, options) = crate::services::identity::passkeys::reauthenticate_and_start_registration(
        &ctx.db,
        &ctx.webauthn,
        account,
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
        let Me { account, ctx, now, .. } = me()?;
        Ok(crate::services::identity::passkeys::remove(&ctx.db, account, passkey_id, now).await?)
    }
    .await;
    super::form_outcome(result, "/account", "removed=1")
}

/// Ends another session of the same account. A plain form posts here.
#[server(prefix = "/sf", endpoint = "account/sessions/end")]
pub async fn end_session(session_id: i32) -> Result<(), AppError> {
    let result = async {
        let Me { principal, account, ctx, now } = me()?;
        match crate::services::identity::sessions::end(&ctx.db, account, session_id, &principal.audit_id(), now).await?
        {
            true => Ok(()),
            false => Err(AppError::NotFound),
        }
    }
    .await;
    super::form_outcome(result, "/account", "ended=1")
}

/// "Stay signed in": any authorised request restarts the idle clock; this one does only that.
#[server(prefix = "/sf", endpoint = "account/keep-alive")]
pub async fn keep_alive() -> Result<(), AppError> {
    me()?;
    Ok(())
}
