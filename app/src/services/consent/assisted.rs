//! Staff-assisted consent: agency staff record a consent the person gave on paper (channel
//! `assisted`, the staff member recorded). The person sees it and changes or withdraws it alone.

use super::{ConsentChange, record_in_force};
use crate::domain::consent::{ConsentChannel, ConsentScopes};
use crate::domain::ids::{PersonId, StaffId};
use crate::domain::locale::Locale;
use crate::domain::text::DossierRef;
use crate::services::{ServiceError, WriteTx};
use crate::store::{consent_event, person, queries, staff};
use crate::views::consent::{AssistedReview, PaperForm};
use chrono::{DateTime, Utc};
use sea_orm::EntityTrait;

/// Staff look up whose dossier a paper form names, to show the name before they record: a read
/// of personal data by staff, so it leaves an audit entry (who looked, whose dossier, why).
pub async fn review(
    db: &crate::store::Db,
    staff_audit_id: &str,
    form: PaperForm,
    now: DateTime<Utc>,
) -> Result<AssistedReview, ServiceError> {
    let recipient = crate::services::protocols::list_published(db, Locale::Nl, now)
        .await?
        .into_iter()
        .find(|p| p.slug == form.protocol)
        .map(|p| p.recipient)
        .ok_or(ServiceError::NotFound)?;
    let tx = WriteTx::begin(db, now).await?;
    let person = person_by_dossier(&tx.tx, &form.dossier_ref).await?;
    let object = format!("person:{}", person.public_id);
    crate::services::audit::record(&tx, staff_audit_id, "person.lookup", object, "assisted-consent review: name")
        .await?;
    tx.commit().await?;
    Ok(AssistedReview { person_name: format!("{} {}", person.given_name, person.family_name), recipient, form })
}

/// The person a paper form names, by dossier reference.
async fn person_by_dossier<C: sea_orm::ConnectionTrait>(
    conn: &C,
    dossier_ref: &str,
) -> Result<person::Model, ServiceError> {
    let dossier_ref = DossierRef::parse(dossier_ref).map_err(ServiceError::invalid("dossier_ref"))?;
    queries::person::by_dossier(conn, dossier_ref.as_str())
        .await?
        .ok_or(ServiceError::Invalid { field: "dossier_ref", message_id: "assisted-error-unknown-dossier" })
}

/// Agency staff record a consent the person gave on paper (channel `assisted`, staff member
/// recorded). The person sees it in their history and can change or withdraw it themselves.
pub async fn record_assisted(
    db: &crate::store::Db,
    staff_id: StaffId,
    dossier_ref: &str,
    protocol_slug: &str,
    scopes: ConsentScopes,
    language: Locale,
    now: DateTime<Utc>,
) -> Result<consent_event::Model, ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let officer = staff::Entity::find_by_id(staff_id.0).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
    let person = person_by_dossier(&tx.tx, dossier_ref).await?;
    record_in_force(tx, protocol_slug, |protocol_version_id| ConsentChange {
        person_id: PersonId(person.id),
        protocol_version_id,
        scopes,
        channel: ConsentChannel::Assisted,
        assisted_by: Some((StaffId(officer.id), officer.public_id)),
        language,
        occurred_at: now,
    })
    .await
}
