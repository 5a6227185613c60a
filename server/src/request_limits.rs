//! What a request may take, checked before any handler runs and answered in the caller's form
//! (problem+json for the API, a translated page for a browser, the JSON error for an island),
//! with nothing read past the limit and nothing saved:
//!
//! - its head (address and headers) at most `HEAD_LIMIT` bytes: 431 (a larger head never gets
//!   here: hyper answers it, `serve.rs`);
//! - its body at most the route's limit: 413. A declared `Content-Length` over the limit is
//!   refused unread; a chunked body is read up to the limit, and refused once it goes beyond;
//! - its whole body within `PORTAL_BODY_READ_TIMEOUT_SECS` of the head's arrival: 408, so a
//!   client trickling a body cannot hold a request (and a database connection) open.
//!
//! Limits by audience: a person's forms and the server functions carry a few fields (64 KiB);
//! the API's JSON documents (a breach report names persons; 256 KiB); staff forms carry texts in
//! every language (a protocol draft: 14 languages × 4 texts; 2 MiB).

use app::domain::authz::Principal;
use axum::body::{Body, Bytes};
use axum::http::{HeaderValue, Request, header};
use axum::middleware::Next;
use axum::response::Response;
use std::time::Duration;
use tokio::time::Instant;

const KIB: usize = 1024;
pub const PERSON_FORMS: usize = 64 * KIB;
pub const API: usize = 256 * KIB;
pub const STAFF_FORMS: usize = 2 * KIB * KIB;
/// The largest request head answered by the portal itself: its own cookies and a browser's
/// headers take 2–3 KiB; a head past this has grown by something that is not ours.
pub const HEAD_LIMIT: usize = 16 * KIB;

/// When the request's body must have arrived, set by the security baseline as the head comes
/// in (`PORTAL_BODY_READ_TIMEOUT_SECS` later).
#[derive(Clone, Copy, Debug)]
pub struct BodyDeadline(pub Instant);

impl BodyDeadline {
    pub fn after(timeout: Duration) -> BodyDeadline {
        BodyDeadline(Instant::now() + timeout)
    }
}

/// The deadline the baseline set, or one from now (a request built without it).
fn deadline_of(req: &Request<Body>) -> Instant {
    req.extensions().get::<BodyDeadline>().map_or_else(|| Instant::now() + Duration::from_secs(60), |d| d.0)
}

/// The size of the request head as it came: request line and header lines.
pub fn head_size<B>(req: &Request<B>) -> usize {
    // The target as sent (origin form: path and query), without building it again as a string.
    let target = req.uri().path_and_query().map_or(1, |p| p.as_str().len());
    let line = req.method().as_str().len() + target + 12;
    line + req.headers().iter().map(|(name, value)| name.as_str().len() + value.len() + 4).sum::<usize>()
}

/// The refusal of a head over `HEAD_LIMIT`, if this one is.
pub fn refuse_large_head(req: &Request<Body>) -> Option<Response> {
    let size = head_size(req);
    if size <= HEAD_LIMIT {
        return None;
    }
    tracing::info!(size, "request head over the limit: 431");
    Some(refuse_and_close(req, crate::refusal::Reason::HeadersTooLarge))
}

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
    let chunked = req.headers().contains_key(header::TRANSFER_ENCODING);
    if declared.unwrap_or(0) == 0 && !chunked {
        // No body (hyper stops one at its declared length; one with neither header is empty).
        return next.run(req).await;
    }
    // Every handler reads its whole body (a form, a JSON document): read it here, within the
    // deadline and the limit, so no handler waits on a slow client.
    let deadline = deadline_of(&req);
    let (parts, body) = req.into_parts();
    match read_body(body, limit, deadline).await {
        Read::Whole(bytes) => next.run(Request::from_parts(parts, Body::from(bytes))).await,
        Read::TooLarge => too_large(&Request::from_parts(parts, Body::empty())),
        Read::TimedOut => timed_out(&Request::from_parts(parts, Body::empty())),
    }
}

enum Read {
    Whole(Bytes),
    TooLarge,
    TimedOut,
}

async fn read_body(body: Body, limit: usize, deadline: Instant) -> Read {
    match tokio::time::timeout_at(deadline, axum::body::to_bytes(body, limit)).await {
        Ok(Ok(bytes)) => Read::Whole(bytes),
        // Over the limit, or the client broke off (then nobody reads the answer).
        Ok(Err(_)) => Read::TooLarge,
        Err(_) => Read::TimedOut,
    }
}

fn declared_length(req: &Request<Body>) -> Option<u64> {
    req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse().ok())
}

fn too_large(req: &Request<Body>) -> Response {
    tracing::info!(path = req.uri().path(), "request body over the route's limit: 413");
    refuse_and_close(req, crate::refusal::Reason::TooLarge)
}

fn timed_out(req: &Request<Body>) -> Response {
    tracing::info!(path = req.uri().path(), "request body not received in time: 408");
    refuse_and_close(req, crate::refusal::Reason::TimedOut)
}

/// The refusal, on a connection that cannot carry another request: the rest of what the client
/// sends is never read.
fn refuse_and_close(req: &Request<Body>, reason: crate::refusal::Reason) -> Response {
    let principal = req.extensions().get::<Principal>();
    let mut res = crate::refusal::respond(req.uri().path(), req.headers(), principal, reason);
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
    let deadline = deadline_of(&req);
    let drained = declared.is_none_or(|n| n <= limit as u64)
        && matches!(read_body(req.into_body(), limit, deadline).await, Read::Whole(_));
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

    #[test]
    fn a_head_is_measured_as_it_was_sent() {
        let req = Request::builder().uri("/api/v1/me").header("cookie", "a=b").body(()).unwrap();
        // "GET /api/v1/me HTTP/1.1\r\n" and "cookie: a=b\r\n"
        assert_eq!(head_size(&req), 3 + 10 + 12 + (6 + 3 + 4));
        let big = Request::builder().uri("/").header("cookie", "x".repeat(HEAD_LIMIT)).body(Body::empty()).unwrap();
        assert!(refuse_large_head(&big).is_some_and(|r| r.status() == 431));
        let small = Request::builder().uri("/").header("cookie", "x".repeat(100)).body(Body::empty()).unwrap();
        assert!(refuse_large_head(&small).is_none());
    }
}
