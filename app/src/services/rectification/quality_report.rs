//! Art. 7: a municipality that finds a value it received wrong reports it to the agency (a
//! "quality report"). It joins the agency's queue as a rectification request, checked by the
//! same rules and deadlines as a person's, and the person sees it among their requests.

use super::file::{Filer, insert};
use crate::domain::authz::MunicipalityCaller;
use crate::domain::fields::Field;
use crate::domain::rectification::parse_proposed;
use crate::domain::text::Statement;
use crate::services::idempotency::{self, Key, Once};
use crate::services::{ServiceError, WriteTx, pseudonyms};
use crate::store::{Db, queries};
use crate::views::api::QualityReportFiled;
use chrono::{DateTime, Utc};

/// What the municipality says is wrong.
pub struct Report<'a> {
    pub field: &'a str,
    /// The value it believes is right, if it knows one.
    pub proposed: Option<&'a str>,
    pub statement: &'a str,
}

/// Files the report, for one of the municipality's staff or its system (two doors, one rule).
/// The field must be one the caller's profile may read: a municipality reports on what it can
/// have received.
pub async fn file_quality_report(
    db: &Db,
    caller: &MunicipalityCaller,
    protocol_slug: &str,
    reference: &str,
    report: Report<'_>,
    key: Option<&Key>,
    now: DateTime<Utc>,
) -> Result<Once<QualityReportFiled>, ServiceError> {
    let (_, person) = pseudonyms::in_protocol(&db.conn, caller.party_id(), protocol_slug, reference)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let field = Field::parse(report.field).map_err(ServiceError::invalid("field"))?;
    let proposed = report
        .proposed
        .map(|p| parse_proposed(field, p).map_err(ServiceError::invalid("proposed_value")))
        .transpose()?;
    let statement = Statement::parse(report.statement).map_err(ServiceError::invalid("statement"))?;
    let profile = caller.profile_id().ok_or(ServiceError::Refused("disclosure-refused-no-profile"))?;
    if !queries::profile::fields_of(&db.conn, profile.0).await?.contains(&field) {
        return Err(ServiceError::Refused("disclosure-refused-nothing-allowed"));
    }
    let tx = WriteTx::begin(db, now).await?;
    if let Some((status, body)) = idempotency::replay(&tx, key).await? {
        return Ok(Once::Replayed { status, body });
    }
    let filer = Filer::Municipality {
        staff: caller.staff_id(),
        client: caller.api_client_id(),
        audit_actor: caller.audit_actor(),
    };
    let request = insert(&tx, person, field, proposed, statement, filer).await?;
    let answer = QualityReportFiled {
        id: request.public_id,
        person: reference.to_owned(),
        field: request.field,
        status: request.status,
        received_at: request.received_at,
        due_at: request.due_at,
    };
    idempotency::remember(&tx, key, 201, &answer).await?;
    tx.commit().await?;
    Ok(Once::Fresh(answer))
}
