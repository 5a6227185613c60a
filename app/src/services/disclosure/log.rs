//! "Who received my data": the person's own view of the disclosure log. A party × field
//! overview (how many times, last date) and a filtered, paginated timeline. Read-only; a
//! person only ever sees rows with their own `person_id`.

use crate::domain::fields::Field;
use crate::domain::ids::PersonId;
use crate::domain::locale::Locale;
use crate::domain::time::start_of_local_day;
use crate::services::ServiceError;
use crate::services::function_profiles::translations;
use crate::store::{
    Db, consent_event, disclosure_event, disclosure_event_field, function_profile, party, protocol_version,
};
use crate::views::disclosures::{OverviewCell, OverviewRow, Recipient, Timeline, TimelineEntry, TimelineFilter};
use crate::views::local_text::LocalText;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::{BTreeMap, HashMap};

pub const PAGE_SIZE: u64 = 20;

async fn recipients<C: ConnectionTrait>(conn: &C) -> Result<HashMap<i32, Recipient>, ServiceError> {
    let all = party::Entity::find().all(conn).await?;
    let names: HashMap<i32, String> = all.iter().map(|p| (p.id, p.name.clone())).collect();
    Ok(all
        .into_iter()
        .map(|p| {
            let partner_of = p.parent_party_id.and_then(|id| names.get(&id).cloned());
            (p.id, Recipient { slug: p.slug, name: p.name, partner_of })
        })
        .collect())
}

/// Party × field, from the index alone: how many events and the latest event per cell. The
/// log is append-only and each event is stamped with the time it is written, so the highest id
/// of a cell is its latest event (concurrent writers may swap two events of the same
/// millisecond, which no one can see in a date); its time is then read by key.
pub async fn overview(db: &Db, person_id: PersonId) -> Result<Vec<OverviewRow>, ServiceError> {
    overview_with(db, &recipients(&db.conn).await?, person_id).await
}

/// The page: overview and one page of the timeline, with the recipients read once.
pub async fn overview_and_timeline(
    db: &Db,
    person_id: PersonId,
    filter: &TimelineFilter,
) -> Result<(Vec<OverviewRow>, Timeline), ServiceError> {
    let names = recipients(&db.conn).await?;
    Ok((overview_with(db, &names, person_id).await?, timeline_with(db, &names, person_id, filter).await?))
}

async fn overview_with(
    db: &Db,
    names: &HashMap<i32, Recipient>,
    person_id: PersonId,
) -> Result<Vec<OverviewRow>, ServiceError> {
    let query = Query::select()
        .column(disclosure_event_field::Column::RecipientPartyId)
        .column(disclosure_event_field::Column::Field)
        .expr_as(Func::count(Expr::col(disclosure_event_field::Column::DisclosureEventId)), Alias::new("n"))
        .expr_as(Func::max(Expr::col(disclosure_event_field::Column::DisclosureEventId)), Alias::new("last_id"))
        .from(disclosure_event_field::Entity)
        .and_where(disclosure_event_field::Column::PersonId.eq(person_id))
        .group_by_col(disclosure_event_field::Column::RecipientPartyId)
        .group_by_col(disclosure_event_field::Column::Field)
        .to_owned();
    let rows = db.conn.query_all(&query).await?;
    let mut cells = Vec::with_capacity(rows.len());
    for row in &rows {
        let party_id: i32 = row.try_get("", "recipient_party_id")?;
        let Ok(field) = Field::parse(&row.try_get::<String>("", "field")?) else { continue };
        let count: i64 = row.try_get("", "n")?;
        let last_id: i64 = row.try_get("", "last_id")?;
        cells.push((party_id, field, count as u64, last_id));
    }
    let times: HashMap<i64, DateTime<Utc>> = disclosure_event::Entity::find()
        .select_only()
        .column(disclosure_event::Column::Id)
        .column(disclosure_event::Column::OccurredAt)
        .filter(disclosure_event::Column::Id.is_in(cells.iter().map(|c| c.3)))
        .into_tuple::<(i64, DateTime<Utc>)>()
        .all(&db.conn)
        .await?
        .into_iter()
        .collect();
    let mut by_party: BTreeMap<i32, Vec<OverviewCell>> = BTreeMap::new();
    for (party_id, field, count, last_id) in cells {
        let Some(last_at) = times.get(&last_id).copied() else { continue };
        by_party.entry(party_id).or_default().push(OverviewCell { field, count, last_at });
    }
    let mut out: Vec<OverviewRow> = by_party
        .into_iter()
        .filter_map(|(id, mut cells)| {
            cells.sort_by_key(|c| c.field);
            names.get(&id).cloned().map(|recipient| OverviewRow { recipient, cells })
        })
        .collect();
    // Municipalities first, each followed by its partners.
    out.sort_by(|a, b| {
        let key = |r: &Recipient| {
            (r.partner_of.clone().unwrap_or_else(|| r.name.clone()), r.partner_of.is_some(), r.name.clone())
        };
        key(&a.recipient).cmp(&key(&b.recipient))
    });
    Ok(out)
}

/// One page of the person's disclosures, newest first.
pub async fn timeline(db: &Db, person_id: PersonId, filter: &TimelineFilter) -> Result<Timeline, ServiceError> {
    timeline_with(db, &recipients(&db.conn).await?, person_id, filter).await
}

