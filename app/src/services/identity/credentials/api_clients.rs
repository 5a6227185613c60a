//! API clients (DESIGN "API clients"): a random token shown once, stored hashed, bound to one
//! party and function profile — or, for the agency's client-tracking system, to the agency
//! party and no profile — expirable, revocable at once.

use super::revoked;
use crate::domain::authz::Principal;
use crate::domain::ids::{ApiClientId, PartyId, ProfileId};
use crate::domain::roles::PartyKind;
use crate::services::crypto::secrets;
use crate::services::{ServiceError, WriteTx, audit};
use crate::store::{Db, api_client, function_profile, party};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

/// Creates an API client in its own transaction; returns the clear token, to show once.
pub async fn create_client(
    db: &Db,
    actor: &str,
    party_id: PartyId,
    function_profile_id: ProfileId,
    name: &str,
    expires_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<(api_client::Model, String), ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let (profile_party, name) = check_client(&tx, function_profile_id, name).await?;
    if profile_party != party_id {
        return Err(ServiceError::Invalid {
            field: "function_profile",
            message_id: "staff-error-profile-not-of-party",
        });
    }
    let created = create_api_client(&tx, actor, party_id, Some(function_profile_id), &name, expires_at).await?;
    tx.commit().await?;
    Ok(created)
}

/// Creates the API client of the agency's client-tracking system (decree art. 20 §1): a
/// client of the agency party with no function profile (`Principal::AgencySystem`). A
/// municipality's client always reads with a profile: for any other party it is refused.
pub async fn create_agency_system_client(
    db: &Db,
    actor: &str,
    party_id: PartyId,
    name: &str,
    expires_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<(api_client::Model, String), ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let name = client_name(name)?;
    let party = party::Entity::find_by_id(party_id.0).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
    if PartyKind::parse(&party.kind) != Ok(PartyKind::Agency) {
        return Err(ServiceError::Invalid {
            field: "function_profile",
            message_id: "admin-error-client-needs-profile",
        });
    }
    let created = create_api_client(&tx, actor, party_id, None, &name, expires_at).await?;
    tx.commit().await?;
    Ok(created)
}

fn client_name(name: &str) -> Result<String, ServiceError> {
    Ok(crate::domain::text::Name::parse(name, 120, "admin-error-client-name", "admin-error-client-name")
        .map_err(ServiceError::invalid("name"))?
        .into_inner())
}

/// An API client may be made for this function profile (active) with this name; returns the
/// profile's party (the client acts for it) and the name trimmed.
pub async fn check_client(
    tx: &WriteTx<'_>,
    function_profile_id: ProfileId,
    name: &str,
) -> Result<(PartyId, String), ServiceError> {
    let name = client_name(name)?;
    let profile = function_profile::Entity::find_by_id(function_profile_id.0).one(&tx.tx).await?;
    match profile {
        Some(p) if p.active => Ok((PartyId(p.party_id), name)),
        _ => Err(ServiceError::Invalid { field: "function_profile", message_id: "staff-error-profile-not-of-party" }),
    }
}

/// Creates an API client for one party and function profile (`None`: the agency's system, which
/// the caller has checked) inside the caller's transaction; returns it with its clear token.
pub async fn create_api_client(
    tx: &WriteTx<'_>,
    actor: &str,
    party_id: PartyId,
    function_profile_id: Option<ProfileId>,
    name: &str,
    expires_at: Option<DateTime<Utc>>,
) -> Result<(api_client::Model, String), ServiceError> {
    let token = secrets::new_api_token();
    let m = api_client::ActiveModel {
        public_id: Set(uuid::Uuid::new_v4().to_string()),
        party_id: Set(party_id.0),
        function_profile_id: Set(function_profile_id.map(|p| p.0)),
        name: Set(name.into()),
        token_hash: Set(secrets::hash(&token)),
        created_at: Set(tx.now),
        expires_at: Set(expires_at),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    let profile = function_profile_id.map(|p| p.to_string()).unwrap_or_default();
    let payload = format!("{party_id}|{profile}|{}", m.token_hash);
    audit::record(tx, actor, "api_client.create", format!("api:{}", m.public_id), &payload).await?;
    Ok((m, token))
}

/// The API client behind a bearer token, if it is neither revoked nor expired.
pub async fn resolve_api_token(
    db: &Db,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Result<Principal, TokenRefusal>, ServiceError> {
    let token_hash = secrets::hash(token);
    let c = match db.tokens.get(&token_hash) {
        Some(c) => c,
        None => {
            let found =
                api_client::Entity::find().filter(api_client::Column::TokenHash.eq(&token_hash)).one(&db.conn).await?;
            let Some(c) = found else { return Ok(Err(TokenRefusal::Unknown)) };
            db.tokens.keep(&c);
            c
        }
    };
    if c.revoked_at.is_some() {
        return Ok(Err(TokenRefusal::Revoked));
    }
    if c.expires_at.is_some_and(|e| now >= e) {
        return Ok(Err(TokenRefusal::Expired));
    }
    Ok(Ok(match c.function_profile_id {
        Some(profile) => Principal::ApiClient {
            client_id: ApiClientId(c.id),
            public_id: c.public_id,
            party_id: PartyId(c.party_id),
            function_profile_id: ProfileId(profile),
        },
        // Only the agency's system is made without a profile (`create_agency_system_client`).
        None => Principal::AgencySystem {
            client_id: ApiClientId(c.id),
            public_id: c.public_id,
            party_id: PartyId(c.party_id),
        },
    }))
}

/// Why a bearer token opens nothing. Said to the client (401): the token is its own, and
/// knowing that it was revoked or ran out tells it what to ask the agency for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenRefusal {
    Unknown,
    Revoked,
    Expired,
}

impl TokenRefusal {
    pub fn message_id(self) -> &'static str {
        match self {
            TokenRefusal::Unknown => "error-token-unknown",
            TokenRefusal::Revoked => "error-token-revoked",
            TokenRefusal::Expired => "error-token-expired",
        }
    }
}

/// Revokes an API client at once.
pub async fn revoke_api_client(db: &Db, actor: &str, public_id: &str, now: DateTime<Utc>) -> Result<(), ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let res = api_client::Entity::update_many()
        .col_expr(api_client::Column::RevokedAt, Expr::value(tx.now))
        .filter(api_client::Column::PublicId.eq(public_id))
        .filter(api_client::Column::RevokedAt.is_null())
        .exec(&tx.tx)
        .await?;
    revoked(tx, res.rows_affected, actor, "api_client.revoke", format!("api:{public_id}")).await?;
    // After the commit: a token read again from now on finds the revocation.
    db.tokens.forget(public_id);
    Ok(())
}
