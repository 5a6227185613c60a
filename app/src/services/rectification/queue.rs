//! The agency's rectification queue (GDPR 12(3)): pending requests, the most urgent deadline in
//! force first, with the Brussels days left and the due-soon / overdue flags; narrowed by
//! status, kind and field; paged; and the counts the officer steers by (open, due soon,
//! overdue, handled this month, median days to decide). Ten thousand pending requests are one
//! query of small rows, sorted here, because the deadline in force is computed per row.

use crate::domain::deadline::{Deadlines, Urgency, days_left, urgency};
use crate::domain::fields::Field;
use crate::domain::rectification::{FiledBy, RequestStatus, effective_due};
use crate::domain::time::{day_of, start_of_local_day, today};
use crate::services::ServiceError;
use crate::store::{Db, rectification_request};
use crate::views::rectification::{QueueCounts, QueueFilter, QueueItem, QueueOverview};
use chrono::{DateTime, Datelike, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

/// Rows per page.
pub const PAGE: usize = 50;
/// Decided requests shown when the officer filters on a decided status.
const DECIDED_SHOWN: u64 = 500;

fn item(r: rectification_request::Model, now: DateTime<Utc>) -> Option<QueueItem> {
    let status = RequestStatus::parse(&r.status).ok()?;
    let due = effective_due(r.due_at, r.extended_due_at);
    let deadlines = Deadlines { due_at: r.due_at, extended_due_at: r.extended_due_at };
    let pending = status.is_pending();
    Some(QueueItem {
        field: Field::parse(&r.field).ok()?,
        status,
        due_at: due,
        days_left: pending.then(|| days_left(due, now)),
        urgency: pending.then(|| urgency(r.received_at, deadlines, now)),
        public_id: r.public_id,
        filed_by: r.filed_by,
        received_at: r.received_at,
    })
}

/// Every pending request, the most urgent deadline in force first.
pub async fn pending(db: &Db, now: DateTime<Utc>) -> Result<Vec<QueueItem>, ServiceError> {
    let rows = rectification_request::Entity::find()
        .filter(rectification_request::Column::Status.is_in(RequestStatus::pending_codes()))
        .all(&db.conn)
        .await?;
    let mut items: Vec<QueueItem> = rows.into_iter().filter_map(|r| item(r, now)).collect();
    items.sort_by_key(|i| (i.due_at, i.received_at));
    Ok(items)
}

pub async fn overview(db: &Db, filter: QueueFilter, now: DateTime<Utc>) -> Result<QueueOverview, ServiceError> {
    let pending_items = pending(db, now).await?;
    let counts = counts(db, &pending_items, now).await?;
    let chosen = match filter.status {
        Some(s) if !s.is_pending() => {
            let rows = rectification_request::Entity::find()
                .filter(rectification_request::Column::Status.eq(s.as_str()))
                .order_by_desc(rectification_request::Column::DecidedAt)
                .limit(DECIDED_SHOWN)
                .all(&db.conn)
                .await?;
            rows.into_iter().filter_map(|r| item(r, now)).collect()
        }
        Some(s) => pending_items.into_iter().filter(|i| i.status == s).collect(),
        None => pending_items,
    };
    let matching: Vec<QueueItem> = chosen
        .into_iter()
        .filter(|i| filter.kind.is_none_or(|k| i.filed_by == k.as_str()))
        .filter(|i| filter.field.is_none_or(|f| i.field == f))
        .collect();
    let start = filter.page as usize * PAGE;
    let more = matching.len() > start + PAGE;
    let items = matching.into_iter().skip(start).take(PAGE).collect();
    Ok(QueueOverview { counts, filter, items, more })
}

async fn counts(db: &Db, pending: &[QueueItem], now: DateTime<Utc>) -> Result<QueueCounts, ServiceError> {
    let of = |u: Urgency| pending.iter().filter(|i| i.urgency == Some(u)).count();
    let first_of_month = today(now).with_day(1).unwrap_or_else(|| today(now));
    let decided: Vec<(DateTime<Utc>, Option<DateTime<Utc>>)> = rectification_request::Entity::find()
        .select_only()
        .column(rectification_request::Column::ReceivedAt)
        .column(rectification_request::Column::DecidedAt)
        .filter(rectification_request::Column::DecidedAt.gte(start_of_local_day(first_of_month)))
        .into_tuple()
        .all(&db.conn)
        .await?;
    let mut days: Vec<i64> = decided
        .iter()
        .filter_map(|(received, decided)| Some((day_of((*decided)?) - day_of(*received)).num_days()))
        .collect();
    days.sort_unstable();
    Ok(QueueCounts {
        open: pending.len(),
        due_soon: of(Urgency::DueSoon),
        overdue: of(Urgency::Overdue),
        handled_this_month: days.len(),
        median_days_to_decide: median(&days),
    })
}

/// The middle value (the lower of the two middle ones for an even count), of sorted days.
fn median(sorted: &[i64]) -> Option<i64> {
    (!sorted.is_empty()).then(|| sorted[(sorted.len() - 1) / 2])
}

/// A filter's kind as the domain names it, for the page's choices.
pub const KINDS: [FiledBy; 3] = [FiledBy::Person, FiledBy::Staff, FiledBy::Municipality];

#[cfg(test)]
mod tests {
    use super::median;

    #[test]
    fn the_median_is_the_middle_day() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[4]), Some(4));
        assert_eq!(median(&[1, 3, 9]), Some(3));
        assert_eq!(median(&[1, 3, 9, 20]), Some(3));
    }
}
