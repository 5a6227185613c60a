//! `/invite/{secret}` and `/invite` (the short code typed by hand, POSTed): enrolment with a passkey.
//! The ceremony needs JavaScript; the code form and every message are plain HTML.

use crate::domain::authz::{AnyCaller, Operation};
use crate::i18n::use_i18n;
use crate::ui::components::{ErrorPanel, Layout, page_access, passkey_text};
use crate::ui::islands::EnrolWithPasskey;
use crate::views::invitation::TypedCode;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/invite/{secret}`: the link from an invitation.
#[component]
pub fn InviteLinkPage() -> impl IntoView {
    let params = use_params_map();
    let secret = params.with_untracked(|p| p.get("secret").unwrap_or_default());
    view! { <Enrolment invitation=secret by_code=false /> }
}

/// `/invite`: a form for the short code. The form is POSTed (`server::forms::invite`), which
/// renders this page with the typed code in context: the code never stands in an address.
#[component]
pub fn InviteCodePage() -> impl IntoView {
    // The form to type a code is open to all; redeeming one (`Enrolment`) is for anonymous callers.
    if let Err(refusal) = page_access::<AnyCaller>(Operation::ReadPublicPages) {
        return refusal;
    }
    let i = use_i18n();
    let code = use_context::<TypedCode>().map(|c| c.0).filter(|c| !c.is_empty());
    match code {
        Some(code) => view! { <Enrolment invitation=code by_code=true /> }.into_any(),
        None => view! {
            <Layout title=i.t("invite-code-title")>
                <p>{i.t("invite-code-intro")}</p>
                <form method="post" action="/invite" class="stack">
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
    use crate::services::identity::credentials::{InvitationKey, usable_invitation};
    if let Err(refusal) = page_access::<AnyCaller>(Operation::RedeemInvitation) {
        return refusal;
    }
    let key =
        if by_code { InvitationKey::ShortCode(invitation.clone()) } else { InvitationKey::Secret(invitation.clone()) };
    // Looked up once per request, however often the Suspense renders.
    let found = futures::FutureExt::shared(async move {
        let (ctx, now) = crate::api::http::context()?;
        let inv = usable_invitation(&ctx.db.conn, &key, now).await?;
        Ok::<_, crate::error::AppError>(inv.kind == "staff")
    });
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let invitation = invitation.clone();
                let found = found.clone();
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
