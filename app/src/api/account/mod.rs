//! The signed-in account: passkeys (list, add after re-authenticating, remove but never the
//! last) and sessions (list, end others, stay signed in). One file per part of the account.

mod overview;
mod passkeys;
mod sessions;

pub use overview::account_overview;
pub use passkeys::{finish_add_passkey, reauthenticated_add_passkey, remove_passkey, start_add_passkey};
pub use sessions::{end_session, keep_alive};

use crate::error::AppError;

/// The guard of every account operation: the caller, their account, the context and now.
struct Me {
    principal: crate::domain::authz::Principal,
    account: crate::services::identity::sessions::Account,
    ctx: crate::services::context::AppContext,
    now: chrono::DateTime<chrono::Utc>,
}

fn me() -> Result<Me, AppError> {
    let caller = crate::api::guard::require_account(crate::domain::authz::Operation::OwnAccount)?;
    let account = crate::services::identity::sessions::account_of(&caller.0).ok_or(AppError::Forbidden)?;
    let (ctx, now) = crate::api::http::context()?;
    Ok(Me { principal: caller.0, account, ctx, now })
}
