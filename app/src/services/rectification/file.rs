//! Art. 7 / GDPR 16: a person files a correction request for one of their own fields. Bad
//! input is refused before anything is written; one pending request per field.

use super::step;
use super::view::view_of;
use crate::domain::fields::Field;
use crate::domain::ids::PersonId;
use crate::domain::notification::Notice;
use crate::domain::rectification::{RectificationStep, RequestStatus, due_at, parse_proposed};
use crate::domain::text::Statement;
use crate::services::identity::sessions::Account;
use crate::services::{ServiceError, WriteTx, audit, notifications};
use crate::store::{Db, person, queries, rectification_request};
use crate::views::rectification::RequestView;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};

/// Files a request from the person themselves. Bad input is refused before anything is written.
pub async fn file_own(
    db: &Db,
    person_id: PersonId,
    field: Field,
    proposed: &str,
    statement: &str,
    now: DateTime<Utc>,
) -> Result<RequestView, ServiceError> {
    let proposed = parse_proposed(field, proposed).map_err(ServiceError::invalid("proposed_value"))?;
    let statement = Statement::parse(statement).map_err(ServiceError::invalid("statement"))?;
    let tx = WriteTx::begin(db, now).await?;
    let p = person::Entity::find_by_id(person_id.0).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
    let current = queries::person::field_value(&p, field).unwrap_or_default();
    if current == proposed {
        return Err(ServiceError::Invalid { field: "proposed_value", message_id: "correction-error-unchanged" });
    }
    if queries::rectification::has_pending(&tx.tx, person_id, field).await? {
        return Err(ServiceError::Refused("correction-error-already-pending"));
    }
    let received = tx.now;
    let request = rectification_request::ActiveModel {
        public_id: Set(uuid::Uuid::new_v4().to_string()),
        person_id: Set(person_id.0),
        field: Set(field.as_str().into()),
        current_value: Set(current),
        proposed_value: Set(proposed),
        statement: Set(statement.into_inner()),
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
    step(&tx, request.id, RectificationStep::Filed, None, None).await?;
    let payload = format!("rectification.v1\n{}\n{}\n{}", request.public_id, p.public_id, request.field);
    audit::record(
        &tx,
        format!("person:{}", p.public_id),
        "rectification.file",
        format!("rectification:{}", request.public_id),
        &payload,
    )
    .await?;
    notifications::notify(&tx, Account::Person(person_id), Notice::CorrectionFiled { field, due: request.due_at })
        .await?;
    tx.commit().await?;
    view_of(&db.conn, request).await
}
