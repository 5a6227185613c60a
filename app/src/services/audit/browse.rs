//! The DPO's view of the audit log itself: its entries newest first, fifty a page, narrowed to
//! an actor (by the start of its id) and an action. Entries hold ids and hashes only, never a
//! personal value, so they are shown as stored.

use crate::services::ServiceError;
use crate::store::{Db, audit_entry};
use crate::views::audit::{AuditFilter, AuditLogPage, AuditRow};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

pub const PAGE_SIZE: u64 = 50;

pub async fn page(db: &Db, filter: AuditFilter) -> Result<AuditLogPage, ServiceError> {
    let mut query = audit_entry::Entity::find();
    if let Some(actor) = &filter.actor {
        query = query.filter(audit_entry::Column::Actor.starts_with(actor.as_str()));
    }
    if let Some(action) = &filter.action {
        query = query.filter(audit_entry::Column::Action.eq(action.as_str()));
    }
    let mut rows = query
        .order_by_desc(audit_entry::Column::Seq)
        .offset(u64::from(filter.page) * PAGE_SIZE)
        .limit(PAGE_SIZE + 1)
        .all(&db.conn)
        .await?;
    let more = rows.len() as u64 > PAGE_SIZE;
    rows.truncate(PAGE_SIZE as usize);
    let actions: Vec<String> = audit_entry::Entity::find()
        .select_only()
        .column(audit_entry::Column::Action)
        .distinct()
        .order_by_asc(audit_entry::Column::Action)
        .into_tuple()
        .all(&db.conn)
        .await?;
    let entries = rows
        .into_iter()
        .map(|e| AuditRow {
            seq: e.seq,
            at: e.occurred_at,
            actor: e.actor,
            action: e.action,
            object_ref: e.object_ref,
            payload_hash: e.payload_hash,
            entry_hash: e.entry_hash,
        })
        .collect();
    Ok(AuditLogPage { filter, entries, more, actions })
}
