//! Guarded pages: the same typed guard as server functions, plus what a page does about a
//! refusal (sign-in redirect, or a 403 page), and the one way a page loads its data.

use super::{ErrorPanel, Layout};
use crate::api::guard::require;
use crate::domain::authz::{Caller, Operation};
use crate::error::AppError;
use crate::i18n::{I18n, use_i18n};
use crate::ui::islands::PasskeyText;
use futures::FutureExt;
use leptos::prelude::*;
use serde::{Serialize, de::DeserializeOwned};
use std::future::Future;

/// Runs the guard for a page and returns the caller typed. Not signed in: redirect to sign-in
/// (and back afterwards). Signed in but not allowed: a 403 page.
pub fn page_access<C: Caller>(op: Operation) -> Result<C, AnyView> {
    match require::<C>(op) {
        Ok(c) => Ok(c),
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

/// A page: guards it (the caller comes typed), loads its data on the server with `load`, and
/// renders it with `render`, or the error, inside the layout titled `title_id`.
pub fn guarded_page<C, T, F, Fut, V>(
    op: Operation,
    title_id: &'static str,
    load: F,
    render: fn(&I18n, T) -> V,
) -> AnyView
where
    C: Caller + Clone + Send + Sync + 'static,
    T: Serialize + DeserializeOwned + Clone + Send + Sync + 'static,
    F: FnOnce(C) -> Fut + Send + Sync + Clone + 'static,
    Fut: Future<Output = Result<T, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    guarded_document(op, title_id, load, move |i, d| {
        let body = render(i, d);
        view! { <Layout title=i.t(title_id)>{body}</Layout> }.into_any()
    })
}

/// As [`guarded_page`], for a page whose title comes from its data: `render` draws the whole
/// page, layout included; an error is shown under the title `error_title_id`.
pub fn guarded_document<C, T, F, Fut>(
    op: Operation,
    error_title_id: &'static str,
    load: F,
    render: impl Fn(&I18n, T) -> AnyView + Clone + Send + Sync + 'static,
) -> AnyView
where
    C: Caller + Clone + Send + Sync + 'static,
    T: Serialize + DeserializeOwned + Clone + Send + Sync + 'static,
    F: FnOnce(C) -> Fut + Send + Sync + Clone + 'static,
    Fut: Future<Output = Result<T, AppError>> + Send + 'static,
{
    let caller = match page_access::<C>(op) {
        Ok(c) => c,
        Err(refusal) => return refusal,
    };
    loaded(caller, load, move |i, result| match result {
        Ok(d) => render(i, d),
        Err(e) => view! { <Layout title=i.t(error_title_id)><ErrorPanel error=e /></Layout> }.into_any(),
    })
    .into_any()
}

/// Loads on the server (the page waits for it: SSR mode async) and shows the outcome.
fn loaded<C, T, F, Fut>(
    caller: C,
    load: F,
    show: impl Fn(&I18n, Result<T, AppError>) -> AnyView + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    C: Clone + Send + Sync + 'static,
    T: Serialize + DeserializeOwned + Clone + Send + Sync + 'static,
    F: FnOnce(C) -> Fut + Send + Sync + Clone + 'static,
    Fut: Future<Output = Result<T, AppError>> + Send + 'static,
{
    // The load runs once per request, however often the Suspense renders its children: a page
    // that shows personal data records a disclosure in its load, and one view is one read. What
    // the rendering reads is not tracked, so nothing it touches renders the page again.
    let once = load(caller).shared();
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let once = once.clone();
                let show = show.clone();
                Suspend::new(async move {
                    let result = once.await;
                    untrack(|| show(&use_i18n(), result))
                })
            }}
        </Suspense>
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