async fn timeline_with(
    db: &Db,
    names: &HashMap<i32, Recipient>,
    person_id: PersonId,
    filter: &TimelineFilter,
) -> Result<Timeline, ServiceError> {
    let mut q = disclosure_event::Entity::find().filter(disclosure_event::Column::PersonId.eq(person_id));
    if let Some(slug) = &filter.party {
        // An unknown party matches nothing rather than everything.
        let id = names.iter().find(|(_, r)| &r.slug == slug).map(|(id, _)| *id).unwrap_or(-1);
        q = q.filter(disclosure_event::Column::RecipientPartyId.eq(id));
    }
    // Brussels days, both ends included.
    if let Some(from) = filter.from {
        q = q.filter(disclosure_event::Column::OccurredAt.gte(start_of_local_day(from)));
    }
    if let Some(to) = filter.to.and_then(|d| d.succ_opt()) {
        q = q.filter(disclosure_event::Column::OccurredAt.lt(start_of_local_day(to)));
    }
    if let Some(field) = filter.field {
        // Per event of the person, one primary-key probe (event id, field). The person's id
        // too: PostgreSQL turns the EXISTS into a semi-join, and without it reads the field's
        // rows of every person.
        let with_field = Query::select()
            .expr(Expr::val(1))
            .from(disclosure_event_field::Entity)
            .and_where(
                Expr::col((disclosure_event_field::Entity, disclosure_event_field::Column::DisclosureEventId))
                    .equals((disclosure_event::Entity, disclosure_event::Column::Id)),
            )
            .and_where(disclosure_event_field::Column::PersonId.eq(person_id))
            .and_where(disclosure_event_field::Column::Field.eq(field.as_str()))
            .to_owned();
        q = q.filter(Expr::exists(with_field));
    }
    let total = q.clone().count(&db.conn).await?;
    let pages = std::cmp::Ord::max(total.div_ceil(PAGE_SIZE), 1);
    let page = filter.page.clamp(1, pages);
    let events = q
        .order_by_desc(disclosure_event::Column::OccurredAt)
        .order_by_desc(disclosure_event::Column::Id)
        .offset((page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
        .all(&db.conn)
        .await?;
    let ids: Vec<i64> = events.iter().map(|e| e.id).collect();
    let mut fields: HashMap<i64, Vec<Field>> = HashMap::new();
    for f in disclosure_event_field::Entity::find()
        .filter(disclosure_event_field::Column::DisclosureEventId.is_in(ids))
        .all(&db.conn)
        .await?
    {
        if let Ok(field) = Field::parse(&f.field) {
            fields.entry(f.disclosure_event_id).or_default().push(field);
        }
    }
    let consent_ids: Vec<i32> = events.iter().map(|e| e.consent_event_id).collect();
    let consents: HashMap<i32, consent_event::Model> = consent_event::Entity::find()
        .filter(consent_event::Column::Id.is_in(consent_ids))
        .filter(consent_event::Column::PersonId.eq(person_id))
        .all(&db.conn)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let versions: HashMap<i32, i32> =
        protocol_version::Entity::find().all(&db.conn).await?.into_iter().map(|v| (v.id, v.version_no)).collect();
    let purposes = translated_purposes(db, &events, filter.language).await?;
    let entries = events
        .into_iter()
        .filter_map(|e| {
            let recipient = names.get(&e.recipient_party_id)?.clone();
            let consent = consents.get(&e.consent_event_id);
            let mut fs = fields.remove(&e.id).unwrap_or_default();
            fs.sort();
            Some(TimelineEntry {
                occurred_at: e.occurred_at,
                recipient,
                channel: e.channel,
                purpose: LocalText::pick(filter.language, purposes.get(&e.id).cloned(), e.purpose),
                fields: fs,
                protocol_version_no: versions.get(&e.protocol_version_id).copied().unwrap_or_default(),
                consent_scopes: consent.map(consent_event::Model::scopes_after).unwrap_or_default(),
                consent_at: consent.map(|c| c.occurred_at),
                consent_id: consent.map(|c| c.public_id.clone()),
            })
        })
        .collect();
    Ok(Timeline { entries, total, page, pages })
}

/// Per event, its purpose in `language` where the event was read for its profile's purpose
/// (not one typed for the occasion) and the municipality translated that revision's purpose.
async fn translated_purposes(
    db: &Db,
    events: &[disclosure_event::Model],
    language: Locale,
) -> Result<HashMap<i64, String>, ServiceError> {
    let revisions: Vec<i32> = events.iter().filter_map(|e| e.function_profile_id).collect();
    let translated = translations::in_language(&db.conn, revisions, language).await?;
    if translated.is_empty() {
        return Ok(HashMap::new());
    }
    // The translated revisions' own (Dutch) purposes, to tell a profile's purpose from a typed one.
    let own: HashMap<i32, String> = function_profile::Entity::find()
        .filter(function_profile::Column::Id.is_in(translated.keys().copied()))
        .all(&db.conn)
        .await?
        .into_iter()
        .map(|p| (p.id, p.purpose))
        .collect();
    Ok(events
        .iter()
        .filter_map(|e| {
            let revision = e.function_profile_id?;
            if own.get(&revision)? != &e.purpose {
                return None;
            }
            Some((e.id, translated.get(&revision)?.clone()))
        })
        .collect())
}
