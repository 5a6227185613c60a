//! The protocols a party is a party to, as its systems see them (API v1; art. 10 publishes the
//! same facts): state, validity, and the fields the caller's function profile may read.

use crate::domain::ids::{PartyId, ProfileId};
use crate::domain::locale::Locale;
use crate::domain::protocol::shown_version;
use crate::domain::time::today;
use crate::services::ServiceError;
use crate::store::queries::{profile, protocol as queries};
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
    let mut items = Vec::new();
    for p in protocols {
        let published = queries::published_versions(&db.conn, p.id).await?;
        let version = match shown_version(&published, today, protocol_version::Model::validity) {
            Some(v) => v.clone(),
            // Nothing published yet: the newest draft.
            None => match protocol_version::Entity::find()
                .filter(protocol_version::Column::ProtocolId.eq(p.id))
                .order_by_desc(protocol_version::Column::VersionNo)
                .one(&db.conn)
                .await?
            {
                Some(v) => v,
                None => continue,
            },
        };
        let title = queries::text_for(&db.conn, version.id, lang)
            .await?
            .map(|(_, t)| t.title)
            .unwrap_or_else(|| p.slug.clone());
        let fields = queries::version_fields(&db.conn, version.id).await?;
        items.push(PartyProtocol {
            slug: p.slug,
            title,
            version: version.version_no,
            state: version.validity().protocol_state_on(today).as_str().to_owned(),
            valid_from: version.valid_from,
            valid_until: version.valid_until,
            ends_on: version.terminated_effective_on,
            readable_fields: fields
                .into_iter()
                .filter(|f| readable.contains(f))
                .map(|f| f.as_str().to_owned())
                .collect(),
        });
    }
    Ok(ProtocolList { items, next: None })
}
