//! One request as the rectification officer works on it (GDPR 12(3), 16, 19): the request and
//! whose it is, who filed it and how, the value in the record now, the parties that hold the
//! field according to the disclosure log (those a decision to correct will tell), the whole
//! history, the days left, and until when it may still be extended.

use super::view::view_of;
use crate::domain::deadline::{Deadlines, days_left, latest_extension_day, urgency};
use crate::domain::fields::Field;
use crate::domain::ids::PersonId;
use crate::domain::rectification::{FiledBy, RectificationStep, RequestStatus};
use crate::domain::time::day_of;
use crate::services::ServiceError;
use crate::store::{Db, api_client, person, queries, rectification_event, rectification_request, staff};
use crate::views::rectification::{DeskRequest, HistoryEntry};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

/// The request `public_id` for the officer's desk.
pub async fn for_officer(db: &Db, public_id: &str, now: DateTime<Utc>) -> Result<DeskRequest, ServiceError> {
    let conn = &db.conn;
    let r = rectification_request::Entity::find()
        .filter(rectification_request::Column::PublicId.eq(public_id))
        .one(conn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let p = person::Entity::find_by_id(r.person_id).one(conn).await?.ok_or(ServiceError::NotFound)?;
    let field = Field::parse(&r.field).map_err(|_| ServiceError::Internal("a stored request field does not parse"))?;
    let filed_by =
        FiledBy::parse(&r.filed_by).map_err(|_| ServiceError::Internal("a stored request filer does not parse"))?;
    let filer = match (r.filed_by_api_client_id, r.filed_by_staff_id) {
        (Some(client), _) => api_client::Entity::find_by_id(client).one(conn).await?.map(|c| c.name),
        (None, Some(s)) => staff::Entity::find_by_id(s).one(conn).await?.map(|s| s.display_name),
        (None, None) => None,
    };
    let holders = queries::rectification::recipients_of(conn, PersonId(p.id), field).await?;
    let history = history_of(conn, r.id, true).await?;
    let deadlines = Deadlines { due_at: r.due_at, extended_due_at: r.extended_due_at };
    let request = view_of(conn, r).await?;
    let pending = request.status.is_pending();
    let extension_until = (pending && deadlines.extended_due_at.is_none() && now <= deadlines.due_at)
        .then(|| latest_extension_day(day_of(deadlines.due_at)));
    let open_question = (request.status == RequestStatus::Waiting)
        .then(|| history.iter().rev().find(|h| h.step == RectificationStep::InformationRequested))
        .flatten()
        .and_then(|h| h.note.clone());
    Ok(DeskRequest {
        days_left: pending.then(|| days_left(request.due_at, now)),
        urgency: pending.then(|| urgency(request.received_at, deadlines, now)),
        value_now: queries::person::field_value(&p, field),
        person_name: format!("{} {}", p.given_name, p.family_name),
        dossier_ref: p.dossier_ref,
        holders: holders.into_iter().map(|h| h.name).collect(),
        request,
        filed_by,
        filer,
        history,
        extension_until,
        open_question,
    })
}

/// The request's history, oldest first; with `names`, who took each step (staff names).
pub(super) async fn history_of<C: ConnectionTrait>(
    conn: &C,
    request_id: i32,
    names: bool,
) -> Result<Vec<HistoryEntry>, ServiceError> {
    let events = rectification_event::Entity::find()
        .filter(rectification_event::Column::RequestId.eq(request_id))
        .order_by_asc(rectification_event::Column::OccurredAt)
        .order_by_asc(rectification_event::Column::Id)
        .all(conn)
        .await?;
    let ids: Vec<i32> = if names { events.iter().filter_map(|e| e.actor_staff_id).collect() } else { Vec::new() };
    let staff_names = queries::staff::display_names(conn, ids).await?;
    Ok(events
        .into_iter()
        .filter_map(|e| {
            Some(HistoryEntry {
                step: RectificationStep::parse(&e.kind).ok()?,
                at: e.occurred_at,
                by: e.actor_staff_id.and_then(|id| staff_names.get(&id).cloned()),
                note: e.note,
            })
        })
        .collect())
}
