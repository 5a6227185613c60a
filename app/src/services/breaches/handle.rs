//! The agency DPO's work on a breach report (art. 6/9, GDPR 33, 34): acknowledge it, then —
//! when the breach is likely to put the persons' rights at high risk — tell every person the
//! report names, each in their contact language, in the inbox and by e-mail when there is one:
//! where and when it happened, which kinds of data, and whom to ask (the agency's DPO). Each
//! step once (`domain::breach::BreachStep`; the database's unique step per report settles a
//! race), in the report's history, with an audit entry.

use crate::domain::authz::StaffCaller;
use crate::domain::breach::BreachStep;
use crate::domain::fields::Field;
use crate::domain::ids::PersonId;
use crate::domain::notification::Notice;
use crate::domain::roles::PartyKind;
use crate::services::identity::sessions::Account;
use crate::services::notifications::mail::notify_by_email;
use crate::services::{ServiceError, WriteTx, audit};
use crate::store::{Db, breach_report, breach_report_event, breach_report_person, party, queries};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

/// The steps already taken on a report.
pub(super) async fn steps_of<C: sea_orm::ConnectionTrait>(
    conn: &C,
    report_id: i32,
) -> Result<Vec<BreachStep>, ServiceError> {
    let events = breach_report_event::Entity::find()
        .filter(breach_report_event::Column::BreachReportId.eq(report_id))
        .all(conn)
        .await?;
    Ok(events.iter().filter_map(|e| BreachStep::parse(&e.kind).ok()).collect())
}

/// Takes `step` on the report `public_id`; returns how many persons were told (the GDPR 34 step).
pub async fn take_step(
    db: &Db,
    dpo: &StaffCaller,
    public_id: &str,
    step: BreachStep,
    now: DateTime<Utc>,
) -> Result<u32, ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let report = breach_report::Entity::find()
        .filter(breach_report::Column::PublicId.eq(public_id))
        .one(&tx.tx)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if let Some(refusal) = step.refusal(&steps_of(&tx.tx, report.id).await?) {
        return Err(ServiceError::Refused(refusal));
    }
    let persons = match step {
        BreachStep::Acknowledged => None,
        BreachStep::PersonsNotified => Some(
            breach_report_person::Entity::find()
                .filter(breach_report_person::Column::BreachReportId.eq(report.id))
                .all(&tx.tx)
                .await?,
        ),
    };
    let told = persons.as_ref().map(|p| u32::try_from(p.len()).unwrap_or(u32::MAX));
    // The step first: of two DPOs at the same moment, the second stops here, before telling anyone.
    let recorded = breach_report_event::ActiveModel {
        breach_report_id: Set(report.id),
        kind: Set(step.as_str().into()),
        staff_id: Set(Some(dpo.staff_id.0)),
        persons_told: Set(told.map(|n| i32::try_from(n).unwrap_or(i32::MAX))),
        occurred_at: Set(now),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await;
    match recorded {
        // Another DPO took the same step a moment ago (the unique step per report).
        Err(e) if matches!(e.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) => {
            return Err(ServiceError::Refused("breach-error-step-done"));
        }
        other => other?,
    };
    if let Some(persons) = persons {
        tell_persons(&tx, &report, &persons).await?;
    }
    let payload = format!("breach.{}\n{}\n{}", step.as_str(), report.public_id, told.unwrap_or(0));
    let action = match step {
        BreachStep::Acknowledged => "breach.acknowledge",
        BreachStep::PersonsNotified => "breach.notify_persons",
    };
    audit::record(&tx, format!("staff:{}", dpo.public_id), action, format!("breach:{}", report.public_id), &payload)
        .await?;
    tx.commit().await?;
    Ok(told.unwrap_or(0))
}

/// The GDPR 34 notice to every person the report names.
async fn tell_persons(
    tx: &WriteTx<'_>,
    report: &breach_report::Model,
    persons: &[breach_report_person::Model],
) -> Result<(), ServiceError> {
    let agency = party::Entity::find()
        .filter(party::Column::Kind.eq(PartyKind::Agency.as_str()))
        .one(&tx.tx)
        .await?
        .ok_or(ServiceError::Internal("the agency is a party"))?;
    let contact = agency.dpo_contact.clone().unwrap_or(agency.name);
    let recipient = queries::party::name_of(&tx.tx, report.reporting_party_id).await?;
    let fields: Vec<Field> = report.categories.lines().filter_map(|c| Field::parse(c).ok()).collect();
    for p in persons {
        let notice = Notice::BreachNotice {
            recipient: recipient.clone(),
            detected: report.detected_at,
            fields: fields.clone(),
            contact: contact.clone(),
        };
        notify_by_email(tx, Account::Person(PersonId(p.person_id)), notice).await?;
    }
    Ok(())
}
