//! The audit spine: one append function for every write, and the verifier.
//!
//! Each entry's hash is SHA-256 over a fixed binary encoding (length-prefixed fields, never
//! JSON key order) that includes the previous entry's hash. The single `audit_head` row is
//! the chain head: on PostgreSQL it is locked `FOR UPDATE`, so appends from any number of
//! processes serialise; on SQLite the write transaction already holds the file's write lock.

use super::keys::SigningKeys;
use super::{ServiceError, WriteTx, now};
use crate::store::{Db, audit_checkpoint, audit_entry, audit_head};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, LockType};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use sha2::{Digest, Sha256};

pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What happened, by whom, to what. Only ids and hashes: never personal values.
#[derive(Debug, Clone)]
pub struct AuditRecord {
    /// Pseudonymous actor id, e.g. `staff:<uuid>`, `api:<uuid>`, `person:<uuid>`, `system`.
    pub actor: String,
    /// Dotted action name, e.g. `consent.give`, `disclosure.record`.
    pub action: &'static str,
    /// What the action touched, e.g. `disclosure:42`.
    pub object_ref: String,
    /// SHA-256 (hex) of the change's canonical payload.
    pub payload_hash: String,
}

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

/// Appends the entry for a change whose canonical payload is `payload`: only its hash is kept.
pub async fn record(
    tx: &WriteTx<'_>,
    actor: impl Into<String>,
    action: &'static str,
    object_ref: String,
    payload: &str,
) -> Result<i64, DbErr> {
    append(tx, AuditRecord { actor: actor.into(), action, object_ref, payload_hash: sha256_hex(payload.as_bytes()) })
        .await
}

/// Appends one entry inside the caller's transaction and returns its sequence number.
pub async fn append(tx: &WriteTx<'_>, record: AuditRecord) -> Result<i64, DbErr> {
    let head = audit_head::Entity::find_by_id(1)
        .lock(LockType::Update)
        .one(&tx.tx)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("audit_head".into()))?;
    let seq = head.seq + 1;
    let occurred_at = now();
    let hash = entry_hash(
        seq,
        &occurred_at,
        &record.actor,
        record.action,
        &record.object_ref,
        &record.payload_hash,
        &head.head_hash,
    );
    audit_entry::ActiveModel {
        seq: Set(seq),
        occurred_at: Set(occurred_at),
        actor: Set(record.actor),
        action: Set(record.action.to_owned()),
        object_ref: Set(record.object_ref),
        payload_hash: Set(record.payload_hash),
        prev_hash: Set(head.head_hash),
        entry_hash: Set(hash.clone()),
    }
    .insert(&tx.tx)
    .await?;
    audit_head::Entity::update_many()
        .col_expr(audit_head::Column::Seq, Expr::value(seq))
        .col_expr(audit_head::Column::HeadHash, Expr::value(hash))
        .filter(audit_head::Column::Id.eq(1))
        .exec(&tx.tx)
        .await?;
    Ok(seq)
}

/// Why verification stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The entry's content no longer matches its hash.
    Changed,
    /// The entry is not there: the sequence skips it.
    Missing,
    /// The entry is intact but does not follow its predecessor.
    Reordered,
    /// The chain is shorter than a signed checkpoint (or the head) says it was.
    Truncated { expected_len: i64 },
    /// A checkpoint's signature does not verify with the portal's key.
    BadCheckpoint { checkpoint_id: i32 },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Ok { length: i64, checkpoints: usize },
    Broken { seq: i64, problem: Problem },
}

