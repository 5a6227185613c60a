//! A person's own requests, as they see them: status, deadline in force, decision and, once
//! accepted, the parties that were told.

use crate::domain::fields::Field;
use crate::domain::ids::PersonId;
use crate::domain::rectification::{FiledBy, RequestStatus, effective_due};
use crate::services::ServiceError;
use crate::store::{Db, api_client, party, rectification_recipient_notice, rectification_request, staff};
use crate::views::rectification::{HistoryEntry, RequestView};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

/// The person's requests, newest first.
pub async fn list_own(db: &Db, person_id: PersonId) -> Result<Vec<RequestView>, ServiceError> {
    let rows = rectification_request::Entity::find()
        .filter(rectification_request::Column::PersonId.eq(person_id))
        .order_by_desc(rectification_request::Column::ReceivedAt)
        .order_by_desc(rectification_request::Column::Id)
        .all(&db.conn)
        .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        out.push(view_of(&db.conn, r).await?);
    }
    Ok(out)
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
    let status = RequestStatus::parse(&r.status)
        .map_err(|_| ServiceError::Internal("a stored request status does not parse"))?;
    let told: Vec<i32> = rectification_recipient_notice::Entity::find()
        .filter(rectification_recipient_notice::Column::RequestId.eq(r.id))
        .all(conn)
        .await?
        .into_iter()
        .map(|n| n.party_id)
        .collect();
    let parties_told = if told.is_empty() {
        Vec::new()
    } else {
        let parties = party::Entity::find().filter(party::Column::Id.is_in(told)).order_by_asc(party::Column::Name);
        parties.all(conn).await?.into_iter().map(|p| p.name).collect()
    };
    // A quality report names the municipality that filed it, through its staff or its system.
    let reporting_party = match (r.filed_by_api_client_id, r.filed_by_staff_id) {
        (Some(client), _) => api_client::Entity::find_by_id(client).one(conn).await?.map(|c| c.party_id),
        (None, Some(s)) if r.filed_by == FiledBy::Municipality.as_str() => {
            staff::Entity::find_by_id(s).one(conn).await?.map(|s| s.party_id)
        }
        _ => None,
    };
    let reported_by = match reporting_party {
        Some(party) => Some(crate::store::queries::party::name_of(conn, party).await?),
        None => None,
    };
    Ok(RequestView {
        field: Field::parse(&r.field).map_err(|_| ServiceError::Internal("a stored request field does not parse"))?,
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
        reported_by,
    })
}
