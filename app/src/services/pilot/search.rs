//! Finding a person of the pilot by name. The names of the persons with consent in force are
//! compared here, on the server; only the persons shown in the result are disclosed to the
//! reader — their names, through the one disclosure path, each recorded for the person — and a
//! person whose consent or the reader's profile does not allow their names is not shown.

use super::in_force;
use crate::domain::authz::StaffCaller;
use crate::domain::disclosure::DisclosureChannel;
use crate::domain::fields::Field;
use crate::domain::ids::PersonId;
use crate::domain::locale::Locale;
use crate::domain::text::search_key;
use crate::services::ServiceError;
use crate::services::disclosure::{Actor, DisclosureRequest, Disclosures};
use crate::store::{Db, person, queries};
use crate::views::pilot::FoundPerson;
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::collections::{BTreeSet, HashMap};

/// At most this many persons in a result.
pub const MAX_FOUND: usize = 10;

pub async fn search(
    db: &Db,
    disclosures: &Disclosures,
    staff: &StaffCaller,
    protocol: &str,
    query: &str,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Vec<FoundPerson>, ServiceError> {
    let key = search_key(query);
    if key.chars().count() < 2 || key.chars().count() > 80 {
        return Err(ServiceError::Invalid { field: "q", message_id: "persons-search-length" });
    }
    let names: BTreeSet<Field> = [Field::GivenName, Field::FamilyName].into();
    if !super::profile_fields(db, staff).await?.iter().any(|f| names.contains(f)) {
        return Err(ServiceError::Refused("persons-search-needs-names"));
    }
    let (_, version) = in_force(db, staff.party_id, locale, now)
        .await?
        .into_iter()
        .find(|(p, _)| p.slug == protocol)
        .ok_or(ServiceError::NotFound)?;
    let protocol_id = queries::protocol::by_slug(&db.conn, protocol).await?.ok_or(ServiceError::NotFound)?.id;
    let candidates: HashMap<i32, String> =
        queries::pilot::all_ids(&db.conn, staff.party_id.0, &[version]).await?.into_iter().collect();
    let mut matches: Vec<person::Model> = person::Entity::find()
        .filter(person::Column::Id.is_in(candidates.keys().copied()))
        .all(&db.conn)
        .await?
        .into_iter()
        .filter(|p| {
            search_key(&format!("{} {}", p.given_name, p.family_name)).contains(&key)
                || search_key(&format!("{} {}", p.family_name, p.given_name)).contains(&key)
        })
        .collect();
    matches.sort_by(|a, b| (&a.family_name, &a.given_name).cmp(&(&b.family_name, &b.given_name)));
    matches.truncate(MAX_FOUND);
    // Each shown name is a disclosure; they go together, in one batch.
    let mut reads = tokio::task::JoinSet::new();
    for (order, p) in matches.iter().enumerate() {
        let req = DisclosureRequest {
            person_id: PersonId(p.id),
            protocol_id,
            actor: Actor::Staff(staff.staff_id),
            channel: DisclosureChannel::Ui,
            onward_to: None,
            purpose: None,
            requested: names.clone(),
        };
        let (disclosures, reference) = (disclosures.clone(), candidates.get(&p.id).cloned().unwrap_or_default());
        reads.spawn(async move { (order, reference, disclosures.disclose(req, now).await) });
    }
    let mut found = Vec::new();
    while let Some(done) = reads.join_next().await {
        let (order, reference, read) = done.map_err(|_| ServiceError::Internal("a search read stopped"))?;
        match read {
            Ok(d) => {
                let value = |f: Field| d.fields.iter().find(|s| s.field == f).and_then(|s| s.value.clone());
                let person = FoundPerson {
                    given_name: value(Field::GivenName),
                    family_name: value(Field::FamilyName),
                    reference,
                };
                found.push((order, person));
            }
            // Not to be shown to this reader (consent, profile): left out, nothing recorded.
            Err(ServiceError::Refused(_)) => {}
            Err(e) => return Err(e),
        }
    }
    found.sort_by_key(|(order, _)| *order);
    Ok(found.into_iter().map(|(_, p)| p).collect())
}
