//! Notifications (DESIGN "Notifications"): the one `notify` for every recipient — a person, a
//! staff member or a party (GDPR 19 notices) — inside the caller's transaction, and the inbox.
//! What must also reach a person outside the portal goes to the outbox as well
//! (`outbox::notify_everywhere`), from the same typed notice; what may also go by e-mail to
//! whoever has an address on file, to `mail` (`notify_by_email`, and the worker's claims).

pub mod mail;
pub mod mail_text;
pub mod outbox;

use super::identity::sessions::Account;
use super::{ServiceError, WriteTx};
use crate::domain::notification::{Notice, NotificationKind, Recipient};
use crate::store::notification;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, Set};

impl From<Account> for Recipient {
    fn from(a: Account) -> Recipient {
        match a {
            Account::Person(id) => Recipient::Person(id),
            Account::Staff(id) => Recipient::Staff(id),
        }
    }
}

/// Tells `to` of `notice`, dated now (the transaction's instant); returns the notification's id.
pub async fn notify(tx: &WriteTx<'_>, to: impl Into<Recipient>, notice: Notice) -> Result<i32, ServiceError> {
    notify_at(tx, to, notice, tx.now).await
}

/// As [`notify`], dated when the event happened (a consent recorded later, from paper).
pub async fn notify_at(
    tx: &WriteTx<'_>,
    to: impl Into<Recipient>,
    notice: Notice,
    at: DateTime<Utc>,
) -> Result<i32, ServiceError> {
    let m = row(to.into(), &notice, at).insert(&tx.tx).await?;
    Ok(m.id)
}

/// Tells each recipient of their notice, dated when its event happened, in one statement (a
/// batch of consent changes).
pub async fn notify_all_at(
    tx: &WriteTx<'_>,
    notices: Vec<(Recipient, Notice, DateTime<Utc>)>,
) -> Result<(), sea_orm::DbErr> {
    use sea_orm::EntityTrait;
    if notices.is_empty() {
        return Ok(());
    }
    let rows = notices.into_iter().map(|(to, notice, at)| row(to, &notice, at));
    notification::Entity::insert_many(rows).exec_without_returning(&tx.tx).await?;
    Ok(())
}

/// The stored notification: to whom (exactly one of person, staff member, party), what, when.
fn row(to: Recipient, notice: &Notice, at: DateTime<Utc>) -> notification::ActiveModel {
    let (person_id, staff_id, party_id) = match to {
        Recipient::Person(id) => (Some(id.0), None, None),
        Recipient::Staff(id) => (None, Some(id.0), None),
        Recipient::Party(id) => (None, None, Some(id.0)),
    };
    notification::ActiveModel {
        person_id: Set(person_id),
        staff_id: Set(staff_id),
        party_id: Set(party_id),
        kind: Set(notice.kind().as_str().into()),
        params: Set(notice.params().to_string()),
        created_at: Set(at),
        ..Default::default()
    }
}

/// The account's latest notifications, newest first: every kind, also one this version of the
/// portal does not know (the inbox says so rather than hiding it).
pub async fn recent(db: &crate::store::Db, to: Account, limit: u64) -> Result<Vec<notification::Model>, ServiceError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
    let q = match to {
        Account::Person(id) => notification::Entity::find().filter(notification::Column::PersonId.eq(id)),
        Account::Staff(id) => notification::Entity::find().filter(notification::Column::StaffId.eq(id)),
    };
    Ok(q.order_by_desc(notification::Column::CreatedAt)
        .order_by_desc(notification::Column::Id)
        .limit(limit)
        .all(&db.conn)
        .await?)
}

/// The account's latest notifications of these kinds (`NotificationKind::ACCOUNT`: about the account).
pub async fn recent_of(
    db: &crate::store::Db,
    to: Account,
    kinds: &[NotificationKind],
    limit: u64,
) -> Result<Vec<notification::Model>, ServiceError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
    let q = notification::Entity::find().filter(notification::Column::Kind.is_in(kinds.iter().map(|k| k.as_str())));
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
    actor: &str,
    to: Account,
    now: DateTime<Utc>,
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
    if n > 0 {
        // Every state change leaves an audit entry; marking read is one (an intruder who hides
        // a "passkey added" notice is seen doing it).
        crate::services::audit::record(&tx, actor, "notifications.read", format!("inbox:{actor}"), &n.to_string())
            .await?;
    }
    tx.commit().await?;
    Ok(n)
}
