//! `/agency/admin/issued`: what an admin form just created — an invitation (link, short code,
//! QR code) or an API token — shown once.

use crate::domain::authz::{Operation, StaffCaller};
use crate::i18n::use_i18n;
use crate::ui::components::format::date_time;
use crate::ui::components::{ErrorPanel, Layout, page_access};
use crate::views::admin::Issued;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

/// `/agency/admin/issued`: what a form just created, shown once (the form handler renders
/// this page directly in its response; nothing is stored to show it again).
#[component]
pub fn IssuedPage() -> impl IntoView {
    if let Err(refusal) = page_access::<StaffCaller>(Operation::ManageInvitations) {
        return refusal;
    }
    let i = use_i18n();
    let body = match use_context::<Issued>() {
        Some(Issued::Invitation(inv)) => view! {
            <div class="issued" role="status">
                <p class="hint">{i.t("admin-shown-once")}</p>
                <p><strong>{i.t("admin-issued-link")}</strong><br /><code class="secret">{inv.url}</code></p>
                <p><strong>{i.t("admin-issued-code")}</strong><br /><code class="secret">{inv.short_code}</code></p>
                <p>{i.t_args("admin-issued-valid-until", [("when", FluentValue::from(date_time(&i, inv.expires_at)))])}</p>
                <div class="qr" inner_html=inv.qr_svg.unwrap_or_default()></div>
            </div>
        }
        .into_any(),
        Some(Issued::Client(c)) => view! {
            <div class="issued" role="status">
                <p class="hint">{i.t("admin-shown-once")}</p>
                <p><strong>{i.t("admin-issued-token")}</strong><br /><code class="secret">{c.token}</code></p>
            </div>
        }
        .into_any(),
        Some(Issued::Failed(e)) => view! { <ErrorPanel error=e /> }.into_any(),
        None => view! { <p>{i.t("admin-issued-nothing")}</p> }.into_any(),
    };
    view! {
        <Layout title=i.t("admin-issued-title")>
            {body}
            <p><a href="/agency/admin">{i.t("admin-back")}</a></p>
        </Layout>
    }
    .into_any()
}
