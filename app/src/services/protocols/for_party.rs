//! The protocols a party is a party to, as its systems see them (API v1; art. 10 publishes the
//! same facts): state, validity, and the fields the caller's function profile may read.

use crate::domain::ids::{PartyId, ProfileId};
use crate::domain::locale::Locale;
use crate::domain::protocol::{VersionStatus, shown_version};
use crate::domain::time::today;
use crate::services::ServiceError;
use crate::store::queries::{profile, protocol_many as many};
use crate::store::{Db, protocol, protocol_version};
use crate::views::api::{PartyProtocol, ProtocolList};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder};

pub async fn list(
    db: &Db,
    party: PartyId,
    profile_id: ProfileId,
    lang: Locale,
    now: DateTime<Utc>,
) -> Result<ProtocolList, ServiceError> {
    let today = today(now);
    let readable = profile::fields_of(&db.conn, profile_id.0).await?;
    let protocols = protocol::Entity::find()
        .filter(
            Condition::any()
                .add(protocol::Column::RecipientPartyId.eq(party.0))
                .add(protocol::Column::DiscloserPartyId.eq(party.0)),
        )
        .order_by_asc(protocol::Column::Slug)
        .all(&db.conn)
        .await?;
    // One query per kind of fact, however many protocols the party has.
    let mut versions = many::all_versions(&db.conn, protocols.iter().map(|p| p.id).collect()).await?;
    let shown: Vec<(protocol::Model, protocol_version::Model)> = protocols
        .into_iter()
        .filter_map(|p| {
            let all = versions.remove(&p.id).unwrap_or_default();
            let published: Vec<protocol_version::Model> =
                all.iter().filter(|v| v.status != VersionStatus::Draft.as_str()).cloned().collect();
            // Nothing published yet: the newest draft.
            let version = shown_version(&published, today, protocol_version::Model::validity).or(all.first())?.clone();
            Some((p, version))
        })
        .collect();
    let ids: Vec<i32> = shown.iter().map(|(_, v)| v.id).collect();
    let mut titles = many::texts_for(&db.conn, ids.clone(), lang).await?;
    let mut fields = many::version_fields(&db.conn, ids).await?;
    let items = shown
        .into_iter()
        .map(|(p, version)| PartyProtocol {
            title: titles.remove(&version.id).map(|(_, t)| t.title).unwrap_or_else(|| p.slug.clone()),
            slug: p.slug,
            version: version.version_no,
            state: version.validity().protocol_state_on(today).as_str().to_owned(),
            valid_from: version.valid_from,
            valid_until: version.valid_until,
            ends_on: version.terminated_effective_on,
            readable_fields: fields
                .remove(&version.id)
                .unwrap_or_default()
                .into_iter()
                .filter(|f| readable.contains(f))
                .map(|f| f.as_str().to_owned())
                .collect(),
        })
        .collect();
    Ok(ProtocolList { items, next: None })
}
