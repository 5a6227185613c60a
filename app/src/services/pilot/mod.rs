//! Municipality staff's work with their pilot (art. 4): the persons with consent in force
//! (`persons`: the party's references, scopes and since when — no personal values), finding a
//! person by name (`search`: what is shown is a disclosure), and one person's fields (`person`:
//! through the one disclosure path, with what is withheld and why).

mod person;
mod search;

pub use person::person;
pub use search::search;

use crate::domain::authz::StaffCaller;
use crate::domain::fields::Field;
use crate::domain::ids::PartyId;
use crate::domain::locale::Locale;
use crate::domain::time::today;
use crate::services::ServiceError;
use crate::services::function_profiles::register;
use crate::store::{Db, function_profile, protocol, protocol_version, queries};
use crate::views::pilot::{PilotPage, PilotProtocol, PilotRow};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

/// Persons on a page of the list.
pub const PAGE_SIZE: u64 = 25;

/// The party's protocols with a version in force today: each with that version's id.
pub(crate) async fn in_force(
    db: &Db,
    party: PartyId,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Vec<(PilotProtocol, i32)>, ServiceError> {
    let protocols = protocol::Entity::find()
        .filter(protocol::Column::RecipientPartyId.eq(party.0))
        .order_by_asc(protocol::Column::Slug)
        .all(&db.conn)
        .await?;
    // One query per kind of fact, however many protocols the party has.
    let versions =
        queries::protocol_many::published_versions(&db.conn, protocols.iter().map(|p| p.id).collect()).await?;
    let in_force: Vec<(protocol::Model, i32)> = protocols
        .into_iter()
        .filter_map(|p| {
            let of = versions.get(&p.id).map(Vec::as_slice).unwrap_or_default();
            let v = crate::domain::protocol::in_force(of, today(now), protocol_version::Model::validity).ok()?;
            let id = v.id;
            Some((p, id))
        })
        .collect();
    let mut titles =
        queries::protocol_many::texts_for(&db.conn, in_force.iter().map(|(_, v)| *v).collect(), locale).await?;
    Ok(in_force
        .into_iter()
        .map(|(p, v)| {
            let title = titles.remove(&v).map(|(_, t)| t.title).unwrap_or_else(|| p.slug.clone());
            (PilotProtocol { title, slug: p.slug }, v)
        })
        .collect())
}

/// The fields the staff member's profile covers (none without a profile).
pub(crate) async fn profile_fields(db: &Db, staff: &StaffCaller) -> Result<Vec<Field>, ServiceError> {
    match staff.function_profile_id {
        Some(p) => Ok(queries::profile::fields_of(&db.conn, p.0).await?.into_iter().collect()),
        None => Ok(Vec::new()),
    }
}

/// The references of every person with consent in force under the party's protocols in force
/// (at most 500): the persons a breach report may name.
pub async fn references(
    db: &Db,
    staff: &StaffCaller,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Vec<String>, ServiceError> {
    let versions: Vec<i32> = in_force(db, staff.party_id, locale, now).await?.into_iter().map(|(_, v)| v).collect();
    let all = queries::pilot::all_ids(&db.conn, staff.party_id.0, &versions).await?;
    let out: std::collections::BTreeSet<String> = all.into_iter().map(|(_, r)| r).collect();
    Ok(out.into_iter().take(500).collect())
}

/// A page of the persons with consent in force under one of the party's protocols in force
/// (`protocol`, else the first), latest change first. Who withdrew is not on it.
pub async fn persons(
    db: &Db,
    staff: &StaffCaller,
    protocol: Option<&str>,
    page: u32,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<PilotPage, ServiceError> {
    let protocols = in_force(db, staff.party_id, locale, now).await?;
    let chosen = match protocol {
        Some(slug) => Some(protocols.iter().find(|(p, _)| p.slug == slug).ok_or(ServiceError::NotFound)?),
        None => protocols.first(),
    };
    let profile = match staff.function_profile_id {
        Some(id) => {
            let lineage = function_profile::Entity::find_by_id(id.0).one(&db.conn).await?.map(|p| p.lineage_id);
            register(db, staff.party_id).await?.into_iter().find(|p| Some(p.id) == lineage)
        }
        None => None,
    };
    let can_search = profile
        .as_ref()
        .is_some_and(|p| p.active && p.fields.iter().any(|f| matches!(f, Field::GivenName | Field::FamilyName)));
    let page = page.max(1);
    let (rows, total) = match chosen {
        Some((_, version)) => {
            let total = queries::pilot::count(&db.conn, staff.party_id.0, *version).await?;
            let offset = u64::from(page - 1) * PAGE_SIZE;
            let rows = queries::pilot::page(&db.conn, staff.party_id.0, *version, offset, PAGE_SIZE).await?;
            let rows = rows
                .into_iter()
                .map(|c| PilotRow { reference: c.reference, scopes: c.scopes, since: c.since })
                .collect();
            (rows, total)
        }
        None => (Vec::new(), 0),
    };
    let pages = u32::try_from(total.div_ceil(PAGE_SIZE)).unwrap_or(u32::MAX).max(1);
    Ok(PilotPage {
        protocol: chosen.map(|(p, _)| p.clone()),
        protocols: protocols.into_iter().map(|(p, _)| p).collect(),
        rows,
        total,
        page,
        pages,
        profile,
        can_search,
    })
}
