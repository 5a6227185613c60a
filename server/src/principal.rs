//! Who is calling: the session cookie (people and staff) or a bearer token (API clients),
//! resolved once per request and put in the request's extensions for the guard to read.

use app::api::http::cookies_in;
use app::error::AppError;
use app::services::context::AppContext;
use app::services::identity::{credentials, sessions};
use axum::body::Body;
use axum::extract::State;
use axum::http::{Request, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

fn bearer(req: &Request<Body>) -> Option<&str> {
    let token = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?.strip_prefix("Bearer ")?.trim();
    // An empty token is no token at all: "sign in first", not "unknown token".
    (!token.is_empty()).then_some(token)
}

pub async fn resolve(State(ctx): State<AppContext>, mut req: Request<Body>, next: Next) -> Response {
    // Static assets need no identity; skipping them keeps the session table quiet.
    if req.uri().path().starts_with("/pkg/") {
        return next.run(req).await;
    }
    let now = ctx.now();
    let sessions_sent: Vec<&str> = cookies_in(req.headers(), sessions::COOKIE).filter(|t| !t.is_empty()).collect();
    let mut token_refused = None;
    let principal = if let Some(token) = bearer(&req) {
        match credentials::resolve_api_token(&ctx.db, token, now).await {
            Ok(Ok(p)) => Ok(Some(p)),
            Ok(Err(refusal)) => {
                token_refused = Some(refusal);
                Ok(None)
            }
            Err(e) => Err(e),
        }
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
        // The database cannot answer who this is: nothing the request asks can be done either;
        // say so (503) rather than "sign in first" to someone who is signed in.
        Err(app::services::ServiceError::Db(e)) if app::store::outage::outage(&e).is_some() => {
            tracing::warn!(error = %e, "database unavailable: answered 503");
            let reason = crate::refusal::Reason::Unavailable { retry_after_secs: app::error::RETRY_AFTER_OUTAGE_SECS };
            return crate::refusal::respond(req.uri().path(), req.headers(), None, reason);
        }
        // Identity could not be checked: carry on anonymous; the guard refuses what needs more.
        Err(e) => tracing::error!(error = %e, "resolving the caller failed"),
    }
    let res = next.run(req).await;
    // The request went on anonymous; where that ended in "sign in first", the client is told
    // what is wrong with the token it sent (revoked, expired, unknown).
    match token_refused {
        Some(refusal) if res.status() == StatusCode::UNAUTHORIZED => {
            crate::problem::Problem(AppError::TokenRefused { message_id: refusal.message_id().to_owned() })
                .into_response()
        }
        _ => res,
    }
}
