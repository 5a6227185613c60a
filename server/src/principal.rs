//! Who is calling: the session cookie (people and staff) or a bearer token (API clients),
//! resolved once per request and put in the request's extensions for the guard to read.

use app::services::context::AppContext;
use app::services::{credentials, sessions};
use axum::body::Body;
use axum::extract::State;
use axum::http::{Request, header};
use axum::middleware::Next;
use axum::response::Response;

fn cookie<'a>(req: &'a Request<Body>, name: &str) -> Option<&'a str> {
    req.headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

fn bearer(req: &Request<Body>) -> Option<&str> {
    req.headers().get(header::AUTHORIZATION)?.to_str().ok()?.strip_prefix("Bearer ").map(str::trim)
}

pub async fn resolve(State(ctx): State<AppContext>, mut req: Request<Body>, next: Next) -> Response {
    // Static assets need no identity; skipping them keeps the session table quiet.
    if req.uri().path().starts_with("/pkg/") {
        return next.run(req).await;
    }
    let principal = if let Some(token) = bearer(&req) {
        credentials::resolve_api_token(&ctx.db, token).await
    } else if let Some(token) = cookie(&req, sessions::COOKIE).filter(|t| !t.is_empty()) {
        sessions::resolve(&ctx.db, token).await
    } else {
        Ok(None)
    };
    match principal {
        Ok(Some(p)) => {
            req.extensions_mut().insert(p);
        }
        Ok(None) => {}
        // Identity could not be checked: carry on anonymous; the guard refuses what needs more.
        Err(e) => tracing::error!(error = %e, "resolving the caller failed"),
    }
    next.run(req).await
}
