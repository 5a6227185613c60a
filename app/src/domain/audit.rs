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

    // The chain format is persisted and verified years later, also by others: the time inside
    // a hash must have one fixed-width spelling that reads back as the instant (at the
    // microsecond precision both databases keep), and two different records must never encode
    // alike — a separator or a length prefix typed into one field (an actor, an object
    // reference) must not let it pass for a record whose fields are split differently.
    mod properties {
        use super::*;
        use crate::domain::hostile_input::{config, hostile};
        use chrono::SubsecRound;
        use proptest::prelude::*;

        /// Any instant from year 1 to year 9999 (the range `%Y` writes in four digits).
        fn instant() -> impl Strategy<Value = DateTime<Utc>> {
            (-62_135_596_800i64..=253_402_300_799, 0u32..1_000_000_000)
                .prop_map(|(s, ns)| DateTime::from_timestamp(s, ns).expect("in range"))
        }

        /// A record's inputs: seq, time, actor, action, object, payload hash, previous hash.
        type Record = (i64, DateTime<Utc>, String, String, String, String, String);

        fn record() -> impl Strategy<Value = Record> {
            let text = || prop_oneof![hostile(), "[a-z:.0-9]{0,12}"];
            (any::<i64>(), instant(), text(), text(), text(), "[0-9a-f]{0,64}", "[0-9a-f]{64}")
        }

        fn hash((seq, at, actor, action, object, payload, prev): &Record) -> String {
            entry_hash(*seq, at, actor, action, object, payload, prev)
        }

        /// The length-prefixed encoding of `field`, as `put` writes it.
        fn encoded(field: &str) -> String {
            let mut buf = Vec::new();
            put(&mut buf, field.as_bytes());
            String::from_utf8_lossy(&buf).into_owned()
        }

        proptest! {
            #![proptest_config(config(256))]

            #[test]
            fn canonical_time_is_fixed_width_and_reads_back_to_the_microsecond(t in instant()) {
                let text = canonical_time(&t);
                prop_assert_eq!(text.len(), "2026-01-02T03:04:05.000000Z".len());
                let read: DateTime<Utc> = text.parse().expect("RFC 3339");
                prop_assert_eq!(read, t.trunc_subsecs(6));
                prop_assert_eq!(canonical_time(&read), text);
            }

            #[test]
            fn entry_hash_is_deterministic_hex(r in record()) {
                let h = hash(&r);
                prop_assert_eq!(&h, &hash(&r.clone()));
                prop_assert!(h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
            }

            #[test]
            fn changing_any_one_input_changes_the_hash(r in record(), other in record(), which in 0usize..7) {
                let mut changed = r.clone();
                match which {
                    0 => changed.0 = other.0,
                    1 => changed.1 = other.1,
                    2 => changed.2 = other.2,
                    3 => changed.3 = other.3,
                    4 => changed.4 = other.4,
                    5 => changed.5 = other.5,
                    _ => changed.6 = other.6,
                }
                let same_time = canonical_time(&changed.1) == canonical_time(&r.1);
                if changed != r && (which != 1 || !same_time) {
                    prop_assert_ne!(hash(&changed), hash(&r));
                }
            }

            #[test]
            fn text_moved_between_fields_changes_the_hash(r in record(), cut in 0usize..64, to in 2usize..5) {
                // The same bytes, split at another place between the actor, action and object.
                let joined = format!("{}{}{}", r.2, r.3, r.4);
                let mut at = cut.min(joined.len());
                while !joined.is_char_boundary(at) {
                    at -= 1;
                }
                let (head, tail) = joined.split_at(at);
                let mut moved = r.clone();
                (moved.2, moved.3, moved.4) = match to {
                    2 => (head.to_owned(), tail.to_owned(), String::new()),
                    3 => (String::new(), head.to_owned(), tail.to_owned()),
                    _ => (head.to_owned(), String::new(), tail.to_owned()),
                };
                if (&moved.2, &moved.3, &moved.4) != (&r.2, &r.3, &r.4) {
                    prop_assert_ne!(hash(&moved), hash(&r));
                }
            }

            #[test]
            fn a_field_carrying_the_next_fields_encoding_does_not_pass_for_them(r in record()) {
                // An actor that holds the action's and object's encodings, and both left empty.
                let mut forged = r.clone();
                forged.2 = format!("{}{}{}", r.2, encoded(&r.3), encoded(&r.4));
                (forged.3, forged.4) = (String::new(), String::new());
                prop_assert_ne!(hash(&forged), hash(&r));
            }
        }
    }

    #[test]
    fn canonical_time_is_fixed_width_utc() {
        let t: DateTime<Utc> = "2026-01-02T03:04:05Z".parse().unwrap();
        assert_eq!(canonical_time(&t), "2026-01-02T03:04:05.000000Z");
    }
}
