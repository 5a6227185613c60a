//! "My data" (GDPR 15): every field the agency holds about the person, why, who receives it
//! and for how long, and a machine-readable export of all of it.

use super::ServiceError;
use super::disclosure::log as disclosure_log;
use crate::domain::fields::Field;
use crate::domain::ids::PersonId;
use crate::domain::locale::Locale;
use crate::domain::protocol::shown_version;
use crate::domain::time::today;
use crate::store::queries::person::field_value;
use crate::store::queries::protocol_many as many;
use crate::store::{
    Db, consent_event, disclosure_event, disclosure_event_field, notification, party, person, protocol,
    protocol_version,
};
use crate::views::local_text::LocalText;
use crate::views::my_data::{HeldField, MyData, Processing};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::json;
use std::collections::HashMap;

/// What is held and why; the purposes in `locale` where the version has them.
pub async fn my_data(db: &Db, person_id: PersonId, locale: Locale, now: DateTime<Utc>) -> Result<MyData, ServiceError> {
    let p = person::Entity::find_by_id(person_id.0).one(&db.conn).await?.ok_or(ServiceError::NotFound)?;
    let parties: HashMap<i32, party::Model> =
        party::Entity::find().all(&db.conn).await?.into_iter().map(|p| (p.id, p)).collect();
    // One query per kind of fact, whatever the number of protocols.
    let protocols = protocol::Entity::find().order_by_asc(protocol::Column::Id).all(&db.conn).await?;
    let mut versions = many::published_versions(&db.conn, protocols.iter().map(|p| p.id).collect()).await?;
    let shown: Vec<(protocol::Model, protocol_version::Model)> = protocols
        .into_iter()
        .filter_map(|proto| {
            // The version whose terms apply today; otherwise the latest published one.
            let versions = versions.remove(&proto.id).unwrap_or_default();
            let v = shown_version(&versions, today(now), protocol_version::Model::validity)?.clone();
            Some((proto, v))
        })
        .collect();
    let version_ids: Vec<i32> = shown.iter().map(|(_, v)| v.id).collect();
    let mut fields = many::version_fields(&db.conn, version_ids.clone()).await?;
    let mut texts = many::texts_for(&db.conn, version_ids, locale).await?;
    // Whom each recipient may pass data on to, by name: from the parties already read.
    let mut under: HashMap<i32, Vec<party::Model>> = HashMap::new();
    for org in parties.values() {
        if let Some(parent) = org.parent_party_id.filter(|id| shown.iter().any(|(p, _)| p.recipient_party_id == *id)) {
            under.entry(parent).or_default().push(org.clone());
        }
    }
    for orgs in under.values_mut() {
        orgs.sort_by(|a, b| a.name.cmp(&b.name));
    }
    let all_partners: Vec<party::Model> = under.values().flatten().cloned().collect();
    let mut described = crate::services::partners::translations::by_party(&db.conn, &all_partners, locale).await?;
    let mut processing = Vec::new();
    for (proto, v) in shown {
        let translated = texts.remove(&v.id).filter(|(l, _)| *l == locale).and_then(|(_, t)| t.purposes);
        let partners = under
            .get(&proto.recipient_party_id)
            .map(|ps| ps.iter().filter_map(|p| described.remove(&p.id)).collect())
            .unwrap_or_default();
        processing.push(Processing {
            recipient: parties.get(&proto.recipient_party_id).map(|x| x.name.clone()).unwrap_or_default(),
            protocol_slug: proto.slug,
            partners,
            legal_basis: v.legal_basis,
            purposes: LocalText::pick(locale, translated, v.purposes),
            retention_months: v.retention_months,
            fields: fields.remove(&v.id).unwrap_or_default(),
            valid_from: v.valid_from,
            valid_until: v.valid_until,
        });
    }
    Ok(MyData {
        fields: Field::ALL.iter().map(|f| HeldField { field: *f, value: field_value(&p, *f) }).collect(),
        dossier_ref: p.dossier_ref,
        processing,
        updated_at: p.updated_at,
    })
}