/// Walks the whole chain, then checks the head and every checkpoint against it.
pub async fn verify(db: &Db, keys: &SigningKeys) -> Result<Verdict, DbErr> {
    const PAGE: u64 = 2000;
    let checkpoints =
        audit_checkpoint::Entity::find().order_by_asc(audit_checkpoint::Column::Size).all(&db.conn).await?;
    for cp in &checkpoints {
        if !keys.verify_checkpoint(cp.size, &cp.head_hash, &cp.signed_at, &cp.signature) {
            return Ok(Verdict::Broken { seq: cp.size, problem: Problem::BadCheckpoint { checkpoint_id: cp.id } });
        }
    }
    let wanted: Vec<(i64, String)> = checkpoints.iter().map(|c| (c.size, c.head_hash.clone())).collect();
    let mut wanted = wanted.into_iter().peekable();
    let mut expected = 1i64;
    let mut prev = GENESIS_HASH.to_owned();
    loop {
        let page = audit_entry::Entity::find()
            .filter(audit_entry::Column::Seq.gte(expected))
            .order_by_asc(audit_entry::Column::Seq)
            .limit(PAGE)
            .all(&db.conn)
            .await?;
        let done = (page.len() as u64) < PAGE;
        for e in page {
            if e.seq != expected {
                return Ok(Verdict::Broken { seq: expected, problem: Problem::Missing });
            }
            let recomputed =
                entry_hash(e.seq, &e.occurred_at, &e.actor, &e.action, &e.object_ref, &e.payload_hash, &e.prev_hash);
            if recomputed != e.entry_hash {
                return Ok(Verdict::Broken { seq: e.seq, problem: Problem::Changed });
            }
            if e.prev_hash != prev {
                return Ok(Verdict::Broken { seq: e.seq, problem: Problem::Reordered });
            }
            while let Some((size, hash)) = wanted.peek() {
                if *size != e.seq {
                    break;
                }
                if *hash != e.entry_hash {
                    return Ok(Verdict::Broken { seq: e.seq, problem: Problem::Changed });
                }
                wanted.next();
            }
            prev = e.entry_hash;
            expected += 1;
        }
        if done {
            break;
        }
    }
    let length = expected - 1;
    if let Some((size, _)) = wanted.next() {
        return Ok(Verdict::Broken { seq: length + 1, problem: Problem::Truncated { expected_len: size } });
    }
    let head = audit_head::Entity::find_by_id(1).one(&db.conn).await?;
    if let Some(head) = head {
        if head.seq > length {
            return Ok(Verdict::Broken { seq: length + 1, problem: Problem::Truncated { expected_len: head.seq } });
        }
        if head.seq < length || head.head_hash != prev {
            return Ok(Verdict::Broken { seq: head.seq.max(1), problem: Problem::Changed });
        }
    }
    Ok(Verdict::Ok { length, checkpoints: checkpoints.len() })
}

/// Signs the current head, unless it is already checkpointed. Returns the checkpointed size.
pub async fn checkpoint(db: &Db, keys: &SigningKeys) -> Result<Option<i64>, ServiceError> {
    // A write like any other: through the writer queue on SQLite, not around it.
    let tx = WriteTx::begin(db).await?;
    let head = audit_head::Entity::find_by_id(1).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
    if head.seq == 0 {
        return Ok(None);
    }
    let exists = audit_checkpoint::Entity::find()
        .filter(audit_checkpoint::Column::Size.eq(head.seq))
        .one(&tx.tx)
        .await?
        .is_some();
    if exists {
        return Ok(None);
    }
    let signed_at = now();
    let signature = keys.sign_checkpoint(head.seq, &head.head_hash, &signed_at);
    let insert = audit_checkpoint::ActiveModel {
        size: Set(head.seq),
        head_hash: Set(head.head_hash),
        signed_at: Set(signed_at),
        key_id: Set(keys.key_id()),
        signature: Set(signature),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await;
    match insert {
        Ok(_) => {
            tx.commit().await?;
            Ok(Some(head.seq))
        }
        // Another instance signed the same head a moment earlier: that is the same checkpoint.
        Err(e) if is_unique_violation(&e) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

fn is_unique_violation(e: &DbErr) -> bool {
    matches!(e.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_)))
}

/// Checkpoints as JSON lines (with the public key), for keeping outside the portal.
pub async fn export_checkpoints(db: &Db, keys: &SigningKeys) -> Result<Vec<String>, DbErr> {
    let rows = audit_checkpoint::Entity::find().order_by_asc(audit_checkpoint::Column::Size).all(&db.conn).await?;
    Ok(rows
        .into_iter()
        .map(|c| {
            serde_json::json!({
                "size": c.size,
                "head_hash": c.head_hash,
                "signed_at": canonical_time(&c.signed_at),
                "key_id": c.key_id,
                "public_key": keys.public_key_base64(),
                "signature": c.signature,
            })
            .to_string()
        })
        .collect())
}

/// The chain length, for status pages and tests.
pub async fn length<C: ConnectionTrait>(conn: &C) -> Result<i64, DbErr> {
    Ok(audit_head::Entity::find_by_id(1).one(conn).await?.map(|h| h.seq).unwrap_or(0))
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
