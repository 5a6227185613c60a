//! The page a browser gets when the portal refuses a request before any handler runs (a
//! cross-site form, a rate limit): translated, in the person's language, with a way back.
//! API callers get problem+json instead, and islands the JSON error they decode.

use crate::html::escape;
use app::domain::authz::Principal;
use app::domain::locale::Locale;
use app::i18n::FluentValue;
use app::i18n::I18n;
use app::ui::LANG_COOKIE;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// Whether the caller asked for a page (a browser navigating or posting a plain form).
pub fn wants_page(headers: &HeaderMap) -> bool {
    headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|a| a.contains("text/html"))
}

/// The language of a page written outside Leptos: as every page chooses it.
pub fn locale(headers: &HeaderMap, principal: Option<&Principal>) -> Locale {
    let contact = match principal {
        Some(Principal::Person { contact_language, .. }) => Some(*contact_language),
        _ => None,
    };
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    Locale::negotiate(app::api::http::cookie_in(headers, LANG_COOKIE), contact, accept)
}

/// Why the request was refused.
pub enum Reason {
    CrossSite,
    RateLimited { retry_after_secs: u64 },
}

pub fn page(headers: &HeaderMap, principal: Option<&Principal>, reason: Reason) -> Response {
    let locale = locale(headers, principal);
    let i18n = I18n::new(locale);
    let (status, lines) = match reason {
        Reason::CrossSite => (StatusCode::FORBIDDEN, vec![i18n.t("error-cross-site")]),
        Reason::RateLimited { retry_after_secs } => (
            StatusCode::TOO_MANY_REQUESTS,
            vec![
                i18n.t("error-rate-limited"),
                i18n.t_args("error-rate-limited-wait", [("seconds", FluentValue::from(retry_after_secs))]),
            ],
        ),
    };
    let mut body: String = lines.iter().map(|l| format!("<p>{}</p>", escape(l))).collect();
    body.push_str(&format!("<p><a href=\"/\">{}</a></p>", escape(&i18n.t("not-found-home-link"))));
    let html = crate::html::document(locale, &i18n.t("error-refused-title"), None, &body);
    let mut res = (status, html).into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    res
}
