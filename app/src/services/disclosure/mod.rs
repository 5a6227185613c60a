//! The one code path that hands a person's fields to anyone but the person:
//! decide (domain rules) → record the disclosure and its audit entry in one transaction →
//! return only the allowed fields. Nothing else reads personal fields for a recipient.
//!
//! `record::record_all` is that path, for one read or a batch of them; `disclose` runs it for
//! one read in its own transaction, `disclose_in` inside the caller's, and [`Disclosures`]
//! writes the reads that arrive together as one batch (group commit).

pub mod for_client;
pub mod log;
mod queue;
mod record;

pub use queue::Disclosures;

use super::{ServiceError, WriteTx};
use crate::domain::disclosure::DisclosureChannel;
use crate::domain::fields::Field;
use crate::domain::ids::{ApiClientId, PartyId, PersonId, StaffId};
use crate::store::queries::disclosure::{ActingAs, reader_facts};
use crate::store::{Db, party};
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, EntityTrait};
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
            let partner = party::Entity::find_by_id(partner_id.0).one(conn).await?.ok_or(ServiceError::NotFound)?;
            if partner.parent_party_id != Some(facts.party_id) {
                return Err(ServiceError::Refused("disclosure-refused-not-a-partner"));
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
