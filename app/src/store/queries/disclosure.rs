//! What the one disclosure path reads: who reads under which protocol with which function
//! profile (one query, before its transaction), and for a batch of reads, inside it, the
//! persons' records, their contested fields and the fields of the versions in force — one
//! query each however many reads the batch holds.

use crate::domain::fields::Field;
use crate::domain::rectification::RequestStatus;
use crate::store::{
    api_client, function_profile, function_profile_field, person, protocol, protocol_version_field,
    rectification_request, staff,
};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, JoinType, Query, SimpleExpr};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};
use std::collections::{BTreeSet, HashMap};

/// Who acts, by their row.
#[derive(Debug, Clone, Copy)]
pub enum ActingAs {
    Staff(i32),
    ApiClient(i32),
}

/// The reader's side of a disclosure: its party and pseudonymous id, its function profile
/// (none for a staff member without one or disabled, or a deactivated profile), and the
/// protocol's recipient party.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderFacts {
    pub party_id: i32,
    pub public_id: String,
    pub profile_id: Option<i32>,
    pub profile_purpose: String,
    pub profile_fields: BTreeSet<Field>,
    pub recipient_party_id: i32,
}

/// The reader and the protocol in one round trip; `None` when either does not exist.
pub async fn reader_facts<C: ConnectionTrait>(
    conn: &C,
    acting: ActingAs,
    protocol_id: i32,
) -> Result<Option<ReaderFacts>, DbErr> {
    let (p, a, fp, f) = (Alias::new("p"), Alias::new("a"), Alias::new("fp"), Alias::new("f"));
    let col = |t: &Alias, c: &str| Expr::col((t.clone(), Alias::new(c)));
    let (actor_id, disabled): (i32, SimpleExpr) = match acting {
        ActingAs::Staff(id) => (id, col(&a, "disabled_at").is_not_null()),
        ActingAs::ApiClient(id) => (id, Expr::val(false)),
    };
    let mut query = Query::select();
    query
        .expr_as(col(&p, "recipient_party_id"), Alias::new("recipient_party_id"))
        .expr_as(col(&a, "party_id"), Alias::new("party_id"))
        .expr_as(col(&a, "public_id"), Alias::new("public_id"))
        .expr_as(col(&a, "function_profile_id"), Alias::new("profile_id"))
        .expr_as(disabled, Alias::new("disabled"))
        .expr_as(col(&fp, "purpose"), Alias::new("purpose"))
        .expr_as(col(&fp, "active"), Alias::new("active"))
        .expr_as(col(&f, "field"), Alias::new("field"))
        .from_as(protocol::Entity, p.clone());
    let actor_id_matches = col(&a, "id").eq(actor_id);
    match acting {
        ActingAs::Staff(_) => query.join_as(JoinType::InnerJoin, staff::Entity, a.clone(), actor_id_matches),
        ActingAs::ApiClient(_) => query.join_as(JoinType::InnerJoin, api_client::Entity, a.clone(), actor_id_matches),
    };
    query
        .join_as(
            JoinType::LeftJoin,
            function_profile::Entity,
            fp.clone(),
            col(&fp, "id").equals((a.clone(), Alias::new("function_profile_id"))),
        )
        .join_as(
            JoinType::LeftJoin,
            function_profile_field::Entity,
            f.clone(),
            col(&f, "function_profile_id").equals((fp.clone(), Alias::new("id"))),
        )
        .and_where(col(&p, "id").eq(protocol_id));
    let rows = conn.query_all(&query).await?;
    let Some(first) = rows.first() else { return Ok(None) };
    let disabled: bool = first.try_get("", "disabled")?;
    // A deactivated profile reads nothing, as if the reader had none.
    let active = first.try_get::<Option<bool>>("", "active")?.unwrap_or(false);
    let profile_id: Option<i32> = first.try_get("", "profile_id")?;
    let mut facts = ReaderFacts {
        party_id: first.try_get("", "party_id")?,
        public_id: first.try_get("", "public_id")?,
        profile_id: profile_id.filter(|_| !disabled && active),
        profile_purpose: first.try_get::<Option<String>>("", "purpose")?.unwrap_or_default(),
        profile_fields: BTreeSet::new(),
        recipient_party_id: first.try_get("", "recipient_party_id")?,
    };
    if facts.profile_id.is_some() {
        for row in &rows {
            if let Some(field) = row.try_get::<Option<String>>("", "field")? {
                facts.profile_fields.extend(Field::parse(&field).ok());
            }
        }
    }
    Ok(Some(facts))
}

/// The records of these persons, by id.
pub async fn persons<C: ConnectionTrait>(conn: &C, ids: &[i32]) -> Result<HashMap<i32, person::Model>, DbErr> {
    let rows = person::Entity::find().filter(person::Column::Id.is_in(id_list(ids))).all(conn).await?;
    Ok(rows.into_iter().map(|p| (p.id, p)).collect())
}

/// The fields of these persons with an open rectification request (GDPR 18), by person id.
pub async fn contested<C: ConnectionTrait>(conn: &C, ids: &[i32]) -> Result<HashMap<i32, BTreeSet<Field>>, DbErr> {
    let rows: Vec<(i32, String)> = rectification_request::Entity::find()
        .select_only()
        .column(rectification_request::Column::PersonId)
        .column(rectification_request::Column::Field)
        .filter(rectification_request::Column::PersonId.is_in(id_list(ids)))
        .filter(rectification_request::Column::Status.is_in(RequestStatus::pending_codes()))
        .into_tuple()
        .all(conn)
        .await?;
    let mut out: HashMap<i32, BTreeSet<Field>> = HashMap::new();
    for (person, field) in rows {
        if let Ok(field) = Field::parse(&field) {
            out.entry(person).or_default().insert(field);
        }
    }
    Ok(out)
}

/// The fields each of these protocol versions covers, by version id.
pub async fn version_fields<C: ConnectionTrait>(
    conn: &C,
    version_ids: &[i32],
) -> Result<HashMap<i32, BTreeSet<Field>>, DbErr> {
    let rows = protocol_version_field::Entity::find()
        .filter(protocol_version_field::Column::ProtocolVersionId.is_in(id_list(version_ids)))
        .all(conn)
        .await?;
    let mut out: HashMap<i32, BTreeSet<Field>> = HashMap::new();
    for r in rows {
        if let Ok(f) = Field::parse(&r.field) {
            out.entry(r.protocol_version_id).or_default().insert(f);
        }
    }
    Ok(out)
}

/// Each id once, in order, padded to a power of two by repeating the last: a batch of any size
/// then uses one of a few statement texts, which every connection keeps prepared.
pub fn id_list(ids: &[i32]) -> Vec<i32> {
    let mut list: Vec<i32> = ids.iter().copied().collect::<BTreeSet<_>>().into_iter().collect();
    if let Some(&last) = list.last() {
        list.resize(list.len().next_power_of_two(), last);
    }
    list
}

#[cfg(test)]
mod tests {
    #[test]
    fn id_lists_are_distinct_sorted_and_padded_to_a_power_of_two() {
        assert_eq!(super::id_list(&[]), Vec::<i32>::new());
        assert_eq!(super::id_list(&[7]), vec![7]);
        assert_eq!(super::id_list(&[9, 3, 9, 5]), vec![3, 5, 9, 9]);
        assert_eq!(super::id_list(&[1, 2, 3, 4, 5]), vec![1, 2, 3, 4, 5, 5, 5, 5]);
    }
}
