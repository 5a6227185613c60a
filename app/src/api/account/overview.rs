//! `account/overview`: my passkeys, my sessions and the notices about my account.

use super::{Me, me};
use crate::domain::notification::NotificationKind;
use crate::error::AppError;
use crate::views::account::{AccountView, NoticeRow};
use leptos::prelude::*;

#[server(prefix = "/sf", endpoint = "account/overview")]
pub async fn account_overview() -> Result<AccountView, AppError> {
    let Me { principal, account, ctx, now } = me()?;
    let current = principal.session_id().ok_or(AppError::Forbidden)?;
    let passkeys = crate::services::identity::passkeys::list(&ctx.db, account).await?;
    let sessions = crate::services::identity::sessions::list(&ctx.db, account, current, now).await?;
    // Changes to the account itself; everything else is in the inbox.
    let notices = crate::services::notifications::recent_of(&ctx.db, account, &NotificationKind::ACCOUNT, 10).await?;
    Ok(AccountView {
        notices: notices
            .into_iter()
            .map(|n| {
                let params = serde_json::from_str::<serde_json::Value>(&n.params).unwrap_or_default();
                let text = |k: &str| params[k].as_str().map(str::to_owned);
                NoticeRow { name: text("name"), via: text("via"), kind: n.kind, created_at: n.created_at }
            })
            .collect(),
        passkeys,
        sessions,
    })
}
