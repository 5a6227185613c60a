//! Recording consent changes — every channel's, one or a batch — inside the caller's
//! transaction: what the changes share is read once (the protocol, locked; the notice text per
//! language; the recipient's name; the consents in force), each change is checked against
//! the consent in force before it (also one earlier in the same batch), and the batch writes
//! its events in one statement, extends the audit chain once and writes the persons' notices
//! in one statement. A change that is refused writes nothing; the others go on.

use super::{CARRIED_OVER_BY, ConsentChange};
use crate::domain::audit::sha256_hex;
use crate::domain::consent::{ConsentAction, ConsentChannel, ConsentScopes};
use crate::domain::ids::{PartyId, PersonId};
use crate::domain::notification::{Notice, Recipient};
use crate::services::audit::AuditRecord;
use crate::services::{ServiceError, WriteTx, audit, notifications, pseudonyms};
use crate::store::{consent_event, person, protocol, protocol_version, queries};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::LockType;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, QueryFilter, QuerySelect, QueryTrait, Set,
};
use std::collections::HashMap;

/// One outcome per change, in order; `Err` of the whole only when the transaction can go no
/// further (nothing of the batch may then be committed). Round trips per batch, not per
/// change: the consents in force of all its persons are read in one query and its events
/// written in one statement.
pub async fn record_all(
    tx: &WriteTx<'_>,
    changes: Vec<ConsentChange>,
) -> Result<Vec<Result<consent_event::Model, ServiceError>>, DbErr> {
    let facts = Facts::read(tx, &changes).await?;
    let pairs: Vec<_> = changes.iter().map(|c| (c.person_id, c.protocol_version_id)).collect();
    // The consent in force per person and version, as this batch moves it on.
    let mut in_force: HashMap<(PersonId, i32), (ConsentScopes, DateTime<Utc>)> =
        queries::consent::in_force_all(&tx.tx, &pairs)
            .await?
            .into_iter()
            .map(|(pair, e)| (pair, (e.scopes_after(), e.occurred_at)))
            .collect();
    let mut outcomes = Vec::with_capacity(changes.len());
    let mut accepted = Vec::new();
    let mut rows = Vec::new();
    let mut notices = Vec::new();
    let mut references = Vec::new();
    for change in &changes {
        let key = (change.person_id, change.protocol_version_id);
        let before = in_force.get(&key).copied();
        let (action, person, recipient, notice_hash) = match decide(&facts, change, before.map(|(scopes, _)| scopes)) {
            Ok(d) => d,
            Err(refused) => {
                outcomes.push(Err(refused));
                continue;
            }
        };
        let before_scopes = before.map(|(scopes, _)| scopes).unwrap_or_default();
        // Never dated before the event it follows: the one in force is the latest by time.
        let occurred_at = before.map_or(change.occurred_at, |(_, at)| at.max(change.occurred_at));
        let public_id = uuid::Uuid::new_v4().to_string();
        rows.push(consent_event::ActiveModel {
            public_id: Set(public_id.clone()),
            person_id: Set(person.id),
            protocol_version_id: Set(change.protocol_version_id),
            action: Set(action.as_str().to_owned()),
            contact_before: Set(before_scopes.contact),
            trajectory_before: Set(before_scopes.trajectory),
            onward_before: Set(before_scopes.onward),
            contact_after: Set(change.scopes.contact),
            trajectory_after: Set(change.scopes.trajectory),
            onward_after: Set(change.scopes.onward),
            channel: Set(change.channel.as_str().to_owned()),
            assisted_by_staff_id: Set(change.assisted_by.as_ref().map(|(id, _)| id.0)),
            language: Set(change.language.as_str().to_owned()),
            notice_sha256: Set(notice_hash),
            occurred_at: Set(occurred_at),
            ..Default::default()
        });
        in_force.insert(key, (change.scopes, occurred_at));
        references.push((recipient, change.person_id));
        // Consent carried over is told by the caller, with what it means for the person.
        if change.channel != ConsentChannel::CarriedOver {
            let recipient = facts.names.get(&recipient.0).cloned().unwrap_or_default();
            notices.push((Recipient::Person(change.person_id), Notice::Consent { action, recipient }, occurred_at));
        }
        accepted.push((outcomes.len(), change, action, person.public_id.clone(), public_id));
        outcomes.push(Err(ServiceError::NotFound)); // Replaced below by the event written.
    }
    let mut written = insert_events(tx, rows).await?;
    let mut audits = Vec::with_capacity(accepted.len());
    for (at, change, action, person, public_id) in accepted {
        let event = written.remove(&public_id).ok_or(DbErr::RecordNotInserted)?;
        audits.push(audit_record(change, action, &person, &event));
        outcomes[at] = Ok(event);
    }
    audit::append_all(tx, audits).await?;
    pseudonyms::assign_all(&tx.tx, &references, tx.now).await?;
    notifications::notify_all_at(tx, notices).await?;
    Ok(outcomes)
}

