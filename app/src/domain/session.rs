//! Session lifetime: idle timeout 30 minutes, absolute lifetime 12 hours, ending is final.

use chrono::{DateTime, Duration, Utc};

pub const IDLE_MINUTES: i64 = 30;
pub const ABSOLUTE_HOURS: i64 = 12;

/// How recent a proof with a passkey must be before a passkey may be removed (ASVS 7.5.1):
/// someone who finds an unlocked phone cannot strip the owner's other keys.
pub const RECENT_PROOF_MINUTES: i64 = 10;

/// Whether the session's holder proved who they are (sign-in or re-authentication with a
/// passkey) recently enough to remove a passkey. A session that never proved it does not.
pub fn proof_is_recent(verified_at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
    verified_at.is_some_and(|at| at <= now && now - at <= Duration::minutes(RECENT_PROOF_MINUTES))
}

/// The times a session's life depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionTimes {
    pub last_seen_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub ended_at: Option<DateTime<Utc>>,
}

/// When a session started at `created_at` ends at the latest.
pub fn absolute_end(created_at: DateTime<Utc>) -> DateTime<Utc> {
    created_at + Duration::hours(ABSOLUTE_HOURS)
}

/// Why a token no longer opens a session (for the "you were signed out" message).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expired {
    Idle,
    Absolute,
    Ended,
}

pub fn check(s: SessionTimes, now: DateTime<Utc>) -> Result<(), Expired> {
    if s.ended_at.is_some() {
        Err(Expired::Ended)
    } else if now >= s.expires_at {
        Err(Expired::Absolute)
    } else if now - s.last_seen_at >= Duration::minutes(IDLE_MINUTES) {
        Err(Expired::Idle)
    } else {
        Ok(())
    }
}

/// "Seen now" is written at most twice a minute: a page view need not be a database write,
/// and 30 seconds do not matter against a 30-minute idle limit.
pub fn worth_recording_seen(last_seen_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    now - last_seen_at >= Duration::seconds(30)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removing_a_passkey_needs_a_recent_proof() {
        let now = Utc::now();
        assert!(proof_is_recent(Some(now - Duration::minutes(9)), now));
        assert!(proof_is_recent(Some(now - Duration::minutes(RECENT_PROOF_MINUTES)), now));
        assert!(!proof_is_recent(Some(now - Duration::minutes(11)), now));
        assert!(!proof_is_recent(None, now), "a session that never proved it");
        assert!(!proof_is_recent(Some(now + Duration::minutes(1)), now), "not from the future");
    }

    fn started(created: DateTime<Utc>, seen: DateTime<Utc>) -> SessionTimes {
        SessionTimes { last_seen_at: seen, expires_at: absolute_end(created), ended_at: None }
    }

    #[test]
    fn idle_and_absolute_limits() {
        let t0: DateTime<Utc> = "2026-01-01T08:00:00Z".parse().unwrap();
        let s = started(t0, t0);
        assert_eq!(check(s, t0 + Duration::minutes(29)), Ok(()));
        assert_eq!(check(s, t0 + Duration::minutes(30)), Err(Expired::Idle));
        let busy = started(t0, t0 + Duration::hours(11) + Duration::minutes(59));
        assert_eq!(check(busy, t0 + Duration::hours(12) - Duration::seconds(1)), Ok(()));
        assert_eq!(check(busy, t0 + Duration::hours(12)), Err(Expired::Absolute));
        let ended = SessionTimes { ended_at: Some(t0), ..s };
        assert_eq!(check(ended, t0), Err(Expired::Ended));
    }

    #[test]
    fn being_seen_is_written_at_most_twice_a_minute() {
        let t0: DateTime<Utc> = "2026-01-01T08:00:00Z".parse().unwrap();
        assert!(!worth_recording_seen(t0, t0 + Duration::seconds(29)));
        assert!(worth_recording_seen(t0, t0 + Duration::seconds(30)));
    }
}
