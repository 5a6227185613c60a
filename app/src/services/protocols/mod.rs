//! Protocols as published (art. 10): the list on the home page and a protocol's page, without
//! login. Which version is shown is the domain's rule (`shown_version`).

pub mod desk;
pub mod drafts;
pub mod effects;
pub mod ending;
pub mod for_party;
pub mod publish;

use super::ServiceError;
use crate::domain::locale::Locale;
use crate::domain::protocol::shown_version;
use crate::domain::time::today;
use crate::store::queries::{party, protocol as queries, protocol_many as many};
use crate::store::{Db, protocol, protocol_version};
use crate::views::protocol::{ProtocolSummary, PublishedProtocol, VersionRef};
use chrono::{DateTime, Utc};
use sea_orm::{EntityTrait, QueryOrder};

/// The last day a terminated (or noticed) version is in force.
fn last_day(v: &protocol_version::Model) -> Option<chrono::NaiveDate> {
    v.terminated_effective_on.map(|d| d.pred_opt().unwrap_or(d))
}

/// The home page's list: four queries, however many protocols there are.
pub async fn list_published(db: &Db, lang: Locale, now: DateTime<Utc>) -> Result<Vec<ProtocolSummary>, ServiceError> {
    let today = today(now);
    let protocols = protocol::Entity::find().order_by_asc(protocol::Column::Id).all(&db.conn).await?;
    let mut versions = many::published_versions(&db.conn, protocols.iter().map(|p| p.id).collect()).await?;
    let shown: Vec<(protocol::Model, protocol_version::Model)> = protocols
        .into_iter()
        .filter_map(|p| {
            let versions = versions.remove(&p.id).unwrap_or_default();
            let v = shown_version(&versions, today, protocol_version::Model::validity)?.clone();
            Some((p, v))
        })
        .collect();
    let mut titles = many::texts_for(&db.conn, shown.iter().map(|(_, v)| v.id).collect(), lang).await?;
    let names = party::names(&db.conn).await?;
    let name = |id: i32| names.get(&id).cloned().unwrap_or_default();
    Ok(shown
        .into_iter()
        .map(|(p, v)| ProtocolSummary {
            title: titles.remove(&v.id).map(|(_, t)| t.title).unwrap_or_else(|| p.slug.clone()),
            slug: p.slug,
            discloser: name(p.discloser_party_id),
            recipient: name(p.recipient_party_id),
            version_no: v.version_no,
            state: v.state_on(today),
            valid_from: v.valid_from,
            valid_until: v.valid_until,
            last_day: last_day(&v),
        })
        .collect())
}

/// A protocol's page: the version asked for, or the one shown by default.
pub async fn page(
    db: &Db,
    slug: &str,
    version_no: Option<i32>,
    lang: Locale,
    now: DateTime<Utc>,
) -> Result<PublishedProtocol, ServiceError> {
    let today = today(now);
    let p = queries::by_slug(&db.conn, slug).await?.ok_or(ServiceError::NotFound)?;
    let versions = queries::published_versions(&db.conn, p.id).await?;
    let chosen = match version_no {
        Some(n) => versions.iter().find(|v| v.version_no == n),
        None => shown_version(&versions, today, protocol_version::Model::validity),
    }
    .ok_or(ServiceError::NotFound)?;
    let (language, text) = queries::text_for(&db.conn, chosen.id, lang).await?.ok_or(ServiceError::NotFound)?;
    Ok(PublishedProtocol {
        slug: p.slug.clone(),
        version_no: chosen.version_no,
        state: chosen.state_on(today),
        language,
        title: text.title,
        body: text.body,
        discloser: party::name_of(&db.conn, p.discloser_party_id).await?,
        recipient: party::name_of(&db.conn, p.recipient_party_id).await?,
        fields: queries::version_fields(&db.conn, chosen.id).await?,
        last_day: last_day(chosen),
        facts: chosen.into(),
        versions: versions
            .iter()
            .map(|v| VersionRef {
                version_no: v.version_no,
                state: v.state_on(today),
                valid_from: v.valid_from,
                valid_until: v.valid_until,
                last_day: last_day(v),
            })
            .collect(),
    })
}
