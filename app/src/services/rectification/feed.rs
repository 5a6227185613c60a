//! The corrections feed for the agency's client-tracking system (issue 16; GDPR 16 and 19 on
//! the agency's side): every accepted correction, oldest first, so that the source applies what
//! the portal's officers decided and the agency keeps one truth. Items follow the accepted
//! steps in the order they were committed (`step` orders them), so a reader resuming from a
//! cursor never skips or repeats one. A person erased since (retention) has no values left to
//! pass on: their corrections are left out, and the cursor moves past them.

use crate::domain::feed::{Cursor, PageLimit};
use crate::domain::rectification::RectificationStep;
use crate::services::ServiceError;
use crate::store::{Db, person, rectification_event, rectification_request};
use crate::views::source_sync::{AcceptedCorrection, AcceptedCorrections};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;

/// A page of accepted corrections after `after`.
pub async fn accepted(db: &Db, after: Cursor, limit: PageLimit) -> Result<AcceptedCorrections, ServiceError> {
    let mut steps: Vec<(i32, i32)> = rectification_event::Entity::find()
        .select_only()
        .column(rectification_event::Column::Id)
        .column(rectification_event::Column::RequestId)
        .filter(rectification_event::Column::Kind.eq(RectificationStep::Accepted.as_str()))
        .filter(rectification_event::Column::Id.gt(after.last_seen()))
        .order_by_asc(rectification_event::Column::Id)
        .limit(limit.get() + 1)
        .into_tuple()
        .all(&db.conn)
        .await?;
    let more = steps.len() as u64 > limit.get();
    steps.truncate(limit.get() as usize);
    let requests: HashMap<i32, rectification_request::Model> = rectification_request::Entity::find()
        .filter(rectification_request::Column::Id.is_in(steps.iter().map(|(_, r)| *r)))
        .all(&db.conn)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let dossiers: HashMap<i32, String> = person::Entity::find()
        .select_only()
        .column(person::Column::Id)
        .column(person::Column::DossierRef)
        .filter(person::Column::Id.is_in(requests.values().map(|r| r.person_id)))
        .filter(person::Column::PseudonymisedAt.is_null())
        .into_tuple::<(i32, String)>()
        .all(&db.conn)
        .await?
        .into_iter()
        .collect();
    let mut items = Vec::with_capacity(steps.len());
    for (step_id, request_id) in &steps {
        let r = requests.get(request_id).ok_or(ServiceError::Internal("an accepted step without its request"))?;
        let Some(dossier) = dossiers.get(&r.person_id) else { continue };
        items.push(AcceptedCorrection {
            dossier: dossier.clone(),
            request: r.public_id.clone(),
            field: r.field.clone(),
            old: Some(r.current_value.clone()).filter(|v| !v.is_empty()),
            new: r.decided_value.clone().filter(|v| !v.is_empty()),
            decided_at: r.decided_at.ok_or(ServiceError::Internal("an accepted request without its decision"))?,
            filed_by: r.filed_by.clone(),
            cursor: Cursor::after(i64::from(*step_id)).to_string(),
        });
    }
    // Past the last step read, even when it was left out (an erased person's).
    let next = if more { steps.last().map(|(id, _)| Cursor::after(i64::from(*id)).to_string()) } else { None };
    Ok(AcceptedCorrections { items, next })
}
