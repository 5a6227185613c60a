//! Invitations (enrolment links) and API client tokens. Clear secrets are returned once.

use super::audit;
use super::secrets;
use super::{ServiceError, WriteTx, now};
use crate::domain::roles::{PartyKind, Role};
use crate::store::Db;
use crate::store::{api_client, invitation, party};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

/// Invitations are valid for 14 days.
pub const INVITATION_VALIDITY_DAYS: i64 = 14;

/// What to show the invitee, once: the link secret and the short code.
#[derive(Debug, Clone)]
pub struct IssuedInvitation {
    pub id: i32,
    pub secret: String,
    pub short_code: String,
    pub expires_at: DateTime<Utc>,
}

impl IssuedInvitation {
    pub fn url(&self, public_url: &str) -> String {
        format!("{public_url}/invite/{}", self.secret)
    }
}

pub enum Invitee {
    Person { person_id: i32 },
    Staff { party_id: i32, role: Role, function_profile_id: Option<i32> },
}

pub async fn issue_invitation(
    tx: &WriteTx<'_>,
    actor: &str,
    created_by_staff_id: Option<i32>,
    invitee: Invitee,
) -> Result<IssuedInvitation, ServiceError> {
    let secret = secrets::new_secret();
    let short_code = secrets::new_short_code();
    let created_at = now();
    let expires_at = created_at + Duration::days(INVITATION_VALIDITY_DAYS);
    let (kind, person_id, party_id, role, profile) = match invitee {
        Invitee::Person { person_id } => ("person", Some(person_id), None, None, None),
        Invitee::Staff { party_id, role, function_profile_id } => {
            let party = party::Entity::find_by_id(party_id).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
            if PartyKind::parse(&party.kind).ok() != Some(role.party_kind()) {
                return Err(ServiceError::Invalid { field: "role", message_id: "staff-error-role-not-for-party" });
            }
            super::registry::check_profile(tx, party_id, role, function_profile_id).await?;
            ("staff", None, Some(party_id), Some(role.as_str().to_owned()), function_profile_id)
        }
    };
    let m = invitation::ActiveModel {
        secret_hash: Set(secrets::hash(&secret)),
        short_code_hash: Set(secrets::hash_short_code(&short_code)),
        kind: Set(kind.into()),
        person_id: Set(person_id),
        party_id: Set(party_id),
        role: Set(role),
        function_profile_id: Set(profile),
        created_by_staff_id: Set(created_by_staff_id),
        created_at: Set(created_at),
        expires_at: Set(expires_at),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    let payload = format!("{kind}|{person_id:?}|{party_id:?}|{}", m.secret_hash);
    audit::record(tx, actor, "invitation.issue", format!("invitation:{}", m.id), &payload).await?;
    Ok(IssuedInvitation { id: m.id, secret, short_code, expires_at })
}

/// Issues an invitation in its own transaction (CLI and admin UI).
pub async fn invite(
    db: &Db,
    actor: &str,
    created_by_staff_id: Option<i32>,
    invitee: Invitee,
) -> Result<IssuedInvitation, ServiceError> {
    let tx = WriteTx::begin(db).await?;
    let issued = issue_invitation(&tx, actor, created_by_staff_id, invitee).await?;
    tx.commit().await?;
    Ok(issued)
}

/// Invites the person with this dossier reference (agency admin UI and CLI).
pub async fn invite_person(
    db: &Db,
    actor: &str,
    created_by_staff_id: Option<i32>,
    dossier_ref: &str,
) -> Result<IssuedInvitation, ServiceError> {
    let person = super::registry::person_by_dossier(&db.conn, dossier_ref)
        .await?
        .ok_or(ServiceError::Invalid { field: "dossier_ref", message_id: "admin-error-no-such-person" })?;
    invite(db, actor, created_by_staff_id, Invitee::Person { person_id: person.id }).await
}

/// An API client for a function profile: it acts for the profile's own party.
pub async fn create_client_for_profile(
    db: &Db,
    actor: &str,
    function_profile_id: i32,
    name: &str,
    expires_at: Option<DateTime<Utc>>,
) -> Result<(api_client::Model, String), ServiceError> {
    let profile = crate::store::function_profile::Entity::find_by_id(function_profile_id)
        .one(&db.conn)
        .await?
        .ok_or(ServiceError::Invalid { field: "function_profile", message_id: "staff-error-profile-not-of-party" })?;
    create_client(db, actor, profile.party_id, profile.id, name, expires_at).await
}

/// Creates an API client in its own transaction; returns the clear token, to show once.
pub async fn create_client(
    db: &Db,
    actor: &str,
    party_id: i32,
    function_profile_id: i32,
    name: &str,
    expires_at: Option<DateTime<Utc>>,
) -> Result<(api_client::Model, String), ServiceError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 120 {
        return Err(ServiceError::Invalid { field: "name", message_id: "admin-error-client-name" });
    }
    let tx = WriteTx::begin(db).await?;
    let profile = crate::store::function_profile::Entity::find_by_id(function_profile_id).one(&tx.tx).await?;
    if profile.is_none_or(|p| p.party_id != party_id || !p.active) {
        return Err(ServiceError::Invalid {
            field: "function_profile",
            message_id: "staff-error-profile-not-of-party",
        });
    }
    let created = create_api_client(&tx, actor, party_id, function_profile_id, name, expires_at).await?;
    tx.commit().await?;
    Ok(created)
}

