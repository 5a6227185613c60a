//! Four eyes on credentials (DESIGN "Authentication and security": privileged staff
//! invitations and API tokens need a second agency admin's approval; review M3). One agency
//! protocol admin asks (`request`), a different one approves or refuses (`decide`), the one who
//! asked issues it once (`issue`); every step appends its audit entry in its transaction. Which
//! credentials need this is `domain::approval::route`; the CLI on the server is the operator's
//! bootstrap path and does not pass here.

mod decide;
mod issue;
mod request;

pub use decide::decide;
pub use issue::{IssuedCredential, issue};
pub use request::{Requested, insert_request, request};

use crate::domain::approval::{ApprovalDecision, ApprovalKind, ApprovalStatus, may_decide, may_issue};
use crate::domain::ids::StaffId;
use crate::domain::roles::Role;
use crate::services::{ServiceError, WriteTx};
use crate::store::{Db, approval_request, function_profile, person, queries};
use crate::views::admin::ApprovalRow;
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;

async fn load(tx: &WriteTx<'_>, request_id: i32) -> Result<approval_request::Model, ServiceError> {
    approval_request::Entity::find_by_id(request_id).one(&tx.tx).await?.ok_or(ServiceError::NotFound)
}

fn status_of(r: &approval_request::Model, now: DateTime<Utc>) -> ApprovalStatus {
    let decision = r.decision.as_deref().and_then(|d| ApprovalDecision::parse(d).ok());
    ApprovalStatus::of(decision, r.used_at, r.requested_at, now)
}

/// The latest requests, newest first, with what `viewer` may do with each.
pub async fn recent(
    db: &Db,
    viewer: StaffId,
    viewer_role: Role,
    now: DateTime<Utc>,
) -> Result<Vec<ApprovalRow>, ServiceError> {
    let rows = approval_request::Entity::find()
        .order_by_desc(approval_request::Column::RequestedAt)
        .order_by_desc(approval_request::Column::Id)
        .limit(50)
        .all(&db.conn)
        .await?;
    let parties = queries::party::names(&db.conn).await?;
    let staff_ids: Vec<i32> =
        rows.iter().flat_map(|r| [Some(r.requested_by_staff_id), r.decided_by_staff_id]).flatten().collect();
    let names = queries::staff::display_names(&db.conn, staff_ids).await?;
    let profiles: HashMap<i32, String> =
        function_profile::Entity::find().all(&db.conn).await?.into_iter().map(|p| (p.id, p.name)).collect();
    let person_ids: Vec<i32> = rows.iter().filter_map(|r| r.person_id).collect();
    let dossiers: HashMap<i32, String> = person::Entity::find()
        .filter(person::Column::Id.is_in(person_ids))
        .all(&db.conn)
        .await?
        .into_iter()
        .map(|p| (p.id, p.dossier_ref))
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let kind = ApprovalKind::parse(&r.kind).ok()?;
            let status = status_of(&r, now);
            let requested_by = StaffId(r.requested_by_staff_id);
            Some(ApprovalRow {
                id: r.id,
                kind,
                role: r.role.as_deref().and_then(|x| Role::parse(x).ok()),
                party: r.party_id.and_then(|id| parties.get(&id).cloned()),
                profile: r.function_profile_id.and_then(|id| profiles.get(&id).cloned()),
                client_name: r.client_name,
                client_expires_days: r.client_expires_days,
                dossier_ref: r.person_id.and_then(|id| dossiers.get(&id).cloned()),
                requested_by: names.get(&r.requested_by_staff_id).cloned().unwrap_or_default(),
                requested_at: r.requested_at,
                decided_by: r.decided_by_staff_id.and_then(|id| names.get(&id).cloned()),
                status,
                mine: requested_by == viewer,
                may_decide: may_decide(status, requested_by, viewer, viewer_role).is_ok(),
                may_issue: may_issue(status, requested_by, viewer).is_ok(),
            })
        })
        .collect())
}