/// Writes the batch's events in one statement; what was written, by public id (in the order
/// of `rows`, so their ids follow it).
async fn insert_events(
    tx: &WriteTx<'_>,
    rows: Vec<consent_event::ActiveModel>,
) -> Result<HashMap<String, consent_event::Model>, DbErr> {
    if rows.is_empty() {
        return Ok(HashMap::new());
    }
    let mut insert = consent_event::Entity::insert_many(rows).into_query();
    insert.returning_all();
    let backend = tx.tx.get_database_backend();
    let written = tx.tx.query_all_raw(backend.build(&insert)).await?;
    written
        .iter()
        .map(|row| consent_event::Model::from_query_result(row, "").map(|e| (e.public_id.clone(), e)))
        .collect()
}

/// Whether the change may be recorded, and what it is: the action, the person, the protocol's
/// recipient and the hash of the exact notice the person was shown.
fn decide<'f>(
    facts: &'f Facts,
    change: &ConsentChange,
    before: Option<ConsentScopes>,
) -> Result<(ConsentAction, &'f person::Model, PartyId, String), ServiceError> {
    let proto = facts.protocols.get(&change.protocol_version_id).ok_or(ServiceError::NotFound)?;
    let person = facts.persons.get(&change.person_id.0).ok_or(ServiceError::NotFound)?;
    let action = before
        .unwrap_or_default()
        .change_to(change.scopes)
        .map_err(|e| ServiceError::Invalid { field: "scopes", message_id: e.message_id() })?;
    let notice = facts
        .notices
        .get(&(change.protocol_version_id, change.language.as_str()))
        .ok_or(ServiceError::Refused("consent-error-no-notice-in-language"))?;
    if (change.channel == ConsentChannel::Assisted) != change.assisted_by.is_some() {
        return Err(ServiceError::Invalid { field: "channel", message_id: "error-bad-request" });
    }
    Ok((action, person, PartyId(proto.recipient_party_id), notice.clone()))
}

fn audit_record(
    change: &ConsentChange,
    action: ConsentAction,
    person: &str,
    event: &consent_event::Model,
) -> AuditRecord {
    let actor = match (&change.assisted_by, change.channel) {
        (Some((_, staff_public_id)), _) => format!("staff:{staff_public_id}"),
        // Nobody acted: the portal carried consent over to a new version (`protocols::effects`).
        (None, ConsentChannel::CarriedOver) => CARRIED_OVER_BY.to_owned(),
        (None, _) => format!("person:{person}"),
    };
    let payload = format!(
        "consent.v1\n{}\n{}\n{}\n{}{}{}\n{}\n{}",
        event.public_id,
        person,
        event.protocol_version_id,
        u8::from(event.contact_after),
        u8::from(event.trajectory_after),
        u8::from(event.onward_after),
        event.language,
        event.notice_sha256
    );
    let action = match action {
        _ if change.channel == ConsentChannel::CarriedOver => "consent.carry_over",
        ConsentAction::Give => "consent.give",
        ConsentAction::Change => "consent.change",
        ConsentAction::Withdraw => "consent.withdraw",
    };
    AuditRecord {
        actor,
        action,
        object_ref: format!("consent:{}", event.public_id),
        payload_hash: sha256_hex(payload.as_bytes()),
    }
}

/// What the changes of a batch share, read once.
struct Facts {
    /// By version id: its protocol, whose row is locked before any event gets its id, so
    /// events of one protocol are committed in id order (the changes feed's cursor relies on
    /// it on PostgreSQL; SQLite writes one transaction at a time anyway).
    protocols: HashMap<i32, protocol::Model>,
    persons: HashMap<i32, person::Model>,
    /// SHA-256 of the consent notice, by version and language.
    notices: HashMap<(i32, &'static str), String>,
    /// Recipient names, by party id.
    names: HashMap<i32, String>,
}

impl Facts {
    async fn read(tx: &WriteTx<'_>, changes: &[ConsentChange]) -> Result<Facts, DbErr> {
        let mut protocols = HashMap::new();
        let mut notices = HashMap::new();
        let mut names = HashMap::new();
        for change in changes {
            let version_id = change.protocol_version_id;
            if !protocols.contains_key(&version_id)
                && let Some(v) = protocol_version::Entity::find_by_id(version_id).one(&tx.tx).await?
                && let Some(p) = protocol::Entity::find_by_id(v.protocol_id).lock(LockType::Update).one(&tx.tx).await?
            {
                if let std::collections::hash_map::Entry::Vacant(name) = names.entry(p.recipient_party_id) {
                    name.insert(queries::party::name_of(&tx.tx, p.recipient_party_id).await?);
                }
                protocols.insert(version_id, p);
            }
            let language = change.language.as_str();
            if !notices.contains_key(&(version_id, language))
                && let Some(text) = queries::protocol::text_in(&tx.tx, version_id, change.language).await?
            {
                notices.insert((version_id, language), sha256_hex(text.consent_notice.as_bytes()));
            }
        }
        let ids: Vec<i32> = changes.iter().map(|c| c.person_id.0).collect();
        let persons = person::Entity::find()
            .filter(person::Column::Id.is_in(ids))
            .all(&tx.tx)
            .await?
            .into_iter()
            .map(|p| (p.id, p));
        Ok(Facts { protocols, persons: persons.collect(), notices, names })
    }
}
