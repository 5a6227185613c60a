//! The audit chain's hashing: SHA-256 over a fixed binary encoding (length-prefixed fields,
//! never JSON key order) that includes the previous entry's hash. Pure; the append and the
//! verifier (`services::audit`) use it, and so do checkpoint signatures and receipts.

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// SHA-256 of arbitrary bytes, as lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Canonical time format inside hashes: UTC, microseconds, `Z`.
pub fn canonical_time(t: &DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

fn put(buf: &mut Vec<u8>, bytes: &[u8]) {
    buf.extend_from_slice(&(bytes.len() as u32).to_be_bytes());
    buf.extend_from_slice(bytes);
}

/// The entry hash: a versioned tag, then every field length-prefixed in a fixed order.
pub fn entry_hash(
    seq: i64,
    occurred_at: &DateTime<Utc>,
    actor: &str,
    action: &str,
    object_ref: &str,
    payload_hash: &str,
    prev_hash: &str,
) -> String {
    let mut buf = Vec::with_capacity(256);
    put(&mut buf, b"portal.audit.v1");
    buf.extend_from_slice(&seq.to_be_bytes());
    for field in [canonical_time(occurred_at).as_str(), actor, action, object_ref, payload_hash, prev_hash] {
        put(&mut buf, field.as_bytes());
    }
    sha256_hex(&buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_hash_depends_on_every_field() {
        let t: DateTime<Utc> = "2026-01-02T03:04:05.123456Z".parse().unwrap();
        let base = entry_hash(1, &t, "system", "demo.seed", "x:1", "aa", GENESIS_HASH);
        assert_eq!(base, entry_hash(1, &t, "system", "demo.seed", "x:1", "aa", GENESIS_HASH));
        assert_ne!(base, entry_hash(2, &t, "system", "demo.seed", "x:1", "aa", GENESIS_HASH));
        assert_ne!(base, entry_hash(1, &t, "system", "demo.seed", "x:2", "aa", GENESIS_HASH));
        // Length prefixes keep field boundaries: moving a character between fields changes the hash.
        assert_ne!(
            entry_hash(1, &t, "ab", "c", "x", "aa", GENESIS_HASH),
            entry_hash(1, &t, "a", "bc", "x", "aa", GENESIS_HASH)
        );
    }

    #[test]
    fn canonical_time_is_fixed_width_utc() {
        let t: DateTime<Utc> = "2026-01-02T03:04:05Z".parse().unwrap();
        assert_eq!(canonical_time(&t), "2026-01-02T03:04:05.000000Z");
    }
}
