//! Art. 6/9 of the protocol (GDPR 33): a municipality reports a personal-data breach to the
//! agency, within 48 hours of finding it — one of its staff in the browser or its system
//! through the API. The report records whether it came late; the persons it names are the
//! party's own references, resolved here (another party's are unknown).

use crate::domain::authz::MunicipalityCaller;
use crate::domain::breach::{BreachFacts, deadline, is_late};
use crate::domain::ids::PersonId;
use crate::services::idempotency::{self, Key, Once};
use crate::services::{ServiceError, WriteTx, audit, pseudonyms};
use crate::store::{Db, breach_report, breach_report_person};
use crate::views::api::BreachReported;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use std::collections::BTreeSet;

/// What the client reports.
pub struct Report<'a> {
    pub detected_at: DateTime<Utc>,
    pub description: &'a str,
    pub categories: &'a [String],
    pub persons: &'a [String],
    pub measures: &'a str,
}

pub async fn report(
    db: &Db,
    caller: &MunicipalityCaller,
    report: Report<'_>,
    key: Option<&Key>,
    now: DateTime<Utc>,
) -> Result<Once<BreachReported>, ServiceError> {
    let facts = BreachFacts::parse(report.detected_at, report.description, report.categories, report.measures, now)
        .map_err(|(field, e)| ServiceError::Invalid { field, message_id: e.message_id })?;
    let mut persons = BTreeSet::new();
    for r in report.persons {
        let person: PersonId = pseudonyms::resolve(&db.conn, caller.party_id(), r)
            .await?
            // As everywhere in the API: a reference of another party's space is nobody.
            .ok_or(ServiceError::NotFound)?;
        persons.insert(person.0);
    }
    let tx = WriteTx::begin(db, now).await?;
    if let Some((status, body)) = idempotency::replay(&tx, key).await? {
        return Ok(Once::Replayed { status, body });
    }
    let categories: Vec<&str> = facts.categories.iter().map(|f| f.as_str()).collect();
    let row = breach_report::ActiveModel {
        public_id: Set(uuid::Uuid::new_v4().to_string()),
        reporting_party_id: Set(caller.party_id().0),
        reported_by_staff_id: Set(caller.staff_id().map(|s| s.0)),
        reported_by_api_client_id: Set(caller.api_client_id().map(|c| c.0)),
        detected_at: Set(facts.detected_at),
        reported_at: Set(tx.now),
        deadline_at: Set(deadline(facts.detected_at)),
        description: Set(facts.description),
        categories: Set(categories.join("\n")),
        measures: Set(facts.measures),
        persons_affected: Set(i32::try_from(persons.len()).unwrap_or(i32::MAX)),
        late: Set(is_late(facts.detected_at, tx.now)),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    if !persons.is_empty() {
        let rows = persons
            .iter()
            .map(|p| breach_report_person::ActiveModel { breach_report_id: Set(row.id), person_id: Set(*p) });
        breach_report_person::Entity::insert_many(rows).exec_without_returning(&tx.tx).await?;
    }
    let payload = format!(
        "breach.v1\n{}\n{}\n{}\n{}\n{}",
        row.public_id,
        caller.party_id(),
        audit::canonical_time(&row.detected_at),
        row.persons_affected,
        u8::from(row.late)
    );
    audit::record(&tx, caller.audit_actor(), "breach.report", format!("breach:{}", row.public_id), &payload).await?;
    let answer = BreachReported {
        id: row.public_id,
        detected_at: row.detected_at,
        reported_at: row.reported_at,
        deadline: row.deadline_at,
        late: row.late,
        persons_affected: u32::try_from(row.persons_affected).unwrap_or(0),
    };
    idempotency::remember(&tx, key, 201, &answer).await?;
    tx.commit().await?;
    Ok(Once::Fresh(answer))
}
