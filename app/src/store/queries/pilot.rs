//! The persons of a municipality's pilot: who has consent in force under a version of one of
//! its protocols (the latest event of each person under that version shares something), by
//! the party's own reference — no personal values. One query for a page, one for the count.

use crate::domain::consent::ConsentScopes;
use crate::store::{consent_event, party_person_ref};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, JoinType, Order, Query, SelectStatement};
use sea_orm::{ConnectionTrait, DbErr};

/// A person with consent in force, as the party knows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consenting {
    pub person_id: i32,
    pub reference: String,
    pub scopes: ConsentScopes,
    /// When the consent now in force was given or last changed.
    pub since: DateTime<Utc>,
}

/// The latest event of each person under each of `version_ids`, where it shares something.
fn consenting(party_id: i32, version_ids: &[i32]) -> SelectStatement {
    let (c, l, r) = (Alias::new("c"), Alias::new("l"), Alias::new("r"));
    let col = |t: &Alias, name: &str| Expr::col((t.clone(), Alias::new(name)));
    let latest = Query::select()
        .column((l.clone(), consent_event::Column::Id))
        .from_as(consent_event::Entity, l.clone())
        .and_where(col(&l, "person_id").equals((c.clone(), Alias::new("person_id"))))
        .and_where(col(&l, "protocol_version_id").equals((c.clone(), Alias::new("protocol_version_id"))))
        .order_by((l.clone(), consent_event::Column::OccurredAt), Order::Desc)
        .order_by((l.clone(), consent_event::Column::Id), Order::Desc)
        .limit(1)
        .to_owned();
    Query::select()
        .from_as(consent_event::Entity, c.clone())
        .join_as(
            JoinType::InnerJoin,
            party_person_ref::Entity,
            r.clone(),
            col(&r, "person_id").equals((c.clone(), Alias::new("person_id"))).and(col(&r, "party_id").eq(party_id)),
        )
        .and_where(col(&c, "protocol_version_id").is_in(version_ids.iter().copied()))
        .and_where(col(&c, "id").eq(Expr::SubQuery(None, Box::new(latest.into()))))
        .and_where(col(&c, "contact_after").or(col(&c, "trajectory_after")).or(col(&c, "onward_after")))
        .to_owned()
}

/// One page of the persons with consent in force under `version_id`, latest change first.
pub async fn page<C: ConnectionTrait>(
    conn: &C,
    party_id: i32,
    version_id: i32,
    offset: u64,
    limit: u64,
) -> Result<Vec<Consenting>, DbErr> {
    let (c, r) = (Alias::new("c"), Alias::new("r"));
    let mut q = consenting(party_id, &[version_id]);
    q.column((c.clone(), Alias::new("person_id")))
        .expr_as(Expr::col((r, Alias::new("ref"))), Alias::new("reference"))
        .column((c.clone(), Alias::new("contact_after")))
        .column((c.clone(), Alias::new("trajectory_after")))
        .column((c.clone(), Alias::new("onward_after")))
        .column((c.clone(), Alias::new("occurred_at")))
        .order_by((c.clone(), consent_event::Column::OccurredAt), Order::Desc)
        .order_by((c, consent_event::Column::Id), Order::Desc)
        .limit(limit)
        .offset(offset);
    let rows = conn.query_all(&q).await?;
    rows.iter()
        .map(|row| {
            Ok(Consenting {
                person_id: row.try_get("", "person_id")?,
                reference: row.try_get("", "reference")?,
                scopes: super::consent_now::scopes_after(row)?,
                since: row.try_get("", "occurred_at")?,
            })
        })
        .collect()
}

/// How many persons have consent in force under `version_id`.
pub async fn count<C: ConnectionTrait>(conn: &C, party_id: i32, version_id: i32) -> Result<u64, DbErr> {
    let mut q = consenting(party_id, &[version_id]);
    q.expr_as(Func::count(Expr::col((Alias::new("c"), Alias::new("id")))), Alias::new("n"));
    let n: i64 = match conn.query_one(&q).await? {
        Some(row) => row.try_get("", "n")?,
        None => 0,
    };
    Ok(u64::try_from(n).unwrap_or(0))
}

/// Every person with consent in force under any of `version_ids` (ids only, in one query):
/// the set a search matches against, the persons a breach report may name.
pub async fn all_ids<C: ConnectionTrait>(
    conn: &C,
    party_id: i32,
    version_ids: &[i32],
) -> Result<Vec<(i32, String)>, DbErr> {
    if version_ids.is_empty() {
        return Ok(Vec::new());
    }
    let (c, r) = (Alias::new("c"), Alias::new("r"));
    let mut q = consenting(party_id, version_ids);
    q.column((c, Alias::new("person_id"))).expr_as(Expr::col((r, Alias::new("ref"))), Alias::new("reference"));
    let rows = conn.query_all(&q).await?;
    rows.iter().map(|row| Ok((row.try_get("", "person_id")?, row.try_get("", "reference")?))).collect()
}
