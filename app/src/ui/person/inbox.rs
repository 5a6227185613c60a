//! `/me/notifications`: the account's inbox, each message in the reader's language.

use crate::domain::authz::{AccountCaller, Operation};
use crate::error::AppError;
use crate::i18n::I18n;
use crate::services::identity::sessions::account_of;
use crate::ui::components::format::{date_time, day_of};
use crate::ui::components::{form_notice, guarded_page};
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct InboxItem {
    kind: String,
    params: serde_json::Map<String, serde_json::Value>,
    created_at: chrono::DateTime<chrono::Utc>,
    unread: bool,
}

#[component]
pub fn InboxPage() -> impl IntoView {
    guarded_page(
        Operation::OwnAccount,
        "inbox-title",
        |me: AccountCaller| async move {
            let account = account_of(&me.0).ok_or(AppError::Forbidden)?;
            let (ctx, _) = crate::api::http::context()?;
            let rows = crate::services::notifications::recent(&ctx.db, account, 100).await?;
            Ok(rows
                .into_iter()
                .map(|n| InboxItem {
                    params: serde_json::from_str(&n.params).unwrap_or_default(),
                    kind: n.kind,
                    created_at: n.created_at,
                    unread: n.read_at.is_none(),
                })
                .collect::<Vec<_>>())
        },
        inbox_body,
    )
}

/// A notification in the reader's language. Codes in the parameters (a field, a date)
/// are translated too; names stay as they are.
fn message(i: &I18n, n: &InboxItem) -> String {
    let args: Vec<(String, FluentValue)> = n
        .params
        .iter()
        .map(|(k, v)| {
            let s = v.as_str().map(str::to_owned).unwrap_or_else(|| v.to_string());
            let shown = match k.as_str() {
                "field" => crate::domain::fields::Field::parse(&s).map(|f| i.t(&f.label_id())).unwrap_or(s),
                "fields" => s
                    .split(',')
                    .filter_map(|f| crate::domain::fields::Field::parse(f).ok())
                    .map(|f| i.t(&f.label_id()))
                    .collect::<Vec<_>>()
                    .join(", "),
                "due" | "until" | "detected" => chrono::DateTime::parse_from_rfc3339(&s)
                    .map(|t| day_of(i, t.with_timezone(&chrono::Utc)))
                    .unwrap_or(s),
                _ => s,
            };
            (k.clone(), FluentValue::from(shown))
        })
        .collect();
    match crate::domain::notification::NotificationKind::parse(&n.kind) {
        Ok(kind) => i.t_args(&kind.message_id(), args),
        Err(_) => i.t("notification-unknown"),
    }
}

fn inbox_body(i: &I18n, items: Vec<InboxItem>) -> impl IntoView + use<> {
    let notice = form_notice(i, &[("read", "inbox-marked-read")]);
    if items.is_empty() {
        return view! { <p>{i.t("inbox-empty")}</p> }.into_any();
    }
    let unread = items.iter().filter(|n| n.unread).count();
    let rows = items
        .iter()
        .map(|n| {
            let badge = n.unread.then(|| view! { <span class="badge badge-info">{i.t("inbox-new")}</span> " " });
            view! {
                <li class="row">
                    <div>
                        <p>{badge}{message(i, n)}</p>
                        <p class="hint">{date_time(i, n.created_at)}</p>
                    </div>
                </li>
            }
        })
        .collect_view();
    let mark = (unread > 0).then(|| {
        view! {
            <form method="post" action="/sf/notifications/read">
                <button type="submit" class="button">{i.t("inbox-mark-read")}</button>
            </form>
        }
    });
    view! {
        {notice}
        <p>{i.t_args("inbox-unread", [("count", FluentValue::from(unread))])}</p>
        {mark}
        <ul class="rows">{rows}</ul>
    }
    .into_any()
}
