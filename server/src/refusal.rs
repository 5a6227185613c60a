//! The page a browser gets when the portal refuses a request before any handler runs (a
//! cross-site form, a rate limit): translated, in the person's language, with a way back.
//! API callers get problem+json instead, and islands the JSON error they decode.

use crate::html::escape;
use app::domain::authz::Principal;
use app::domain::locale::Locale;
use app::error::AppError;
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
    RateLimited {
        retry_after_secs: u64,
    },
    /// The database cannot serve just now (`store::outage`).
    Unavailable {
        retry_after_secs: u64,
    },
    /// The body is larger than the route takes.
    TooLarge,
    /// The request head is larger than the portal takes (`request_limits::HEAD_LIMIT`).
    HeadersTooLarge,
    /// The body did not arrive in time (`PORTAL_BODY_READ_TIMEOUT_SECS`).
    TimedOut,
}

impl Reason {
    /// The same refusal for an API caller or an island (they decode an `AppError`).
    fn error(&self) -> AppError {
        match *self {
            Reason::CrossSite => AppError::Forbidden,
            Reason::RateLimited { retry_after_secs } => AppError::RateLimited { retry_after_secs },
            Reason::Unavailable { retry_after_secs } => AppError::Unavailable { retry_after_secs },
            Reason::TooLarge => AppError::TooLarge,
            Reason::HeadersTooLarge => AppError::HeadersTooLarge,
            Reason::TimedOut => AppError::RequestTimeout,
        }
    }
}

/// The refusal in the form the caller reads: problem+json under `/api/`, a translated page
/// for a browser, the JSON error a server function's caller decodes, else plain text.
pub fn respond(path: &str, headers: &HeaderMap, principal: Option<&Principal>, reason: Reason) -> Response {
    let error = reason.error();
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut res = if path.starts_with("/api/") {
        crate::problem::Problem(error.clone()).into_response()
    } else if wants_page(headers) {
        page(headers, principal, reason)
    } else if path.starts_with("/sf/") {
        let body = serde_json::to_string(&error).unwrap_or_default();
        (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
    } else {
        (status, error.message_id().to_owned()).into_response()
    };
    if let Some(v) = error_retry_after(&error) {
        res.headers_mut().insert(header::RETRY_AFTER, v);
    }
    res
}

fn error_retry_after(error: &AppError) -> Option<HeaderValue> {
    match error {
        AppError::RateLimited { retry_after_secs } | AppError::Unavailable { retry_after_secs } => {
            HeaderValue::from_str(&retry_after_secs.to_string()).ok()
        }
        _ => None,
    }
}

pub fn page(headers: &HeaderMap, principal: Option<&Principal>, reason: Reason) -> Response {
    let locale = locale(headers, principal);
    let i18n = I18n::new(locale);
    let status = StatusCode::from_u16(reason.error().status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let lines = match reason {
        Reason::CrossSite => vec![i18n.t("error-cross-site")],
        Reason::RateLimited { retry_after_secs } => vec![
            i18n.t("error-rate-limited"),
            i18n.t_args("error-rate-limited-wait", [("seconds", FluentValue::from(retry_after_secs))]),
        ],
        Reason::Unavailable { .. } => vec![i18n.t("error-unavailable")],
        Reason::TooLarge => vec![i18n.t("error-too-large")],
        Reason::HeadersTooLarge => vec![i18n.t("error-headers-too-large")],
        Reason::TimedOut => vec![i18n.t("error-request-timeout")],
    };
    let title = match reason {
        Reason::Unavailable { .. } => i18n.t("error-title-unavailable"),
        Reason::TooLarge | Reason::HeadersTooLarge => i18n.t("error-title-too-large"),
        Reason::TimedOut => i18n.t("error-title-request-timeout"),
        _ => i18n.t("error-refused-title"),
    };
    let mut body: String = lines.iter().map(|l| format!("<p>{}</p>", escape(l))).collect();
    body.push_str(&format!("<p><a href=\"/\">{}</a></p>", escape(&i18n.t("not-found-home-link"))));
    let html = crate::html::document(locale, &title, None, &body);
    let mut res = (status, html).into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    res
}
