//! GDPR 19: when the agency corrects a field, every party that ever received it is told
//! (`rectification::decide`). The receiving municipality's staff see those notices; opening
//! one shows the corrected value — itself a disclosure, through the one path, recorded for the
//! person — and they mark it processed once their own records follow.

use super::disclosure::{Actor, DisclosureRequest, Disclosures};
use super::{ServiceError, WriteTx, audit};
use crate::domain::authz::StaffCaller;
use crate::domain::disclosure::DisclosureChannel;
use crate::domain::fields::Field;
use crate::domain::ids::{PartyId, PersonId};
use crate::store::{
    Db, correction_notice_processed, disclosure_event, disclosure_event_field, party_person_ref, protocol,
    protocol_version, rectification_recipient_notice, rectification_request,
};
use crate::views::corrections::{CorrectionNotice, CorrectionNoticeRow};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

/// The party's notices, unprocessed first, newest first.
pub async fn of_party(db: &Db, party: PartyId) -> Result<Vec<CorrectionNoticeRow>, ServiceError> {
    let notices = rectification_recipient_notice::Entity::find()
        .filter(rectification_recipient_notice::Column::PartyId.eq(party.0))
        .order_by_desc(rectification_recipient_notice::Column::NotifiedAt)
        .limit(200)
        .all(&db.conn)
        .await?;
    let mut rows = Vec::with_capacity(notices.len());
    for n in notices {
        if let Some((row, _, _)) = row_of(db, party, n).await? {
            rows.push(row);
        }
    }
    rows.sort_by_key(|r| r.processed_at.is_some());
    Ok(rows)
}

/// One notice, with the corrected value if the reader may see it now.
pub async fn open(
    db: &Db,
    disclosures: &Disclosures,
    staff: &StaffCaller,
    request: &str,
    now: DateTime<Utc>,
) -> Result<CorrectionNotice, ServiceError> {
    let n = notice(db, staff.party_id, request).await?;
    let (row, person, protocol_id) = row_of(db, staff.party_id, n).await?.ok_or(ServiceError::NotFound)?;
    let req = DisclosureRequest {
        person_id: person,
        protocol_id,
        actor: Actor::Staff(staff.staff_id),
        channel: DisclosureChannel::Ui,
        onward_to: None,
        purpose: None,
        requested: [row.field].into(),
    };
    let (value, not_shown) = match disclosures.disclose(req, now).await {
        Ok(d) => (d.fields.into_iter().next().and_then(|f| f.value), None),
        Err(ServiceError::Refused(why)) => (None, Some(why.to_owned())),
        Err(e) => return Err(e),
    };
    Ok(CorrectionNotice { notice: row, value, not_shown })
}

/// Marks a notice processed (once).
pub async fn process(db: &Db, staff: &StaffCaller, request: &str, now: DateTime<Utc>) -> Result<(), ServiceError> {
    let n = notice(db, staff.party_id, request).await?;
    let tx = WriteTx::begin(db, now).await?;
    let done = correction_notice_processed::Entity::find_by_id((n.request_id, n.party_id)).one(&tx.tx).await?;
    if done.is_none() {
        correction_notice_processed::ActiveModel {
            request_id: Set(n.request_id),
            party_id: Set(n.party_id),
            processed_at: Set(tx.now),
            processed_by_staff_id: Set(staff.staff_id.0),
        }
        .insert(&tx.tx)
        .await?;
        audit::record(&tx, staff.audit_id(), "correction_notice.process", format!("rectification:{request}"), "")
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The party's notice about request `request` (its public id); another party's is not found.
async fn notice(db: &Db, party: PartyId, request: &str) -> Result<rectification_recipient_notice::Model, ServiceError> {
    let r = rectification_request::Entity::find()
        .filter(rectification_request::Column::PublicId.eq(request))
        .one(&db.conn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    rectification_recipient_notice::Entity::find_by_id((r.id, party.0))
        .one(&db.conn)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// The row for a notice, the person, and the party's protocol under which it last received the
/// field; `None` when the party no longer knows the person (no reference).
async fn row_of(
    db: &Db,
    party: PartyId,
    n: rectification_recipient_notice::Model,
) -> Result<Option<(CorrectionNoticeRow, PersonId, i32)>, ServiceError> {
    let Some(r) = rectification_request::Entity::find_by_id(n.request_id).one(&db.conn).await? else { return Ok(None) };
    let Ok(field) = Field::parse(&r.field) else { return Ok(None) };
    let Some(reference) = party_person_ref::Entity::find_by_id((party.0, r.person_id)).one(&db.conn).await? else {
        return Ok(None);
    };
    // The latest event that gave this field of the person to the party names the protocol.
    let last: Option<i64> = disclosure_event_field::Entity::find()
        .select_only()
        .column(disclosure_event_field::Column::DisclosureEventId)
        .filter(disclosure_event_field::Column::PersonId.eq(r.person_id))
        .filter(disclosure_event_field::Column::RecipientPartyId.eq(party.0))
        .filter(disclosure_event_field::Column::Field.eq(field.as_str()))
        .order_by_desc(disclosure_event_field::Column::DisclosureEventId)
        .into_tuple()
        .one(&db.conn)
        .await?;
    let Some(event) = last else { return Ok(None) };
    let Some(e) = disclosure_event::Entity::find_by_id(event).one(&db.conn).await? else { return Ok(None) };
    let Some(v) = protocol_version::Entity::find_by_id(e.protocol_version_id).one(&db.conn).await? else {
        return Ok(None);
    };
    let Some(p) = protocol::Entity::find_by_id(v.protocol_id).one(&db.conn).await? else { return Ok(None) };
    let processed = correction_notice_processed::Entity::find_by_id((n.request_id, n.party_id)).one(&db.conn).await?;
    let row = CorrectionNoticeRow {
        id: r.public_id,
        reference: reference.reference,
        protocol: p.slug,
        field,
        notified_at: n.notified_at,
        processed_at: processed.map(|m| m.processed_at),
    };
    Ok(Some((row, PersonId(r.person_id), p.id)))
}
