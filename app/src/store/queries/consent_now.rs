//! A person's consent under each published version of one of a party's protocols, found by
//! the party's own reference, in one round trip: the API's consent-status read (and the start
//! of its field read) must cost about as much as a point read.

use crate::domain::consent::ConsentScopes;
use crate::domain::ids::{PartyId, PersonId};
use crate::domain::protocol::{Validity, VersionStatus};
use crate::store::queries::disclosure::id_list;
use crate::store::{consent_event, party_person_ref, person, protocol, protocol_version};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, JoinType, Order, Query, SelectStatement};
use sea_orm::{ConnectionTrait, DbBackend, DbErr, QueryResult, Statement, Value};
use std::sync::OnceLock;

/// The latest consent event of the person under one version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LatestConsent {
    pub id: i32,
    pub public_id: String,
    pub action: String,
    pub scopes: ConsentScopes,
    pub occurred_at: DateTime<Utc>,
}

/// One published version of the protocol, and the person's latest consent under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionConsent {
    pub protocol_id: i32,
    pub person_id: PersonId,
    pub version_id: i32,
    pub version_no: i32,
    pub validity: Validity,
    pub consent: Option<LatestConsent>,
    /// The day the person's trajectory ended, if it did (`domain::retention::has_ended`).
    pub ended_on: Option<NaiveDate>,
}

/// Whose consent, under which protocol.
#[derive(Debug, Clone, Copy)]
pub enum Target<'a> {
    /// As a recipient party's system names them: its protocol's slug and its reference.
    Reference { party: PartyId, protocol_slug: &'a str, reference: &'a str },
    /// By our own ids: every pair of these protocols and persons (the disclosure path, for a
    /// batch of reads).
    Persons { protocol_ids: &'a [i32], person_ids: &'a [i32] },
}

/// Newest version first. Empty when the protocol is not the party's, the reference names
/// nobody in its space, or nothing is published.
pub async fn by_reference<C: ConnectionTrait>(
    conn: &C,
    party: PartyId,
    protocol_slug: &str,
    reference: &str,
) -> Result<Vec<VersionConsent>, DbErr> {
    of(conn, Target::Reference { party, protocol_slug, reference }).await
}

/// Newest version first; one round trip.
pub async fn of<C: ConnectionTrait>(conn: &C, target: Target<'_>) -> Result<Vec<VersionConsent>, DbErr> {
    let rows = conn.query_all_raw(statement(conn.get_database_backend(), target)).await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        out.push(version_consent(&row)?);
    }
    Ok(out)
}

/// The statement for `target`. The API's status read asks it by reference on every call, so
/// that form's text is built once per backend (a test checks it is what sea-query builds);
/// only its values change.
fn statement(backend: DbBackend, target: Target<'_>) -> Statement {
    static BY_REFERENCE: OnceLock<[String; 2]> = OnceLock::new();
    match target {
        Target::Reference { party, protocol_slug, reference } => {
            let texts = BY_REFERENCE.get_or_init(|| {
                let blank = Target::Reference { party: PartyId(0), protocol_slug: "", reference: "" };
                [DbBackend::Sqlite, DbBackend::Postgres].map(|b| b.build(&query(b, blank)).sql)
            });
            let sql = if backend == DbBackend::Postgres { &texts[1] } else { &texts[0] };
            // In the order sea-query writes them: the reference (join), the newest-event
            // subquery's `LIMIT`, the slug and party (where), the draft status.
            let values: Vec<Value> = vec![
                reference.into(),
                1u64.into(),
                protocol_slug.into(),
                party.0.into(),
                VersionStatus::Draft.as_str().into(),
            ];
            Statement::from_sql_and_values(backend, sql.clone(), values)
        }
        Target::Persons { .. } => backend.build(&query(backend, target)),
    }
}

