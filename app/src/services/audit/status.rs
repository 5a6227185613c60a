//! The DPO's view of the audit chain: does it verify, how long is it, when was it last signed.

use super::{Verdict, length, verify};
use crate::services::ServiceError;
use crate::services::crypto::keys::SigningKeys;
use crate::store::{Db, audit_checkpoint};
use crate::views::audit::AuditStatus;
use sea_orm::{EntityTrait, PaginatorTrait, QueryOrder};

pub async fn status(db: &Db, keys: &SigningKeys) -> Result<AuditStatus, ServiceError> {
    let verdict = verify(db, &keys.public()).await?;
    let checkpoints = audit_checkpoint::Entity::find().count(&db.conn).await?;
    let last = audit_checkpoint::Entity::find().order_by_desc(audit_checkpoint::Column::Size).one(&db.conn).await?;
    let (chain_ok, chain_length, broken_at) = match verdict {
        Verdict::Ok { length, .. } => (true, length, None),
        Verdict::Broken { seq, .. } => (false, length(&db.conn).await?, Some(seq)),
    };
    Ok(AuditStatus { chain_ok, chain_length, broken_at, checkpoints, last_checkpoint_at: last.map(|c| c.signed_at) })
}
