//! Passkey sign-in: a discoverable credential (no user name), a fresh session each time.

use super::ceremony::{store_ceremony, take_state};
use super::{SignedIn, actor_of, credential_key, parse_passkey, principal_for, record_use, refused, to_json};
use crate::domain::ids::{PersonId, SessionId, StaffId};
use crate::services::identity::sessions::{self, Account};
use crate::services::{ServiceError, WriteTx};
use crate::store::{Db, passkey, staff};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use webauthn_rs::prelude::*;

/// Sign-in step 1: a challenge for any discoverable passkey (no user name needed).
pub async fn start_sign_in(
    db: &Db,
    webauthn: &Webauthn,
    now: DateTime<Utc>,
) -> Result<(String, RequestChallengeResponse), ServiceError> {
    let (mut rcr, state) = webauthn.start_discoverable_authentication().map_err(|_| refused("passkey-error-failed"))?;
    // A button starts the ceremony, so the browser shows its normal dialog.
    rcr.mediation = None;
    let handle = store_ceremony(db, "authentication", to_json(&state)?, None, None, now).await?;
    Ok((handle, rcr))
}

/// Verifies an assertion against the account's stored passkey; updates counter and backup flags.
async fn verify_assertion(
    tx: &WriteTx<'_>,
    webauthn: &Webauthn,
    state: DiscoverableAuthentication,
    credential: &PublicKeyCredential,
    expected: Option<Account>,
) -> Result<(Account, i32), ServiceError> {
    let (user, cred_id) =
        webauthn.identify_discoverable_authentication(credential).map_err(|_| refused("passkey-error-unknown"))?;
    let stored = passkey::Entity::find()
        .filter(passkey::Column::CredentialId.eq(credential_key(cred_id)))
        .one(&tx.tx)
        .await?
        .ok_or(refused("passkey-error-unknown"))?;
    let account = match (stored.person_id, stored.staff_id) {
        (Some(p), _) => Account::Person(PersonId(p)),
        (_, Some(s)) => Account::Staff(StaffId(s)),
        _ => return Err(refused("passkey-error-unknown")),
    };
    if expected.is_some_and(|e| e != account)
        || actor_of(tx, account).await?.split(':').nth(1) != Some(&user.to_string())
    {
        return Err(refused("passkey-error-unknown"));
    }
    if let Account::Staff(id) = account {
        let s = staff::Entity::find_by_id(id.0).one(&tx.tx).await?.ok_or(refused("passkey-error-unknown"))?;
        if s.disabled_at.is_some() {
            return Err(refused("passkey-error-unknown"));
        }
    }
    let key = parse_passkey(&stored)?;
    let result = webauthn
        .finish_discoverable_authentication_v2(credential, state, &key)
        .map_err(|_| refused("passkey-error-failed"))?;
    record_use(tx, &stored, &result).await?;
    Ok((account, stored.id))
}

/// Sign-in step 2: verifies the assertion and opens a new session (a fresh token: rotation).
pub async fn finish_sign_in(
    db: &Db,
    webauthn: &Webauthn,
    handle: &str,
    credential: &PublicKeyCredential,
    user_agent: Option<String>,
    now: DateTime<Utc>,
) -> Result<SignedIn, ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let (_, state): (_, DiscoverableAuthentication) = take_state(&tx, handle, "authentication", None).await?;
    let (account, passkey_id) = verify_assertion(&tx, webauthn, state, credential, None).await?;
    let actor = actor_of(&tx, account).await?;
    let (session, token) = sessions::create(&tx, account, Some(passkey_id), user_agent, &actor).await?;
    tx.commit().await?;
    Ok(SignedIn {
        principal: principal_for(db, account, SessionId(session.id)).await?,
        session_token: token,
        recovered: false,
    })
}
