//! Brings checked records of the client-tracking system into the portal, inside the caller's
//! transaction: a new dossier becomes a person; a known one takes the source's values, and a
//! changed field that recipients already hold is a correction they are told about (GDPR 19);
//! the protocols that concern the person follow the source; an end date starts the retention
//! clock and stops their consents taking effect. A record equal to what the portal holds
//! changes nothing, so the same file or request can come again.

use super::source_correction;
use crate::domain::fields::Field;
use crate::domain::ids::PersonId;
use crate::domain::source_record::{RecordProblem, SourceRecord};
use crate::services::audit::{self, AuditRecord};
use crate::services::registry::person_payload;
use crate::services::{ServiceError, WriteTx};
use crate::store::{person, person_protocol, protocol, queries};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};
use std::collections::{BTreeSet, HashMap};

/// What a record did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    New,
    /// The fields whose value changed, and whether the protocols or the end date did.
    Changed {
        fields: Vec<Field>,
        protocols: bool,
        ended_on: bool,
        recipients_told: usize,
    },
    Unchanged,
    Refused(Vec<RecordProblem>),
}

/// Applies `records` (each dossier at most once) in order; one outcome per record.
pub async fn apply_all(tx: &WriteTx<'_>, actor: &str, records: &[SourceRecord]) -> Result<Vec<Outcome>, ServiceError> {
    queries::person::plan_for_growing_tables(&tx.tx).await?;
    // A changed field may be an accepted correction: the feed's turn comes before any person's
    // row is locked, in this order in every transaction that accepts (no deadlock).
    queries::rectification::take_feed_turn(&tx.tx).await?;
    let protocols: HashMap<String, i32> =
        protocol::Entity::find().all(&tx.tx).await?.into_iter().map(|p| (p.slug, p.id)).collect();
    let refs: Vec<&str> = records.iter().map(|r| r.dossier_ref.as_str()).collect();
    let mut known: HashMap<String, person::Model> = person::Entity::find()
        .filter(person::Column::DossierRef.is_in(refs))
        .all(&tx.tx)
        .await?
        .into_iter()
        .map(|p| (p.dossier_ref.clone(), p))
        .collect();
    let known_ids: Vec<i32> = known.values().map(|p| p.id).collect();
    let mut concerned: HashMap<i32, BTreeSet<i32>> = HashMap::new();
    for link in
        person_protocol::Entity::find().filter(person_protocol::Column::PersonId.is_in(known_ids)).all(&tx.tx).await?
    {
        concerned.entry(link.person_id).or_default().insert(link.protocol_id);
    }

    let mut outcomes = Vec::with_capacity(records.len());
    let mut new_people = Vec::new();
    let mut new_links: Vec<(String, BTreeSet<i32>)> = Vec::new();
    let mut entries = Vec::new();
    for record in records {
        let ids: Option<BTreeSet<i32>> = record.protocols.iter().map(|s| protocols.get(s).copied()).collect();
        let Some(ids) = ids else {
            let problem = RecordProblem { column: "protocols", message_id: "import-error-protocol-unknown" };
            outcomes.push(Outcome::Refused(vec![problem]));
            continue;
        };
        match known.remove(record.dossier_ref.as_str()) {
            None => {
                let m = new_person(record, tx.now);
                new_links.push((record.dossier_ref.as_str().to_owned(), ids));
                new_people.push(m);
                outcomes.push(Outcome::New);
            }
            Some(p) if p.pseudonymised_at.is_some() => {
                let problem = RecordProblem { column: "dossier_ref", message_id: "import-error-person-erased" };
                outcomes.push(Outcome::Refused(vec![problem]));
            }
            Some(p) => {
                let had = concerned.remove(&p.id).unwrap_or_default();
                outcomes.push(update(tx, actor, p, record, &had, &ids, &mut entries).await?);
            }
        }
    }
    if !new_people.is_empty() {
        insert_new(tx, actor, new_people, new_links, &mut entries).await?;
    }
    audit::append_all(tx, entries).await?;
    Ok(outcomes)
}

fn new_person(record: &SourceRecord, now: chrono::DateTime<chrono::Utc>) -> person::ActiveModel {
    let value = |f: Field| record.value(f).unwrap_or_default().to_owned();
    person::ActiveModel {
        public_id: Set(uuid::Uuid::new_v4().to_string()),
        dossier_ref: Set(record.dossier_ref.as_str().to_owned()),
        given_name: Set(value(Field::GivenName)),
        family_name: Set(value(Field::FamilyName)),
        address: Set(value(Field::Address)),
        phone: Set(record.value(Field::Phone).map(str::to_owned)),
        email: Set(record.value(Field::Email).map(str::to_owned)),
        contact_language: Set(value(Field::ContactLanguage)),
        dutch_level: Set(value(Field::DutchLevel)),
        mo_status: Set(value(Field::MoStatus)),
        created_at: Set(now),
        updated_at: Set(now),
        pseudonymised_at: Set(None),
        relationship_ended_on: Set(record.ended_on),
        ..Default::default()
    }
}

