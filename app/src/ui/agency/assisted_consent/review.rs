//! `/agency/assisted-consent/review`: whose consent this is and what will be recorded, before
//! it is.

use crate::domain::authz::{Operation, StaffCaller};
use crate::domain::consent::ConsentScopes;
use crate::domain::locale::Locale;
use crate::error::AppError;
use crate::i18n::I18n;
use crate::services::protocols;
use crate::ui::components::guarded_page;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

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
    guarded_page(
        Operation::AssistedConsent,
        "assisted-review-title",
        move |_: StaffCaller| async move {
            let (ctx, now) = crate::api::http::context()?;
            let db = &ctx.db;
            let person = crate::services::consent::person_by_dossier(&db.conn, &form.dossier_ref).await?;
            let recipient = protocols::list_published(db, Locale::Nl, now)
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
