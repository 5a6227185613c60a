//! The breach register: a municipality's own reports, and every report for the agency's DPO,
//! newest first. Descriptions and measures are the reporter's words about the incident; the
//! persons concerned are only counted.

use crate::domain::breach::BreachStep;
use crate::domain::fields::Field;
use crate::domain::ids::PartyId;
use crate::services::ServiceError;
use crate::store::{Db, breach_report, breach_report_event, queries};
use crate::views::breach::{BreachHistoryEntry, BreachRow};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Select};

/// At most this many reports on a page.
const SHOWN: u64 = 200;

/// The reports of one municipality.
pub async fn of_party(db: &Db, party: PartyId) -> Result<Vec<BreachRow>, ServiceError> {
    rows(db, breach_report::Entity::find().filter(breach_report::Column::ReportingPartyId.eq(party.0))).await
}

/// Every report, for the agency's DPO.
pub async fn all(db: &Db) -> Result<Vec<BreachRow>, ServiceError> {
    rows(db, breach_report::Entity::find()).await
}

async fn rows(db: &Db, query: Select<breach_report::Entity>) -> Result<Vec<BreachRow>, ServiceError> {
    let reports = query
        .order_by_desc(breach_report::Column::ReportedAt)
        .order_by_desc(breach_report::Column::Id)
        .limit(SHOWN)
        .all(&db.conn)
        .await?;
    let parties = queries::party::names(&db.conn).await?;
    let events = breach_report_event::Entity::find()
        .filter(breach_report_event::Column::BreachReportId.is_in(reports.iter().map(|r| r.id)))
        .order_by_asc(breach_report_event::Column::Id)
        .all(&db.conn)
        .await?;
    let staff = reports.iter().filter_map(|r| r.reported_by_staff_id).chain(events.iter().filter_map(|e| e.staff_id));
    let names = queries::staff::display_names(&db.conn, staff).await?;
    let history_of = |id: i32| -> Vec<BreachHistoryEntry> {
        events
            .iter()
            .filter(|e| e.breach_report_id == id)
            .filter_map(|e| {
                Some(BreachHistoryEntry {
                    step: BreachStep::parse(&e.kind).ok()?,
                    at: e.occurred_at,
                    by: e.staff_id.and_then(|s| names.get(&s).cloned()),
                    persons_told: e.persons_told.and_then(|n| u32::try_from(n).ok()),
                })
            })
            .collect()
    };
    Ok(reports
        .into_iter()
        .map(|r| BreachRow {
            history: history_of(r.id),
            municipality: parties.get(&r.reporting_party_id).cloned().unwrap_or_default(),
            reported_by: r.reported_by_staff_id.and_then(|s| names.get(&s).cloned()),
            categories: r.categories.lines().filter_map(|c| Field::parse(c).ok()).collect(),
            persons_affected: u32::try_from(r.persons_affected).unwrap_or(0),
            id: r.public_id,
            detected_at: r.detected_at,
            reported_at: r.reported_at,
            deadline: r.deadline_at,
            late: r.late,
            description: r.description,
            measures: r.measures,
        })
        .collect())
}
