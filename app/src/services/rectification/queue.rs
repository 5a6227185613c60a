//! The agency's rectification queue (GDPR 12(3)): pending requests, the most urgent deadline in
//! force first, with the Brussels days left and the due-soon / overdue flags; narrowed by
//! status, kind, field and the reporting municipality; paged; and the counts the officer
//! steers by (open, due soon, overdue, handled this month, median days to decide). Counted,
//! filtered, ordered by the deadline in force and paged in the database: a page reads
//! fifty-one rows however long the queue (`tests/benches/rectification_queue`).

use crate::domain::deadline::{Deadlines, days_left, urgency, urgency_bounds};
use crate::domain::fields::Field;
use crate::domain::rectification::{FiledBy, RequestStatus, effective_due};
use crate::domain::roles::PartyKind;
use crate::domain::time::{day_of, start_of_local_day, today};
use crate::services::ServiceError;
use crate::store::{Db, api_client, party, rectification_request, staff};
use crate::views::rectification::{QueueCounts, QueueFilter, QueueItem, QueueOverview};
use chrono::{DateTime, Datelike, Utc};
use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{ColumnTrait, Condition, EntityTrait, Order, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;

/// Rows per page.
pub const PAGE: usize = 50;

/// Which municipality filed what: its staff members' and its systems' ids, to its (slug, name).
struct Reporters {
    by_staff: HashMap<i32, i32>,
    by_client: HashMap<i32, i32>,
    parties: HashMap<i32, (String, String)>,
}

impl Reporters {
    async fn load(db: &Db) -> Result<Reporters, ServiceError> {
        let municipalities = party::Entity::find()
            .filter(party::Column::Kind.eq(PartyKind::Municipality.as_str()))
            .order_by_asc(party::Column::Name)
            .all(&db.conn)
            .await?;
        let ids: Vec<i32> = municipalities.iter().map(|p| p.id).collect();
        let by_staff = staff::Entity::find()
            .select_only()
            .column(staff::Column::Id)
            .column(staff::Column::PartyId)
            .filter(staff::Column::PartyId.is_in(ids.clone()))
            .into_tuple()
            .all(&db.conn)
            .await?;
        let by_client = api_client::Entity::find()
            .select_only()
            .column(api_client::Column::Id)
            .column(api_client::Column::PartyId)
            .filter(api_client::Column::PartyId.is_in(ids))
            .into_tuple()
            .all(&db.conn)
            .await?;
        Ok(Reporters {
            by_staff: by_staff.into_iter().collect(),
            by_client: by_client.into_iter().collect(),
            parties: municipalities.into_iter().map(|p| (p.id, (p.slug, p.name))).collect(),
        })
    }

    /// The municipality that filed a quality report, none for a person's own request.
    fn of(&self, r: &rectification_request::Model) -> Option<&(String, String)> {
        if r.filed_by != FiledBy::Municipality.as_str() {
            return None;
        }
        let party = match (r.filed_by_api_client_id, r.filed_by_staff_id) {
            (Some(client), _) => self.by_client.get(&client)?,
            (None, Some(s)) => self.by_staff.get(&s)?,
            (None, None) => return None,
        };
        self.parties.get(party)
    }
}

fn item(r: rectification_request::Model, reporters: &Reporters, now: DateTime<Utc>) -> Option<QueueItem> {
    let status = RequestStatus::parse(&r.status).ok()?;
    let due = effective_due(r.due_at, r.extended_due_at);
    let deadlines = Deadlines { due_at: r.due_at, extended_due_at: r.extended_due_at };
    let pending = status.is_pending();
    let reported_by = reporters.of(&r).map(|(slug, _)| slug.clone());
    Some(QueueItem {
        reported_by,
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

/// The deadline in force, for ordering in the database.
fn deadline_in_force() -> SimpleExpr {
    Expr::cust("COALESCE(\"extended_due_at\", \"due_at\")")
}

/// One page of the queue and its counts: filtered, ordered and paged in the database (a page
/// of ten thousand pending requests reads fifty-one rows); the days left and the flag are
/// computed for those rows only.
pub async fn overview(db: &Db, filter: QueueFilter, now: DateTime<Utc>) -> Result<QueueOverview, ServiceError> {
    use rectification_request::Column as C;
    let reporters = Reporters::load(db).await?;
    let counts = counts(db, now).await?;
    let mut query = rectification_request::Entity::find();
    query = match filter.status {
        Some(s) => query.filter(C::Status.eq(s.as_str())),
        None => query.filter(C::Status.is_in(RequestStatus::pending_codes())),
    };
    if let Some(kind) = filter.kind {
        query = query.filter(C::FiledBy.eq(kind.as_str()));
    }
    if let Some(field) = filter.field {
        query = query.filter(C::Field.eq(field.as_str()));
    }
    if let Some(slug) = &filter.municipality {
        let party = reporters.parties.iter().find(|(_, (s, _))| s == slug).map(|(id, _)| *id);
        let of = |by: &HashMap<i32, i32>| -> Vec<i32> {
            by.iter().filter(|(_, p)| Some(**p) == party).map(|(id, _)| *id).collect()
        };
        query = query.filter(C::FiledBy.eq(FiledBy::Municipality.as_str())).filter(
            Condition::any()
                .add(C::FiledByStaffId.is_in(of(&reporters.by_staff)))
                .add(C::FiledByApiClientId.is_in(of(&reporters.by_client))),
        );
    }
    query = match filter.status {
        Some(s) if !s.is_pending() => query.order_by_desc(C::DecidedAt),
        _ => query.order_by(deadline_in_force(), Order::Asc).order_by_asc(C::ReceivedAt),
    };
    let rows =
        query.order_by_asc(C::Id).offset(filter.page as u64 * PAGE as u64).limit(PAGE as u64 + 1).all(&db.conn).await?;
    let more = rows.len() > PAGE;
    let items = rows.into_iter().take(PAGE).filter_map(|r| item(r, &reporters, now)).collect();
    let mut municipalities: Vec<(String, String)> = reporters.parties.into_values().collect();
    municipalities.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(QueueOverview { counts, filter, items, more, municipalities })
}

/// The counts at the top, counted in the database with `domain::deadline::urgency_bounds`.
async fn counts(db: &Db, now: DateTime<Utc>) -> Result<QueueCounts, ServiceError> {
    use rectification_request::Column as C;
    let b = urgency_bounds(now);
    let pending = || rectification_request::Entity::find().filter(C::Status.is_in(RequestStatus::pending_codes()));
    let overdue = Condition::any()
        .add(Condition::all().add(C::ExtendedDueAt.is_null()).add(C::DueAt.lt(b.now)))
        .add(C::ExtendedDueAt.lt(b.now));
    let due_soon = Condition::any()
        .add(
            Condition::all()
                .add(C::ExtendedDueAt.is_null())
                .add(C::DueAt.gte(b.now))
                .add(C::ReceivedAt.lt(b.received_before)),
        )
        .add(Condition::all().add(C::ExtendedDueAt.gte(b.now)).add(C::ExtendedDueAt.lt(b.extended_due_before)));
    let open = pending().count(&db.conn).await? as usize;
    let overdue = pending().filter(overdue).count(&db.conn).await? as usize;
    let due_soon = pending().filter(due_soon).count(&db.conn).await? as usize;
    let first_of_month = today(now).with_day(1).unwrap_or_else(|| today(now));
    let decided: Vec<(DateTime<Utc>, Option<DateTime<Utc>>)> = rectification_request::Entity::find()
        .select_only()
        .column(C::ReceivedAt)
        .column(C::DecidedAt)
        .filter(C::DecidedAt.gte(start_of_local_day(first_of_month)))
        .into_tuple()
        .all(&db.conn)
        .await?;
    let mut days: Vec<i64> = decided
        .iter()
        .filter_map(|(received, decided)| Some((day_of((*decided)?) - day_of(*received)).num_days()))
        .collect();
    days.sort_unstable();
    Ok(QueueCounts { open, due_soon, overdue, handled_this_month: days.len(), median_days_to_decide: median(&days) })
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
