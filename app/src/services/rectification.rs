//! Rectification requests (art. 7, GDPR 16, 18, 19): a person files one for a field of their
//! own; the agency decides. While a request is pending the field is contested to recipients
//! (see `disclosure::contested_fields`). On acceptance the source value is corrected and every
//! party that ever received the field is told (GDPR 19).

use super::sessions::Account;
use super::{ServiceError, WriteTx, audit, notifications, now};
use crate::domain::fields::Field;
use crate::domain::rectification::{RequestStatus, due_at, parse_proposed, parse_reason, parse_statement};
use crate::store::{
    Db, disclosure_event_field, party, person, rectification_event, rectification_recipient_notice,
    rectification_request, staff,
};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use serde::{Deserialize, Serialize};

/// A request as its author sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestView {
    pub public_id: String,
    pub field: Field,
    pub current_value: String,
    pub proposed_value: String,
    pub statement: String,
    pub status: RequestStatus,
    pub received_at: DateTime<Utc>,
    /// The deadline in force: the extended one when there is one.
    pub due_at: DateTime<Utc>,
    pub extension_reason: Option<String>,
    pub decided_at: Option<DateTime<Utc>>,
    pub decision_reason: Option<String>,
    /// For an accepted request: the parties that were told of the correction.
    pub parties_told: Vec<String>,
}

/// Files a request from the person themselves. Bad input is refused before anything is written.
pub async fn file_own(
    db: &Db,
    person_id: i32,
    field: Field,
    proposed: &str,
    statement: &str,
) -> Result<RequestView, ServiceError> {
    let proposed = parse_proposed(field, proposed)
        .map_err(|r| ServiceError::Invalid { field: "proposed_value", message_id: r.0 })?;
    let statement =
        parse_statement(statement).map_err(|r| ServiceError::Invalid { field: "statement", message_id: r.0 })?;
    let tx = WriteTx::begin(db).await?;
    let p = person::Entity::find_by_id(person_id).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
    let current = super::disclosure::value_of(&p, field).unwrap_or_default();
    if current == proposed {
        return Err(ServiceError::Invalid { field: "proposed_value", message_id: "correction-error-unchanged" });
    }
    let pending = rectification_request::Entity::find()
        .filter(rectification_request::Column::PersonId.eq(person_id))
        .filter(rectification_request::Column::Field.eq(field.as_str()))
        .filter(rectification_request::Column::Status.is_in(RequestStatus::pending_codes()))
        .count(&tx.tx)
        .await?;
    if pending > 0 {
        return Err(ServiceError::Refused("correction-error-already-pending"));
    }
    let received = now();
    let request = rectification_request::ActiveModel {
        public_id: Set(uuid::Uuid::new_v4().to_string()),
        person_id: Set(person_id),
        field: Set(field.as_str().into()),
        current_value: Set(current),
        proposed_value: Set(proposed),
        statement: Set(statement),
        filed_by: Set("person".into()),
        filed_by_staff_id: Set(None),
        received_at: Set(received),
        due_at: Set(due_at(received)),
        status: Set(RequestStatus::Open.as_str().into()),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await
    .map_err(|e| match e.sql_err() {
        // Another request for this field arrived at the same moment (the partial unique index).
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
            ServiceError::Refused("correction-error-already-pending")
        }
        _ => ServiceError::Db(e),
    })?;
    step(&tx, request.id, "filed", None, None).await?;
    let payload = format!("rectification.v1\n{}\n{}\n{}", request.public_id, p.public_id, request.field);
    audit::record(
        &tx,
        format!("person:{}", p.public_id),
        "rectification.file",
        format!("rectification:{}", request.public_id),
        &payload,
    )
    .await?;
    notifications::notify(
        &tx,
        Account::Person(person_id),
        "correction-filed",
        serde_json::json!({ "field": field.as_str(), "due": request.due_at.to_rfc3339() }),
    )
    .await?;
    tx.commit().await?;
    view_of(&db.conn, request).await
}

