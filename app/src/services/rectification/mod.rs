//! Rectification requests (art. 7, GDPR 12(3), 16, 18, 19): a person files one for a field of
//! their own; the agency decides. While a request is pending the field is contested to
//! recipients (`queries::disclosure::contested`). On acceptance the source value is
//! corrected and every party that ever received the field is told (GDPR 19).

mod answer;
mod decide;
pub mod desk;
pub mod feed;
mod file;
mod handle;
mod quality_report;
pub mod queue;
mod view;

pub use answer::answer_own;
pub(crate) use decide::tell_recipients;
pub use decide::{Decision, decide};
pub use file::file_own;
pub use handle::{Handling, handle};
pub use quality_report::{Report, file_quality_report};
pub use view::{get_own, get_own_with_history, list_own};

use crate::domain::ids::StaffId;
use crate::domain::rectification::RectificationStep;
use crate::services::{ServiceError, WriteTx};
use crate::store::{rectification_event, rectification_request, staff};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

/// The officer acting and the request they act on, read in the step's own transaction.
pub(super) async fn officer_and_request(
    tx: &WriteTx<'_>,
    officer_id: StaffId,
    public_id: &str,
) -> Result<(staff::Model, rectification_request::Model), ServiceError> {
    let officer = staff::Entity::find_by_id(officer_id.0).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
    let request = rectification_request::Entity::find()
        .filter(rectification_request::Column::PublicId.eq(public_id))
        .one(&tx.tx)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok((officer, request))
}

/// Appends one step of the request's handling. An acceptance first takes the corrections
/// feed's turn (`queries::rectification::take_feed_turn`), so that accepted steps get their ids
/// in the order they are committed: the feed's reader never skips one.
pub(crate) async fn step(
    tx: &WriteTx<'_>,
    request_id: i32,
    kind: RectificationStep,
    actor_staff_id: Option<i32>,
    note: Option<String>,
) -> Result<(), ServiceError> {
    if kind == RectificationStep::Accepted {
        crate::store::queries::rectification::take_feed_turn(&tx.tx).await?;
    }
    rectification_event::ActiveModel {
        request_id: Set(request_id),
        kind: Set(kind.as_str().into()),
        actor_staff_id: Set(actor_staff_id),
        note: Set(note),
        occurred_at: Set(tx.now),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    Ok(())
}
