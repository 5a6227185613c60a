//! Fixed-window rate limits per client address and bucket, answered with 429 and
//! `Retry-After` (never 5xx). Per instance: behind several instances the effective limit
//! scales with their number, which is acceptable for abuse protection.

use axum::body::Body;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderValue, Request, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bucket {
    /// Passkey ceremonies: enrolment, sign-in, adding a passkey.
    Ceremony,
    /// Looking up or redeeming an invitation (link or short code).
    Invitation,
    /// The REST API.
    Api,
}

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub ceremonies_per_minute: u32,
    pub invitations_per_minute: u32,
    pub api_per_minute: u32,
}

impl Limits {
    fn of(&self, b: Bucket) -> u32 {
        match b {
            Bucket::Ceremony => self.ceremonies_per_minute,
            Bucket::Invitation => self.invitations_per_minute,
            Bucket::Api => self.api_per_minute,
        }
    }
}

/// Per bucket and client: when the window started and how many requests it has seen.
type Counters = HashMap<(Bucket, IpAddr), (Instant, u32)>;

#[derive(Clone)]
pub struct RateLimiter {
    limits: Limits,
    window: Duration,
    counters: Arc<Mutex<Counters>>,
}

impl RateLimiter {
    pub fn new(limits: Limits) -> Self {
        RateLimiter { limits, window: Duration::from_secs(60), counters: Arc::default() }
    }

    /// Counts one request; `Err(seconds)` when over the limit.
    pub fn check(&self, bucket: Bucket, ip: IpAddr) -> Result<(), u64> {
        let now = Instant::now();
        let mut map = self.counters.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() > 100_000 {
            map.retain(|_, (start, _)| now.duration_since(*start) < self.window);
        }
        let entry = map.entry((bucket, ip)).or_insert((now, 0));
        if now.duration_since(entry.0) >= self.window {
            *entry = (now, 0);
        }
        entry.1 += 1;
        if entry.1 > self.limits.of(bucket) {
            let left = self.window.saturating_sub(now.duration_since(entry.0));
            return Err(left.as_secs().max(1));
        }
        Ok(())
    }
}

/// Which bucket a request path falls into, if any.
pub fn bucket_for(path: &str) -> Option<Bucket> {
    if path.starts_with("/sf/auth/enrol") || path.starts_with("/invite") {
        Some(Bucket::Invitation)
    } else if path.starts_with("/sf/auth/") || path.starts_with("/sf/account/passkeys/") {
        Some(Bucket::Ceremony)
    } else if path.starts_with("/api/") {
        Some(Bucket::Api)
    } else {
        None
    }
}

pub async fn limit(State(limiter): State<RateLimiter>, req: Request<Body>, next: Next) -> Response {
    if let Some(bucket) = bucket_for(req.uri().path()) {
        let ip =
            req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip()).unwrap_or(IpAddr::from([0, 0, 0, 0]));
        if let Err(retry_after) = limiter.check(bucket, ip) {
            tracing::warn!(?bucket, "rate limit reached");
            let path = req.uri().path();
            let mut res = if path.starts_with("/api/") {
                crate::problem::Problem(app::error::AppError::RateLimited { retry_after_secs: retry_after })
                    .into_response()
            } else if path.starts_with("/sf/") {
                // Server functions decode their error type from the body.
                let body = serde_json::to_string(&app::error::AppError::RateLimited { retry_after_secs: retry_after })
                    .unwrap_or_default();
                (StatusCode::TOO_MANY_REQUESTS, [(header::CONTENT_TYPE, "application/json")], body).into_response()
            } else {
                (StatusCode::TOO_MANY_REQUESTS, "too many requests; try again later").into_response()
            };
            if let Ok(v) = HeaderValue::from_str(&retry_after.to_string()) {
                res.headers_mut().insert(header::RETRY_AFTER, v);
            }
            return res;
        }
    }
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn over_the_limit_is_refused_with_a_wait() {
        let l = RateLimiter::new(Limits { ceremonies_per_minute: 2, invitations_per_minute: 1, api_per_minute: 5 });
        let ip: IpAddr = "10.0.0.1".parse().unwrap();
        assert!(l.check(Bucket::Ceremony, ip).is_ok());
        assert!(l.check(Bucket::Ceremony, ip).is_ok());
        let wait = l.check(Bucket::Ceremony, ip).unwrap_err();
        assert!((1..=60).contains(&wait));
        assert!(l.check(Bucket::Ceremony, "10.0.0.2".parse().unwrap()).is_ok(), "per address");
        assert!(l.check(Bucket::Invitation, ip).is_ok(), "per bucket");
    }

    #[test]
    fn paths_map_to_buckets() {
        assert_eq!(bucket_for("/sf/auth/sign-in/start"), Some(Bucket::Ceremony));
        assert_eq!(bucket_for("/sf/auth/enrol/start"), Some(Bucket::Invitation));
        assert_eq!(bucket_for("/invite/abc"), Some(Bucket::Invitation));
        assert_eq!(bucket_for("/api/v1/me"), Some(Bucket::Api));
        assert_eq!(bucket_for("/protocols/x"), None);
    }
}
