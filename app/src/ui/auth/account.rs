//! `/account`: my passkeys and my sessions. Removing and ending are plain forms
//! (work without JavaScript); adding a passkey is a ceremony island. A person who just redeemed
//! a recovery invitation lands here (`?recovered=1`): the list shows every passkey of the
//! account, to remove one they do not know.

use crate::api::account::account_overview;
use crate::domain::authz::{AccountCaller, Operation};
use crate::domain::notification::NotificationKind;
use crate::i18n::use_i18n;
use crate::ui::components::format::date_time;
use crate::ui::components::{ErrorPanel, Layout, form_notice, page_access, passkey_text};
use crate::ui::islands::AddPasskey;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

#[component]
pub fn AccountPage() -> impl IntoView {
    if let Err(refusal) = page_access::<AccountCaller>(Operation::OwnAccount) {
        return refusal;
    }
    let i = use_i18n();
    let notice = form_notice(
        &i,
        &[
            ("recovered", "account-recovered"),
            ("removed", "account-passkey-removed"),
            ("ended", "account-session-ended"),
        ],
    );
    // Loaded once per request, however often the Suspense renders (as `guarded_page` does).
    let once = futures::FutureExt::shared(account_overview());
    view! {
        <Layout title=i.t("account-title")>
            {notice}
            <Suspense fallback=|| ()>
                {move || { let once = once.clone(); Suspend::new(async move {
                    let i = use_i18n();
                    let view = match once.await {
                        Ok(v) => v,
                        Err(e) => return view! { <ErrorPanel error=e /> }.into_any(),
                    };
                    let only_one = view.passkeys.len() == 1;
                    let notices = view.notices.into_iter().map(|n| {
                        let id = NotificationKind::parse(&n.kind).map(NotificationKind::message_id).unwrap_or_else(|_| "notification-unknown".into());
                        let args = [
                            ("name", FluentValue::from(n.name.unwrap_or_default())),
                            ("via", FluentValue::from(n.via.unwrap_or_default())),
                        ];
                        let text = i.t_args(&id, args);
                        view! { <li><span class="hint">{date_time(&i, n.created_at)}</span> " " {text}</li> }
                    }).collect_view();
                    let passkeys = view.passkeys.into_iter().map(|k| {
                        let used = match k.last_used_at {
                            Some(t) => i.t_args("account-passkey-last-used", [("when", FluentValue::from(date_time(&i, t)))]),
                            None => i.t("account-passkey-never-used"),
                        };
                        let label = i.t_args("account-passkey-remove-label", [("name", FluentValue::from(k.name.clone()))]);
                        view! {
                            <li class="row">
                                <div>
                                    <strong><bdi>{k.name.clone()}</bdi></strong>
                                    <p class="hint">{i.t_args("account-passkey-added", [("when", FluentValue::from(date_time(&i, k.created_at)))])} " · " {used}</p>
                                </div>
                                {(!only_one).then(|| view! {
                                    <form method="post" action="/sf/account/passkeys/remove">
                                        <input type="hidden" name="passkey_id" value=k.id.to_string() />
                                        <button type="submit" class="button" aria-label=label>{i.t("account-passkey-remove")}</button>
                                    </form>
                                })}
                            </li>
                        }
                    }).collect_view();
                    let sessions = view.sessions.into_iter().map(|s| {
                        let device = s.user_agent.clone().unwrap_or_else(|| i.t("account-session-unknown-device"));
                        view! {
                            <li class="row">
                                <div>
                                    <strong><bdi>{device}</bdi></strong>
                                    <p class="hint">{i.t_args("account-session-since", [("when", FluentValue::from(date_time(&i, s.created_at)))])}</p>
                                </div>
                                {if s.current {
                                    view! { <span class="badge badge-ok">{i.t("account-session-current")}</span> }.into_any()
                                } else {
                                    view! {
                                        <form method="post" action="/sf/account/sessions/end">
                                            <input type="hidden" name="session_id" value=s.id.to_string() />
                                            <button type="submit" class="button">{i.t("account-session-end")}</button>
                                        </form>
                                    }.into_any()
                                }}
                            </li>
                        }
                    }).collect_view();
                    view! {
                        <section aria-labelledby="passkeys-heading">
                            <h2 id="passkeys-heading">{i.t("account-passkeys-heading")}</h2>
                            <ul class="rows">{passkeys}</ul>
                            {only_one.then(|| view! { <p class="hint">{i.t("account-passkey-last-one")}</p> })}
                            <h3>{i.t("account-passkey-add-heading")}</h3>
                            <AddPasskey text=passkey_text("account-passkey-add-button", "passkey-name-default-another") />
                        </section>
                        <section aria-labelledby="sessions-heading">
                            <h2 id="sessions-heading">{i.t("account-sessions-heading")}</h2>
                            <ul class="rows">{sessions}</ul>
                        </section>
                        <section aria-labelledby="notices-heading">
                            <h2 id="notices-heading">{i.t("account-notices-heading")}</h2>
                            <ul>{notices}</ul>
                        </section>
                    }.into_any()
                })}}
            </Suspense>
        </Layout>
    }
    .into_any()
}
