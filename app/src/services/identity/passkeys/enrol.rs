//! Enrolment by invitation: the invitation (link secret or typed short code) opens a passkey
//! registration; finishing it redeems the invitation once and signs the new account in. A
//! person invitation redeemed for an account that already has passkeys is a recovery (review
//! M3): the new passkey is told to the person on every channel on file, not only in the app
//! the redeemer now holds, and the person lands on their passkeys.

use super::ceremony::{store_ceremony, take_state};
use super::{
    RegistrationState, SignedIn, Tell, actor_of, insert_passkey, parse_passkey, passkeys_of, principal_for, refused,
    require_resident_key, to_json, valid_passkey_name,
};
use crate::domain::ids::{PersonId, SessionId, StaffId};
use crate::domain::roles::Role;
use crate::services::identity::credentials::{InvitationKey, usable_invitation};
use crate::services::identity::sessions::{self, Account};
use crate::services::{ServiceError, WriteTx, audit, registry};
use crate::store::{Db, invitation, party, person};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use webauthn_rs::prelude::*;

/// Step 1 of enrolment: the invitation (link secret or typed short code) opens a registration.
pub async fn start_enrolment(
    db: &Db,
    webauthn: &Webauthn,
    key: &InvitationKey,
    now: DateTime<Utc>,
) -> Result<(String, CreationChallengeResponse), ServiceError> {
    let inv = usable_invitation(&db.conn, key, now).await?;
    let (user, name, display, exclude) = match inv.person_id {
        Some(pid) => {
            let p = person::Entity::find_by_id(pid).one(&db.conn).await?.ok_or(ServiceError::NotFound)?;
            let existing = passkeys_of(&db.conn, Account::Person(PersonId(pid))).await?;
            let exclude = existing.iter().filter_map(|k| parse_passkey(k).ok()).map(|k| k.cred_id().clone()).collect();
            let user = Uuid::parse_str(&p.public_id).map_err(|_| ServiceError::NotFound)?;
            (user, p.dossier_ref.clone(), format!("{} {}", p.given_name, p.family_name), Some(exclude))
        }
        None => {
            let party = party::Entity::find_by_id(inv.party_id.unwrap_or_default()).one(&db.conn).await?;
            let party = party.ok_or(ServiceError::NotFound)?;
            let role = inv.role.clone().unwrap_or_default();
            (Uuid::new_v4(), format!("{role}@{}", party.slug), party.name, None)
        }
    };
    let (ccr, reg) = webauthn
        .start_passkey_registration(user, &name, &display, exclude)
        .map_err(|_| refused("passkey-error-failed"))?;
    let state = to_json(&RegistrationState { user, reg })?;
    let handle = store_ceremony(db, "registration", state, None, Some(inv.id), now).await?;
    Ok((handle, require_resident_key(ccr)))
}

/// What the browser sends to finish enrolling.
pub struct Enrolment<'a> {
    pub handle: &'a str,
    pub credential: &'a RegisterPublicKeyCredential,
    pub passkey_name: &'a str,
    /// Staff give the name others will see; persons are known by their dossier.
    pub display_name: Option<&'a str>,
    pub user_agent: Option<String>,
}

/// Step 2 of enrolment: verifies the new passkey, redeems the invitation (once), creates the
/// staff account if it is a staff invitation, and signs in — all in one transaction.
pub async fn finish_enrolment(
    db: &Db,
    webauthn: &Webauthn,
    enrolment: Enrolment<'_>,
    now: DateTime<Utc>,
) -> Result<SignedIn, ServiceError> {
    let Enrolment { handle, credential, passkey_name, display_name, user_agent } = enrolment;
    let passkey_name = valid_passkey_name(passkey_name)?;
    let tx = WriteTx::begin(db, now).await?;
    let (ceremony, state): (_, RegistrationState) = take_state(&tx, handle, "registration", None).await?;
    let inv_id = ceremony.invitation_id.ok_or(refused("passkey-error-ceremony-expired"))?;
    let inv = invitation::Entity::find_by_id(inv_id).one(&tx.tx).await?.ok_or(refused("invitation-error-unusable"))?;
    let key =
        webauthn.finish_passkey_registration(credential, &state.reg).map_err(|_| refused("passkey-error-failed"))?;
    let mut recovered = false;
    let account = match (inv.person_id, inv.party_id) {
        (Some(pid), _) => {
            recovered = !passkeys_of(&tx.tx, Account::Person(PersonId(pid))).await?.is_empty();
            Account::Person(PersonId(pid))
        }
        (None, Some(party_id)) => {
            let role = Role::parse(inv.role.as_deref().unwrap_or_default())
                .map_err(|_| refused("invitation-error-unusable"))?;
            let party = party::Entity::find_by_id(party_id).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
            let name = crate::domain::text::Name::parse(
                display_name.unwrap_or_default(),
                200,
                "enrol-error-name-required",
                "enrol-error-name-too-long",
            )
            .map_err(ServiceError::invalid("display_name"))?;
            let name = name.as_str();
            let new = registry::NewStaff {
                party: &party,
                display_name: name,
                role,
                function_profile_id: inv.function_profile_id,
                public_id: state.user,
                // The contact the inviting admin gave, when it is an e-mail address (reminders).
                email: inv
                    .invitee_contact
                    .as_deref()
                    .and_then(|c| crate::domain::text::Email::parse(c).ok())
                    .map(|e| e.into_inner()),
            };
            let s = registry::create_staff_with_id(&tx, "system:enrolment", new).await?;
            Account::Staff(StaffId(s.id))
        }
        _ => return Err(refused("invitation-error-unusable")),
    };
    // Single use, also under concurrency: only one redemption can flip `redeemed_at`.
    let redeemed = invitation::Entity::update_many()
        .col_expr(invitation::Column::RedeemedAt, Expr::value(tx.now))
        .filter(invitation::Column::Id.eq(inv.id))
        .filter(invitation::Column::RedeemedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(tx.now))
        .exec(&tx.tx)
        .await?;
    if redeemed.rows_affected != 1 {
        return Err(refused("invitation-error-unusable"));
    }
    let actor = actor_of(&tx, account).await?;
    audit::record(&tx, &actor, "invitation.redeem", format!("invitation:{}", inv.id), "").await?;
    let tell = if recovered { Tell::Everywhere } else { Tell::InApp };
    let passkey = insert_passkey(&tx, account, &key, &passkey_name, &actor, tell).await?;
    let (session, token) = sessions::create(&tx, account, Some(passkey.id), user_agent, &actor).await?;
    tx.commit().await?;
    let principal = principal_for(db, account, SessionId(session.id)).await?;
    Ok(SignedIn { principal, session_token: token, recovered })
}
