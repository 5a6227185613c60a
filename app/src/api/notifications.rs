//! The inbox: marking everything read (a plain form posts here).

use crate::error::AppError;
use leptos::prelude::*;

/// Marks all my notifications as read.
#[server(prefix = "/sf", endpoint = "notifications/read")]
pub async fn mark_notifications_read() -> Result<(), AppError> {
    let result = async {
        let me = super::guard::require_account(crate::domain::authz::Operation::OwnAccount)?;
        let account = crate::services::identity::sessions::account_of(&me.0).ok_or(AppError::Forbidden)?;
        let (ctx, now) = super::http::context()?;
        crate::services::notifications::mark_all_read(&ctx.db, &me.0.audit_id(), account, now).await?;
        Ok(())
    }
    .await;
    super::form_outcome(result, "/me/notifications", "read=1")
}
