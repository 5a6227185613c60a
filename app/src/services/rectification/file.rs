//! Art. 7 / GDPR 16: a person files a correction request for one of their own fields, or a
//! municipality files a quality report on a value it received. Bad input is refused before
//! anything is written; one pending request per field, whoever filed it.

use super::step;
use super::view::view_of;
use crate::domain::fields::Field;
use crate::domain::ids::{ApiClientId, PersonId, StaffId};
use crate::domain::notification::Notice;
use crate::domain::rectification::{FiledBy, RectificationStep, RequestStatus, due_at, parse_proposed};
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
    let request = insert(&tx, person_id, field, Some(proposed), statement, Filer::Person).await?;
    tx.commit().await?;
    view_of(&db.conn, request).await
}

/// Who files, and how the audit log names them.
pub(super) enum Filer {
    Person,
    /// A municipality (art. 7 quality report): one of its staff or its system, and how the
    /// audit log names them.
    Municipality {
        staff: Option<StaffId>,
        client: Option<ApiClientId>,
        audit_actor: String,
    },
}

/// Writes the request, its first step, the audit entry and the person's notice, in `tx`.
/// `proposed` is already checked by the field's rule; `None` (a quality report that only says
/// the value is wrong) is kept as an empty proposal.
pub(super) async fn insert(
    tx: &WriteTx<'_>,
    person_id: PersonId,
    field: Field,
    proposed: Option<String>,
    statement: Statement,
    filer: Filer,
) -> Result<rectification_request::Model, ServiceError> {
    let p = person::Entity::find_by_id(person_id.0).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
    let current = queries::person::field_value(&p, field).unwrap_or_default();
    if proposed.as_deref() == Some(current.as_str()) {
        return Err(ServiceError::Invalid { field: "proposed_value", message_id: "correction-error-unchanged" });
    }
    if queries::rectification::has_pending(&tx.tx, person_id, field).await? {
        return Err(ServiceError::Refused("correction-error-already-pending"));
    }
    let received = tx.now;
    let (filed_by, staff, client, actor) = match filer {
        Filer::Person => (FiledBy::Person, None, None, format!("person:{}", p.public_id)),
        Filer::Municipality { staff, client, audit_actor } => {
            (FiledBy::Municipality, staff.map(|s| s.0), client.map(|c| c.0), audit_actor)
        }
    };
    let request = rectification_request::ActiveModel {
        public_id: Set(uuid::Uuid::new_v4().to_string()),
        person_id: Set(person_id.0),
        field: Set(field.as_str().into()),
        current_value: Set(current),
        proposed_value: Set(proposed.unwrap_or_default()),
        statement: Set(statement.into_inner()),
        filed_by: Set(filed_by.as_str().into()),
        filed_by_staff_id: Set(staff),
        filed_by_api_client_id: Set(client),
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
    step(tx, request.id, RectificationStep::Filed, None, None).await?;
    let payload = format!("rectification.v1\n{}\n{}\n{}", request.public_id, p.public_id, request.field);
    audit::record(tx, actor, "rectification.file", format!("rectification:{}", request.public_id), &payload).await?;
    notifications::mail::notify_by_email(
        tx,
        Account::Person(person_id),
        Notice::CorrectionFiled { field, due: request.due_at },
    )
    .await?;
    Ok(request)
}
