//! Page-level access: the same guard as server functions, plus what a page does about a
//! refusal (sign-in redirect, or a 403 page).

use super::layout::Layout;
use super::not_found::ErrorPanel;
use crate::api::guard::authorize;
use crate::domain::authz::{Operation, Principal};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::ui::islands::PasskeyText;
use leptos::prelude::*;

/// Runs the guard for a page. Not signed in: redirect to sign-in (and back afterwards).
/// Signed in but not allowed: a 403 page. Allowed: `Ok(principal)`.
pub fn page_access(op: Operation) -> Result<Option<Principal>, AnyView> {
    match authorize(op) {
        Ok(p) => Ok(p),
        Err(AppError::Unauthenticated) => {
            let next = use_context::<http::request::Parts>()
                .and_then(|p| p.uri.path_and_query().map(|pq| pq.as_str().to_owned()))
                .unwrap_or_else(|| "/".into());
            redirect_to(&format!("/signin?next={}", super::layout::encode_query_value(&next)));
            Err(().into_any())
        }
        Err(e) => {
            let i = use_i18n();
            Err(view! { <Layout title=i.t("error-forbidden-title")><ErrorPanel error=e /></Layout> }.into_any())
        }
    }
}

/// A real HTTP redirect (303) from a page, whatever the request's `Accept` header.
pub fn redirect_to(path: &str) {
    if let (Some(res), Ok(v)) = (use_context::<leptos_axum::ResponseOptions>(), http::HeaderValue::from_str(path)) {
        res.insert_header(http::header::LOCATION, v);
        res.set_status(http::StatusCode::SEE_OTHER);
    }
}

/// The translated strings every passkey island needs.
pub fn passkey_text(button: &str, name_default: &str) -> PasskeyText {
    let i = use_i18n();
    let errors = [
        "passkey-error-ceremony-expired",
        "passkey-error-failed",
        "passkey-error-unknown",
        "passkey-error-already-registered",
        "passkey-error-name-required",
        "passkey-error-name-too-long",
        "invitation-error-unusable",
        "enrol-error-name-required",
        "enrol-error-name-too-long",
        "error-rate-limited",
        "error-internal",
        "error-bad-request",
        "error-unauthenticated",
        "error-forbidden",
    ]
    .iter()
    .map(|id| (id.to_string(), i.t(id)))
    .collect();
    PasskeyText {
        button: i.t(button),
        working: i.t("passkey-working"),
        cancelled: i.t("passkey-cancelled"),
        unsupported: i.t("passkey-unsupported"),
        done: i.t("passkey-done"),
        name_label: i.t("passkey-name-label"),
        name_default: i.t(name_default),
        display_name_label: i.t("enrol-display-name-label"),
        errors,
    }
}
