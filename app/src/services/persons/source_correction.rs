//! GDPR 19 for changes that come from the client-tracking system: when the source changes a
//! field that recipients already hold, the change is an accepted correction (filed by the
//! source system, decided at once) and every party that received the field is told, exactly
//! as when an officer accepts a request — it shows in their correction notices and in the
//! agency's corrections feed. A field no one received changes without a request.

use crate::domain::fields::Field;
use crate::domain::ids::PersonId;
use crate::domain::rectification::{FiledBy, RectificationStep, RequestStatus};
use crate::services::audit::{self, AuditRecord};
use crate::services::{ServiceError, WriteTx, rectification};
use crate::store::{queries, rectification_request};
use sea_orm::{ActiveModelTrait, Set};

/// One field's change, as the source made it (`None`: an optional field emptied).
#[derive(Debug, Clone, Copy)]
pub struct Change<'a> {
    pub field: Field,
    pub old: Option<&'a str>,
    pub new: Option<&'a str>,
}

/// Records the change as a correction if anyone holds the field; returns how many were told.
/// The audit entry joins `entries` (appended with the rest of the record's).
pub async fn record(
    tx: &WriteTx<'_>,
    actor: &str,
    person_id: PersonId,
    subject: &str,
    change: Change<'_>,
    entries: &mut Vec<AuditRecord>,
) -> Result<usize, ServiceError> {
    let recipients = queries::rectification::recipients_of(&tx.tx, person_id, change.field).await?;
    if recipients.is_empty() {
        return Ok(0);
    }
    let public_id = uuid::Uuid::new_v4().to_string();
    let new = change.new.unwrap_or_default().to_owned();
    let request = rectification_request::ActiveModel {
        public_id: Set(public_id.clone()),
        person_id: Set(person_id.0),
        field: Set(change.field.as_str().into()),
        current_value: Set(change.old.unwrap_or_default().to_owned()),
        proposed_value: Set(new.clone()),
        statement: Set(String::new()),
        filed_by: Set(FiledBy::SourceSystem.as_str().into()),
        received_at: Set(tx.now),
        due_at: Set(tx.now),
        status: Set(RequestStatus::Accepted.as_str().into()),
        decided_at: Set(Some(tx.now)),
        decided_value: Set(Some(new)),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    rectification::step(tx, request.id, RectificationStep::Filed, None, None).await?;
    rectification::step(tx, request.id, RectificationStep::Accepted, None, None).await?;
    let told = rectification::tell_recipients(tx, request.id, subject, change.field, &recipients).await?;
    let payload = format!("rectification.source.v1\n{public_id}\n{}\n{told}", change.field.as_str());
    entries.push(AuditRecord {
        actor: actor.to_owned(),
        action: "rectification.source",
        object_ref: format!("rectification:{public_id}"),
        payload_hash: audit::sha256_hex(payload.as_bytes()),
    });
    Ok(told)
}