/// Everything, as one JSON document: data, processing, consent history, every disclosure,
/// rectification requests and notifications.
pub async fn export(db: &Db, person_id: PersonId, now: DateTime<Utc>) -> Result<serde_json::Value, ServiceError> {
    // The record as it stands: the binding Dutch texts.
    let data = my_data(db, person_id, Locale::Nl, now).await?;
    let versions: HashMap<i32, protocol_version::Model> =
        protocol_version::Entity::find().all(&db.conn).await?.into_iter().map(|v| (v.id, v)).collect();
    let slugs: HashMap<i32, String> =
        protocol::Entity::find().all(&db.conn).await?.into_iter().map(|p| (p.id, p.slug)).collect();
    let slug_of = |version_id: i32| {
        versions.get(&version_id).and_then(|v| slugs.get(&v.protocol_id)).cloned().unwrap_or_default()
    };
    let consents = consent_event::Entity::find()
        .filter(consent_event::Column::PersonId.eq(person_id))
        .order_by_asc(consent_event::Column::OccurredAt)
        .order_by_asc(consent_event::Column::Id)
        .all(&db.conn)
        .await?;
    let consent_ids: HashMap<i32, String> = consents.iter().map(|c| (c.id, c.public_id.clone())).collect();
    let consent_history: Vec<_> = consents
        .iter()
        .map(|c| {
            json!({
                "id": c.public_id,
                "protocol": slug_of(c.protocol_version_id),
                "protocol_version": versions.get(&c.protocol_version_id).map(|v| v.version_no),
                "action": c.action,
                "scopes": c.scopes_after(),
                "channel": c.channel,
                "language": c.language,
                "notice_sha256": c.notice_sha256,
                "occurred_at": c.occurred_at,
            })
        })
        .collect();
    let names: HashMap<i32, String> =
        party::Entity::find().all(&db.conn).await?.into_iter().map(|p| (p.id, p.name)).collect();
    let mut fields_of: HashMap<i64, Vec<String>> = HashMap::new();
    for f in disclosure_event_field::Entity::find()
        .filter(disclosure_event_field::Column::PersonId.eq(person_id))
        .order_by_asc(disclosure_event_field::Column::Field)
        .all(&db.conn)
        .await?
    {
        fields_of.entry(f.disclosure_event_id).or_default().push(f.field);
    }
    let disclosures: Vec<_> = disclosure_event::Entity::find()
        .filter(disclosure_event::Column::PersonId.eq(person_id))
        .order_by_asc(disclosure_event::Column::OccurredAt)
        .order_by_asc(disclosure_event::Column::Id)
        .all(&db.conn)
        .await?
        .into_iter()
        .map(|e| {
            json!({
                "occurred_at": e.occurred_at,
                "protocol": slug_of(e.protocol_version_id),
                "recipient": names.get(&e.recipient_party_id),
                "received_from": e.via_party_id.and_then(|id| names.get(&id)),
                "channel": e.channel,
                "purpose": e.purpose,
                "fields": fields_of.remove(&e.id).unwrap_or_default(),
                "consent_in_force": consent_ids.get(&e.consent_event_id),
            })
        })
        .collect();
    let requests = super::rectification::list_own(db, person_id).await?;
    let notifications: Vec<_> = notification::Entity::find()
        .filter(notification::Column::PersonId.eq(person_id))
        .order_by_asc(notification::Column::CreatedAt)
        .all(&db.conn)
        .await?
        .into_iter()
        .map(|n| {
            json!({
                "kind": n.kind,
                "params": serde_json::from_str::<serde_json::Value>(&n.params).unwrap_or_default(),
                "created_at": n.created_at,
                "read_at": n.read_at,
            })
        })
        .collect();
    let overview = disclosure_log::overview(db, person_id).await?;
    Ok(json!({
        "format": "consent-portal-export/1",
        "exported_at": now,
        "data": data,
        "consent_history": consent_history,
        "disclosures": disclosures,
        "disclosure_overview": overview,
        "rectification_requests": requests,
        "notifications": notifications,
    }))
}