/// The invitation link as a QR code (SVG, drawn on the server).
pub fn qr_svg(url: &str) -> Option<String> {
    let code = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M).ok()?;
    Some(code.render::<qrcode::render::svg::Color<'_>>().min_dimensions(200, 200).quiet_zone(true).build())
}

/// How an invitation is presented: the link's secret or the short code typed by hand.
#[derive(Debug, Clone)]
pub enum InvitationKey {
    Secret(String),
    ShortCode(String),
}

/// The invitation behind a secret or code if it can still be redeemed. Unknown, used,
/// revoked and expired invitations all get the same answer: nothing to learn by guessing.
pub async fn usable_invitation<C: ConnectionTrait>(
    conn: &C,
    key: &InvitationKey,
) -> Result<invitation::Model, ServiceError> {
    let q = match key {
        InvitationKey::Secret(s) => {
            invitation::Entity::find().filter(invitation::Column::SecretHash.eq(secrets::hash(s)))
        }
        InvitationKey::ShortCode(c) => {
            invitation::Entity::find().filter(invitation::Column::ShortCodeHash.eq(secrets::hash_short_code(c)))
        }
    };
    let inv = q.one(conn).await?.ok_or(ServiceError::Refused("invitation-error-unusable"))?;
    if inv.redeemed_at.is_some() || inv.revoked_at.is_some() || now() >= inv.expires_at {
        return Err(ServiceError::Refused("invitation-error-unusable"));
    }
    Ok(inv)
}

/// Revokes an unredeemed invitation.
pub async fn revoke_invitation(db: &Db, actor: &str, invitation_id: i32) -> Result<(), ServiceError> {
    let tx = WriteTx::begin(db).await?;
    let res = invitation::Entity::update_many()
        .col_expr(invitation::Column::RevokedAt, Expr::value(now()))
        .filter(invitation::Column::Id.eq(invitation_id))
        .filter(invitation::Column::RedeemedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .exec(&tx.tx)
        .await?;
    if res.rows_affected != 1 {
        return Err(ServiceError::NotFound);
    }
    audit::record(&tx, actor, "invitation.revoke", format!("invitation:{invitation_id}"), "").await?;
    tx.commit().await?;
    Ok(())
}

/// Creates an API client for one party and function profile; returns it with its clear token.
pub async fn create_api_client(
    tx: &WriteTx<'_>,
    actor: &str,
    party_id: i32,
    function_profile_id: i32,
    name: &str,
    expires_at: Option<DateTime<Utc>>,
) -> Result<(api_client::Model, String), ServiceError> {
    let token = secrets::new_api_token();
    let m = api_client::ActiveModel {
        public_id: Set(uuid::Uuid::new_v4().to_string()),
        party_id: Set(party_id),
        function_profile_id: Set(function_profile_id),
        name: Set(name.into()),
        token_hash: Set(secrets::hash(&token)),
        created_at: Set(now()),
        expires_at: Set(expires_at),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    let payload = format!("{party_id}|{function_profile_id}|{}", m.token_hash);
    audit::record(tx, actor, "api_client.create", format!("api:{}", m.public_id), &payload).await?;
    Ok((m, token))
}

/// The API client behind a bearer token, if it is neither revoked nor expired.
pub async fn resolve_api_token(db: &Db, token: &str) -> Result<Option<crate::domain::authz::Principal>, ServiceError> {
    let Some(c) =
        api_client::Entity::find().filter(api_client::Column::TokenHash.eq(secrets::hash(token))).one(&db.conn).await?
    else {
        return Ok(None);
    };
    if c.revoked_at.is_some() || c.expires_at.is_some_and(|e| now() >= e) {
        return Ok(None);
    }
    Ok(Some(crate::domain::authz::Principal::ApiClient {
        client_id: c.id,
        public_id: c.public_id,
        party_id: c.party_id,
        function_profile_id: c.function_profile_id,
    }))
}

/// Revokes an API client at once.
pub async fn revoke_api_client(db: &Db, actor: &str, public_id: &str) -> Result<(), ServiceError> {
    let tx = WriteTx::begin(db).await?;
    let res = api_client::Entity::update_many()
        .col_expr(api_client::Column::RevokedAt, Expr::value(now()))
        .filter(api_client::Column::PublicId.eq(public_id))
        .filter(api_client::Column::RevokedAt.is_null())
        .exec(&tx.tx)
        .await?;
    if res.rows_affected != 1 {
        return Err(ServiceError::NotFound);
    }
    audit::record(&tx, actor, "api_client.revoke", format!("api:{public_id}"), "").await?;
    tx.commit().await?;
    Ok(())
}
