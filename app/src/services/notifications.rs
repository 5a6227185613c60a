//! In-app notifications (the inbox); e-mail delivery goes through the outbox later.

use super::identity::sessions::Account;
use super::{ServiceError, WriteTx};
use crate::store::notification;
use sea_orm::{ActiveModelTrait, Set};

/// Queues a notification for an account inside the caller's transaction. `kind` is the Fluent
/// message id suffix (`notification-<kind>`); `params` its arguments, without personal values.
pub async fn notify(tx: &WriteTx<'_>, to: Account, kind: &str, params: serde_json::Value) -> Result<(), ServiceError> {
    notify_at(tx, to, kind, params, tx.now).await
}

/// As [`notify`], dated when the event happened (a consent recorded later, from paper).
pub async fn notify_at(
    tx: &WriteTx<'_>,
    to: Account,
    kind: &str,
    params: serde_json::Value,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<(), ServiceError> {
    let (person_id, staff_id) = to.ids();
    notification::ActiveModel {
        person_id: Set(person_id),
        staff_id: Set(staff_id),
        kind: Set(kind.into()),
        params: Set(params.to_string()),
        created_at: Set(at),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    Ok(())
}

/// The account's latest notifications, newest first.
pub async fn recent(db: &crate::store::Db, to: Account, limit: u64) -> Result<Vec<notification::Model>, ServiceError> {
    recent_of(db, to, "", limit).await
}

/// The latest notifications whose kind starts with `kind_prefix` (`passkey-`: about the account).
pub async fn recent_of(
    db: &crate::store::Db,
    to: Account,
    kind_prefix: &str,
    limit: u64,
) -> Result<Vec<notification::Model>, ServiceError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
    let q = notification::Entity::find().filter(notification::Column::Kind.starts_with(kind_prefix));
    let q = match to {
        Account::Person(id) => q.filter(notification::Column::PersonId.eq(id)),
        Account::Staff(id) => q.filter(notification::Column::StaffId.eq(id)),
    };
    Ok(q.order_by_desc(notification::Column::CreatedAt)
        .order_by_desc(notification::Column::Id)
        .limit(limit)
        .all(&db.conn)
        .await?)
}

/// Marks every unread notification of the account as read.
pub async fn mark_all_read(
    db: &crate::store::Db,
    to: Account,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<u64, ServiceError> {
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let tx = WriteTx::begin(db, now).await?;
    let q = notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(tx.now))
        .filter(notification::Column::ReadAt.is_null());
    let q = match to {
        Account::Person(id) => q.filter(notification::Column::PersonId.eq(id)),
        Account::Staff(id) => q.filter(notification::Column::StaffId.eq(id)),
    };
    let n = q.exec(&tx.tx).await?.rows_affected;
    tx.commit().await?;
    Ok(n)
}
