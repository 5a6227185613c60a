//! `/agency/assisted-consent/review`: whose consent this is and what will be recorded, before
//! it is.

use crate::domain::authz::{Operation, StaffCaller};
use crate::domain::locale::Locale;
use crate::error::AppError;
use crate::i18n::I18n;
use crate::ui::components::guarded_page;
use crate::views::consent::{AssistedReview, AssistedReviewOutcome};
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

/// `/agency/assisted-consent/review`: whose consent this is (the name on the dossier) and
/// what will be recorded, before it is — a mistyped dossier number shows the wrong name here.
/// The form is POSTed to `server::forms::assisted`, which looks the dossier up (audited, once)
/// and renders this page with the outcome in context: a dossier number stays out of
/// addresses. A GET has nothing to review and goes back to the form.
#[component]
pub fn AssistedConsentReviewPage() -> impl IntoView {
    let outcome = use_context::<AssistedReviewOutcome>();
    guarded_page(
        Operation::AssistedConsent,
        "assisted-review-title",
        move |_: StaffCaller| async move {
            match outcome {
                Some(AssistedReviewOutcome(found)) => found,
                None => {
                    leptos_axum::redirect("/agency/assisted-consent");
                    Err(AppError::NotFound)
                }
            }
        },
        review_body,
    )
}

fn review_body(i: &I18n, r: AssistedReview) -> impl IntoView + use<> {
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
