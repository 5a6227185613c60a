//! `/agency/assisted-consent`: agency staff record a consent the person gave on paper. The
//! event carries channel "assisted" and the staff member; the person sees it on their own
//! page and can change or withdraw it there. A review step shows whose dossier it is first.

use super::start_pages::start_page;
use crate::api::protocols::ProtocolSummary;
use crate::domain::authz::Operation;
use crate::domain::consent::ConsentScopes;
use crate::domain::locale::Locale;
use crate::domain::protocol::EffectiveState;
use crate::error::AppError;
use crate::i18n::I18n;
use crate::services::context::app;
use crate::services::protocols;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AssistedConsentPage() -> impl IntoView {
    start_page(
        Operation::AssistedConsent,
        "assisted-title",
        |_| async move {
            let today = crate::domain::time::local_date(crate::services::now());
            let all = protocols::list_published(&app()?.db, Locale::Nl, today).await?;
            Ok(all.into_iter().filter(|p| p.state == EffectiveState::InForce).collect::<Vec<_>>())
        },
        body,
    )
}

fn body(i: &I18n, in_force: Vec<ProtocolSummary>) -> impl IntoView + use<> {
    let (saved, error) = use_query_map().with_untracked(|q| (q.get("saved").is_some(), q.get("error")));
    let saved = saved.then(|| view! { <p class="notice" role="status">{i.t("assisted-saved")}</p> });
    let error = error.filter(|id| i.has(id)).map(|id| view! { <p class="error-panel" role="alert">{i.t(&id)}</p> });
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
        {saved}
        {error}
        <p class="lead">{i.t("assisted-intro")}</p>
        <form method="get" action="/agency/assisted-consent/review" class="stacked">
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

/// What the paper form says, as staff entered it.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct PaperForm {
    dossier_ref: String,
    protocol: String,
    language: String,
    scopes: ConsentScopes,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Review {
    form: PaperForm,
    person_name: String,
    recipient: String,
}

/// `/agency/assisted-consent/review?…`: whose consent this is (the name on the dossier) and
/// what will be recorded, before it is — a mistyped dossier number shows the wrong name here.
#[component]
pub fn AssistedConsentReviewPage() -> impl IntoView {
    let form = use_query_map().with_untracked(|q| PaperForm {
        dossier_ref: q.get("dossier_ref").unwrap_or_default(),
        protocol: q.get("protocol").unwrap_or_default(),
        language: q.get("language").unwrap_or_default(),
        scopes: ConsentScopes {
            contact: q.get("contact").is_some(),
            trajectory: q.get("trajectory").is_some(),
            onward: q.get("onward").is_some(),
        },
    });
    start_page(
        Operation::AssistedConsent,
        "assisted-review-title",
        move |_| async move {
            let db = &app()?.db;
            let person = crate::services::consent::person_by_dossier(&db.conn, &form.dossier_ref).await?;
            let today = crate::domain::time::local_date(crate::services::now());
            let recipient = protocols::list_published(db, Locale::Nl, today)
                .await?
                .into_iter()
                .find(|p| p.slug == form.protocol)
                .map(|p| p.recipient)
                .ok_or(AppError::NotFound)?;
            Ok(Review { person_name: format!("{} {}", person.given_name, person.family_name), recipient, form })
        },
        review_body,
    )
}

fn review_body(i: &I18n, r: Review) -> impl IntoView + use<> {
    let f = &r.form;
    let chosen: Vec<String> = [
        (f.scopes.contact, "pilot-scope-contact"),
        (f.scopes.trajectory, "pilot-scope-trajectory"),
        (f.scopes.onward, "pilot-scope-onward"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, id)| i.t(id))
    .collect();
    let choices = if chosen.is_empty() {
        view! { <li>{i.t("assisted-review-nothing")}</li> }.into_any()
    } else {
        chosen.into_iter().map(|c| view! { <li>{c}</li> }).collect_view().into_any()
    };
    let language = Locale::parse(&f.language).map(|l| l.endonym()).unwrap_or_default();
    let hidden = |name: &'static str, on: bool| on.then(|| view! { <input type="hidden" name=name value="on" /> });
    view! {
        <p class="lead">{i.t_args("assisted-review-for", [
            ("name", FluentValue::from(r.person_name.clone())),
            ("dossier", FluentValue::from(f.dossier_ref.clone())),
        ])}</p>
        <p>{i.t_args("assisted-review-recipient", [("recipient", FluentValue::from(r.recipient.clone()))])}</p>
        <ul class="review">{choices}</ul>
        <p>{i.t("assisted-language-label")} ": " <span lang=f.language.clone()>{language}</span></p>
        <form method="post" action="/sf/consent/assisted">
            <input type="hidden" name="dossier_ref" value=f.dossier_ref.clone() />
            <input type="hidden" name="protocol" value=f.protocol.clone() />
            <input type="hidden" name="language" value=f.language.clone() />
            {hidden("contact", f.scopes.contact)}
            {hidden("trajectory", f.scopes.trajectory)}
            {hidden("onward", f.scopes.onward)}
            <button type="submit" class="button primary">{i.t("assisted-submit")}</button>
        </form>
        <p><a href="/agency/assisted-consent">{i.t("assisted-review-change")}</a></p>
    }
}
