//! Ending another session, and staying signed in.

use super::{Me, me};
use crate::domain::ids::SessionId;
use crate::error::AppError;
use leptos::prelude::*;

/// Ends another session of the same account. A plain form posts here.
#[server(prefix = "/sf", endpoint = "account/sessions/end")]
pub async fn end_session(session_id: i32) -> Result<(), AppError> {
    let result = async {
        let Me { principal, account, ctx, now } = me()?;
        match crate::services::identity::sessions::end(
            &ctx.db,
            account,
            SessionId(session_id),
            &principal.audit_id(),
            now,
        )
        .await?
        {
            true => Ok(()),
            false => Err(AppError::NotFound),
        }
    }
    .await;
    crate::api::form_outcome(result, "/account", "ended=1")
}

/// "Stay signed in": any authorised request restarts the idle clock; this one does only that.
#[server(prefix = "/sf", endpoint = "account/keep-alive")]
pub async fn keep_alive() -> Result<(), AppError> {
    me()?;
    Ok(())
}
