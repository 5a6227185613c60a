//! Reading the register: a party's profiles as they stand, one profile's revisions, and the
//! active profiles an admin may give a staff member.

use crate::domain::fields::Field;
use crate::domain::ids::PartyId;
use crate::services::ServiceError;
use crate::store::{Db, api_client, function_profile, function_profile_field, staff};
use crate::views::register::{ProfileHistory, ProfileRevision, ProfileRow};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::{BTreeMap, HashMap};

/// The current revision of the party's profile `lineage`; another party's is not found.
pub async fn current_revision<C: ConnectionTrait>(
    conn: &C,
    party: PartyId,
    lineage: i32,
) -> Result<function_profile::Model, ServiceError> {
    function_profile::Entity::find()
        .filter(function_profile::Column::LineageId.eq(lineage))
        .filter(function_profile::Column::PartyId.eq(party.0))
        .filter(function_profile::Column::SupersededAt.is_null())
        .one(conn)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// The party's profiles as they stand, by name.
pub async fn register(db: &Db, party: PartyId) -> Result<Vec<ProfileRow>, ServiceError> {
    let current = function_profile::Entity::find()
        .filter(function_profile::Column::PartyId.eq(party.0))
        .filter(function_profile::Column::SupersededAt.is_null())
        .order_by_asc(function_profile::Column::Name)
        .all(&db.conn)
        .await?;
    rows(&db.conn, current).await
}

/// The active profiles of the party, as `(profile id, name)`, for a choice list.
pub async fn active_choices(db: &Db, party: PartyId) -> Result<Vec<(i32, String)>, ServiceError> {
    Ok(register(db, party).await?.into_iter().filter(|p| p.active).map(|p| (p.id, p.name)).collect())
}

/// Every superseded revision of a party's profiles, newest first.
pub async fn superseded(db: &Db, party: PartyId) -> Result<Vec<ProfileRevision>, ServiceError> {
    let all = function_profile::Entity::find()
        .filter(function_profile::Column::PartyId.eq(party.0))
        .filter(function_profile::Column::SupersededAt.is_not_null())
        .order_by_desc(function_profile::Column::SupersededAt)
        .order_by_desc(function_profile::Column::Id)
        .all(&db.conn)
        .await?;
    revisions_of(&db.conn, &all).await
}

/// The register of each of these parties: current profiles by name and superseded revisions,
/// newest first (four queries in all, however many parties).
pub async fn registers_of(
    db: &Db,
    parties: &[PartyId],
) -> Result<HashMap<PartyId, (Vec<ProfileRow>, Vec<ProfileRevision>)>, ServiceError> {
    let all = function_profile::Entity::find()
        .filter(function_profile::Column::PartyId.is_in(parties.iter().map(|p| p.0)))
        .order_by_asc(function_profile::Column::Name)
        .all(&db.conn)
        .await?;
    let (current, mut earlier): (Vec<_>, Vec<_>) = all.into_iter().partition(|p| p.superseded_at.is_none());
    earlier.sort_by_key(|p| std::cmp::Reverse((p.superseded_at, p.id)));
    let current_owners: Vec<PartyId> = current.iter().map(|p| PartyId(p.party_id)).collect();
    let earlier_owners: Vec<PartyId> = earlier.iter().map(|p| PartyId(p.party_id)).collect();
    let mut out: HashMap<PartyId, (Vec<ProfileRow>, Vec<ProfileRevision>)> = HashMap::new();
    for (owner, row) in current_owners.into_iter().zip(rows(&db.conn, current).await?) {
        out.entry(owner).or_default().0.push(row);
    }
    for (owner, revision) in earlier_owners.into_iter().zip(revisions_of(&db.conn, &earlier).await?) {
        out.entry(owner).or_default().1.push(revision);
    }
    Ok(out)
}

/// These revisions with their fields (one query more).
async fn revisions_of<C: ConnectionTrait>(
    conn: &C,
    all: &[function_profile::Model],
) -> Result<Vec<ProfileRevision>, ServiceError> {
    let fields = fields_of(conn, all.iter().map(|p| p.id).collect()).await?;
    Ok(all
        .iter()
        .map(|p| ProfileRevision {
            revision_no: p.revision_no,
            name: p.name.clone(),
            purpose: p.purpose.clone(),
            fields: fields.get(&p.id).cloned().unwrap_or_default(),
            made_at: p.created_at,
            superseded_at: p.superseded_at,
        })
        .collect())
}

/// One profile and every revision it had, newest first.
pub async fn history(db: &Db, party: PartyId, lineage: i32) -> Result<ProfileHistory, ServiceError> {
    let current = current_revision(&db.conn, party, lineage).await?;
    let all = function_profile::Entity::find()
        .filter(function_profile::Column::LineageId.eq(lineage))
        .filter(function_profile::Column::PartyId.eq(party.0))
        .order_by_desc(function_profile::Column::RevisionNo)
        .all(&db.conn)
        .await?;
    let revisions = revisions_of(&db.conn, &all).await?;
    let translations = super::translations::of_revision(&db.conn, current.id).await?;
    let profile = rows(&db.conn, vec![current]).await?.pop().ok_or(ServiceError::NotFound)?;
    Ok(ProfileHistory { profile, revisions, translations })
}

/// Rows for these current revisions: their fields and how many hold each (two queries more).
pub(crate) async fn rows<C: ConnectionTrait>(
    conn: &C,
    current: Vec<function_profile::Model>,
) -> Result<Vec<ProfileRow>, ServiceError> {
    let ids: Vec<i32> = current.iter().map(|p| p.id).collect();
    let fields = fields_of(conn, ids.clone()).await?;
    let holders = holders_of(conn, ids).await?;
    Ok(current
        .into_iter()
        .map(|p| ProfileRow {
            id: p.lineage_id,
            revision_no: p.revision_no,
            fields: fields.get(&p.id).cloned().unwrap_or_default(),
            holders: holders.get(&p.id).copied().unwrap_or(0),
            name: p.name,
            purpose: p.purpose,
            active: p.active,
            revised_at: p.created_at,
        })
        .collect())
}

/// The fields of each of these revisions, in catalogue order.
async fn fields_of<C: ConnectionTrait>(conn: &C, ids: Vec<i32>) -> Result<HashMap<i32, Vec<Field>>, ServiceError> {
    let mut out: HashMap<i32, Vec<Field>> = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    let rows = function_profile_field::Entity::find()
        .filter(function_profile_field::Column::FunctionProfileId.is_in(ids))
        .all(conn)
        .await?;
    for r in rows {
        if let Ok(f) = Field::parse(&r.field) {
            out.entry(r.function_profile_id).or_default().push(f);
        }
    }
    out.values_mut().for_each(|v| v.sort());
    Ok(out)
}

/// Staff members (not disabled) and API clients (not revoked) reading with each revision.
async fn holders_of<C: ConnectionTrait>(conn: &C, ids: Vec<i32>) -> Result<BTreeMap<i32, u64>, ServiceError> {
    let mut out = BTreeMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    let staff: Vec<Option<i32>> = staff::Entity::find()
        .select_only()
        .column(staff::Column::FunctionProfileId)
        .filter(staff::Column::FunctionProfileId.is_in(ids.clone()))
        .filter(staff::Column::DisabledAt.is_null())
        .into_tuple()
        .all(conn)
        .await?;
    let clients: Vec<i32> = api_client::Entity::find()
        .select_only()
        .column(api_client::Column::FunctionProfileId)
        .filter(api_client::Column::FunctionProfileId.is_in(ids))
        .filter(api_client::Column::RevokedAt.is_null())
        .into_tuple()
        .all(conn)
        .await?;
    for id in staff.into_iter().flatten().chain(clients) {
        *out.entry(id).or_insert(0) += 1;
    }
    Ok(out)
}
