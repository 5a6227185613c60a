//! Protocols and their versions: by slug, the version in force, a version's fields and text.

use crate::domain::fields::Field;
use crate::domain::locale::Locale;
use crate::domain::protocol::{EffectiveState, Validity, VersionStatus};
use crate::store::{protocol, protocol_text, protocol_version, protocol_version_field};
use crate::views::protocol::VersionFacts;
use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

impl From<&protocol_version::Model> for VersionFacts {
    fn from(v: &protocol_version::Model) -> VersionFacts {
        VersionFacts {
            legal_basis: v.legal_basis.clone(),
            purposes: v.purposes.clone(),
            retention_months: v.retention_months,
            signed_on: v.signed_on,
            valid_from: v.valid_from,
            valid_until: v.valid_until,
            notice_period_months: v.notice_period_months,
            dpo_advice_discloser_on: v.dpo_advice_discloser_on,
            dpo_advice_recipient_on: v.dpo_advice_recipient_on,
        }
    }
}

impl protocol_version::Model {
    /// The dates the version's state depends on. A status that does not parse counts as a
    /// draft: it never lets data flow.
    pub fn validity(&self) -> Validity {
        Validity {
            status: VersionStatus::parse(&self.status).unwrap_or(VersionStatus::Draft),
            valid_from: self.valid_from,
            valid_until: self.valid_until,
            terminated_effective_on: self.terminated_effective_on,
        }
    }

    pub fn state_on(&self, today: NaiveDate) -> EffectiveState {
        self.validity().state_on(today)
    }
}

pub async fn by_slug<C: ConnectionTrait>(conn: &C, slug: &str) -> Result<Option<protocol::Model>, DbErr> {
    protocol::Entity::find().filter(protocol::Column::Slug.eq(slug)).one(conn).await
}

/// Published versions of a protocol, newest first.
pub async fn published_versions<C: ConnectionTrait>(
    conn: &C,
    protocol_id: i32,
) -> Result<Vec<protocol_version::Model>, DbErr> {
    let mut versions = all_versions(conn, protocol_id).await?;
    versions.retain(|v| v.status != VersionStatus::Draft.as_str());
    Ok(versions)
}

/// Version number `version_no` of a protocol, drafts included.
pub async fn version<C: ConnectionTrait>(
    conn: &C,
    protocol_id: i32,
    version_no: i32,
) -> Result<Option<protocol_version::Model>, DbErr> {
    protocol_version::Entity::find()
        .filter(protocol_version::Column::ProtocolId.eq(protocol_id))
        .filter(protocol_version::Column::VersionNo.eq(version_no))
        .one(conn)
        .await
}

/// The version in force `today`, or the state that explains why none is (of the newest version).
pub async fn version_in_force<C: ConnectionTrait>(
    conn: &C,
    protocol_id: i32,
    today: NaiveDate,
) -> Result<Result<protocol_version::Model, EffectiveState>, DbErr> {
    let versions = published_versions(conn, protocol_id).await?;
    Ok(crate::domain::protocol::in_force(&versions, today, protocol_version::Model::validity).cloned())
}

/// The fields a version covers, in catalogue order.
pub async fn version_fields<C: ConnectionTrait>(conn: &C, version_id: i32) -> Result<Vec<Field>, DbErr> {
    let rows = protocol_version_field::Entity::find()
        .filter(protocol_version_field::Column::ProtocolVersionId.eq(version_id))
        .all(conn)
        .await?;
    let mut fields: Vec<Field> = rows.iter().filter_map(|r| Field::parse(&r.field).ok()).collect();
    fields.sort();
    Ok(fields)
}

/// A version's text in exactly this language.
pub async fn text_in<C: ConnectionTrait>(
    conn: &C,
    version_id: i32,
    lang: Locale,
) -> Result<Option<protocol_text::Model>, DbErr> {
    protocol_text::Entity::find()
        .filter(protocol_text::Column::ProtocolVersionId.eq(version_id))
        .filter(protocol_text::Column::Language.eq(lang.as_str()))
        .one(conn)
        .await
}

/// The text of a version in `lang`, falling back to Dutch (the source language).
pub async fn text_for<C: ConnectionTrait>(
    conn: &C,
    version_id: i32,
    lang: Locale,
) -> Result<Option<(Locale, protocol_text::Model)>, DbErr> {
    for l in [lang, Locale::Nl] {
        if let Some(t) = text_in(conn, version_id, l).await? {
            return Ok(Some((l, t)));
        }
    }
    Ok(None)
}

/// All texts of a version, one per language.
pub async fn texts_of<C: ConnectionTrait>(conn: &C, version_id: i32) -> Result<Vec<protocol_text::Model>, DbErr> {
    protocol_text::Entity::find()
        .filter(protocol_text::Column::ProtocolVersionId.eq(version_id))
        .order_by_asc(protocol_text::Column::Id)
        .all(conn)
        .await
}

/// Every version of a protocol, drafts included, newest first.
pub async fn all_versions<C: ConnectionTrait>(
    conn: &C,
    protocol_id: i32,
) -> Result<Vec<protocol_version::Model>, DbErr> {
    protocol_version::Entity::find()
        .filter(protocol_version::Column::ProtocolId.eq(protocol_id))
        .order_by_desc(protocol_version::Column::VersionNo)
        .all(conn)
        .await
}

/// The terms a version states (`domain::protocol_terms`), with its fields.
pub async fn terms_of<C: ConnectionTrait>(
    conn: &C,
    v: &protocol_version::Model,
) -> Result<crate::domain::protocol_terms::Terms, DbErr> {
    Ok(crate::domain::protocol_terms::Terms {
        legal_basis: v.legal_basis.clone(),
        purposes: v.purposes.clone(),
        recipient_categories: v.recipient_categories.clone(),
        fields: version_fields(conn, v.id).await?.into_iter().collect(),
        retention_months: v.retention_months,
        signed_on: v.signed_on,
        valid_from: v.valid_from,
        valid_until: v.valid_until,
        notice_period_months: v.notice_period_months,
        dpo_advice_discloser_on: v.dpo_advice_discloser_on,
        dpo_advice_recipient_on: v.dpo_advice_recipient_on,
    })
}
