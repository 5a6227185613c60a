//! Plain HTML form handlers that answer with a page rendered right away (nothing to store
//! between the POST and the page that shows its result): the agency admin's secrets, the short
//! code a person types (a POST, so the code never stands in an address), and the registers and
//! daily work of municipalities and the agency's DPO. A form that was refused comes back as its
//! page with what was typed and why (`settle`), so nothing is lost.

pub mod admin;
pub mod assisted;
pub mod dpo;
pub mod invite;
pub mod municipality_admin;
pub mod pilot;
pub mod protocols;
pub mod rectification;

use crate::startup::{AppState, provide_app_context};
use app::domain::authz::Principal;
use app::error::AppError;
use app::shell;
use app::views::form::FormEcho;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::nonce::Nonce;
use leptos::prelude::provide_context;

/// What the form handlers receive besides the form: who asks, and the response's nonce.
pub struct Caller {
    principal: Option<Principal>,
    nonce: Option<Nonce>,
    headers: axum::http::HeaderMap,
}

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Caller {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Caller {
            principal: parts.extensions.get::<Principal>().cloned(),
            nonce: parts.extensions.get::<Nonce>().cloned(),
            headers: parts.headers.clone(),
        })
    }
}

/// `path` as it may stand in a request line or a `Location`: the pages' addresses are made of
/// path parameters as the router decoded them, and one may hold a space, a `<` or a line break
/// (a hand-made request). Such bytes are percent-encoded again; the page then is not found (404)
/// instead of the request failing.
fn as_uri_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for &b in path.as_bytes() {
        let allowed = b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/%?".contains(&b);
        if allowed {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Renders the page at `path` as the answer to the POST, with what `provide` puts in context.
async fn render_page(
    state: AppState,
    caller: Caller,
    path: &str,
    provide_outcome: impl Fn() + Clone + Send + Sync + 'static,
) -> Response {
    let path = as_uri_path(path);
    let Ok(mut req) = Request::builder().method(Method::GET).uri(&path).body(Body::empty()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    *req.headers_mut() = caller.headers;
    if let Some(p) = caller.principal {
        req.extensions_mut().insert(p);
    }
    if let Some(n) = caller.nonce {
        req.extensions_mut().insert(n);
    }
    let provide = provide_app_context(&state);
    let options = state.leptos.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide();
            provide_outcome();
        },
        move || shell(options.clone()),
    );
    handler(req).await
}

/// The fields of a posted form, in order (a checkbox list sends one pair per ticked box).
pub type Fields = Vec<(String, String)>;

/// The first value of `name` in a posted form, or empty.
fn value(fields: &Fields, name: &str) -> String {
    fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
}

/// Every value of `name` in a posted form.
fn values(fields: &Fields, name: &str) -> Vec<String> {
    fields.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect()
}

/// A domain parse error for the input `field`, as the form shows it.
fn invalid((field, e): (&'static str, app::domain::ParseError)) -> AppError {
    AppError::Invalid { field: field.into(), message_id: e.message_id.into() }
}

/// Ends a form's POST: done, the browser goes on to `Ok(to)` (303); refused, the answer is the
/// form's page at `page` again, with what was sent and why, under the refusal's status.
async fn settle(
    state: AppState,
    caller: Caller,
    page: &str,
    fields: Fields,
    result: Result<String, AppError>,
) -> Response {
    match result {
        Ok(to) => Redirect::to(&to).into_response(),
        Err(AppError::Unauthenticated) => Redirect::to("/signin").into_response(),
        Err(e) => {
            let status = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::UNPROCESSABLE_ENTITY);
            let echo = FormEcho::refused(fields, e);
            let mut res = render_page(state, caller, page, move || provide_context(echo.clone())).await;
            if res.status().is_success() {
                *res.status_mut() = status;
            }
            res
        }
    }
}

/// Ends a POST that only acts on a row (nothing typed to give back): the browser goes on to
/// `back?done` (303), or `back?error=<message id>` for the page to explain. A caller the
/// operation is not for gets the page's own refusal (403), as a page would.
async fn settle_row(state: AppState, caller: Caller, back: &str, done: &str, result: Result<(), AppError>) -> Response {
    let back = &as_uri_path(back);
    match result {
        Ok(()) => Redirect::to(&format!("{back}?{done}")).into_response(),
        Err(AppError::Unauthenticated) => Redirect::to("/signin").into_response(),
        Err(AppError::Forbidden) => {
            let mut res = render_page(state, caller, back, || ()).await;
            *res.status_mut() = StatusCode::FORBIDDEN;
            res
        }
        Err(e) => Redirect::to(&format!("{back}?error={}", e.message_id())).into_response(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_decoded_path_parameter_cannot_break_the_address() {
        assert_eq!(super::as_uri_path("/municipality/admin/profiles/42"), "/municipality/admin/profiles/42");
        assert_eq!(super::as_uri_path("/me/corrections/a b<\n/answer"), "/me/corrections/a%20b%3C%0A/answer");
        assert_eq!(super::as_uri_path("/agency/rectifications/é"), "/agency/rectifications/%C3%A9");
        for path in ["/x/a b", "/x/<script>", "/x/\r\n", "/x/é", "/x/\"q\""] {
            let encoded = super::as_uri_path(path);
            assert!(encoded.parse::<axum::http::Uri>().is_ok(), "{encoded}");
            assert!(axum::http::HeaderValue::from_str(&encoded).is_ok(), "{encoded}");
        }
    }
}
