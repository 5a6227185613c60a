//! Who is calling: the session cookie (people and staff) or a bearer token (API clients),
//! resolved once per request and put in the request's extensions for the guard to read.

use app::api::http::cookies_in;
use app::services::context::AppContext;
use app::services::identity::{credentials, sessions};
use axum::body::Body;
use axum::extract::State;
use axum::http::{Request, header};
use axum::middleware::Next;
use axum::response::Response;

fn bearer(req: &Request<Body>) -> Option<&str> {
    req.headers().get(header::AUTHORIZATION)?.to_str().ok()?.strip_prefix("Bearer ").map(str::trim)
}

pub async fn resolve(State(ctx): State<AppContext>, mut req: Request<Body>, next: Next) -> Response {
    // Static assets need no identity; skipping them keeps the session table quiet.
    if req.uri().path().starts_with("/pkg/") {
        return next.run(req).await;
    }
    let now = ctx.now();
    let sessions_sent: Vec<&str> = cookies_in(req.headers(), sessions::COOKIE).filter(|t| !t.is_empty()).collect();
    let principal = if let Some(token) = bearer(&req) {
        credentials::resolve_api_token(&ctx.db, token, now).await
    } else if let [token] = sessions_sent.as_slice() {
        sessions::resolve(&ctx.db, token, now).await
    } else {
        if sessions_sent.len() > 1 {
            // A second session cookie can only have been planted (a sibling host, plain http):
            // neither is trusted, so nobody can run the person's requests in another account.
            tracing::warn!(count = sessions_sent.len(), "several session cookies: the request is anonymous");
        }
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
