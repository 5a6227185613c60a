//! Server-side sessions: an opaque 256-bit token in an `HttpOnly` cookie, its hash in the
//! database; idle timeout 30 minutes, absolute lifetime 12 hours; ending one is immediate.

use crate::domain::authz::Principal;
use crate::domain::ids::{PartyId, PersonId, ProfileId, SessionId, StaffId};
use crate::domain::roles::Role;
use crate::domain::session::{SessionTimes, absolute_end, check, worth_recording_seen};
use crate::services::crypto::secrets;
use crate::services::{ServiceError, WriteTx, audit};
use crate::store::{Db, person, session, staff};
use crate::views::account::SessionRow;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use serde::{Deserialize, Serialize};

pub use crate::domain::session::{ABSOLUTE_HOURS, IDLE_MINUTES};

pub const COOKIE: &str = "__Host-portal_session";

/// Whose account: a person's or a staff member's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Account {
    Person(PersonId),
    Staff(StaffId),
}

impl Account {
    /// The row ids as stored (`person_id`, `staff_id` columns).
    pub fn ids(self) -> (Option<i32>, Option<i32>) {
        match self {
            Account::Person(id) => (Some(id.0), None),
            Account::Staff(id) => (None, Some(id.0)),
        }
    }
}

pub fn account_of(p: &Principal) -> Option<Account> {
    match p {
        Principal::Person { person_id, .. } => Some(Account::Person(*person_id)),
        Principal::Staff { staff_id, .. } => Some(Account::Staff(*staff_id)),
        Principal::ApiClient { .. } | Principal::AgencySystem { .. } => None,
    }
}

/// Starts a session inside the caller's transaction, opened with `passkey_id` (its holder
/// proved who they are just now); returns it with its clear token.
pub async fn create(
    tx: &WriteTx<'_>,
    account: Account,
    passkey_id: Option<i32>,
    user_agent: Option<String>,
    audit_actor: &str,
) -> Result<(session::Model, String), ServiceError> {
    let token = secrets::new_secret();
    let at = tx.now;
    let (person_id, staff_id) = account.ids();
    let m = session::ActiveModel {
        token_hash: Set(secrets::hash(&token)),
        person_id: Set(person_id),
        staff_id: Set(staff_id),
        created_at: Set(at),
        last_seen_at: Set(at),
        expires_at: Set(absolute_end(at)),
        user_agent: Set(user_agent.map(|ua| ua.chars().take(300).collect())),
        passkey_id: Set(passkey_id),
        verified_at: Set(passkey_id.map(|_| at)),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    audit::record(tx, audit_actor, "session.start", format!("session:{}", m.id), &m.token_hash).await?;
    Ok((m, token))
}

fn times(s: &session::Model) -> SessionTimes {
    SessionTimes { last_seen_at: s.last_seen_at, expires_at: s.expires_at, ended_at: s.ended_at }
}

/// The principal behind a session token, if the session is alive; marks it as seen.
pub async fn resolve(db: &Db, token: &str, now: DateTime<Utc>) -> Result<Option<Principal>, ServiceError> {
    let Some(s) =
        session::Entity::find().filter(session::Column::TokenHash.eq(secrets::hash(token))).one(&db.conn).await?
    else {
        return Ok(None);
    };
    let at = now;
    if check(times(&s), at).is_err() {
        return Ok(None);
    }
    let account = match (s.person_id, s.staff_id) {
        (Some(pid), _) => Account::Person(PersonId(pid)),
        (_, Some(sid)) => Account::Staff(StaffId(sid)),
        _ => return Ok(None),
    };
    let principal = principal_of(&db.conn, account, SessionId(s.id)).await?;
    // Seen now: the idle clock restarts (written at most twice a minute). Not audited: it
    // changes no record of substance.
    if principal.is_some() && worth_recording_seen(s.last_seen_at, at) {
        session::Entity::update_many()
            .col_expr(session::Column::LastSeenAt, Expr::value(at))
            .filter(session::Column::Id.eq(s.id))
            .exec(&db.conn)
            .await?;
    }
    Ok(principal)
}

/// Who an account is, for a session of it: `None` for a disabled staff member (or an account
/// that is gone). The one place a `Principal` is made from the database.
pub async fn principal_of<C: sea_orm::ConnectionTrait>(
    conn: &C,
    account: Account,
    session_id: SessionId,
) -> Result<Option<Principal>, ServiceError> {
    Ok(match account {
        Account::Person(id) => person::Entity::find_by_id(id.0).one(conn).await?.map(|p| Principal::Person {
            person_id: id,
            contact_language: crate::domain::locale::Locale::parse(&p.contact_language).unwrap_or_default(),
            public_id: p.public_id,
            session_id,
        }),
        Account::Staff(id) => {
            staff::Entity::find_by_id(id.0).one(conn).await?.filter(|m| m.disabled_at.is_none()).and_then(|m| {
                Some(Principal::Staff {
                    staff_id: id,
                    public_id: m.public_id,
                    party_id: PartyId(m.party_id),
                    role: Role::parse(&m.role).ok()?,
                    function_profile_id: m.function_profile_id.map(ProfileId),
                    session_id,
                })
            })
        }
    })
}

/// Ends one session of `account` (no-op if it is not theirs or already ended).
pub async fn end(
    db: &Db,
    account: Account,
    session_id: SessionId,
    audit_actor: &str,
    now: DateTime<Utc>,
) -> Result<bool, ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let (person_id, staff_id) = account.ids();
    let mut q = session::Entity::update_many()
        .col_expr(session::Column::EndedAt, Expr::value(tx.now))
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

/// The account's live sessions, newest first.
pub async fn list(
    db: &Db,
    account: Account,
    current: SessionId,
    now: DateTime<Utc>,
) -> Result<Vec<SessionRow>, ServiceError> {
    let (person_id, staff_id) = account.ids();
    let q = session::Entity::find().filter(session::Column::EndedAt.is_null());
    let q = match (person_id, staff_id) {
        (Some(p), _) => q.filter(session::Column::PersonId.eq(p)),
        (_, Some(s)) => q.filter(session::Column::StaffId.eq(s)),
        _ => return Ok(vec![]),
    };
    Ok(q.order_by_desc(session::Column::CreatedAt)
        .all(&db.conn)
        .await?
        .into_iter()
        .filter(|s| check(times(s), now).is_ok())
        .map(|s| SessionRow {
            id: s.id,
            created_at: s.created_at,
            last_seen_at: s.last_seen_at,
            user_agent: s.user_agent,
            current: s.id == current.0,
        })
        .collect())
}