/// The person's requests, newest first.
pub async fn list_own(db: &Db, person_id: i32) -> Result<Vec<RequestView>, ServiceError> {
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
pub async fn get_own(db: &Db, person_id: i32, public_id: &str) -> Result<RequestView, ServiceError> {
    let r = rectification_request::Entity::find()
        .filter(rectification_request::Column::PublicId.eq(public_id))
        .filter(rectification_request::Column::PersonId.eq(person_id))
        .one(&db.conn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    view_of(&db.conn, r).await
}

/// Appends one step of the request's handling.
async fn step(
    tx: &WriteTx<'_>,
    request_id: i32,
    kind: &str,
    actor_staff_id: Option<i32>,
    note: Option<String>,
) -> Result<(), ServiceError> {
    rectification_event::ActiveModel {
        request_id: Set(request_id),
        kind: Set(kind.into()),
        actor_staff_id: Set(actor_staff_id),
        note: Set(note),
        occurred_at: Set(now()),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    Ok(())
}

/// Parties that ever received `field` of the person (the disclosure log is the source).
async fn recipients_of<C: ConnectionTrait>(
    conn: &C,
    person_id: i32,
    field: &str,
) -> Result<Vec<party::Model>, sea_orm::DbErr> {
    let ids: Vec<i32> = disclosure_event_field::Entity::find()
        .select_only()
        .column(disclosure_event_field::Column::RecipientPartyId)
        .distinct()
        .filter(disclosure_event_field::Column::PersonId.eq(person_id))
        .filter(disclosure_event_field::Column::Field.eq(field))
        .into_tuple()
        .all(conn)
        .await?;
    party::Entity::find().filter(party::Column::Id.is_in(ids)).order_by_asc(party::Column::Name).all(conn).await
}

async fn view_of<C: ConnectionTrait>(conn: &C, r: rectification_request::Model) -> Result<RequestView, ServiceError> {
    let status = RequestStatus::parse(&r.status).unwrap_or(RequestStatus::Open);
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
    Ok(RequestView {
        field: Field::parse(&r.field).map_err(|_| ServiceError::NotFound)?,
        due_at: r.extended_due_at.unwrap_or(r.due_at),
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
    })
}

/// An officer's decision on a pending request.
#[derive(Debug, Clone)]
pub enum Decision {
    /// Corrects the source value and tells every recipient of the field.
    Accept,
    /// Keeps the value; the reason is required and goes to the person.
    Reject { reason: String },
}

/// Decides a pending request. Accepting writes the proposed value into the person's record.
pub async fn decide(db: &Db, officer_id: i32, public_id: &str, decision: Decision) -> Result<(), ServiceError> {
    let tx = WriteTx::begin(db).await?;
    let officer = staff::Entity::find_by_id(officer_id).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
    let r = rectification_request::Entity::find()
        .filter(rectification_request::Column::PublicId.eq(public_id))
        .one(&tx.tx)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !RequestStatus::parse(&r.status).is_ok_and(RequestStatus::is_pending) {
        return Err(ServiceError::Refused("correction-error-already-decided"));
    }
    let field = Field::parse(&r.field).map_err(|_| ServiceError::NotFound)?;
    let (status, reason, kind) = match &decision {
        Decision::Accept => (RequestStatus::Accepted, None, "correction-accepted"),
        Decision::Reject { reason } => {
            let reason =
                parse_reason(reason).map_err(|r| ServiceError::Invalid { field: "reason", message_id: r.0 })?;
            (RequestStatus::Rejected, Some(reason), "correction-rejected")
        }
    };
    if status == RequestStatus::Accepted {
        let p = person::Entity::find_by_id(r.person_id).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
        let subject = p.public_id.clone();
        let mut p = p.into_active_model();
        let v = r.proposed_value.clone();
        match field {
            Field::GivenName => p.given_name = Set(v),
            Field::FamilyName => p.family_name = Set(v),
            Field::Address => p.address = Set(v),
            Field::Phone => p.phone = Set(Some(v)),
            Field::Email => p.email = Set(Some(v)),
            Field::ContactLanguage => p.contact_language = Set(v),
            Field::DutchLevel => p.dutch_level = Set(v),
            Field::MoStatus => p.mo_status = Set(v),
        }
        p.updated_at = Set(now());
        p.update(&tx.tx).await?;
        for recipient in recipients_of(&tx.tx, r.person_id, &r.field).await? {
            notify_party(&tx, recipient.id, &subject, field).await?;
            rectification_recipient_notice::ActiveModel {
                request_id: Set(r.id),
                party_id: Set(recipient.id),
                notified_at: Set(now()),
            }
            .insert(&tx.tx)
            .await?;
        }
    }
    let person_id = r.person_id;
    step(&tx, r.id, status.as_str(), Some(officer.id), reason.clone()).await?;
    // Only if still pending: of two officers deciding at once, one wins, the other is told.
    use sea_orm::sea_query::Expr;
    let decided = rectification_request::Entity::update_many()
        .col_expr(rectification_request::Column::Status, Expr::value(status.as_str()))
        .col_expr(rectification_request::Column::DecidedAt, Expr::value(now()))
        .col_expr(rectification_request::Column::DecidedByStaffId, Expr::value(officer.id))
        .col_expr(rectification_request::Column::DecisionReason, Expr::value(reason))
        .filter(rectification_request::Column::Id.eq(r.id))
        .filter(rectification_request::Column::Status.is_in(RequestStatus::pending_codes()))
        .exec(&tx.tx)
        .await?;
    if decided.rows_affected != 1 {
        return Err(ServiceError::Refused("correction-error-already-decided"));
    }
    let payload = format!("rectification.decide.v1\n{}\n{}", r.public_id, status.as_str());
    let action = if status == RequestStatus::Accepted { "rectification.accept" } else { "rectification.reject" };
    audit::record(
        &tx,
        format!("staff:{}", officer.public_id),
        action,
        format!("rectification:{}", r.public_id),
        &payload,
    )
    .await?;
    notifications::notify(&tx, Account::Person(person_id), kind, serde_json::json!({ "field": field.as_str() }))
        .await?;
    tx.commit().await?;
    Ok(())
}

/// GDPR 19: a party that received a field is told, for which person (pseudonymous id) and
/// which field, that it was corrected; it reads the new value through the disclosure path.
async fn notify_party(tx: &WriteTx<'_>, party_id: i32, subject: &str, field: Field) -> Result<(), ServiceError> {
    crate::store::notification::ActiveModel {
        party_id: Set(Some(party_id)),
        kind: Set("correction-recipient-told".into()),
        params: Set(serde_json::json!({ "field": field.as_str(), "person": subject }).to_string()),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    Ok(())
}
