//! Fixed one-minute windows of counters per bucket and client, in bounded memory.
//!
//! All clients share the window boundaries, so a new window starts by forgetting the old
//! one at once (no sweep over live entries, no growth across windows). Within a window the
//! table holds at most `capacity` clients; when a flood fills it, clients not yet in the
//! table share one overflow counter per bucket: the flood is throttled as one client and
//! everyone already counted keeps their own allowance. Every operation is O(1).

use super::client::ClientKey;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bucket {
    /// Passkey ceremonies: sign-in, adding a passkey.
    Ceremony,
    /// Looking up or redeeming an invitation (link or short code).
    Invitation,
    /// The REST API.
    Api,
    /// State changes by a signed-in account (consent, corrections, passkey removal, …).
    Write,
}

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub ceremonies_per_minute: u32,
    pub invitations_per_minute: u32,
    pub api_per_minute: u32,
    pub writes_per_minute: u32,
}

impl Limits {
    fn of(&self, b: Bucket) -> u32 {
        match b {
            Bucket::Ceremony => self.ceremonies_per_minute,
            Bucket::Invitation => self.invitations_per_minute,
            Bucket::Api => self.api_per_minute,
            Bucket::Write => self.writes_per_minute,
        }
    }
}

/// How many clients one window remembers (a few MiB at most).
pub const DEFAULT_CAPACITY: usize = 100_000;

struct Window {
    number: u64,
    counts: HashMap<(Bucket, ClientKey), u32>,
    overflow: HashMap<Bucket, u32>,
}

#[derive(Clone)]
pub struct RateLimiter {
    limits: Limits,
    window: Duration,
    capacity: usize,
    epoch: Instant,
    state: Arc<Mutex<Window>>,
}

impl RateLimiter {
    pub fn new(limits: Limits) -> Self {
        Self::with_capacity(limits, DEFAULT_CAPACITY)
    }

    pub fn with_capacity(limits: Limits, capacity: usize) -> Self {
        let state = Window { number: 0, counts: HashMap::new(), overflow: HashMap::new() };
        RateLimiter {
            limits,
            window: Duration::from_secs(60),
            capacity,
            epoch: Instant::now(),
            state: Arc::new(Mutex::new(state)),
        }
    }

    /// The limit per minute of `bucket`.
    pub fn limit(&self, bucket: Bucket) -> u32 {
        self.limits.of(bucket)
    }

    /// Counts one request; `Err(seconds until the window ends)` when over the limit.
    pub fn check(&self, bucket: Bucket, key: ClientKey) -> Result<(), u64> {
        self.check_at(bucket, key, Instant::now())
    }

    fn check_at(&self, bucket: Bucket, key: ClientKey, now: Instant) -> Result<(), u64> {
        let elapsed = now.saturating_duration_since(self.epoch);
        let number = (elapsed.as_secs() / self.window.as_secs()) + 1;
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.number != number {
            // Dropping the old table is the only cost proportional to its size, once a window.
            *state = Window { number, counts: HashMap::new(), overflow: HashMap::new() };
        }
        let full = state.counts.len() >= self.capacity;
        let count = match state.counts.get_mut(&(bucket, key.clone())) {
            Some(count) => count,
            None if full => {
                if state.overflow.is_empty() {
                    tracing::warn!(capacity = self.capacity, "rate-limit table full: new clients share one allowance");
                }
                state.overflow.entry(bucket).or_insert(0)
            }
            None => state.counts.entry((bucket, key)).or_insert(0),
        };
        *count = count.saturating_add(1);
        if *count > self.limits.of(bucket) {
            let window_end = self.window * u32::try_from(number).unwrap_or(u32::MAX);
            return Err(window_end.saturating_sub(elapsed).as_secs().max(1));
        }
        Ok(())
    }

    #[cfg(test)]
    fn remembered(&self) -> usize {
        self.state.lock().map(|s| s.counts.len()).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::IpAddr;

    fn limits(n: u32) -> Limits {
        Limits { ceremonies_per_minute: n, invitations_per_minute: n, api_per_minute: n, writes_per_minute: n }
    }

    fn net(text: &str) -> ClientKey {
        ClientKey::network(text.parse::<IpAddr>().unwrap())
    }

    #[test]
    fn over_the_limit_is_refused_with_a_wait() {
        let l = RateLimiter::new(Limits { ceremonies_per_minute: 2, ..limits(1) });
        let ip = net("10.0.0.1");
        assert!(l.check(Bucket::Ceremony, ip.clone()).is_ok());
        assert!(l.check(Bucket::Ceremony, ip.clone()).is_ok());
        let wait = l.check(Bucket::Ceremony, ip.clone()).unwrap_err();
        assert!((1..=60).contains(&wait));
        assert!(l.check(Bucket::Ceremony, net("10.0.0.2")).is_ok(), "per address");
        assert!(l.check(Bucket::Invitation, ip).is_ok(), "per bucket");
        assert!(l.check(Bucket::Ceremony, ClientKey::Account("person:a".into())).is_ok(), "accounts apart");
    }

    #[test]
    fn rotating_addresses_inside_one_ipv6_64_does_not_escape_the_limit() {
        let l = RateLimiter::new(limits(1));
        assert!(l.check(Bucket::Invitation, net("2001:db8::1")).is_ok());
        let refused = (2..1000u32).filter(|n| l.check(Bucket::Invitation, net(&format!("2001:db8::{n:x}"))).is_err());
        assert_eq!(refused.count(), 998, "every further address of the /64 is the same client");
    }

    #[test]
    fn a_new_window_starts_afresh() {
        let l = RateLimiter::new(limits(1));
        let t0 = l.epoch;
        assert!(l.check_at(Bucket::Write, net("10.0.0.1"), t0).is_ok());
        let wait = l.check_at(Bucket::Write, net("10.0.0.1"), t0 + Duration::from_secs(45)).unwrap_err();
        assert_eq!(wait, 15, "until the window ends");
        assert!(l.check_at(Bucket::Write, net("10.0.0.1"), t0 + Duration::from_secs(61)).is_ok());
        assert_eq!(l.remembered(), 1, "the old window is forgotten");
    }

    #[test]
    fn memory_is_bounded_and_a_flood_of_new_clients_shares_one_allowance() {
        let l = RateLimiter::with_capacity(limits(3), 1_000);
        let known = net("192.0.2.1");
        assert!(l.check(Bucket::Ceremony, known.clone()).is_ok());
        let mut flood_refused = 0;
        for n in 0..200_000u32 {
            let key = ClientKey::network(IpAddr::from(std::net::Ipv4Addr::from(0x0a00_0000 + n)));
            if l.check(Bucket::Ceremony, key).is_err() {
                flood_refused += 1;
            }
        }
        assert_eq!(l.remembered(), 1_000, "never more than the capacity");
        assert_eq!(flood_refused, 200_000 - 999 - 3, "past the table, the flood is one client");
        assert!(l.check(Bucket::Ceremony, known).is_ok(), "a client counted before the flood keeps its allowance");
    }
}
