//! `/agency/admin/issued`: what an admin form just did — an invitation (link, short code, QR
//! code) or an API token shown once; a recovery delivered to the person (where it went, masked,
//! never the secret); a request now waiting for a second admin.

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
        Some(Issued::Delivered(d)) => {
            let args = [
                ("channel", FluentValue::from(d.channel.as_str())),
                ("to", FluentValue::from(d.masked_to)),
            ];
            view! {
                <div class="issued" role="status">
                    <p>{i.t_args("admin-delivered", args)}</p>
                    <p>{i.t("admin-delivered-not-shown")}</p>
                    <p>{i.t_args("admin-issued-valid-until", [("when", FluentValue::from(date_time(&i, d.expires_at)))])}</p>
                    <p class="hint">{i.t("admin-delivered-told")}</p>
                </div>
            }
            .into_any()
        }
        Some(Issued::Requested(r)) => {
            let kind = i.t(&format!("admin-approval-kind-{}", r.kind.as_str().replace('_', "-")));
            let args = [("id", FluentValue::from(r.request_id.to_string())), ("kind", FluentValue::from(kind))];
            view! {
                <div class="issued" role="status">
                    <p>{i.t_args("admin-requested", args)}</p>
                    <p class="hint">{i.t("admin-requested-next")}</p>
                </div>
            }
            .into_any()
        }
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
