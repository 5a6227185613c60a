//! The officer handles a pending request before deciding it (GDPR 12(3)): acknowledges it (the
//! person is told it is being handled), asks the person a question (the request waits for the
//! answer, still pending, the field still contested), or extends the deadline once (the rule
//! is `domain::deadline::Extension`). Each step is in the request's history, audited, and the
//! person is told in the inbox.

use super::step;
use crate::domain::deadline::{Deadlines, Extension};
use crate::domain::fields::Field;
use crate::domain::ids::{PersonId, StaffId};
use crate::domain::notification::Notice;
use crate::domain::rectification::{RectificationStep, RequestStatus};
use crate::domain::text::Reason;
use crate::services::identity::sessions::Account;
use crate::services::{ServiceError, WriteTx, audit, notifications};
use crate::store::{Db, rectification_request};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// What the officer does with a pending request, as typed in the form.
#[derive(Debug, Clone)]
pub enum Handling<'a> {
    Acknowledge,
    Ask { question: &'a str },
    Extend { until: &'a str, reason: &'a str },
}

pub async fn handle(
    db: &Db,
    officer_id: StaffId,
    public_id: &str,
    handling: Handling<'_>,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let (officer, r) = super::officer_and_request(&tx, officer_id, public_id).await?;
    let status =
        RequestStatus::parse(&r.status).map_err(|_| ServiceError::Internal("a stored status does not parse"))?;
    if !status.is_pending() {
        return Err(ServiceError::Refused("correction-error-already-decided"));
    }
    let field = Field::parse(&r.field).map_err(|_| ServiceError::Internal("a stored request field does not parse"))?;
    let status_column = rectification_request::Column::Status;
    let (changes, kind, note, notice, action): (Vec<(_, SimpleExpr)>, _, _, _, _) = match handling {
        Handling::Acknowledge => (
            vec![(status_column, Expr::value(RequestStatus::Acknowledged.as_str()))],
            RectificationStep::Acknowledged,
            None,
            Notice::CorrectionAcknowledged { field },
            "rectification.acknowledge",
        ),
        Handling::Ask { question } => {
            let question = Reason::parse(question).map_err(|e| ServiceError::Invalid {
                field: "question",
                message_id: match e.message_id {
                    "correction-error-reason-required" => "correction-error-question-required",
                    other => other,
                },
            })?;
            (
                vec![(status_column, Expr::value(RequestStatus::Waiting.as_str()))],
                RectificationStep::InformationRequested,
                Some(question.into_inner()),
                Notice::CorrectionInformationRequested { field },
                "rectification.ask",
            )
        }
        Handling::Extend { until, reason } => {
            let deadlines = Deadlines { due_at: r.due_at, extended_due_at: r.extended_due_at };
            let e = Extension::parse(deadlines, until, reason, tx.now)
                .map_err(|(field, e)| ServiceError::Invalid { field, message_id: e.message_id })?;
            (
                vec![
                    (rectification_request::Column::ExtendedDueAt, Expr::value(e.until)),
                    (rectification_request::Column::ExtensionReason, Expr::value(e.reason.as_str())),
                ],
                RectificationStep::Extended,
                Some(e.reason.into_inner()),
                Notice::CorrectionExtended { field, due: e.until },
                "rectification.extend",
            )
        }
    };
    if !kind.may_start_from(status) {
        return Err(ServiceError::Refused(match kind {
            RectificationStep::Acknowledged => "correction-error-already-acknowledged",
            _ => "correction-error-waiting",
        }));
    }
    // Only from the status read above: a decision or another step that came first wins.
    let mut update = rectification_request::Entity::update_many();
    for (column, value) in changes {
        update = update.col_expr(column, value);
    }
    let mut update =
        update.filter(rectification_request::Column::Id.eq(r.id)).filter(status_column.eq(status.as_str()));
    if kind == RectificationStep::Extended {
        update = update.filter(rectification_request::Column::ExtendedDueAt.is_null());
    }
    if update.exec(&tx.tx).await?.rows_affected != 1 {
        return Err(ServiceError::Refused("correction-error-changed-meanwhile"));
    }
    step(&tx, r.id, kind, Some(officer.id), note).await?;
    let payload = format!("{action}.v1\n{}", r.public_id);
    let (actor, object) = (format!("staff:{}", officer.public_id), format!("rectification:{}", r.public_id));
    audit::record(&tx, actor, action, object, &payload).await?;
    notifications::mail::notify_by_email(&tx, Account::Person(PersonId(r.person_id)), notice).await?;
    tx.commit().await?;
    Ok(())
}
