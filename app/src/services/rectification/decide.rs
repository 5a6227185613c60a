//! An officer decides a pending request (GDPR 16, 19): accept corrects the source value and
//! tells every party that ever received the field; reject needs a reason, and the person is
//! told how to complain.

use super::step;
use crate::domain::fields::Field;
use crate::domain::ids::{PartyId, PersonId, StaffId};
use crate::domain::notification::{Notice, Recipient};
use crate::domain::rectification::{RectificationStep, RequestStatus, accepted_value};
use crate::domain::text::Reason;
use crate::services::identity::sessions::Account;
use crate::services::{ServiceError, WriteTx, audit, notifications};
use crate::store::{Db, party, person, queries, rectification_recipient_notice, rectification_request};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};

/// An officer's decision on a pending request.
#[derive(Debug, Clone)]
pub enum Decision {
    /// Corrects the source value and tells every recipient of the field: with the proposed
    /// value, or with the officer's edit of it (`value`, checked by the field's rule).
    Accept { value: Option<String> },
    /// Keeps the value; the reason is required and goes to the person.
    Reject { reason: Reason },
}

/// Decides a pending request. Accepting writes the proposed value into the person's record.
pub async fn decide(
    db: &Db,
    officer_id: StaffId,
    public_id: &str,
    decision: Decision,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    if matches!(decision, Decision::Accept { .. }) {
        // Before the person's row is locked, as every transaction that accepts does.
        queries::rectification::take_feed_turn(&tx.tx).await?;
    }
    let (officer, r) = super::officer_and_request(&tx, officer_id, public_id).await?;
    if !RequestStatus::parse(&r.status).is_ok_and(RequestStatus::is_pending) {
        return Err(ServiceError::Refused("correction-error-already-decided"));
    }
    let field = Field::parse(&r.field).map_err(|_| ServiceError::Internal("a stored request field does not parse"))?;
    let (status, step_kind, reason, kind) = match &decision {
        Decision::Accept { .. } => {
            (RequestStatus::Accepted, RectificationStep::Accepted, None, Notice::CorrectionAccepted { field })
        }
        Decision::Reject { reason } => (
            RequestStatus::Rejected,
            RectificationStep::Rejected,
            Some(reason.as_str().to_owned()),
            Notice::CorrectionRejected { field },
        ),
    };
    let decided_value = match &decision {
        Decision::Accept { value } => Some(
            accepted_value(field, value.as_deref(), &r.proposed_value)
                .map_err(|e| ServiceError::Invalid { field: "value", message_id: e.message_id })?,
        ),
        Decision::Reject { .. } => None,
    };
    if let Some(value) = &decided_value {
        let p = person::Entity::find_by_id(r.person_id).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
        let subject = p.public_id.clone();
        let mut p = p.into_active_model();
        queries::person::set_field(&mut p, field, value.clone());
        p.updated_at = Set(tx.now);
        p.update(&tx.tx).await?;
        let recipients = queries::rectification::recipients_of(&tx.tx, PersonId(r.person_id), field).await?;
        tell_recipients(&tx, r.id, &subject, field, &recipients).await?;
    }
    let person_id = r.person_id;
    step(&tx, r.id, step_kind, Some(officer.id), reason.clone()).await?;
    // Only if still pending: of two officers deciding at once, one wins, the other is told.
    let decided = rectification_request::Entity::update_many()
        .col_expr(rectification_request::Column::Status, Expr::value(status.as_str()))
        .col_expr(rectification_request::Column::DecidedAt, Expr::value(tx.now))
        .col_expr(rectification_request::Column::DecidedByStaffId, Expr::value(officer.id))
        .col_expr(rectification_request::Column::DecisionReason, Expr::value(reason))
        .col_expr(rectification_request::Column::DecidedValue, Expr::value(decided_value))
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
    notifications::mail::notify_by_email(&tx, Account::Person(PersonId(person_id)), kind).await?;
    tx.commit().await?;
    Ok(())
}

/// GDPR 19: every party that ever received `field` of the person (`recipients`, from
/// `queries::rectification::recipients_of`) is told which person (pseudonymous id) and which
/// field; each reads the new value through the disclosure path. Returns how many were told.
pub(crate) async fn tell_recipients(
    tx: &WriteTx<'_>,
    request_id: i32,
    subject: &str,
    field: Field,
    recipients: &[party::Model],
) -> Result<usize, ServiceError> {
    for recipient in recipients {
        let told = Notice::CorrectionRecipientTold { field, person: subject.to_owned() };
        notifications::notify(tx, Recipient::Party(PartyId(recipient.id)), told).await?;
        rectification_recipient_notice::ActiveModel {
            request_id: Set(request_id),
            party_id: Set(recipient.id),
            notified_at: Set(tx.now),
        }
        .insert(&tx.tx)
        .await?;
    }
    Ok(recipients.len())
}
