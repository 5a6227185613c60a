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
use axum::http::{Request, header};
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
    let declared = req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
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

fn too_large(req: &Request<Body>) -> Response {
    tracing::info!(path = req.uri().path(), "request body over the route's limit: 413");
    let reason = crate::refusal::Reason::TooLarge;
    crate::refusal::respond(req.uri().path(), req.headers(), req.extensions().get::<Principal>(), reason)
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
