//! Invitations (DESIGN "Enrolment by invitation"): a single-use secret (≥128 bits) shown as
//! link, QR code and short code, valid 14 days. The clear secret is returned once. A new
//! invitation for a person revokes their older open ones (review I7). Who may see the secret of
//! a person's invitation is `recovery`'s to decide (review M3).

use super::revoked;
use crate::domain::ids::{PartyId, PersonId, ProfileId, StaffId};
use crate::domain::invitation::{InvitationStatus, expires_at};
use crate::domain::notification::Notice;
use crate::domain::outbox::RecoveryVia;
use crate::domain::roles::{PartyKind, Role};
use crate::services::crypto::secrets;
use crate::services::{ServiceError, WriteTx, audit, notifications, registry};
use crate::store::{Db, invitation, party};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

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
    Person { person_id: PersonId },
    Staff { party_id: PartyId, role: Role, function_profile_id: Option<ProfileId> },
}

/// Issues an invitation inside the caller's transaction.
pub async fn issue_invitation(
    tx: &WriteTx<'_>,
    actor: &str,
    created_by_staff_id: Option<StaffId>,
    invitee: Invitee,
) -> Result<IssuedInvitation, ServiceError> {
    let secret = secrets::new_secret();
    let short_code = secrets::new_short_code();
    let created_at = tx.now;
    let expires_at = expires_at(created_at);
    let (kind, person_id, party_id, role, profile) = match invitee {
        Invitee::Person { person_id } => {
            revoke_open_invitations_of(tx, actor, person_id).await?;
            ("person", Some(person_id.0), None, None, None)
        }
        Invitee::Staff { party_id, role, function_profile_id } => {
            check_staff_invitee(tx, party_id, role, function_profile_id).await?;
            let profile = function_profile_id.map(|p| p.0);
            ("staff", None, Some(party_id.0), Some(role.as_str().to_owned()), profile)
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
        created_by_staff_id: Set(created_by_staff_id.map(|s| s.0)),
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

/// A staff account of this role may exist at this party, with this function profile (or none).
pub async fn check_staff_invitee(
    tx: &WriteTx<'_>,
    party_id: PartyId,
    role: Role,
    function_profile_id: Option<ProfileId>,
) -> Result<(), ServiceError> {
    let party = party::Entity::find_by_id(party_id.0)
        .one(&tx.tx)
        .await?
        .ok_or(ServiceError::Invalid { field: "party_id", message_id: "admin-error-no-such-party" })?;
    if PartyKind::parse(&party.kind).ok() != Some(role.party_kind()) {
        return Err(ServiceError::Invalid { field: "role", message_id: "staff-error-role-not-for-party" });
    }
    registry::check_profile(tx, party_id.0, role, function_profile_id.map(|p| p.0)).await
}

/// Revokes the person's open invitations (each with its audit entry) and cancels their
/// undelivered outbox rows: only the newest invitation works.
async fn revoke_open_invitations_of(tx: &WriteTx<'_>, actor: &str, person_id: PersonId) -> Result<(), ServiceError> {
    let open = invitation::Entity::find()
        .filter(invitation::Column::PersonId.eq(person_id.0))
        .filter(invitation::Column::RedeemedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(tx.now))
        .all(&tx.tx)
        .await?;
    let ids: Vec<i32> = open.iter().map(|i| i.id).collect();
    if ids.is_empty() {
        return Ok(());
    }
    invitation::Entity::update_many()
        .col_expr(invitation::Column::RevokedAt, Expr::value(tx.now))
        .filter(invitation::Column::Id.is_in(ids.iter().copied()))
        .exec(&tx.tx)
        .await?;
    for id in &ids {
        audit::record(tx, actor, "invitation.revoke", format!("invitation:{id}"), "superseded").await?;
    }
    notifications::outbox::cancel_for_invitations(tx, &ids).await?;
    Ok(())
}

/// Issues an invitation in its own transaction (CLI and admin UI).
pub async fn invite(
    db: &Db,
    actor: &str,
    created_by_staff_id: Option<StaffId>,
    invitee: Invitee,
    now: DateTime<Utc>,
) -> Result<IssuedInvitation, ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let issued = issue_invitation(&tx, actor, created_by_staff_id, invitee).await?;
    tx.commit().await?;
    Ok(issued)
}

/// Invites the person with this dossier reference from the operator's CLI on the server (the
/// bootstrap path; the admin desk goes through `recovery::invite_person`). A recovery (the
/// person has a passkey) is still told to the person, in the app and on every channel.
pub async fn invite_person(
    db: &Db,
    actor: &str,
    dossier_ref: &str,
    now: DateTime<Utc>,
) -> Result<IssuedInvitation, ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let person = super::recovery::person_by_dossier(&tx, dossier_ref).await?;
    let person_id = PersonId(person.id);
    let issued = issue_invitation(&tx, actor, None, Invitee::Person { person_id }).await?;
    if super::recovery::has_account(&tx, person_id).await? {
        let notice = |_| Notice::RecoveryIssued { via: RecoveryVia::InPerson };
        notifications::outbox::notify_everywhere(&tx, person_id, notice, None).await?;
    }
    tx.commit().await?;
    Ok(issued)
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
    now: DateTime<Utc>,
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
    if InvitationStatus::of(inv.redeemed_at, inv.revoked_at, inv.expires_at, now) != InvitationStatus::Open {
        return Err(ServiceError::Refused("invitation-error-unusable"));
    }
    Ok(inv)
}

/// Revokes an unredeemed invitation.
pub async fn revoke_invitation(
    db: &Db,
    actor: &str,
    invitation_id: i32,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let res = invitation::Entity::update_many()
        .col_expr(invitation::Column::RevokedAt, Expr::value(tx.now))
        .filter(invitation::Column::Id.eq(invitation_id))
        .filter(invitation::Column::RedeemedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .exec(&tx.tx)
        .await?;
    notifications::outbox::cancel_for_invitations(&tx, &[invitation_id]).await?;
    revoked(tx, res.rows_affected, actor, "invitation.revoke", format!("invitation:{invitation_id}")).await
}
