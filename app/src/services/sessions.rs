//! Server-side sessions: an opaque 256-bit token in an `HttpOnly` cookie, its hash in the
//! database; idle timeout 30 minutes, absolute lifetime 12 hours; ending one is immediate.

use super::{ServiceError, WriteTx, audit, now, secrets};
use crate::domain::authz::Principal;
use crate::domain::roles::Role;
use crate::store::{Db, person, session, staff};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use serde::{Deserialize, Serialize};

pub const COOKIE: &str = "portal_session";
pub const IDLE_MINUTES: i64 = 30;
pub const ABSOLUTE_HOURS: i64 = 12;

/// Whose account: a person's or a staff member's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Account {
    Person(i32),
    Staff(i32),
}

impl Account {
    pub fn ids(self) -> (Option<i32>, Option<i32>) {
        match self {
            Account::Person(id) => (Some(id), None),
            Account::Staff(id) => (None, Some(id)),
        }
    }
}

pub fn account_of(p: &Principal) -> Option<Account> {
    match p {
        Principal::Person { person_id, .. } => Some(Account::Person(*person_id)),
        Principal::Staff { staff_id, .. } => Some(Account::Staff(*staff_id)),
        Principal::ApiClient { .. } => None,
    }
}

/// Starts a session inside the caller's transaction; returns it with its clear token.
pub async fn create(
    tx: &WriteTx<'_>,
    account: Account,
    user_agent: Option<String>,
    audit_actor: &str,
) -> Result<(session::Model, String), ServiceError> {
    let token = secrets::new_secret();
    let at = now();
    let (person_id, staff_id) = account.ids();
    let m = session::ActiveModel {
        token_hash: Set(secrets::hash(&token)),
        person_id: Set(person_id),
        staff_id: Set(staff_id),
        created_at: Set(at),
        last_seen_at: Set(at),
        expires_at: Set(at + Duration::hours(ABSOLUTE_HOURS)),
        user_agent: Set(user_agent.map(|ua| ua.chars().take(300).collect())),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    audit::record(tx, audit_actor, "session.start", format!("session:{}", m.id), &m.token_hash).await?;
    Ok((m, token))
}

/// Why a token no longer opens a session (for the "you were signed out" message).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expired {
    Idle,
    Absolute,
    Ended,
}

pub fn check(s: &session::Model, at: DateTime<Utc>) -> Result<(), Expired> {
    if s.ended_at.is_some() {
        Err(Expired::Ended)
    } else if at >= s.expires_at {
        Err(Expired::Absolute)
    } else if at - s.last_seen_at >= Duration::minutes(IDLE_MINUTES) {
        Err(Expired::Idle)
    } else {
        Ok(())
    }
}

/// The principal behind a session token, if the session is alive; marks it as seen.
pub async fn resolve(db: &Db, token: &str) -> Result<Option<Principal>, ServiceError> {
    let Some(s) =
        session::Entity::find().filter(session::Column::TokenHash.eq(secrets::hash(token))).one(&db.conn).await?
    else {
        return Ok(None);
    };
    let at = now();
    if check(&s, at).is_err() {
        return Ok(None);
    }
    let principal = match (s.person_id, s.staff_id) {
        (Some(pid), _) => person::Entity::find_by_id(pid).one(&db.conn).await?.map(|p| Principal::Person {
            person_id: p.id,
            contact_language: crate::domain::locale::Locale::parse(&p.contact_language).unwrap_or_default(),
            public_id: p.public_id,
            session_id: s.id,
        }),
        (_, Some(sid)) => {
            staff::Entity::find_by_id(sid).one(&db.conn).await?.filter(|m| m.disabled_at.is_none()).and_then(|m| {
                Some(Principal::Staff {
                    staff_id: m.id,
                    public_id: m.public_id,
                    party_id: m.party_id,
                    role: Role::parse(&m.role).ok()?,
                    function_profile_id: m.function_profile_id,
                    session_id: s.id,
                })
            })
        }
        _ => None,
    };
    // Seen now: the idle clock restarts. Written at most twice a minute: a page view need not
    // be a database write, and 30 seconds do not matter against a 30-minute idle limit.
    // Not audited: it changes no record of substance.
    if principal.is_some() && at - s.last_seen_at >= chrono::Duration::seconds(30) {
        session::Entity::update_many()
            .col_expr(session::Column::LastSeenAt, Expr::value(at))
            .filter(session::Column::Id.eq(s.id))
            .exec(&db.conn)
            .await?;
    }
    Ok(principal)
}

