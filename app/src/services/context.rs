//! What the server gives to every SSR render and server-function call (the same value both),
//! and the clock every handler reads `now` from.

use super::ServiceError;
use super::crypto::keys::SigningKeys;
use crate::store::Db;
use chrono::{DateTime, SubsecRound, Utc};
use leptos::prelude::use_context;
use std::sync::{Arc, Mutex};

/// A handle on what every handler shares: cloning it (axum and Leptos do, for every request)
/// costs one reference count.
#[derive(Clone, Debug)]
pub struct AppContext(Arc<ContextParts>);

#[derive(Debug)]
pub struct ContextParts {
    pub db: Db,
    pub keys: SigningKeys,
    /// Origin used for links, e.g. `http://localhost:3000`.
    pub public_url: String,
    /// The WebAuthn relying party (id and origin from the public URL).
    pub webauthn: Arc<webauthn_rs::Webauthn>,
    pub clock: Clock,
    /// The audit chain's last verification (a background job refreshes it).
    pub audit_watch: super::audit::watch::AuditWatch,
    /// Disclosures to recipients, written in batches (group commit) on `db`.
    pub disclosures: super::disclosure::Disclosures,
    /// A person's own consent saves, written in batches (group commit) on `db`.
    pub consents: super::consent::Consents,
}

impl AppContext {
    pub fn new(parts: ContextParts) -> AppContext {
        AppContext(Arc::new(parts))
    }

    /// Now, for the operation a handler is about to run: services take it as an argument.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }
}

impl std::ops::Deref for AppContext {
    type Target = ContextParts;
    fn deref(&self) -> &ContextParts {
        &self.0
    }
}

/// Where "now" comes from: the system clock, or (in tests) a clock that is set by hand, so
/// that a scenario can stand at 23:30 on a protocol's last day. Handlers read it once and pass
/// it on; services never read the time themselves.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    fixed: Option<Arc<Mutex<DateTime<Utc>>>>,
}

impl Clock {
    pub fn system() -> Clock {
        Clock { fixed: None }
    }

    /// A clock that stands still at `at` until [`Clock::set`] moves it.
    pub fn fixed(at: DateTime<Utc>) -> Clock {
        Clock { fixed: Some(Arc::new(Mutex::new(at))) }
    }

    /// Now, at the precision both databases keep (microseconds), so hashes survive a round trip.
    pub fn now(&self) -> DateTime<Utc> {
        let t = match &self.fixed {
            Some(at) => *at.lock().unwrap_or_else(|e| e.into_inner()),
            None => Utc::now(),
        };
        t.trunc_subsecs(6)
    }

    /// Moves a fixed clock (every clone of it moves). The system clock cannot be set.
    pub fn set(&self, at: DateTime<Utc>) {
        if let Some(fixed) = &self.fixed {
            *fixed.lock().unwrap_or_else(|e| e.into_inner()) = at;
        }
    }
}

pub fn app() -> Result<AppContext, ServiceError> {
    use_context::<AppContext>().ok_or(ServiceError::Internal("the server did not provide its context"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_stands_still_until_set_and_the_system_clock_cannot_be_set() {
        let t: DateTime<Utc> = "2022-06-30T21:30:00.123456789Z".parse().unwrap();
        let clock = Clock::fixed(t);
        let same = clock.clone();
        assert_eq!(clock.now(), t.trunc_subsecs(6));
        same.set(t + chrono::Duration::hours(1));
        assert_eq!(clock.now(), (t + chrono::Duration::hours(1)).trunc_subsecs(6));
        let system = Clock::system();
        system.set(t);
        assert_ne!(system.now(), t.trunc_subsecs(6));
    }
}
