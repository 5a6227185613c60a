//! Plain HTML form handlers that answer with a page rendered right away (nothing to store
//! between the POST and the page that shows its result): the agency admin's secrets, and the
//! short code a person types (a POST, so the code never stands in an address).

pub mod admin;
pub mod assisted;
pub mod invite;

use crate::startup::{AppState, provide_app_context};
use app::domain::authz::Principal;
use app::shell;
use axum::body::Body;
use axum::http::{Method, Request};
use axum::response::Response;
use leptos::nonce::Nonce;

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

/// Renders the page at `path` as the answer to the POST, with what `provide` puts in context.
async fn render_page(
    state: AppState,
    caller: Caller,
    path: &'static str,
    provide_outcome: impl Fn() + Clone + Send + Sync + 'static,
) -> Response {
    let mut req = Request::builder().method(Method::GET).uri(path).body(Body::empty()).expect("request");
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
