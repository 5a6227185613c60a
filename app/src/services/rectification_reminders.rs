//! Reminding the agency's rectification officers of deadlines (issue 12, GDPR 12(3)): a pending
//! request whose deadline in force is five Brussels days away or less is told to every active
//! officer — in the inbox, and by e-mail to those with an address on file — once per deadline
//! (`domain::deadline::reminder_due`; an extension starts a new one). The server runs it now and
//! then; of two instances running it at once, one reminds (the request's `reminded_at` is
//! swapped with `UPDATE … WHERE` it still holds what was read).

use crate::domain::deadline::{REMIND_DAYS_BEFORE, reminder_due};
use crate::domain::fields::Field;
use crate::domain::ids::StaffId;
use crate::domain::notification::Notice;
use crate::domain::rectification::{RequestStatus, effective_due};
use crate::domain::roles::Role;
use crate::services::identity::sessions::Account;
use crate::services::notifications::mail::notify_by_email;
use crate::services::{ServiceError, WriteTx};
use crate::store::{Db, rectification_request as request, staff};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder};

/// Reminds the officers of every pending request that needs it now; returns how many
/// notifications went out (officers × requests). One transaction, only when there is someone
/// to remind (the requests are read first).
pub async fn remind_officers(db: &Db, now: DateTime<Utc>) -> Result<usize, ServiceError> {
    // A coarse bound in the query (a day more than any Brussels offset); the rule decides.
    let horizon = now + Duration::days(REMIND_DAYS_BEFORE + 2);
    let near = Condition::any()
        .add(Condition::all().add(request::Column::ExtendedDueAt.is_null()).add(request::Column::DueAt.lte(horizon)))
        .add(request::Column::ExtendedDueAt.lte(horizon));
    let candidates = request::Entity::find()
        .filter(request::Column::Status.is_in(RequestStatus::pending_codes()))
        .filter(near)
        .order_by_asc(request::Column::Id)
        .all(&db.conn)
        .await?;
    let due: Vec<_> = candidates
        .into_iter()
        .filter(|r| reminder_due(effective_due(r.due_at, r.extended_due_at), r.reminded_at, now))
        .collect();
    if due.is_empty() {
        return Ok(0);
    }
    let tx = WriteTx::begin(db, now).await?;
    let officers: Vec<i32> = staff::Entity::find()
        .filter(staff::Column::Role.eq(Role::AgencyRectificationOfficer.as_str()))
        .filter(staff::Column::DisabledAt.is_null())
        .order_by_asc(staff::Column::Id)
        .all(&tx.tx)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect();
    let mut told = 0;
    for r in due {
        let field = Field::parse(&r.field).map_err(|_| ServiceError::Internal("a stored field parses"))?;
        let unchanged = match r.reminded_at {
            Some(at) => request::Column::RemindedAt.eq(at),
            None => request::Column::RemindedAt.is_null(),
        };
        let swapped = request::Entity::update_many()
            .col_expr(request::Column::RemindedAt, Expr::value(now))
            .filter(request::Column::Id.eq(r.id))
            .filter(unchanged)
            .exec(&tx.tx)
            .await?;
        if swapped.rows_affected != 1 {
            continue; // another instance reminded them just now
        }
        let due = effective_due(r.due_at, r.extended_due_at);
        for officer in &officers {
            notify_by_email(&tx, Account::Staff(StaffId(*officer)), Notice::CorrectionDueSoon { field, due }).await?;
            told += 1;
        }
    }
    tx.commit().await?;
    Ok(told)
}
