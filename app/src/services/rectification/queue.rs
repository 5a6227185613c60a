//! The agency's rectification queue: pending requests, the most urgent deadline first.

use crate::domain::fields::Field;
use crate::domain::rectification::{RequestStatus, effective_due};
use crate::services::ServiceError;
use crate::store::{Db, rectification_request};
use crate::views::rectification::QueueItem;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

pub async fn pending(db: &Db) -> Result<Vec<QueueItem>, ServiceError> {
    let rows = rectification_request::Entity::find()
        .filter(rectification_request::Column::Status.is_in(RequestStatus::pending_codes()))
        .order_by_asc(rectification_request::Column::DueAt)
        .limit(200)
        .all(&db.conn)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Some(QueueItem {
                field: Field::parse(&r.field).ok()?,
                status: RequestStatus::parse(&r.status).ok()?,
                due_at: effective_due(r.due_at, r.extended_due_at),
                public_id: r.public_id,
                filed_by: r.filed_by,
                received_at: r.received_at,
            })
        })
        .collect())
}
