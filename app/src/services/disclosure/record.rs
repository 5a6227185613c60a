//! The disclosure path itself, for one read or a batch: inside the caller's write transaction
//! it reads what each decision needs (the persons' records, the versions in force and the
//! consents under them, their fields, the contested fields — one query each for the whole
//! batch), decides each read by the domain's rules, and records every read that is allowed —
//! its event, its fields and its audit entry — before anything is returned. A refused read
//! writes nothing; the others in its batch are not affected by it.

use super::{Actor, Disclosed, DisclosedField, DisclosureRequest, Reader};
use crate::domain::disclosure::{
    AllowedField, DisclosureChannel, DisclosureContext, Refusal, Withheld, decide, withheld,
};
use crate::domain::fields::Field;
use crate::domain::protocol::EffectiveState;
use crate::domain::retention::has_ended;
use crate::domain::time::today;
use crate::services::audit::{self, AuditRecord, sha256_hex};
use crate::services::{ServiceError, WriteTx};
use crate::store::queries::consent_now::{self, Target, VersionConsent};
use crate::store::queries::{disclosure as facts, person::field_value};
use crate::store::{disclosure_event, disclosure_event_field, person};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, DbErr, EntityTrait, Set};
use std::collections::{BTreeSet, HashMap};

/// One read: who reads, what, and when it was asked.
pub(super) struct Read<'a> {
    pub reader: &'a Reader,
    pub req: &'a DisclosureRequest,
    pub now: DateTime<Utc>,
}

/// A read that was decided and may be recorded.
struct Allowed<'a> {
    person: &'a person::Model,
    version: &'a VersionConsent,
    fields: Vec<AllowedField>,
    withheld: Vec<(Field, Withheld)>,
}

