//! The signed-in account: passkeys (list, add after re-authenticating, remove but never the
//! last) and sessions (list, end others, stay signed in).

use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};
use webauthn_rs_proto::{PublicKeyCredential, RegisterPublicKeyCredential};

pub use super::auth::{Authentication, Registration};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyRow {
    pub id: i32,
    pub name: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub last_used_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRow {
    pub id: i32,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub last_seen_at: chrono::DateTime<chrono::Utc>,
    pub user_agent: Option<String>,
    pub current: bool,
}

/// A change to the account the owner is told about (Fluent id `notification-<kind>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeRow {
    pub kind: String,
    /// The passkey's name, for passkey changes.
    pub name: Option<String>,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountView {
    pub passkeys: Vec<PasskeyRow>,
    pub sessions: Vec<SessionRow>,
    pub notices: Vec<NoticeRow>,
}

#[cfg(feature = "ssr")]
fn me() -> Result<(crate::domain::authz::Principal, crate::services::sessions::Account), AppError> {
    use crate::domain::authz::Operation;
    let p = super::guard::authorize_signed_in(Operation::OwnAccount)?;
    let account = crate::services::sessions::account_of(&p).ok_or(AppError::Forbidden)?;
    Ok((p, account))
}

#[server(prefix = "/sf", endpoint = "account/overview")]
pub async fn account_overview() -> Result<AccountView, AppError> {
    let (p, account) = me()?;
    let ctx = crate::services::context::app()?;
    let passkeys = crate::services::passkeys::list(&ctx.db, account).await?;
    let sessions = crate::services::sessions::list(&ctx.db, account, p.session_id().unwrap_or_default()).await?;
    // Changes to the account itself; everything else is in the inbox.
    let notices = crate::services::notifications::recent_of(&ctx.db, account, "passkey-", 10).await?;
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
        passkeys: passkeys
            .into_iter()
            .map(|k| PasskeyRow { id: k.id, name: k.name, created_at: k.created_at, last_used_at: k.last_used_at })
            .collect(),
        sessions: sessions
            .into_iter()
            .map(|s| SessionRow {
                id: s.id,
                created_at: s.created_at,
                last_seen_at: s.last_seen_at,
                user_agent: s.user_agent,
                current: s.current,
            })
            .collect(),
    })
}

/// Adding a passkey, step 1: a challenge to prove it is you.
#[server(prefix = "/sf", endpoint = "account/passkeys/reauth", input = Json)]
pub async fn start_add_passkey() -> Result<Authentication, AppError> {
    let (_, account) = me()?;
    let ctx = crate::services::context::app()?;
    let (handle, options) = crate::services::passkeys::start_reauthentication(&ctx.db, &ctx.webauthn, account).await?;
    Ok(Authentication { handle, options })
}

/// Adding a passkey, step 2: your assertion; returns the registration of the new key.
#[server(prefix = "/sf", endpoint = "account/passkeys/register", input = Json)]
pub async fn reauthenticated_add_passkey(
    handle: String,
    credential: PublicKeyCredential,
) -> Result<Registration, AppError> {
    let (_, account) = me()?;
    let ctx = crate::services::context::app()?;
    let (handle, options) = crate::services::passkeys::reauthenticate_and_start_registration(
        &ctx.db,
        &ctx.webauthn,
        account,
        &handle,
        &credential,
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
    let (_, account) = me()?;
    let ctx = crate::services::context::app()?;
    crate::services::passkeys::finish_add(&ctx.db, &ctx.webauthn, account, &handle, &credential, &name).await?;
    Ok(())
}

/// Removes a passkey (never the last one). A plain form posts here.
#[server(prefix = "/sf", endpoint = "account/passkeys/remove")]
pub async fn remove_passkey(passkey_id: i32) -> Result<(), AppError> {
    let result = async {
        let (_, account) = me()?;
        let ctx = crate::services::context::app()?;
        Ok(crate::services::passkeys::remove(&ctx.db, account, passkey_id).await?)
    }
    .await;
    super::form_outcome(result, "/account", "removed=1")
}

/// Ends another session of the same account. A plain form posts here.
#[server(prefix = "/sf", endpoint = "account/sessions/end")]
pub async fn end_session(session_id: i32) -> Result<(), AppError> {
    let result = async {
        let (p, account) = me()?;
        let ctx = crate::services::context::app()?;
        match crate::services::sessions::end(&ctx.db, account, session_id, &p.audit_id()).await? {
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