fn query(backend: DbBackend, target: Target<'_>) -> SelectStatement {
    let (p, r, v, c, latest) = (Alias::new("p"), Alias::new("r"), Alias::new("v"), Alias::new("c"), Alias::new("l"));
    let pe = Alias::new("pe");
    let col = |t: &Alias, c: &str| Expr::col((t.clone(), Alias::new(c)));
    let person = match target {
        Target::Reference { .. } => col(&r, "person_id"),
        Target::Persons { .. } => col(&r, "id"),
    };
    // The person's newest event under the version. PostgreSQL joins it LATERAL: as a subquery
    // in the join condition (`c.id = (…)`) its planner hashes every consent event on each read.
    // SQLite has no LATERAL and looks the event up by its id, which is what it should do.
    let lateral = backend == DbBackend::Postgres;
    let mut newest = Query::select();
    if lateral {
        for column in ["id", "public_id", "action", "contact_after", "trajectory_after", "onward_after", "occurred_at"]
        {
            newest.column((latest.clone(), Alias::new(column)));
        }
    } else {
        newest.column((latest.clone(), consent_event::Column::Id));
    }
    let newest = newest
        .from_as(consent_event::Entity, latest.clone())
        .and_where(col(&latest, "person_id").eq(person.clone()))
        .and_where(
            Expr::col((latest.clone(), consent_event::Column::ProtocolVersionId))
                .equals((v.clone(), protocol_version::Column::Id)),
        )
        .order_by((latest.clone(), consent_event::Column::OccurredAt), Order::Desc)
        .order_by((latest.clone(), consent_event::Column::Id), Order::Desc)
        .limit(1)
        .to_owned();
    let mut query = Query::select();
    query
        .expr_as(col(&v, "protocol_id"), Alias::new("protocol_id"))
        .expr_as(person, Alias::new("person_id"))
        .expr_as(col(&v, "id"), Alias::new("version_id"))
        .expr_as(col(&v, "version_no"), Alias::new("version_no"))
        .expr_as(col(&v, "status"), Alias::new("status"))
        .expr_as(col(&v, "valid_from"), Alias::new("valid_from"))
        .expr_as(col(&v, "valid_until"), Alias::new("valid_until"))
        .expr_as(col(&v, "terminated_effective_on"), Alias::new("terminated_effective_on"))
        .expr_as(col(&c, "id"), Alias::new("consent_id"))
        .expr_as(col(&c, "public_id"), Alias::new("consent_public_id"))
        .expr_as(col(&c, "action"), Alias::new("action"))
        .expr_as(col(&c, "contact_after"), Alias::new("contact_after"))
        .expr_as(col(&c, "trajectory_after"), Alias::new("trajectory_after"))
        .expr_as(col(&c, "onward_after"), Alias::new("onward_after"))
        .expr_as(col(&c, "occurred_at"), Alias::new("occurred_at"));
    let someone = match target {
        Target::Reference { .. } => &pe,
        Target::Persons { .. } => &r,
    };
    query.expr_as(col(someone, "relationship_ended_on"), Alias::new("ended_on"));
    match target {
        Target::Reference { party, protocol_slug, reference } => {
            query
                .from_as(protocol::Entity, p.clone())
                .join_as(
                    JoinType::InnerJoin,
                    party_person_ref::Entity,
                    r.clone(),
                    col(&r, "party_id")
                        .equals((p.clone(), protocol::Column::RecipientPartyId))
                        .and(col(&r, "ref").eq(reference)),
                )
                .join_as(
                    JoinType::InnerJoin,
                    protocol_version::Entity,
                    v.clone(),
                    col(&v, "protocol_id").equals((p.clone(), protocol::Column::Id)),
                )
                .join_as(
                    JoinType::InnerJoin,
                    person::Entity,
                    pe.clone(),
                    col(&pe, "id").equals((r.clone(), party_person_ref::Column::PersonId)),
                )
                .and_where(col(&p, "slug").eq(protocol_slug))
                .and_where(col(&p, "recipient_party_id").eq(party.0));
        }
        Target::Persons { protocol_ids, person_ids } => {
            query
                .from_as(protocol_version::Entity, v.clone())
                .join_as(JoinType::InnerJoin, person::Entity, r.clone(), col(&r, "id").is_in(id_list(person_ids)))
                .and_where(col(&v, "protocol_id").is_in(id_list(protocol_ids)));
        }
    }
    if lateral {
        query.join_lateral(JoinType::LeftJoin, newest, c.clone(), Expr::cust("TRUE"));
    } else {
        query.join_as(
            JoinType::LeftJoin,
            consent_event::Entity,
            c.clone(),
            col(&c, "id").eq(Expr::SubQuery(None, Box::new(newest.into()))),
        );
    }
    query
        .and_where(col(&v, "status").ne(VersionStatus::Draft.as_str()))
        .order_by((v.clone(), protocol_version::Column::VersionNo), Order::Desc);
    query
}

/// The scopes a consent event left in force, from a row that selected its `*_after` columns.
pub(crate) fn scopes_after(row: &QueryResult) -> Result<ConsentScopes, DbErr> {
    Ok(ConsentScopes {
        contact: row.try_get("", "contact_after")?,
        trajectory: row.try_get("", "trajectory_after")?,
        onward: row.try_get("", "onward_after")?,
    })
}

fn version_consent(row: &QueryResult) -> Result<VersionConsent, DbErr> {
    let consent = match row.try_get::<Option<i32>>("", "consent_id")? {
        Some(id) => Some(LatestConsent {
            id,
            public_id: row.try_get("", "consent_public_id")?,
            action: row.try_get("", "action")?,
            scopes: scopes_after(row)?,
            occurred_at: row.try_get("", "occurred_at")?,
        }),
        None => None,
    };
    let status: String = row.try_get("", "status")?;
    Ok(VersionConsent {
        protocol_id: row.try_get("", "protocol_id")?,
        person_id: PersonId(row.try_get("", "person_id")?),
        version_id: row.try_get("", "version_id")?,
        version_no: row.try_get("", "version_no")?,
        validity: Validity {
            // A status that does not parse counts as a draft: it never lets data flow.
            status: VersionStatus::parse(&status).unwrap_or(VersionStatus::Draft),
            valid_from: row.try_get::<NaiveDate>("", "valid_from")?,
            valid_until: row.try_get::<Option<NaiveDate>>("", "valid_until")?,
            terminated_effective_on: row.try_get::<Option<NaiveDate>>("", "terminated_effective_on")?,
        },
        consent,
        ended_on: row.try_get::<Option<NaiveDate>>("", "ended_on")?,
    })
}

/// Of `versions` (newest first): the one in force `today`, or why none is
/// (`domain::protocol::in_force`).
pub fn in_force_on(
    versions: &[VersionConsent],
    today: NaiveDate,
) -> Result<&VersionConsent, crate::domain::protocol::EffectiveState> {
    crate::domain::protocol::in_force(versions, today, |v| v.validity)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_reads_statement_built_once_is_the_one_sea_query_builds() {
        for backend in [DbBackend::Sqlite, DbBackend::Postgres] {
            for (party, slug, reference) in [(7, "agii-sint-pieters-leeuw", "0f1e2d"), (12, "x", "")] {
                let target = Target::Reference { party: PartyId(party), protocol_slug: slug, reference };
                assert_eq!(statement(backend, target), backend.build(&query(backend, target)), "{backend:?}");
            }
        }
    }
}
