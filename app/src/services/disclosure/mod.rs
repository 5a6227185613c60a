//! The one code path that hands a person's fields to anyone but the person:
//! decide (domain rules) → record the disclosure and its audit entry in one transaction →
//! return only the allowed fields. Nothing else reads personal fields for a recipient.

pub mod for_client;
pub mod log;

use super::{ServiceError, WriteTx, audit};
use crate::domain::disclosure::{DisclosureChannel, DisclosureContext, Refusal, decide};
use crate::domain::fields::Field;
use crate::domain::ids::{ApiClientId, PartyId, PersonId, StaffId};
use crate::domain::time::today;
use crate::store::queries::consent_now::{self, Target};
use crate::store::queries::{person::field_value, profile, protocol as protocols, rectification};
use crate::store::{Db, api_client, disclosure_event, disclosure_event_field, party, person, protocol, staff};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set};
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
    pub purpose: String,
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
    pub fields: Vec<DisclosedField>,
}

/// The acting party, its function profile and the pseudonymous actor id for the audit log.
struct Caller {
    party_id: i32,
    profile_id: i32,
    audit_actor: String,
}

async fn caller<C: ConnectionTrait>(conn: &C, actor: Actor) -> Result<Caller, ServiceError> {
    match actor {
        Actor::Staff(id) => {
            let s = staff::Entity::find_by_id(id.0).one(conn).await?.ok_or(ServiceError::NotFound)?;
            let profile_id = s.function_profile_id.filter(|_| s.disabled_at.is_none());
            let profile_id = profile_id.ok_or(ServiceError::Refused("disclosure-refused-no-profile"))?;
            Ok(Caller { party_id: s.party_id, profile_id, audit_actor: format!("staff:{}", s.public_id) })
        }
        Actor::ApiClient(id) => {
            let c = api_client::Entity::find_by_id(id.0).one(conn).await?.ok_or(ServiceError::NotFound)?;
            Ok(Caller {
                party_id: c.party_id,
                profile_id: c.function_profile_id,
                audit_actor: format!("api:{}", c.public_id),
            })
        }
    }
}

/// Who reads, under which protocol, for which recipient, with which profile: reference data,
/// checked before the write transaction so that the transaction (on SQLite, the one writer)
/// holds only what must be read together with the record — the person's values, the version
/// in force and the consent under it, the contested fields.
pub struct Reader {
    caller: Caller,
    protocol_id: i32,
    recipient_party_id: i32,
    profile: BTreeSet<Field>,
    /// The fields of each published version of the protocol (read before the transaction: a
    /// version published since then has none here, so nothing flows under it until the next read).
    version_fields: std::collections::HashMap<i32, BTreeSet<Field>>,
}

pub async fn reader<C: ConnectionTrait>(conn: &C, req: &DisclosureRequest) -> Result<Reader, ServiceError> {
    let caller = caller(conn, req.actor).await?;
    let proto = protocol::Entity::find_by_id(req.protocol_id).one(conn).await?.ok_or(ServiceError::NotFound)?;
    // A party reads only under a protocol it is the recipient of.
    if proto.recipient_party_id != caller.party_id {
        return Err(ServiceError::NotFound);
    }
    let recipient_party_id = match (req.channel, req.onward_to) {
        (DisclosureChannel::Onward, Some(partner_id)) => {
            let partner = party::Entity::find_by_id(partner_id.0).one(conn).await?.ok_or(ServiceError::NotFound)?;
            if partner.parent_party_id != Some(caller.party_id) {
                return Err(ServiceError::Refused("disclosure-refused-not-a-partner"));
            }
            partner_id.0
        }
        (DisclosureChannel::Onward, None) | (_, Some(_)) => {
            return Err(ServiceError::Invalid { field: "onward_to", message_id: "error-bad-request" });
        }
        _ => caller.party_id,
    };
    let profile = profile::fields_of(conn, caller.profile_id).await?;
    let version_fields = protocols::published_fields(conn, proto.id).await?;
    Ok(Reader { caller, protocol_id: proto.id, recipient_party_id, profile, version_fields })
}

