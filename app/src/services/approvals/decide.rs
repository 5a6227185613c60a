//! A second agency protocol admin approves or refuses a request (four eyes, review M3). The
//! requester can never decide their own: `domain::approval::may_decide` says so, the update
//! below repeats it, and the database refuses it too (CHECK in m0008).

use super::{load, status_of};
use crate::domain::approval::{ApprovalDecision, may_decide};
use crate::domain::authz::StaffCaller;
use crate::services::{ServiceError, WriteTx, audit};
use crate::store::{Db, approval_request};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

pub async fn decide(
    db: &Db,
    decider: &StaffCaller,
    request_id: i32,
    decision: ApprovalDecision,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let request = load(&tx, request_id).await?;
    let requested_by = crate::domain::ids::StaffId(request.requested_by_staff_id);
    may_decide(status_of(&request, tx.now), requested_by, decider.staff_id, decider.role)
        .map_err(ServiceError::Refused)?;
    // Decided once, also when two admins decide at the same moment.
    let res = approval_request::Entity::update_many()
        .col_expr(approval_request::Column::Decision, Expr::value(decision.as_str()))
        .col_expr(approval_request::Column::DecidedByStaffId, Expr::value(decider.staff_id.0))
        .col_expr(approval_request::Column::DecidedAt, Expr::value(tx.now))
        .filter(approval_request::Column::Id.eq(request_id))
        .filter(approval_request::Column::Decision.is_null())
        .filter(approval_request::Column::RequestedByStaffId.ne(decider.staff_id.0))
        .exec(&tx.tx)
        .await?;
    if res.rows_affected != 1 {
        return Err(ServiceError::Refused("admin-error-approval-decided"));
    }
    let action = match decision {
        ApprovalDecision::Approved => "approval.approve",
        ApprovalDecision::Refused => "approval.refuse",
    };
    audit::record(&tx, decider.audit_id(), action, format!("approval:{request_id}"), decision.as_str()).await?;
    tx.commit().await?;
    Ok(())
}
