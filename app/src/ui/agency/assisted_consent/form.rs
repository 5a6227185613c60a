//! `/agency/assisted-consent`: the form. Agency staff record a consent the person gave on paper. The
//! event carries channel "assisted" and the staff member; the person sees it on their own
//! page and can change or withdraw it there. A review step shows whose dossier it is first.

use crate::domain::authz::{Operation, StaffCaller};
use crate::domain::locale::Locale;
use crate::domain::protocol::EffectiveState;
use crate::i18n::I18n;
use crate::services::protocols;
use crate::ui::components::{form_notice, guarded_page};
use crate::views::protocol::ProtocolSummary;
use leptos::prelude::*;

#[component]
pub fn AssistedConsentPage() -> impl IntoView {
    guarded_page(
        Operation::AssistedConsent,
        "assisted-title",
        |_: StaffCaller| async move {
            let (ctx, now) = crate::api::http::context()?;
            let all = protocols::list_published(&ctx.db, Locale::Nl, now).await?;
            Ok(all.into_iter().filter(|p| p.state == EffectiveState::InForce).collect::<Vec<_>>())
        },
        body,
    )
}

fn body(i: &I18n, in_force: Vec<ProtocolSummary>) -> impl IntoView + use<> {
    let notice = form_notice(i, &[("saved", "assisted-saved")]);
    if in_force.is_empty() {
        return view! { <p>{i.t("assisted-none-in-force")}</p> }.into_any();
    }
    let options = in_force
        .iter()
        .map(|p| view! { <option value=p.slug.clone() lang="nl">{format!("{} · {}", p.recipient, p.title)}</option> })
        .collect_view();
    let languages = Locale::ALL
        .iter()
        .map(|l| view! { <option value=l.as_str() selected=*l == i.locale>{l.endonym()}</option> })
        .collect_view();
    let scope = |id: &'static str, name: &'static str, label: &str| {
        view! {
            <div class="choice">
                <input type="checkbox" id=id name=name />
                <label for=id>{label.to_owned()}</label>
            </div>
        }
    };
    view! {
        {notice}
        <p class="lead">{i.t("assisted-intro")}</p>
        <form method="post" action="/agency/assisted-consent/review" class="stacked">
            <label for="assisted-dossier">{i.t("assisted-dossier-label")}</label>
            <input id="assisted-dossier" name="dossier_ref" type="text" required autocomplete="off" dir="auto" />
            <label for="assisted-protocol">{i.t("assisted-protocol-label")}</label>
            <select id="assisted-protocol" name="protocol">{options}</select>
            <label for="assisted-language">{i.t("assisted-language-label")}</label>
            <select id="assisted-language" name="language">{languages}</select>
            <fieldset>
                <legend>{i.t("assisted-scopes-legend")}</legend>
                {scope("assisted-contact", "contact", &i.t("pilot-scope-contact"))}
                {scope("assisted-trajectory", "trajectory", &i.t("pilot-scope-trajectory"))}
                {scope("assisted-onward", "onward", &i.t("pilot-scope-onward"))}
            </fieldset>
            <p class="hint">{i.t("assisted-withdraw-hint")}</p>
            <button type="submit" class="button primary">{i.t("assisted-review-button")}</button>
        </form>
    }
    .into_any()
}