/// New persons in one statement, then their protocols in one more; one audit entry each.
async fn insert_new(
    tx: &WriteTx<'_>,
    actor: &str,
    people: Vec<person::ActiveModel>,
    links: Vec<(String, BTreeSet<i32>)>,
    entries: &mut Vec<AuditRecord>,
) -> Result<(), ServiceError> {
    let inserted: HashMap<String, person::Model> = person::Entity::insert_many(people)
        .exec_with_returning(&tx.tx)
        .await?
        .into_iter()
        .map(|p| (p.dossier_ref.clone(), p))
        .collect();
    let mut rows = Vec::new();
    for (dossier, protocol_ids) in &links {
        let p = inserted.get(dossier).ok_or(ServiceError::Internal("an inserted person was not found"))?;
        entries.push(entry(actor, "person.create", p, &person_payload(p)));
        rows.extend(protocol_ids.iter().map(|id| person_protocol::ActiveModel {
            person_id: Set(p.id),
            protocol_id: Set(*id),
            since: Set(tx.now),
        }));
    }
    if !rows.is_empty() {
        person_protocol::Entity::insert_many(rows).exec_without_returning(&tx.tx).await?;
    }
    Ok(())
}

async fn update(
    tx: &WriteTx<'_>,
    actor: &str,
    p: person::Model,
    record: &SourceRecord,
    had: &BTreeSet<i32>,
    protocol_ids: &BTreeSet<i32>,
    entries: &mut Vec<AuditRecord>,
) -> Result<Outcome, ServiceError> {
    let changed: Vec<(Field, Option<String>, Option<String>)> = record
        .fields
        .iter()
        .filter_map(|(field, new)| {
            let old = queries::person::field_value(&p, *field);
            (old != *new).then(|| (*field, old, new.clone()))
        })
        .collect();
    let protocols_changed = had != protocol_ids;
    let ended_changed = p.relationship_ended_on != record.ended_on;
    if changed.is_empty() && !protocols_changed && !ended_changed {
        return Ok(Outcome::Unchanged);
    }
    let person_id = PersonId(p.id);
    let subject = p.public_id.clone();
    let mut am = p.into_active_model();
    for (field, _, new) in &changed {
        queries::person::set_optional_field(&mut am, *field, new.clone());
    }
    am.relationship_ended_on = Set(record.ended_on);
    am.updated_at = Set(tx.now);
    let p = am.update(&tx.tx).await?;
    if protocols_changed {
        person_protocol::Entity::delete_many()
            .filter(person_protocol::Column::PersonId.eq(p.id))
            .filter(person_protocol::Column::ProtocolId.is_not_in(protocol_ids.iter().copied()))
            .exec(&tx.tx)
            .await?;
        let added: Vec<person_protocol::ActiveModel> = protocol_ids
            .difference(had)
            .map(|id| person_protocol::ActiveModel { person_id: Set(p.id), protocol_id: Set(*id), since: Set(tx.now) })
            .collect();
        if !added.is_empty() {
            person_protocol::Entity::insert_many(added).exec_without_returning(&tx.tx).await?;
        }
    }
    let mut told = 0;
    for (field, old, new) in &changed {
        let change = source_correction::Change { field: *field, old: old.as_deref(), new: new.as_deref() };
        told += source_correction::record(tx, actor, person_id, &subject, change, entries).await?;
    }
    let names: Vec<&str> = changed.iter().map(|(f, _, _)| f.as_str()).collect();
    let ids: Vec<String> = protocol_ids.iter().map(i32::to_string).collect();
    let payload = format!("{}\nfields:{}\nprotocols:{}", person_payload(&p), names.join(","), ids.join(","));
    entries.push(entry(actor, "person.update", &p, &payload));
    Ok(Outcome::Changed {
        fields: changed.into_iter().map(|(f, _, _)| f).collect(),
        protocols: protocols_changed,
        ended_on: ended_changed,
        recipients_told: told,
    })
}

fn entry(actor: &str, action: &'static str, p: &person::Model, payload: &str) -> AuditRecord {
    AuditRecord {
        actor: actor.to_owned(),
        action,
        object_ref: format!("person:{}", p.public_id),
        payload_hash: audit::sha256_hex(payload.as_bytes()),
    }
}
