//! The baseline on every response, and the refusal of cross-origin state changes.
//!
//! - CSP with a fresh nonce per response (the shell puts it on its scripts) and
//!   `'wasm-unsafe-eval'` for the islands bundle; no objects, no `<base>`, no framing.
//! - `nosniff`, `Referrer-Policy: same-origin` (invitation links carry secrets), HSTS when
//!   the public URL is https, `Cache-Control: no-store` on everything but hashed assets.
//! - A request head over `request_limits::HEAD_LIMIT` gets 431 before anything reads it.
//! - A state-changing request (not GET/HEAD/OPTIONS) whose `Origin` is not ours, or whose
//!   `Sec-Fetch-Site` says another site sent it, gets 403: server functions carry no CSRF token.

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderValue, Method, Request, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use leptos::nonce::Nonce;

#[derive(Clone, Debug)]
pub struct SecurityConfig {
    /// Our origin, e.g. `https://portal.example.be` (no trailing slash).
    pub origin: String,
    pub https: bool,
    /// How long after its head a request's body must have arrived (`request_limits`).
    pub body_read_timeout: std::time::Duration,
}

fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Whether a state-changing request comes from a foreign origin. Browsers send
/// `Sec-Fetch-Site`, which is decisive; without it (older browsers) `Origin` decides;
/// with neither it is not a browser (an API system, curl), and tokens protect those calls.
pub fn is_cross_origin(req: &Request<Body>, our_origin: &str) -> bool {
    let headers = req.headers();
    if let Some(site) = headers.get("sec-fetch-site") {
        return !matches!(site.to_str(), Ok("same-origin") | Ok("none"));
    }
    match headers.get(header::ORIGIN) {
        // "null" (sandboxed frames, privacy redirects) is foreign too.
        Some(origin) => origin.to_str().map(|o| o != our_origin).unwrap_or(true),
        None => false,
    }
}

pub async fn baseline(State(cfg): State<SecurityConfig>, mut req: Request<Body>, next: Next) -> Response {
    req.extensions_mut().insert(crate::request_limits::BodyDeadline::after(cfg.body_read_timeout));
    if let Some(refusal) = crate::request_limits::refuse_large_head(&req) {
        return crate::request_limits::answer_early(req, with_headers(refusal, &Nonce::new(), &cfg, true)).await;
    }
    if has_dot_segment(req.uri().path()) {
        // The router would resolve `/./invite` to `/invite` after every check keyed on the
        // path (rate limits, redaction) had looked at the raw one: refuse such paths.
        let refusal = if req.uri().path().starts_with("/api/") {
            crate::problem::Problem(app::error::AppError::NotFound).into_response()
        } else {
            (StatusCode::BAD_REQUEST, "bad request path").into_response()
        };
        return with_headers(refusal, &Nonce::new(), &cfg, true);
    }
    if !is_safe(req.method()) && is_cross_origin(&req, &cfg.origin) {
        tracing::warn!(method = %req.method(), path = %redacted_path(req.uri().path()), "cross-origin state change refused");
        let refusal = if req.uri().path().starts_with("/api/") {
            crate::problem::Problem(app::error::AppError::Forbidden).into_response()
        } else if crate::refusal::wants_page(req.headers()) {
            crate::refusal::page(req.headers(), None, crate::refusal::Reason::CrossSite)
        } else {
            forbidden()
        };
        return crate::request_limits::answer_early(req, with_headers(refusal, &Nonce::new(), &cfg, true)).await;
    }
    let nonce = Nonce::new();
    req.extensions_mut().insert(nonce.clone());
    let cacheable = req.uri().path().starts_with("/pkg/");
    // An invitation page's address is a secret (the link, or the typed code): not even this
    // site may learn it from a `Referer`.
    let invitation = app::api::http::is_invitation_page(req.uri().path());
    let (method, path) = (req.method().clone(), redacted_path(req.uri().path()));
    let res = next.run(req).await;
    tracing::debug!(%method, %path, status = res.status().as_u16(), "request");
    let mut res = with_headers(res, &nonce, &cfg, !cacheable);
    if invitation {
        res.headers_mut().insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    }
    res
}

/// Whether a path has a `.` or `..` segment, written plainly or percent-encoded (`%2e`).
pub fn has_dot_segment(path: &str) -> bool {
    path.split('/').any(|segment| {
        let decoded = segment.to_ascii_lowercase().replace("%2e", ".");
        decoded == "." || decoded == ".."
    })
}

/// The path as it may appear in logs: invitation links carry their secret in the path, and
/// query strings (short codes) are never logged.
pub fn redacted_path(path: &str) -> String {
    match path.strip_prefix("/invite/") {
        Some(_) => "/invite/[redacted]".to_owned(),
        None => path.to_owned(),
    }
}

fn forbidden() -> Response {
    (StatusCode::FORBIDDEN, "cross-origin request refused").into_response()
}

fn with_headers(mut res: Response, nonce: &Nonce, cfg: &SecurityConfig, no_store: bool) -> Response {
    let csp = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
         frame-ancestors 'none'"
    );
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&csp) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if cfg.https {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    }
    if no_store {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(headers: &[(&str, &str)]) -> Request<Body> {
        let mut b = Request::builder().method(Method::POST).uri("/sf/x");
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        b.body(Body::empty()).unwrap()
    }

    #[test]
    fn dot_segments_are_found_however_they_are_written() {
        for path in ["/./invite", "/x/../invite", "/%2e/invite", "/%2E%2e/invite", "/invite/.", "/a/.."] {
            assert!(has_dot_segment(path), "{path}");
        }
        for path in ["/", "/invite", "/pkg/portal.3f2a.js", "/.well-known/x", "/a..b/c"] {
            assert!(!has_dot_segment(path), "{path}");
        }
    }

    #[test]
    fn foreign_origins_are_recognised() {
        let ours = "http://localhost:3000";
        assert!(!is_cross_origin(&post(&[("origin", ours)]), ours));
        assert!(is_cross_origin(&post(&[("origin", "https://evil.example")]), ours));
        assert!(is_cross_origin(&post(&[("origin", "null")]), ours));
        assert!(is_cross_origin(&post(&[("sec-fetch-site", "cross-site")]), ours));
        assert!(is_cross_origin(&post(&[("sec-fetch-site", "same-site")]), ours));
        assert!(!is_cross_origin(&post(&[("sec-fetch-site", "same-origin")]), ours));
        // A same-origin form post may carry `Origin: null`; Sec-Fetch-Site is what counts.
        assert!(!is_cross_origin(&post(&[("sec-fetch-site", "same-origin"), ("origin", "null")]), ours));
        assert!(is_cross_origin(&post(&[("sec-fetch-site", "cross-site"), ("origin", ours)]), ours));
        // Non-browser clients (API systems, curl) send neither header.
        assert!(!is_cross_origin(&post(&[]), ours));
    }
}
