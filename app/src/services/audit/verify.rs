//! `portal audit verify` and the DPO's status: walks the whole chain, then checks the head and
//! every signed checkpoint against it, and names the first entry that was changed, removed or
//! reordered.

use super::{GENESIS_HASH, entry_hash};
use crate::services::crypto::keys::PublicKey;
use crate::store::{Db, audit_checkpoint, audit_entry, audit_head};
use sea_orm::{ColumnTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

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
    /// A checkpoint's signature does not verify with the key given; `signed_with` is the id
    /// of the key the checkpoint names (another key, or the same one if the checkpoint changed).
    BadCheckpoint { checkpoint_id: i32, signed_with: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Ok { length: i64, checkpoints: usize },
    Broken { seq: i64, problem: Problem },
}

/// Walks the whole chain, then checks the head and every checkpoint against it; checkpoint
/// signatures with `key`, the portal's public key (a verifier needs nothing secret).
pub async fn verify(db: &Db, key: &PublicKey) -> Result<Verdict, DbErr> {
    const PAGE: u64 = 2000;
    let checkpoints =
        audit_checkpoint::Entity::find().order_by_asc(audit_checkpoint::Column::Size).all(&db.conn).await?;
    for cp in &checkpoints {
        if !key.verifies_checkpoint(cp.size, &cp.head_hash, &cp.signed_at, &cp.signature) {
            let problem = Problem::BadCheckpoint { checkpoint_id: cp.id, signed_with: cp.key_id.clone() };
            return Ok(Verdict::Broken { seq: cp.size, problem });
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
