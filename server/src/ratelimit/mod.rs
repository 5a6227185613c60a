//! Rate limits, answered with 429 and `Retry-After` (never 5xx). A signed-in caller is
//! counted by account, anyone else by network ([`client`]); the counters live in bounded
//! memory ([`counters`]), per instance, and for the limits that guard secrets (ceremonies,
//! invitation codes) also in the database the instances share ([`shared`]).
//!
//! Signing out and keeping a session alive are never limited: a person on a shared phone
//! must always be able to end their session, whatever anyone else is sending.

pub mod client;
pub mod counters;
pub mod shared;

pub use client::{ClientKey, TrustedProxies};
pub use counters::{Bucket, Limits, RateLimiter};
pub use shared::SharedCounts;

use app::api::endpoints;
use app::domain::authz::Principal;
use axum::body::Body;
use axum::extract::{ConnectInfo, State};
use axum::http::{Method, Request};
use axum::middleware::Next;
use axum::response::Response;
use std::net::{IpAddr, SocketAddr};

/// What the limiter needs at run time.
#[derive(Clone)]
pub struct Limiting {
    pub limiter: RateLimiter,
    pub shared: SharedCounts,
    /// The portal's clock: shared counts are per wall-clock minute, the same on every instance.
    pub clock: app::services::context::Clock,
    pub proxies: TrustedProxies,
}

/// Server functions no limit ever applies to.
const NEVER_LIMITED: [&str; 2] = [endpoints::SIGN_OUT, endpoints::KEEP_ALIVE];
/// Server functions that only read (they are POSTs, as every server function is).
const READS: [&str; 3] = [endpoints::ACCOUNT_OVERVIEW, endpoints::PROTOCOLS_LIST, endpoints::PROTOCOL_PAGE];
/// Passkey ceremonies of a signed-in account (adding a passkey).
const ACCOUNT_CEREMONIES: [&str; 3] =
    [endpoints::PASSKEY_REAUTH, endpoints::PASSKEY_REGISTER, endpoints::PASSKEY_FINISH];

/// Which bucket a request falls into, if any.
pub fn bucket_for(method: &Method, path: &str) -> Option<Bucket> {
    if let Some(endpoint) = path.strip_prefix("/sf/") {
        return if NEVER_LIMITED.contains(&endpoint) || READS.contains(&endpoint) {
            None
        } else if endpoint.starts_with("auth/enrol") {
            Some(Bucket::Invitation)
        } else if endpoint.starts_with("auth/") || ACCOUNT_CEREMONIES.contains(&endpoint) {
            Some(Bucket::Ceremony)
        } else {
            Some(Bucket::Write)
        };
    }
    if path.starts_with("/invite") {
        Some(Bucket::Invitation)
    } else if path.starts_with("/api/") {
        Some(Bucket::Api)
    } else if !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        Some(Bucket::Write)
    } else {
        None
    }
}

pub async fn limit(State(limiting): State<Limiting>, req: Request<Body>, next: Next) -> Response {
    let Some(bucket) = bucket_for(req.method(), req.uri().path()) else {
        return next.run(req).await;
    };
    let key = match req.extensions().get::<Principal>() {
        Some(principal) => ClientKey::Account(principal.audit_id()),
        None => {
            let peer = req
                .extensions()
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0.ip())
                .unwrap_or(IpAddr::from([0, 0, 0, 0]));
            ClientKey::network(limiting.proxies.client_address(peer, req.headers()))
        }
    };
    let client = client_tag(&key);
    let mut verdict = limiting.limiter.check(bucket, key.clone());
    if verdict.is_ok() && SharedCounts::counts(bucket) {
        let limit = limiting.limiter.limit(bucket);
        verdict = limiting.shared.check(bucket, &key, limit, limiting.clock.now().timestamp()).await;
    }
    match verdict {
        Ok(()) => next.run(req).await,
        Err(retry_after) => {
            tracing::warn!(?bucket, client, "rate limit reached");
            let res = refusal(&req, retry_after);
            crate::request_limits::answer_early(req, res).await
        }
    }
}

/// A short, non-reversible tag for the log: enough to see that one client keeps hitting
/// the limit, without writing an address or an account id down.
fn client_tag(key: &ClientKey) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(format!("portal.ratelimit.v1:{key:?}").as_bytes());
    hex::encode(&digest[..6])
}

fn refusal(req: &Request<Body>, retry_after: u64) -> Response {
    let reason = crate::refusal::Reason::RateLimited { retry_after_secs: retry_after };
    crate::refusal::respond(req.uri().path(), req.headers(), req.extensions().get::<Principal>(), reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_map_to_buckets() {
        let (get, post) = (Method::GET, Method::POST);
        assert_eq!(bucket_for(&post, "/sf/auth/sign-in/start"), Some(Bucket::Ceremony));
        assert_eq!(bucket_for(&post, "/sf/account/passkeys/register"), Some(Bucket::Ceremony));
        assert_eq!(bucket_for(&post, "/sf/auth/enrol/start"), Some(Bucket::Invitation));
        assert_eq!(bucket_for(&get, "/invite/abc"), Some(Bucket::Invitation));
        assert_eq!(bucket_for(&get, "/api/v1/me"), Some(Bucket::Api));
        assert_eq!(bucket_for(&post, "/sf/consent/change"), Some(Bucket::Write));
        assert_eq!(bucket_for(&post, "/sf/account/passkeys/remove"), Some(Bucket::Write));
        assert_eq!(bucket_for(&post, "/agency/admin/api-clients"), Some(Bucket::Write));
        assert_eq!(bucket_for(&get, "/protocols/x"), None);
    }

    #[test]
    fn signing_out_and_keeping_alive_are_never_limited() {
        for endpoint in NEVER_LIMITED {
            assert_eq!(bucket_for(&Method::POST, &format!("/sf/{endpoint}")), None, "{endpoint}");
        }
        assert_eq!(bucket_for(&Method::POST, "/sf/protocols/list"), None, "a read");
    }
}
