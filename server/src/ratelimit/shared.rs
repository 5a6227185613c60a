//! The limits that guard secrets — passkey ceremonies and invitation codes, where what matters
//! is how many guesses one client gets in all — are also counted in the database
//! (`rate_counts`), so that N instances behind one proxy allow no more than one would. A
//! request first passes its instance's memory counters (a flood stops there, without touching
//! the database), then costs one statement that adds one and returns the cluster's total.
//! The API and form-write limits stay per instance: they protect an instance's capacity, which
//! grows with the instances, and counting them in the database would add a write to every API
//! read (measured in `docs/benchmarks.md`).
//!
//! The client is stored as a keyed hash (a key derived from the signing key every instance
//! shares), never as an address or an account id: the table cannot be read back to who.

use super::{Bucket, ClientKey};
use app::store::{Db, rate_counts};
use sha2::{Digest, Sha256};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

#[derive(Clone)]
pub struct SharedCounts {
    db: Db,
    key: Arc<[u8; 32]>,
    /// The minute this instance last removed older minutes' rows.
    swept: Arc<AtomicI64>,
}

impl SharedCounts {
    /// `secret`: bytes every instance has and nobody else (the signing key's seed).
    pub fn new(db: Db, secret: &[u8]) -> SharedCounts {
        let key: [u8; 32] =
            Sha256::new().chain_update(b"portal.ratelimit.shared.v1\0").chain_update(secret).finalize().into();
        SharedCounts { db, key: Arc::new(key), swept: Arc::new(AtomicI64::new(0)) }
    }

    /// Whether the bucket is counted across the cluster.
    pub fn counts(bucket: Bucket) -> bool {
        matches!(bucket, Bucket::Ceremony | Bucket::Invitation)
    }

    /// Counts the request; `Err(seconds until the minute ends)` past `limit`. A database that
    /// cannot count lets the request through: the handler meets the same database and answers
    /// 503 itself; the instance's own limit still holds.
    pub async fn check(&self, bucket: Bucket, client: &ClientKey, limit: u32, unix_secs: i64) -> Result<(), u64> {
        let minute = unix_secs.div_euclid(60);
        if self.swept.swap(minute, Ordering::Relaxed) != minute {
            let db = self.db.clone();
            tokio::spawn(async move {
                if let Err(e) = rate_counts::forget_before(&db, minute - 1).await {
                    tracing::warn!(error = %e, "could not forget old rate-limit counts");
                }
            });
        }
        match rate_counts::hit(&self.db, bucket_name(bucket), &self.client_hash(client), minute).await {
            Ok(count) if count > i64::from(limit) => Err(u64::try_from(60 - unix_secs.rem_euclid(60)).unwrap_or(60)),
            Ok(_) => Ok(()),
            Err(e) => {
                tracing::warn!(error = %e, "shared rate-limit count failed: counted in this instance only");
                Ok(())
            }
        }
    }

    fn client_hash(&self, client: &ClientKey) -> String {
        let digest = Sha256::new().chain_update(self.key.as_slice()).chain_update(format!("{client:?}")).finalize();
        hex::encode(&digest[..16])
    }
}

fn bucket_name(bucket: Bucket) -> &'static str {
    match bucket {
        Bucket::Ceremony => "ceremony",
        Bucket::Invitation => "invitation",
        Bucket::Api => "api",
        Bucket::Write => "write",
    }
}