/// Decides and records every read, in order; one result per read. `Err` only when the
/// database fails, and then nothing of the batch may be committed.
pub(super) async fn record_all(
    tx: &WriteTx<'_>,
    reads: &[Read<'_>],
) -> Result<Vec<Result<Disclosed, ServiceError>>, DbErr> {
    let person_ids: Vec<i32> = reads.iter().map(|r| r.req.person_id.0).collect();
    let protocol_ids: Vec<i32> = reads.iter().map(|r| r.reader.protocol_id).collect();
    let persons = facts::persons(&tx.tx, &person_ids).await?;
    let target = Target::Persons { protocol_ids: &protocol_ids, person_ids: &person_ids };
    let mut versions: HashMap<(i32, i32), Vec<VersionConsent>> = HashMap::new();
    for v in consent_now::of(&tx.tx, target).await? {
        versions.entry((v.protocol_id, v.person_id.0)).or_default().push(v);
    }
    let contested = facts::contested(&tx.tx, &person_ids).await?;

    // The version in force for each read (or why there is none), then the fields of those versions.
    let in_force: Vec<Result<(&person::Model, &VersionConsent), ServiceError>> = reads
        .iter()
        .map(|r| {
            let person = persons.get(&r.req.person_id.0).ok_or(ServiceError::NotFound)?;
            let history = versions.get(&(r.reader.protocol_id, person.id)).map(Vec::as_slice).unwrap_or_default();
            let version = consent_now::in_force_on(history, today(r.now))
                .map_err(|state| refused(Refusal::ProtocolNotInForce(state)))?;
            Ok((person, version))
        })
        .collect();
    let version_ids: Vec<i32> = in_force.iter().flatten().map(|(_, v)| v.version_id).collect();
    let version_fields = facts::version_fields(&tx.tx, &version_ids).await?;

    let no_fields = BTreeSet::new();
    let decided: Vec<Result<Allowed, ServiceError>> = reads
        .iter()
        .zip(in_force)
        .map(|(r, found)| {
            let (person, version) = found?;
            let ctx = DisclosureContext {
                protocol_state: EffectiveState::InForce,
                protocol_fields: version_fields.get(&version.version_id).unwrap_or(&no_fields),
                consent: version.consent.as_ref().map(|c| c.scopes),
                profile_fields: &r.reader.profile,
                contested: contested.get(&person.id).unwrap_or(&no_fields),
                channel: r.req.channel,
                left_the_pilot: person.relationship_ended_on.is_some_and(|d| has_ended(d, today(r.now))),
            };
            let fields = decide(&ctx, &r.req.requested).map_err(refused)?;
            Ok(Allowed { person, version, fields, withheld: withheld(&ctx, &r.req.requested) })
        })
        .collect();

    let mut results = Vec::with_capacity(reads.len());
    let mut field_rows = Vec::new();
    let mut entries = Vec::new();
    for (r, decided) in reads.iter().zip(decided) {
        let allowed = match decided {
            Ok(allowed) => allowed,
            Err(refusal) => {
                results.push(Err(refusal));
                continue;
            }
        };
        let (disclosed, payload) = record_one(tx, r, &allowed).await?;
        field_rows.extend(allowed.fields.iter().map(|a| disclosure_event_field::ActiveModel {
            disclosure_event_id: Set(disclosed.event_id),
            field: Set(a.field.as_str().to_owned()),
            person_id: Set(allowed.person.id),
            recipient_party_id: Set(r.reader.recipient_party_id),
        }));
        entries.push(AuditRecord {
            actor: r.reader.audit_actor.clone(),
            action: "disclosure.record",
            object_ref: format!("disclosure:{}", disclosed.event_id),
            payload_hash: sha256_hex(payload.as_bytes()),
        });
        results.push(Ok(disclosed));
    }
    disclosure_event_field::Entity::insert_many(field_rows).exec_without_returning(&tx.tx).await?;
    audit::append_all(tx, entries).await?;
    Ok(results)
}

/// Writes the event of one allowed read; returns what the reader receives and the canonical
/// payload its audit entry hashes.
async fn record_one(tx: &WriteTx<'_>, r: &Read<'_>, allowed: &Allowed<'_>) -> Result<(Disclosed, String), DbErr> {
    let (reader, req, person) = (r.reader, r.req, allowed.person);
    // `decide` refuses a version without consent, so there is one here.
    let consent = allowed.version.consent.as_ref().ok_or_else(|| DbErr::Custom("no consent in force".into()))?;
    let (staff_id, client_id) = match req.actor {
        Actor::Staff(id) => (Some(id.0), None),
        Actor::ApiClient(id) => (None, Some(id.0)),
    };
    let event = disclosure_event::ActiveModel {
        occurred_at: Set(r.now),
        protocol_version_id: Set(allowed.version.version_id),
        person_id: Set(person.id),
        recipient_party_id: Set(reader.recipient_party_id),
        function_profile_id: Set(Some(reader.profile_id)),
        actor_staff_id: Set(staff_id),
        actor_api_client_id: Set(client_id),
        channel: Set(req.channel.as_str().to_owned()),
        purpose: Set(req.purpose.clone().unwrap_or_else(|| reader.purpose.clone())),
        consent_event_id: Set(consent.id),
        via_party_id: Set((req.channel == DisclosureChannel::Onward).then_some(reader.party_id)),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    let field_list: Vec<&str> = allowed.fields.iter().map(|a| a.field.as_str()).collect();
    let payload = format!(
        "disclosure.v1\n{}\n{}\n{}\n{}\n{}\n{}\n{}",
        event.id,
        person.public_id,
        reader.recipient_party_id,
        allowed.version.version_id,
        consent.public_id,
        req.channel,
        field_list.join(",")
    );
    let fields = allowed
        .fields
        .iter()
        .map(|a| DisclosedField { field: a.field, value: field_value(person, a.field), contested: a.contested })
        .collect();
    let withheld = allowed.withheld.clone();
    Ok((Disclosed { event_id: event.id, at: r.now, fields, withheld }, payload))
}

fn refused(r: Refusal) -> ServiceError {
    ServiceError::Refused(r.message_id())
}
