//! Request bodies have a size limit on every route, answered 413 before any handler runs —
//! problem+json for the API, a translated page for a browser, the JSON error for an island —
//! and nothing is read past it or saved. A declared `Content-Length` over the limit is refused
//! unread; a body without one is read up to the limit, and refused once it goes beyond.
//!
//! Limits by audience: a person's forms and the server functions carry a few fields (64 KiB);
//! the API's JSON documents (a breach report names persons; 256 KiB); staff forms carry texts in
//! every language (a protocol draft: 14 languages × 4 texts; 2 MiB).

use app::domain::authz::Principal;
use axum::body::Body;
use axum::http::{HeaderValue, Request, header};
use axum::middleware::Next;
use axum::response::Response;

const KIB: usize = 1024;
pub const PERSON_FORMS: usize = 64 * KIB;
pub const API: usize = 256 * KIB;
pub const STAFF_FORMS: usize = 2 * KIB * KIB;

/// The largest body `path` takes.
pub fn limit_for(path: &str) -> usize {
    if path.starts_with("/api/") {
        API
    } else if path.starts_with("/agency/") || path.starts_with("/municipality/") {
        STAFF_FORMS
    } else {
        PERSON_FORMS
    }
}

pub async fn limit(req: Request<Body>, next: Next) -> Response {
    let limit = limit_for(req.uri().path());
    let declared = declared_length(&req);
    if declared.is_some_and(|n| n > limit as u64) {
        return too_large(&req);
    }
    if declared.is_some() || !req.headers().contains_key(header::TRANSFER_ENCODING) {
        // Hyper stops a body at its declared length (and one with neither header is empty):
        // within the limit, it can go on as it is.
        return next.run(req).await;
    }
    let (parts, body) = req.into_parts();
    match axum::body::to_bytes(body, limit).await {
        Ok(bytes) => next.run(Request::from_parts(parts, Body::from(bytes))).await,
        Err(_) => too_large(&Request::from_parts(parts, Body::empty())),
    }
}

fn declared_length(req: &Request<Body>) -> Option<u64> {
    req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse().ok())
}

fn too_large(req: &Request<Body>) -> Response {
    tracing::info!(path = req.uri().path(), "request body over the route's limit: 413");
    let reason = crate::refusal::Reason::TooLarge;
    let mut res = crate::refusal::respond(req.uri().path(), req.headers(), req.extensions().get::<Principal>(), reason);
    // The rest of the body is never read: the connection cannot carry another request.
    res.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
    res
}

/// Answers a request refused before its handler (cross-site, rate limit) with `res` only after
/// reading its body (up to the route's limit): a proxy still sending it would otherwise meet a
/// closed connection and answer 502 — for the whole site, once it marks the instance failed.
/// A body past the limit is not read: the answer then says the connection closes.
pub async fn answer_early(req: Request<Body>, mut res: Response) -> Response {
    let limit = limit_for(req.uri().path());
    let declared = declared_length(&req);
    let drained =
        declared.is_none_or(|n| n <= limit as u64) && axum::body::to_bytes(req.into_body(), limit).await.is_ok();
    if !drained {
        res.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_audience_has_its_limit() {
        assert_eq!(limit_for("/sf/consent/change"), PERSON_FORMS);
        assert_eq!(limit_for("/invite"), PERSON_FORMS);
        assert_eq!(limit_for("/api/v1/breaches"), API);
        assert_eq!(limit_for("/agency/protocols/create"), STAFF_FORMS);
        assert_eq!(limit_for("/municipality/breaches/new"), STAFF_FORMS);
    }
}
