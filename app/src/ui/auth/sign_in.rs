//! `/signin`: passkey sign-in. The ceremony needs JavaScript (WebAuthn is a browser API);
//! everything around it is plain HTML.

use crate::domain::authz::{AnyCaller, Operation};
use crate::i18n::use_i18n;
use crate::ui::components::{Layout, page_access, passkey_text, redirect_to};
use crate::ui::islands::SignInWithPasskey;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SignInPage() -> AnyView {
    let i = use_i18n();
    let query = use_query_map();
    // Open to all, as it always was: someone already signed in is sent to their start page.
    let caller = match page_access::<AnyCaller>(Operation::ReadPublicPages) {
        Ok(c) => c,
        Err(refusal) => return refusal,
    };
    if let Some(p) = caller.0 {
        // Already signed in: go to the start page instead of signing in twice.
        redirect_to(crate::domain::authz::start_page(p.actor()));
    }
    // Back to where the person was going, but only to a page of this site (and not sign-in again).
    let next = query
        .with_untracked(|q| q.get("next"))
        .and_then(|n| crate::domain::redirect::local_path(&n))
        .filter(|n| !n.starts_with("/signin"));
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
    .into_any()
}
