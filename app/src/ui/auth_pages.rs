//! Sign-in and enrolment pages. The passkey ceremonies need JavaScript (WebAuthn is a
//! browser API); everything around them is plain HTML.

use super::access::{page_access, passkey_text};
use super::layout::Layout;
use super::not_found::ErrorPanel;
use crate::domain::authz::Operation;
use crate::i18n::use_i18n;
use crate::ui::islands::{EnrolWithPasskey, SignInWithPasskey};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn SignInPage() -> impl IntoView {
    let i = use_i18n();
    let query = use_query_map();
    if let Ok(Some(p)) = crate::api::guard::authorize(Operation::PublicPages) {
        // Already signed in: go to the start page instead of signing in twice.
        super::access::redirect_to(crate::domain::authz::start_page(p.actor()));
    }
    // Back to where the person was going, but only to a page of this site.
    let next = query
        .with_untracked(|q| q.get("next"))
        .filter(|n| n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') && !n.starts_with("/signin"));
    let notice = query.with_untracked(|q| {
        if q.get("signed_out").is_some() {
            Some(i.t("signin-signed-out"))
        } else if q.get("expired").is_some() {
            Some(i.t("signin-expired"))
        } else {
            None
        }
    });
    view! {
        <Layout title=i.t("signin-title")>
            {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
            <p>{i.t("signin-intro")}</p>
            <SignInWithPasskey text=passkey_text("signin-button", "passkey-name-default") next=next />
            <noscript><p class="notice">{i.t("passkey-needs-javascript")}</p></noscript>
            <h2>{i.t("signin-no-passkey-heading")}</h2>
            <p>{i.t("signin-no-passkey-body")}</p>
            <p><a href="/invite">{i.t("signin-have-code")}</a></p>
        </Layout>
    }
}

/// `/invite/{secret}`: the link from an invitation.
#[component]
pub fn InviteLinkPage() -> impl IntoView {
    let params = use_params_map();
    let secret = params.with_untracked(|p| p.get("secret").unwrap_or_default());
    view! { <Enrolment invitation=secret by_code=false /> }
}

/// `/invite` (a form for the short code) and `/invite?code=…`.
#[component]
pub fn InviteCodePage() -> impl IntoView {
    let i = use_i18n();
    let code = use_query_map().with_untracked(|q| q.get("code")).filter(|c| !c.trim().is_empty());
    match code {
        Some(code) => view! { <Enrolment invitation=code by_code=true /> }.into_any(),
        None => view! {
            <Layout title=i.t("invite-code-title")>
                <p>{i.t("invite-code-intro")}</p>
                <form method="get" action="/invite" class="stack">
                    <label for="code">{i.t("invite-code-label")}</label>
                    <input id="code" name="code" required autocomplete="one-time-code" autocapitalize="characters"
                        inputmode="text" spellcheck="false" aria-describedby="code-hint" />
                    <p id="code-hint" class="hint">{i.t("invite-code-hint")}</p>
                    <button type="submit" class="button primary">{i.t("invite-code-submit")}</button>
                </form>
            </Layout>
        }
        .into_any(),
    }
}

#[component]
fn Enrolment(invitation: String, by_code: bool) -> impl IntoView {
    if let Err(refusal) = page_access(Operation::RedeemInvitation) {
        return refusal;
    }
    let key = if by_code {
        crate::services::credentials::InvitationKey::ShortCode(invitation.clone())
    } else {
        crate::services::credentials::InvitationKey::Secret(invitation.clone())
    };
    let found = move || {
        let key = key.clone();
        async move {
            let ctx = crate::services::context::app().map_err(crate::error::AppError::from)?;
            let inv = crate::services::credentials::usable_invitation(&ctx.db.conn, &key).await?;
            Ok::<_, crate::error::AppError>(inv.kind == "staff")
        }
    };
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let invitation = invitation.clone();
                let found = found();
                Suspend::new(async move {
                    let i = use_i18n();
                    match found.await {
                        Ok(is_staff) => view! {
                            <Layout title=i.t("enrol-title")>
                                <p>{i.t(if is_staff { "enrol-intro-staff" } else { "enrol-intro-person" })}</p>
                                <p>{i.t("enrol-what-is-a-passkey")}</p>
                                <EnrolWithPasskey
                                    invitation=invitation
                                    by_code=by_code
                                    ask_display_name=is_staff
                                    text=passkey_text("enrol-button", "passkey-name-default")
                                />
                                <noscript><p class="notice">{i.t("passkey-needs-javascript")}</p></noscript>
                            </Layout>
                        }
                        .into_any(),
                        Err(e) => view! {
                            <Layout title=i.t("enrol-title")>
                                <ErrorPanel error=e />
                                <p>{i.t("enrol-ask-new-invitation")}</p>
                            </Layout>
                        }
                        .into_any(),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}
