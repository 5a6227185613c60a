//! The audit spine: one append function for every write (`record`; `append_all` for a batch),
//! the verifier and the signed checkpoints.
//!
//! The single `audit_head` row is the chain head: on PostgreSQL it is locked `FOR UPDATE`, so
//! appends from any number of processes serialise; on SQLite the write transaction already
//! holds the file's write lock. Entries are stamped with the transaction's `now`, never earlier
//! than the entry before them.

pub mod browse;
mod checkpoint;
pub mod status;
mod verify;
pub mod watch;

pub use crate::domain::audit::{GENESIS_HASH, canonical_time, entry_hash, sha256_hex};
pub use checkpoint::{checkpoint, export_checkpoints};
pub use verify::{Problem, Verdict, verify};

use super::WriteTx;
use crate::store::{audit_entry, audit_head};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, JoinType, LockType, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

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
    let seqs = append_all(tx, vec![record]).await?;
    seqs.first().copied().ok_or_else(|| DbErr::Custom("no audit entry was appended".into()))
}

/// Appends the entries in order, inside the caller's transaction, and returns their sequence
/// numbers: one read of the head, one insert, one move of the head however many there are (a
/// batch of disclosures extends the chain once).
pub async fn append_all(tx: &WriteTx<'_>, records: Vec<AuditRecord>) -> Result<Vec<i64>, DbErr> {
    if records.is_empty() {
        return Ok(Vec::new());
    }
    // The head, locked, and the time of the entry it names: one round trip (every write pays it).
    let query = Query::select()
        .column((audit_head::Entity, audit_head::Column::Seq))
        .column((audit_head::Entity, audit_head::Column::HeadHash))
        .expr_as(Expr::col((audit_entry::Entity, audit_entry::Column::OccurredAt)), Alias::new("last_at"))
        .from(audit_head::Entity)
        .join(
            JoinType::LeftJoin,
            audit_entry::Entity,
            Expr::col((audit_entry::Entity, audit_entry::Column::Seq))
                .equals((audit_head::Entity, audit_head::Column::Seq)),
        )
        .and_where(Expr::col((audit_head::Entity, audit_head::Column::Id)).eq(1))
        .lock_with_tables(LockType::Update, [audit_head::Entity])
        .to_owned();
    let row = tx.tx.query_one(&query).await?.ok_or_else(|| DbErr::RecordNotFound("audit_head".into()))?;
    let mut seq: i64 = row.try_get("", "seq")?;
    let mut head_hash: String = row.try_get("", "head_hash")?;
    let last_at: Option<chrono::DateTime<chrono::Utc>> = row.try_get("", "last_at")?;
    // The transaction's instant was read before the chain head was locked; another append may
    // have come in between. Entries keep the order of the chain: never earlier than the last.
    let occurred_at = last_at.map_or(tx.now, |t| std::cmp::max(t, tx.now));
    let mut seqs = Vec::with_capacity(records.len());
    let mut rows = Vec::with_capacity(records.len());
    for record in records {
        seq += 1;
        let hash = entry_hash(
            seq,
            &occurred_at,
            &record.actor,
            record.action,
            &record.object_ref,
            &record.payload_hash,
            &head_hash,
        );
        rows.push(audit_entry::ActiveModel {
            seq: Set(seq),
            occurred_at: Set(occurred_at),
            actor: Set(record.actor),
            action: Set(record.action.to_owned()),
            object_ref: Set(record.object_ref),
            payload_hash: Set(record.payload_hash),
            prev_hash: Set(std::mem::replace(&mut head_hash, hash.clone())),
            entry_hash: Set(hash),
        });
        seqs.push(seq);
    }
    audit_entry::Entity::insert_many(rows).exec_without_returning(&tx.tx).await?;
    audit_head::Entity::update_many()
        .col_expr(audit_head::Column::Seq, Expr::value(seq))
        .col_expr(audit_head::Column::HeadHash, Expr::value(head_hash))
        .filter(audit_head::Column::Id.eq(1))
        .exec(&tx.tx)
        .await?;
    Ok(seqs)
}

/// The chain length, for status pages and tests.
pub async fn length<C: ConnectionTrait>(conn: &C) -> Result<i64, DbErr> {
    Ok(audit_head::Entity::find_by_id(1).one(conn).await?.map(|h| h.seq).unwrap_or(0))
}
