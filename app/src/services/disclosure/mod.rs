//! The one code path that hands a person's fields to anyone but the person:
//! decide (domain rules) → record the disclosure and its audit entry in one transaction →
//! return only the allowed fields. Nothing else reads personal fields for a recipient.
//!
//! `record::record_all` is that path, for one read or a batch of them; `disclose` runs it for
//! one read in its own transaction, `disclose_in` inside the caller's, and [`Disclosures`]
//! writes the reads that arrive together as one batch (group commit).

pub mod for_municipality;
pub mod log;
mod queue;
mod record;
pub mod register;

pub use queue::Disclosures;

use super::{ServiceError, WriteTx};
use crate::domain::disclosure::{DisclosureChannel, Withheld};
use crate::domain::fields::Field;
use crate::domain::ids::{ApiClientId, PartyId, PersonId, StaffId};
use crate::domain::onward::{self, OnwardRecipient};
use crate::domain::roles::PartyKind;
use crate::store::queries::disclosure::{ActingAs, reader_facts};
use crate::store::{Db, onward_disclosure_notice, party};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use std::collections::BTreeSet;

/// Who is reading: a staff member in the UI, or a municipality system through the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    Staff(StaffId),
    ApiClient(ApiClientId),
}

#[derive(Debug, Clone)]
pub struct DisclosureRequest {
    pub person_id: PersonId,
    pub protocol_id: i32,
    pub actor: Actor,
    pub channel: DisclosureChannel,
    /// For onward disclosures: the partner organisation that receives.
    pub onward_to: Option<PartyId>,
    /// Why the fields are read; the reader's function profile's purpose when `None`.
    pub purpose: Option<String>,
    pub requested: BTreeSet<Field>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisclosedField {
    pub field: Field,
    pub value: Option<String>,
    pub contested: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disclosed {
    pub event_id: i64,
    /// When the disclosure happened (the event's time).
    pub at: DateTime<Utc>,
    pub fields: Vec<DisclosedField>,
    /// The requested fields that did not go out, and why.
    pub withheld: Vec<(Field, Withheld)>,
}

/// Who reads, under which protocol, for which recipient, with which profile: reference data,
/// checked before the write transaction so that the transaction (on SQLite, the one writer)
/// holds only what must be read together with the record — the person's values, the version
/// in force, its fields and the consent under it, the contested fields.
#[derive(Debug, Clone)]
pub struct Reader {
    protocol_id: i32,
    /// The reading party, its function profile and the pseudonymous actor id for the audit log.
    party_id: i32,
    profile_id: i32,
    audit_actor: String,
    profile: BTreeSet<Field>,
    purpose: String,
    recipient_party_id: i32,
}

/// The reader of `req`, in one query (two for an onward disclosure, which names its partner).
pub async fn reader<C: ConnectionTrait>(conn: &C, req: &DisclosureRequest) -> Result<Reader, ServiceError> {
    let (acting, prefix) = match req.actor {
        Actor::Staff(id) => (ActingAs::Staff(id.0), "staff"),
        Actor::ApiClient(id) => (ActingAs::ApiClient(id.0), "api"),
    };
    let facts = reader_facts(conn, acting, req.protocol_id).await?.ok_or(ServiceError::NotFound)?;
    // A party reads only under a protocol it is the recipient of.
    if facts.recipient_party_id != facts.party_id {
        return Err(ServiceError::NotFound);
    }
    let profile_id = facts.profile_id.ok_or(ServiceError::Refused("disclosure-refused-no-profile"))?;
    let recipient_party_id = match (req.channel, req.onward_to) {
        (DisclosureChannel::Onward, Some(partner_id)) => {
            let recipient = onward_recipient(conn, partner_id, PartyId(facts.party_id)).await?;
            if let Some(refusal) = onward::refusal(&recipient, &req.requested) {
                return Err(ServiceError::Refused(refusal));
            }
            partner_id.0
        }
        (DisclosureChannel::Onward, None) | (_, Some(_)) => {
            return Err(ServiceError::Invalid { field: "onward_to", message_id: "error-bad-request" });
        }
        _ => facts.party_id,
    };
    Ok(Reader {
        protocol_id: req.protocol_id,
        party_id: facts.party_id,
        profile_id,
        audit_actor: format!("{prefix}:{}", facts.public_id),
        profile: facts.profile_fields,
        purpose: facts.profile_purpose,
        recipient_party_id,
    })
}

/// Who `recipient` is to the municipality: a registered partner, or a recipient it notified the
/// agency about (with what the acknowledged notices allow); anyone else is refused.
async fn onward_recipient<C: ConnectionTrait>(
    conn: &C,
    recipient: PartyId,
    municipality: PartyId,
) -> Result<OnwardRecipient, ServiceError> {
    let not_a_partner = ServiceError::Refused("disclosure-refused-not-a-partner");
    let Some(party) = party::Entity::find_by_id(recipient.0).one(conn).await? else { return Err(not_a_partner) };
    if party.parent_party_id != Some(municipality.0) {
        return Err(not_a_partner);
    }
    match PartyKind::parse(&party.kind) {
        Ok(PartyKind::Partner) => Ok(OnwardRecipient::Partner),
        Ok(PartyKind::Recipient) => {
            let notices = onward_disclosure_notice::Entity::find()
                .filter(onward_disclosure_notice::Column::RecipientPartyId.eq(party.id))
                .filter(onward_disclosure_notice::Column::MunicipalityPartyId.eq(municipality.0))
                .all(conn)
                .await?;
            let acknowledged: Vec<_> = notices.iter().filter(|n| n.acknowledged_at.is_some()).collect();
            let fields = acknowledged.iter().flat_map(|n| n.fields.lines()).filter_map(|f| Field::parse(f).ok());
            Ok(OnwardRecipient::Notified { acknowledged: !acknowledged.is_empty(), fields: fields.collect() })
        }
        _ => Err(not_a_partner),
    }
}

/// Decides, records and returns, in a transaction of its own. A refusal writes nothing.
pub async fn disclose(db: &Db, req: DisclosureRequest, now: DateTime<Utc>) -> Result<Disclosed, ServiceError> {
    let reader = reader(&db.conn, &req).await?;
    let tx = WriteTx::begin(db, now).await?;
    let disclosed = disclose_in(&tx, &reader, &req).await?;
    tx.commit().await?;
    Ok(disclosed)
}

/// The same inside the caller's transaction (which may write more, e.g. the answer to an
/// `Idempotency-Key`): nothing is disclosed unless it commits.
pub async fn disclose_in(
    tx: &WriteTx<'_>,
    reader: &Reader,
    req: &DisclosureRequest,
) -> Result<Disclosed, ServiceError> {
    let read = record::Read { reader, req, now: tx.now };
    let mut results = record::record_all(tx, &[read]).await?;
    results.pop().unwrap_or(Err(ServiceError::Internal("the disclosure path answered nothing")))
}
