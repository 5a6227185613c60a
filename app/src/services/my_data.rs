//! "My data" (GDPR 15): every field the agency holds about the person, why, who receives it
//! and for how long, and a machine-readable export of all of it.

use super::disclosure::{scopes_after, value_of};
use super::disclosure_log;
use super::{ServiceError, now};
use crate::domain::fields::Field;
use crate::store::{
    Db, consent_event, disclosure_event, disclosure_event_field, notification, party, person, protocol,
    protocol_version,
};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HeldField {
    pub field: Field,
    pub value: Option<String>,
}

/// Why and with whom the data is shared under one protocol.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Processing {
    pub protocol_slug: String,
    pub recipient: String,
    pub partners: Vec<String>,
    pub legal_basis: String,
    pub purposes: String,
    pub retention_months: i32,
    pub fields: Vec<Field>,
    pub valid_from: NaiveDate,
    pub valid_until: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MyData {
    pub dossier_ref: String,
    pub fields: Vec<HeldField>,
    pub processing: Vec<Processing>,
    pub updated_at: DateTime<Utc>,
}

pub async fn my_data(db: &Db, person_id: i32) -> Result<MyData, ServiceError> {
    let p = person::Entity::find_by_id(person_id).one(&db.conn).await?.ok_or(ServiceError::NotFound)?;
    let parties: HashMap<i32, party::Model> =
        party::Entity::find().all(&db.conn).await?.into_iter().map(|p| (p.id, p)).collect();
    let mut processing = Vec::new();
    for proto in protocol::Entity::find().order_by_asc(protocol::Column::Id).all(&db.conn).await? {
        // The version whose terms apply today; otherwise the latest published one.
        let today = crate::domain::time::local_date(now());
        let in_force = super::protocols::version_in_force(&db.conn, proto.id, today).await?.ok();
        let latest = protocol_version::Entity::find()
            .filter(protocol_version::Column::ProtocolId.eq(proto.id))
            .filter(protocol_version::Column::PublishedAt.is_not_null())
            .order_by_desc(protocol_version::Column::VersionNo);
        let Some(v) = (match in_force {
            Some(v) => Some(v),
            None => latest.one(&db.conn).await?,
        }) else {
            continue;
        };
        let fields = super::protocols::version_fields(&db.conn, v.id).await?;
        let mut partners: Vec<String> = parties
            .values()
            .filter(|x| x.parent_party_id == Some(proto.recipient_party_id))
            .map(|x| x.name.clone())
            .collect();
        partners.sort();
        processing.push(Processing {
            recipient: parties.get(&proto.recipient_party_id).map(|x| x.name.clone()).unwrap_or_default(),
            protocol_slug: proto.slug,
            partners,
            legal_basis: v.legal_basis,
            purposes: v.purposes,
            retention_months: v.retention_months,
            fields,
            valid_from: v.valid_from,
            valid_until: v.valid_until,
        });
    }
    Ok(MyData {
        fields: Field::ALL.iter().map(|f| HeldField { field: *f, value: value_of(&p, *f) }).collect(),
        dossier_ref: p.dossier_ref,
        processing,
        updated_at: p.updated_at,
    })
}

/// Everything, as one JSON document: data, processing, consent history, every disclosure,
/// rectification requests and notifications.
pub async fn export(db: &Db, person_id: i32) -> Result<serde_json::Value, ServiceError> {
    let data = my_data(db, person_id).await?;
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
                "scopes": scopes_after(c),
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
        "exported_at": now(),
        "data": data,
        "consent_history": consent_history,
        "disclosures": disclosures,
        "disclosure_overview": overview,
        "rectification_requests": requests,
        "notifications": notifications,
    }))
}
