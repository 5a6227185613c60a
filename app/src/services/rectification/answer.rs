//! The person answers the officer's question on their own request's page; the request goes
//! back to the officer (acknowledged, still pending), the answer in its history.

use super::step;
use crate::domain::ids::PersonId;
use crate::domain::rectification::{RectificationStep, RequestStatus};
use crate::domain::text::Statement;
use crate::services::{ServiceError, WriteTx, audit};
use crate::store::{Db, person, rectification_request};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

pub async fn answer_own(
    db: &Db,
    person_id: PersonId,
    public_id: &str,
    answer: &str,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let answer = Statement::parse(answer).map_err(|e| ServiceError::Invalid {
        field: "answer",
        message_id: match e.message_id {
            "correction-error-statement-empty" => "correction-error-answer-required",
            other => other,
        },
    })?;
    let tx = WriteTx::begin(db, now).await?;
    // Another person's request is nobody's here: not found, as on the page.
    let r = rectification_request::Entity::find()
        .filter(rectification_request::Column::PublicId.eq(public_id))
        .filter(rectification_request::Column::PersonId.eq(person_id.0))
        .one(&tx.tx)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let waiting = RequestStatus::Waiting.as_str();
    let moved = rectification_request::Entity::update_many()
        .col_expr(rectification_request::Column::Status, Expr::value(RequestStatus::Acknowledged.as_str()))
        .filter(rectification_request::Column::Id.eq(r.id))
        .filter(rectification_request::Column::Status.eq(waiting))
        .exec(&tx.tx)
        .await?;
    if moved.rows_affected != 1 {
        return Err(ServiceError::Refused("correction-error-not-waiting"));
    }
    step(&tx, r.id, RectificationStep::Answered, None, Some(answer.into_inner())).await?;
    let p = person::Entity::find_by_id(person_id.0).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
    let payload = format!("rectification.answer.v1\n{}", r.public_id);
    let (actor, object) = (format!("person:{}", p.public_id), format!("rectification:{}", r.public_id));
    audit::record(&tx, actor, "rectification.answer", object, &payload).await?;
    tx.commit().await?;
    Ok(())
}
