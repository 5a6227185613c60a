//! Signed checkpoints (size, head hash) of the audit chain, and their export for keeping
//! outside the portal.

use super::canonical_time;
use crate::services::crypto::keys::SigningKeys;
use crate::services::{ServiceError, WriteTx};
use crate::store::{Db, audit_checkpoint, audit_head};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};

/// Signs the current head, unless it is already checkpointed. Returns the checkpointed size.
pub async fn checkpoint(db: &Db, keys: &SigningKeys, now: DateTime<Utc>) -> Result<Option<i64>, ServiceError> {
    // A write like any other: through the writer queue on SQLite, not around it.
    let tx = WriteTx::begin(db, now).await?;
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
    let signed_at = tx.now;
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
