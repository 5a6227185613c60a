//! API clients by token hash, kept in memory for a moment, so that a municipality system's
//! calls do not each pay a round trip for the token before their own query.
//!
//! A revocation made through this process drops its client at once ([`TokenCache::forget`]).
//! One made by another process (`portal token revoke`, another instance) is seen when the
//! client is next read from the database: at most [`FRESH`] after it was last read. Only
//! clients that are not revoked are kept, so unknown or revoked tokens always go to the
//! database and cannot fill the cache.

use super::api_client;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a client read from the database is trusted without reading it again.
pub const FRESH: Duration = Duration::from_secs(1);

/// More clients than any deployment has; past it, new ones are simply not kept.
const CAPACITY: usize = 10_000;

#[derive(Clone, Debug, Default)]
pub struct TokenCache {
    clients: Arc<Mutex<HashMap<String, (api_client::Model, Instant)>>>,
}

impl TokenCache {
    /// The client with this token hash, if it was read from the database less than
    /// [`FRESH`] ago.
    pub fn get(&self, token_hash: &str) -> Option<api_client::Model> {
        self.get_at(token_hash, Instant::now())
    }

    fn get_at(&self, token_hash: &str, at: Instant) -> Option<api_client::Model> {
        let clients = self.lock();
        let (client, read_at) = clients.get(token_hash)?;
        (at.saturating_duration_since(*read_at) < FRESH).then(|| client.clone())
    }

    /// Keeps a client just read from the database (a revoked one is not kept).
    pub fn keep(&self, client: &api_client::Model) {
        if client.revoked_at.is_some() {
            return;
        }
        let mut clients = self.lock();
        if clients.len() >= CAPACITY {
            clients.retain(|_, (_, read_at)| read_at.elapsed() < FRESH);
            if clients.len() >= CAPACITY {
                return;
            }
        }
        clients.insert(client.token_hash.clone(), (client.clone(), Instant::now()));
    }

    /// Drops a client (it was just revoked): its token goes to the database from now on.
    pub fn forget(&self, public_id: &str) {
        self.lock().retain(|_, (client, _)| client.public_id != public_id);
    }

    /// Drops the clients that read with this function-profile revision (a newer one replaced it).
    pub fn forget_profile(&self, function_profile_id: i32) {
        self.lock().retain(|_, (client, _)| client.function_profile_id != Some(function_profile_id));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, (api_client::Model, Instant)>> {
        // Every change is one insert or removal: a panic elsewhere leaves nothing half-done.
        self.clients.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(public_id: &str, token_hash: &str) -> api_client::Model {
        api_client::Model {
            id: 1,
            public_id: public_id.into(),
            party_id: 2,
            function_profile_id: Some(3),
            name: "system".into(),
            token_hash: token_hash.into(),
            created_at: chrono::DateTime::UNIX_EPOCH,
            expires_at: None,
            revoked_at: None,
        }
    }

    #[test]
    fn a_kept_client_is_found_by_its_token_until_it_is_forgotten() {
        let cache = TokenCache::default();
        assert_eq!(cache.get("h1"), None);
        cache.keep(&client("c1", "h1"));
        assert_eq!(cache.get("h1").map(|c| c.public_id), Some("c1".to_owned()));
        cache.forget("c1");
        assert_eq!(cache.get("h1"), None, "a revocation in this process counts at once");
    }

    #[test]
    fn a_client_is_read_again_once_it_is_no_longer_fresh() {
        let cache = TokenCache::default();
        cache.keep(&client("c1", "h1"));
        assert!(cache.get_at("h1", Instant::now() + FRESH / 2).is_some());
        assert_eq!(cache.get_at("h1", Instant::now() + FRESH), None, "a revocation elsewhere counts within FRESH");
    }

    #[test]
    fn revoked_clients_are_never_kept() {
        let cache = TokenCache::default();
        cache.keep(&api_client::Model { revoked_at: Some(chrono::DateTime::UNIX_EPOCH), ..client("c1", "h1") });
        assert_eq!(cache.get("h1"), None);
    }
}
