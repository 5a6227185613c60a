//! Reading protocols: the public pages (art. 10) and the version in force.

use super::ServiceError;
use crate::api::protocols::{ProtocolSummary, PublishedProtocol, VersionRef};
use crate::domain::fields::Field;
use crate::domain::locale::Locale;
use crate::domain::protocol::{EffectiveState, Validity, VersionStatus};
use crate::store::{Db, party, protocol, protocol_text, protocol_version, protocol_version_field};
use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

pub fn validity(v: &protocol_version::Model) -> Validity {
    Validity {
        status: VersionStatus::parse(&v.status).unwrap_or(VersionStatus::Draft),
        valid_from: v.valid_from,
        valid_until: v.valid_until,
        terminated_effective_on: v.terminated_effective_on,
    }
}

/// Published versions of a protocol, newest first.
async fn published_versions<C: ConnectionTrait>(
    conn: &C,
    protocol_id: i32,
) -> Result<Vec<protocol_version::Model>, DbErr> {
    protocol_version::Entity::find()
        .filter(protocol_version::Column::ProtocolId.eq(protocol_id))
        .filter(protocol_version::Column::Status.ne(VersionStatus::Draft.as_str()))
        .order_by_desc(protocol_version::Column::VersionNo)
        .all(conn)
        .await
}

/// The version in force today, or the state that explains why none is (of the newest version).
pub async fn version_in_force<C: ConnectionTrait>(
    conn: &C,
    protocol_id: i32,
    today: NaiveDate,
) -> Result<Result<protocol_version::Model, EffectiveState>, DbErr> {
    let versions = published_versions(conn, protocol_id).await?;
    let newest_state = versions.first().map(|v| validity(v).state_on(today)).unwrap_or(EffectiveState::Draft);
    Ok(versions.into_iter().find(|v| validity(v).state_on(today) == EffectiveState::InForce).ok_or(newest_state))
}

pub async fn version_fields<C: ConnectionTrait>(conn: &C, version_id: i32) -> Result<Vec<Field>, DbErr> {
    let rows = protocol_version_field::Entity::find()
        .filter(protocol_version_field::Column::ProtocolVersionId.eq(version_id))
        .all(conn)
        .await?;
    let mut fields: Vec<Field> = rows.iter().filter_map(|r| Field::parse(&r.field).ok()).collect();
    fields.sort();
    Ok(fields)
}

/// The text of a version in `lang`, falling back to Dutch (the source language).
async fn text_for<C: ConnectionTrait>(
    conn: &C,
    version_id: i32,
    lang: Locale,
) -> Result<Option<(Locale, protocol_text::Model)>, DbErr> {
    for l in [lang, Locale::Nl] {
        let text = protocol_text::Entity::find()
            .filter(protocol_text::Column::ProtocolVersionId.eq(version_id))
            .filter(protocol_text::Column::Language.eq(l.as_str()))
            .one(conn)
            .await?;
        if let Some(t) = text {
            return Ok(Some((l, t)));
        }
    }
    Ok(None)
}

async fn party_name<C: ConnectionTrait>(conn: &C, id: i32) -> Result<String, DbErr> {
    Ok(party::Entity::find_by_id(id).one(conn).await?.map(|p| p.name).unwrap_or_default())
}

pub async fn list_published(db: &Db, lang: Locale, today: NaiveDate) -> Result<Vec<ProtocolSummary>, ServiceError> {
    let protocols = protocol::Entity::find().order_by_asc(protocol::Column::Id).all(&db.conn).await?;
    let mut out = Vec::new();
    for p in protocols {
        let versions = published_versions(&db.conn, p.id).await?;
        // Show the version in force, else the newest published one.
        let Some(v) =
            versions.iter().find(|v| validity(v).state_on(today) == EffectiveState::InForce).or(versions.first())
        else {
            continue;
        };
        let title = text_for(&db.conn, v.id, lang).await?.map(|(_, t)| t.title).unwrap_or_else(|| p.slug.clone());
        out.push(ProtocolSummary {
            slug: p.slug.clone(),
            title,
            discloser: party_name(&db.conn, p.discloser_party_id).await?,
            recipient: party_name(&db.conn, p.recipient_party_id).await?,
            version_no: v.version_no,
            state: validity(v).state_on(today),
            valid_from: v.valid_from,
            valid_until: v.valid_until,
        });
    }
    Ok(out)
}

pub async fn page(
    db: &Db,
    slug: &str,
    version_no: Option<i32>,
    lang: Locale,
    today: NaiveDate,
) -> Result<PublishedProtocol, ServiceError> {
    let p = protocol::Entity::find()
        .filter(protocol::Column::Slug.eq(slug))
        .one(&db.conn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let versions = published_versions(&db.conn, p.id).await?;
    let chosen = match version_no {
        Some(n) => versions.iter().find(|v| v.version_no == n),
        None => versions.iter().find(|v| validity(v).state_on(today) == EffectiveState::InForce).or(versions.first()),
    }
    .ok_or(ServiceError::NotFound)?;
    let (language, text) = text_for(&db.conn, chosen.id, lang).await?.ok_or(ServiceError::NotFound)?;
    Ok(PublishedProtocol {
        slug: p.slug.clone(),
        version_no: chosen.version_no,
        state: validity(chosen).state_on(today),
        language,
        title: text.title,
        body: text.body,
        discloser: party_name(&db.conn, p.discloser_party_id).await?,
        recipient: party_name(&db.conn, p.recipient_party_id).await?,
        legal_basis: chosen.legal_basis.clone(),
        fields: version_fields(&db.conn, chosen.id).await?,
        retention_months: chosen.retention_months,
        signed_on: chosen.signed_on,
        valid_from: chosen.valid_from,
        valid_until: chosen.valid_until,
        notice_period_months: chosen.notice_period_months,
        dpo_advice_discloser_on: chosen.dpo_advice_discloser_on,
        dpo_advice_recipient_on: chosen.dpo_advice_recipient_on,
        versions: versions
            .iter()
            .map(|v| VersionRef {
                version_no: v.version_no,
                state: validity(v).state_on(today),
                valid_from: v.valid_from,
                valid_until: v.valid_until,
            })
            .collect(),
    })
}