/// Decides, records and returns. A refusal writes nothing.
pub async fn disclose(db: &Db, req: DisclosureRequest, now: DateTime<Utc>) -> Result<Disclosed, ServiceError> {
    let reader = reader(&db.conn, &req).await?;
    let tx = WriteTx::begin(db, now).await?;
    let disclosed = disclose_in(&tx, &reader, req).await?;
    tx.commit().await?;
    Ok(disclosed)
}

/// The same inside the caller's transaction (which may write more, e.g. the answer to an
/// `Idempotency-Key`): nothing is disclosed unless it commits.
pub async fn disclose_in(tx: &WriteTx<'_>, reader: &Reader, req: DisclosureRequest) -> Result<Disclosed, ServiceError> {
    let (caller, recipient_party_id, profile) = (&reader.caller, reader.recipient_party_id, &reader.profile);
    let person = person::Entity::find_by_id(req.person_id.0).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
    let versions =
        consent_now::of(&tx.tx, Target::Person { protocol_id: reader.protocol_id, person_id: req.person_id }).await?;
    let version = consent_now::in_force_on(&versions, today(tx.now))
        .map_err(|state| refused(Refusal::ProtocolNotInForce(state)))?;
    let consent = version.consent.as_ref();
    let no_fields = BTreeSet::new();
    let protocol_fields = reader.version_fields.get(&version.version_id).unwrap_or(&no_fields);
    let contested = rectification::contested_fields(&tx.tx, req.person_id).await?;
    let ctx = DisclosureContext {
        protocol_state: crate::domain::protocol::EffectiveState::InForce,
        protocol_fields,
        consent: consent.map(|c| c.scopes),
        profile_fields: profile,
        contested: &contested,
        channel: req.channel,
    };
    let allowed = decide(&ctx, &req.requested).map_err(refused)?;
    let consent = consent.ok_or(refused(Refusal::NoConsent))?;

    let (staff_id, client_id) = match req.actor {
        Actor::Staff(id) => (Some(id.0), None),
        Actor::ApiClient(id) => (None, Some(id.0)),
    };
    let event = disclosure_event::ActiveModel {
        occurred_at: Set(tx.now),
        protocol_version_id: Set(version.version_id),
        person_id: Set(person.id),
        recipient_party_id: Set(recipient_party_id),
        function_profile_id: Set(Some(caller.profile_id)),
        actor_staff_id: Set(staff_id),
        actor_api_client_id: Set(client_id),
        channel: Set(req.channel.as_str().to_owned()),
        purpose: Set(req.purpose.clone()),
        consent_event_id: Set(consent.id),
        via_party_id: Set((req.channel == DisclosureChannel::Onward).then_some(caller.party_id)),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    let rows = allowed.iter().map(|a| disclosure_event_field::ActiveModel {
        disclosure_event_id: Set(event.id),
        field: Set(a.field.as_str().to_owned()),
        person_id: Set(person.id),
        recipient_party_id: Set(recipient_party_id),
    });
    disclosure_event_field::Entity::insert_many(rows).exec(&tx.tx).await?;
    let field_list: Vec<&str> = allowed.iter().map(|a| a.field.as_str()).collect();
    let payload = format!(
        "disclosure.v1\n{}\n{}\n{}\n{}\n{}\n{}\n{}",
        event.id,
        person.public_id,
        recipient_party_id,
        version.version_id,
        consent.public_id,
        req.channel,
        field_list.join(",")
    );
    audit::record(tx, caller.audit_actor.clone(), "disclosure.record", format!("disclosure:{}", event.id), &payload)
        .await?;
    Ok(Disclosed {
        event_id: event.id,
        fields: allowed
            .into_iter()
            .map(|a| DisclosedField { field: a.field, value: field_value(&person, a.field), contested: a.contested })
            .collect(),
    })
}

fn refused(r: Refusal) -> ServiceError {
    ServiceError::Refused(r.message_id())
}