/// Ends one session of `account` (no-op if it is not theirs or already ended).
pub async fn end(db: &Db, account: Account, session_id: i32, audit_actor: &str) -> Result<bool, ServiceError> {
    let tx = WriteTx::begin(db).await?;
    let (person_id, staff_id) = account.ids();
    let mut q = session::Entity::update_many()
        .col_expr(session::Column::EndedAt, Expr::value(now()))
        .filter(session::Column::Id.eq(session_id))
        .filter(session::Column::EndedAt.is_null());
    q = match (person_id, staff_id) {
        (Some(p), _) => q.filter(session::Column::PersonId.eq(p)),
        (_, Some(s)) => q.filter(session::Column::StaffId.eq(s)),
        _ => return Ok(false),
    };
    let ended = q.exec(&tx.tx).await?.rows_affected == 1;
    if ended {
        audit::record(&tx, audit_actor, "session.end", format!("session:{session_id}"), "").await?;
    }
    tx.commit().await?;
    Ok(ended)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    pub id: i32,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    pub user_agent: Option<String>,
    pub current: bool,
}

/// The account's live sessions, newest first.
pub async fn list(db: &Db, account: Account, current: i32) -> Result<Vec<SessionInfo>, ServiceError> {
    let (person_id, staff_id) = account.ids();
    let q = session::Entity::find().filter(session::Column::EndedAt.is_null());
    let q = match (person_id, staff_id) {
        (Some(p), _) => q.filter(session::Column::PersonId.eq(p)),
        (_, Some(s)) => q.filter(session::Column::StaffId.eq(s)),
        _ => return Ok(vec![]),
    };
    let at = now();
    Ok(q.order_by_desc(session::Column::CreatedAt)
        .all(&db.conn)
        .await?
        .into_iter()
        .filter(|s| check(s, at).is_ok())
        .map(|s| SessionInfo {
            id: s.id,
            created_at: s.created_at,
            last_seen_at: s.last_seen_at,
            user_agent: s.user_agent,
            current: s.id == current,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session_at(created: DateTime<Utc>, seen: DateTime<Utc>) -> session::Model {
        session::Model {
            id: 1,
            token_hash: String::new(),
            person_id: Some(1),
            staff_id: None,
            created_at: created,
            last_seen_at: seen,
            expires_at: created + Duration::hours(ABSOLUTE_HOURS),
            ended_at: None,
            user_agent: None,
        }
    }

    #[test]
    fn idle_and_absolute_limits() {
        let t0: DateTime<Utc> = "2026-01-01T08:00:00Z".parse().unwrap();
        let s = session_at(t0, t0);
        assert_eq!(check(&s, t0 + Duration::minutes(29)), Ok(()));
        assert_eq!(check(&s, t0 + Duration::minutes(30)), Err(Expired::Idle));
        let busy = session_at(t0, t0 + Duration::hours(11) + Duration::minutes(59));
        assert_eq!(check(&busy, t0 + Duration::hours(12) - Duration::seconds(1)), Ok(()));
        assert_eq!(check(&busy, t0 + Duration::hours(12)), Err(Expired::Absolute));
        let ended = session::Model { ended_at: Some(t0), ..s };
        assert_eq!(check(&ended, t0), Err(Expired::Ended));
    }
}
