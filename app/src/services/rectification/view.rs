//! A person's own requests, as they see them: status, deadline in force, decision and, once
//! accepted, the parties that were told.

use crate::domain::fields::Field;
use crate::domain::ids::PersonId;
use crate::domain::rectification::{FiledBy, RequestStatus, effective_due};
use crate::services::ServiceError;
use crate::store::{Db, api_client, rectification_recipient_notice, rectification_request, staff};
use crate::views::rectification::{HistoryEntry, RequestView};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// The person's requests, newest first.
pub async fn list_own(db: &Db, person_id: PersonId) -> Result<Vec<RequestView>, ServiceError> {
    let rows = rectification_request::Entity::find()
        .filter(rectification_request::Column::PersonId.eq(person_id))
        .order_by_desc(rectification_request::Column::ReceivedAt)
        .order_by_desc(rectification_request::Column::Id)
        .all(&db.conn)
        .await?;
    views_of(&db.conn, rows).await
}

/// One request of the person's; someone else's is `NotFound`, as if it did not exist.
pub async fn get_own(db: &Db, person_id: PersonId, public_id: &str) -> Result<RequestView, ServiceError> {
    view_of(&db.conn, own(db, person_id, public_id).await?).await
}

/// One request of the person's with its history, oldest first, the agency's steps unsigned
/// (the agency answers as one); someone else's request is `NotFound`.
pub async fn get_own_with_history(
    db: &Db,
    person_id: PersonId,
    public_id: &str,
) -> Result<(RequestView, Vec<HistoryEntry>), ServiceError> {
    let r = own(db, person_id, public_id).await?;
    let history = super::desk::history_of(&db.conn, r.id, false).await?;
    Ok((view_of(&db.conn, r).await?, history))
}

async fn own(db: &Db, person_id: PersonId, public_id: &str) -> Result<rectification_request::Model, ServiceError> {
    rectification_request::Entity::find()
        .filter(rectification_request::Column::PublicId.eq(public_id))
        .filter(rectification_request::Column::PersonId.eq(person_id))
        .one(&db.conn)
        .await?
        .ok_or(ServiceError::NotFound)
}

pub(super) async fn view_of<C: ConnectionTrait>(
    conn: &C,
    r: rectification_request::Model,
) -> Result<RequestView, ServiceError> {
    Ok(views_of(conn, vec![r]).await?.pop().expect("one view per request"))
}

/// The requests as the person sees them: one query per kind of fact (the parties told, who
/// reported), however many requests there are.
pub(super) async fn views_of<C: ConnectionTrait>(
    conn: &C,
    rows: Vec<rectification_request::Model>,
) -> Result<Vec<RequestView>, ServiceError> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let mut told: HashMap<i32, Vec<i32>> = HashMap::new();
    for n in rectification_recipient_notice::Entity::find()
        .filter(rectification_recipient_notice::Column::RequestId.is_in(rows.iter().map(|r| r.id)))
        .all(conn)
        .await?
    {
        told.entry(n.request_id).or_default().push(n.party_id);
    }
    let names = crate::store::queries::party::names(conn).await?;
    // A quality report names the municipality that filed it, through its staff or its system.
    let clients: Vec<i32> = rows.iter().filter_map(|r| r.filed_by_api_client_id).collect();
    let client_party: HashMap<i32, i32> = if clients.is_empty() {
        HashMap::new()
    } else {
        let found = api_client::Entity::find().filter(api_client::Column::Id.is_in(clients)).all(conn).await?;
        found.into_iter().map(|c| (c.id, c.party_id)).collect()
    };
    let reporting_staff: Vec<i32> = rows
        .iter()
        .filter(|r| r.filed_by_api_client_id.is_none() && r.filed_by == FiledBy::Municipality.as_str())
        .filter_map(|r| r.filed_by_staff_id)
        .collect();
    let staff_party: HashMap<i32, i32> = if reporting_staff.is_empty() {
        HashMap::new()
    } else {
        let found = staff::Entity::find().filter(staff::Column::Id.is_in(reporting_staff)).all(conn).await?;
        found.into_iter().map(|s| (s.id, s.party_id)).collect()
    };
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let status = RequestStatus::parse(&r.status)
            .map_err(|_| ServiceError::Internal("a stored request status does not parse"))?;
        let mut parties_told: Vec<String> =
            told.remove(&r.id).unwrap_or_default().iter().filter_map(|p| names.get(p).cloned()).collect();
        parties_told.sort();
        let reporting_party = match (r.filed_by_api_client_id, r.filed_by_staff_id) {
            (Some(client), _) => client_party.get(&client).copied(),
            (None, Some(s)) if r.filed_by == FiledBy::Municipality.as_str() => staff_party.get(&s).copied(),
            _ => None,
        };
        out.push(RequestView {
            field: Field::parse(&r.field)
                .map_err(|_| ServiceError::Internal("a stored request field does not parse"))?,
            due_at: effective_due(r.due_at, r.extended_due_at),
            public_id: r.public_id,
            current_value: r.current_value,
            proposed_value: r.proposed_value,
            statement: r.statement,
            status,
            received_at: r.received_at,
            extension_reason: r.extension_reason,
            decided_at: r.decided_at,
            decision_reason: r.decision_reason,
            parties_told,
            reported_by: reporting_party.map(|p| names.get(&p).cloned().unwrap_or_default()),
            filed_by: FiledBy::parse(&r.filed_by)
                .map_err(|_| ServiceError::Internal("a stored request filer does not parse"))?,
        });
    }
    Ok(out)
}
