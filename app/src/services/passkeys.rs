//! Passkey ceremonies (webauthn-rs, user verification required) and passkey management.
//! Ceremony state lives in the database for five minutes and is used at most once.

use super::credentials::{InvitationKey, usable_invitation};
use super::sessions::{self, Account};
use super::{ServiceError, WriteTx, audit, notifications, now, registry, secrets};
use crate::domain::authz::Principal;
use crate::domain::roles::Role;
use crate::store::{Db, invitation, party, passkey, person, staff, webauthn_ceremony};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, ModelTrait, QueryFilter, QueryOrder, Set};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use webauthn_rs::prelude::*;

pub const CEREMONY_MINUTES: i64 = 5;

/// The relying party: id and origin from `PORTAL_PUBLIC_URL`.
pub fn relying_party(public_url: &str) -> Result<Arc<Webauthn>, String> {
    let origin = Url::parse(public_url).map_err(|e| e.to_string())?;
    let rp_id = origin.host_str().ok_or("public URL has no host")?.to_owned();
    let webauthn = WebauthnBuilder::new(&rp_id, &origin)
        .map_err(|e| e.to_string())?
        .rp_name("Toestemmingsportaal")
        .build()
        .map_err(|e| e.to_string())?;
    Ok(Arc::new(webauthn))
}

fn refused(id: &'static str) -> ServiceError {
    ServiceError::Refused(id)
}

pub fn credential_key(id: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(id)
}

/// What a registration ceremony will create when it finishes.
#[derive(Debug, Serialize, Deserialize)]
struct RegistrationState {
    user: Uuid,
    reg: PasskeyRegistration,
}

async fn store_ceremony(
    db: &Db,
    kind: &str,
    state: String,
    account: Option<Account>,
    invitation_id: Option<i32>,
) -> Result<String, ServiceError> {
    let handle = secrets::new_secret();
    let at = now();
    let (person_id, staff_id) = account.map(Account::ids).unwrap_or((None, None));
    let tx = WriteTx::begin(db).await?;
    // Expired ceremonies are cleared as new ones start: the table stays small without a job.
    webauthn_ceremony::Entity::delete_many().filter(webauthn_ceremony::Column::ExpiresAt.lt(at)).exec(&tx.tx).await?;
    webauthn_ceremony::ActiveModel {
        handle_hash: Set(secrets::hash(&handle)),
        kind: Set(kind.into()),
        state: Set(state),
        person_id: Set(person_id),
        staff_id: Set(staff_id),
        invitation_id: Set(invitation_id),
        created_at: Set(at),
        expires_at: Set(at + Duration::minutes(CEREMONY_MINUTES)),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    tx.commit().await?;
    Ok(handle)
}

/// Takes a ceremony out of the store: a handle works once, and only before it expires.
async fn take_ceremony(tx: &WriteTx<'_>, handle: &str, kind: &str) -> Result<webauthn_ceremony::Model, ServiceError> {
    let c = webauthn_ceremony::Entity::find()
        .filter(webauthn_ceremony::Column::HandleHash.eq(secrets::hash(handle)))
        .filter(webauthn_ceremony::Column::Kind.eq(kind))
        .one(&tx.tx)
        .await?
        .ok_or(refused("passkey-error-ceremony-expired"))?;
    c.clone().delete(&tx.tx).await?;
    if now() >= c.expires_at {
        return Err(refused("passkey-error-ceremony-expired"));
    }
    Ok(c)
}

/// Takes a ceremony and reads its state; with `owner`, the ceremony must be that account's.
async fn take_state<T: serde::de::DeserializeOwned>(
    tx: &WriteTx<'_>,
    handle: &str,
    kind: &str,
    owner: Option<Account>,
) -> Result<(webauthn_ceremony::Model, T), ServiceError> {
    let c = take_ceremony(tx, handle, kind).await?;
    if owner.is_some_and(|a| (c.person_id, c.staff_id) != a.ids()) {
        return Err(refused("passkey-error-ceremony-expired"));
    }
    let state = serde_json::from_str(&c.state).map_err(|_| refused("passkey-error-ceremony-expired"))?;
    Ok((c, state))
}

/// After a verified assertion: the new counter and backup flags, and when it was last used.
async fn record_use(
    tx: &WriteTx<'_>,
    stored: &passkey::Model,
    result: &AuthenticationResult,
) -> Result<(), ServiceError> {
    if !result.user_verified() {
        return Err(refused("passkey-error-failed"));
    }
    let mut key = parse_passkey(stored)?;
    key.update_credential(result);
    passkey::Entity::update_many()
        .col_expr(passkey::Column::Passkey, Expr::value(to_json(&key)?))
        .col_expr(passkey::Column::LastUsedAt, Expr::value(now()))
        .filter(passkey::Column::Id.eq(stored.id))
        .exec(&tx.tx)
        .await?;
    Ok(())
}

async fn passkeys_of(
    db: &impl sea_orm::ConnectionTrait,
    account: Account,
) -> Result<Vec<passkey::Model>, ServiceError> {
    let q = passkey::Entity::find();
    let q = match account {
        Account::Person(id) => q.filter(passkey::Column::PersonId.eq(id)),
        Account::Staff(id) => q.filter(passkey::Column::StaffId.eq(id)),
    };
    Ok(q.order_by_asc(passkey::Column::Id).all(db).await?)
}

fn parse_passkey(m: &passkey::Model) -> Result<Passkey, ServiceError> {
    serde_json::from_str(&m.passkey)
        .map_err(|e| ServiceError::Db(sea_orm::DbErr::Custom(format!("stored passkey: {e}"))))
}

fn to_json<T: Serialize>(v: &T) -> Result<String, ServiceError> {
    serde_json::to_string(v).map_err(|e| ServiceError::Db(sea_orm::DbErr::Custom(e.to_string())))
}

/// Passkeys on phones are discoverable: ask for a resident key so sign-in needs no user name.
fn require_resident_key(mut ccr: CreationChallengeResponse) -> CreationChallengeResponse {
    if let Some(sel) = ccr.public_key.authenticator_selection.as_mut() {
        sel.require_resident_key = true;
        sel.resident_key = Some(webauthn_rs_proto::ResidentKeyRequirement::Required);
    }
    ccr
}

/// Step 1 of enrolment: the invitation (link secret or typed short code) opens a registration.
pub async fn start_enrolment(
    db: &Db,
    webauthn: &Webauthn,
    key: &InvitationKey,
) -> Result<(String, CreationChallengeResponse), ServiceError> {
    let inv = usable_invitation(&db.conn, key).await?;
    let (user, name, display, exclude) = match inv.person_id {
        Some(pid) => {
            let p = person::Entity::find_by_id(pid).one(&db.conn).await?.ok_or(ServiceError::NotFound)?;
            let existing = passkeys_of(&db.conn, Account::Person(pid)).await?;
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
    let handle = store_ceremony(db, "registration", state, None, Some(inv.id)).await?;
    Ok((handle, require_resident_key(ccr)))
}

/// A new session for the account that just enrolled or signed in.
pub struct SignedIn {
    pub principal: Principal,
    pub session_token: String,
}

/// Step 2 of enrolment: verifies the new passkey, redeems the invitation (once), creates the
/// staff account if it is a staff invitation, and signs in — all in one transaction.
pub async fn finish_enrolment(
    db: &Db,
    webauthn: &Webauthn,
    handle: &str,
    credential: &RegisterPublicKeyCredential,
    passkey_name: &str,
    display_name: Option<&str>,
    user_agent: Option<String>,
) -> Result<SignedIn, ServiceError> {
    let passkey_name = valid_passkey_name(passkey_name)?;
    let tx = WriteTx::begin(db).await?;
    let (ceremony, state): (_, RegistrationState) = take_state(&tx, handle, "registration", None).await?;
    let inv_id = ceremony.invitation_id.ok_or(refused("passkey-error-ceremony-expired"))?;
    let inv = invitation::Entity::find_by_id(inv_id).one(&tx.tx).await?.ok_or(refused("invitation-error-unusable"))?;
    let key =
        webauthn.finish_passkey_registration(credential, &state.reg).map_err(|_| refused("passkey-error-failed"))?;
    let account = match (inv.person_id, inv.party_id) {
        (Some(pid), _) => Account::Person(pid),
        (None, Some(party_id)) => {
            let role = Role::parse(inv.role.as_deref().unwrap_or_default())
                .map_err(|_| refused("invitation-error-unusable"))?;
            let party = party::Entity::find_by_id(party_id).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
            let name = display_name
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .ok_or(ServiceError::Invalid { field: "display_name", message_id: "enrol-error-name-required" })?;
            if name.chars().count() > 200 {
                return Err(ServiceError::Invalid { field: "display_name", message_id: "enrol-error-name-too-long" });
            }
            let s = registry::create_staff_with_id(
                &tx,
                "system:enrolment",
                &party,
                name,
                role,
                inv.function_profile_id,
                state.user,
            )
            .await?;
            Account::Staff(s.id)
        }
        _ => return Err(refused("invitation-error-unusable")),
    };
    // Single use, also under concurrency: only one redemption can flip `redeemed_at`.
    let redeemed = invitation::Entity::update_many()
        .col_expr(invitation::Column::RedeemedAt, Expr::value(now()))
        .filter(invitation::Column::Id.eq(inv.id))
        .filter(invitation::Column::RedeemedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(now()))
        .exec(&tx.tx)
        .await?;
    if redeemed.rows_affected != 1 {
        return Err(refused("invitation-error-unusable"));
    }
    let actor = actor_of(&tx, account).await?;
    audit::record(&tx, &actor, "invitation.redeem", format!("invitation:{}", inv.id), "").await?;
    insert_passkey(&tx, account, &key, passkey_name, &actor).await?;
    let (session, token) = sessions::create(&tx, account, user_agent, &actor).await?;
    tx.commit().await?;
    let principal = principal_for(db, account, session.id).await?;
    Ok(SignedIn { principal, session_token: token })
}

fn valid_passkey_name(name: &str) -> Result<&str, ServiceError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(ServiceError::Invalid { field: "passkey_name", message_id: "passkey-error-name-required" });
    }
    if name.chars().count() > 100 {
        return Err(ServiceError::Invalid { field: "passkey_name", message_id: "passkey-error-name-too-long" });
    }
    Ok(name)
}

async fn actor_of(tx: &WriteTx<'_>, account: Account) -> Result<String, ServiceError> {
    Ok(match account {
        Account::Person(id) => {
            format!(
                "person:{}",
                person::Entity::find_by_id(id).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?.public_id
            )
        }
        Account::Staff(id) => {
            format!(
                "staff:{}",
                staff::Entity::find_by_id(id).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?.public_id
            )
        }
    })
}

async fn insert_passkey(
    tx: &WriteTx<'_>,
    account: Account,
    key: &Passkey,
    name: &str,
    actor: &str,
) -> Result<passkey::Model, ServiceError> {
    let cred = credential_key(key.cred_id());
    let taken = passkey::Entity::find().filter(passkey::Column::CredentialId.eq(&cred)).one(&tx.tx).await?;
    if taken.is_some() {
        return Err(refused("passkey-error-already-registered"));
    }
    let (person_id, staff_id) = account.ids();
    let m = passkey::ActiveModel {
        person_id: Set(person_id),
        staff_id: Set(staff_id),
        credential_id: Set(cred),
        passkey: Set(to_json(key)?),
        name: Set(name.into()),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    audit::record(tx, actor, "passkey.add", format!("passkey:{}", m.id), &m.credential_id).await?;
    notifications::notify(tx, account, "passkey-added", serde_json::json!({ "name": m.name })).await?;
    Ok(m)
}

pub async fn principal_for(db: &Db, account: Account, session_id: i32) -> Result<Principal, ServiceError> {
    Ok(match account {
        Account::Person(id) => {
            let p = person::Entity::find_by_id(id).one(&db.conn).await?.ok_or(ServiceError::NotFound)?;
            Principal::Person {
                person_id: p.id,
                contact_language: crate::domain::locale::Locale::parse(&p.contact_language).unwrap_or_default(),
                public_id: p.public_id,
                session_id,
            }
        }
        Account::Staff(id) => {
            let s = staff::Entity::find_by_id(id).one(&db.conn).await?.ok_or(ServiceError::NotFound)?;
            Principal::Staff {
                staff_id: s.id,
                public_id: s.public_id,
                party_id: s.party_id,
                role: Role::parse(&s.role).map_err(|_| ServiceError::NotFound)?,
                function_profile_id: s.function_profile_id,
                session_id,
            }
        }
    })
}

/// Sign-in step 1: a challenge for any discoverable passkey (no user name needed).
pub async fn start_sign_in(db: &Db, webauthn: &Webauthn) -> Result<(String, RequestChallengeResponse), ServiceError> {
    let (mut rcr, state) = webauthn.start_discoverable_authentication().map_err(|_| refused("passkey-error-failed"))?;
    // A button starts the ceremony, so the browser shows its normal dialog.
    rcr.mediation = None;
    let handle = store_ceremony(db, "authentication", to_json(&state)?, None, None).await?;
    Ok((handle, rcr))
}

/// Verifies an assertion against the account's stored passkey; updates counter and backup flags.
async fn verify_assertion(
    tx: &WriteTx<'_>,
    webauthn: &Webauthn,
    state: DiscoverableAuthentication,
    credential: &PublicKeyCredential,
    expected: Option<Account>,
) -> Result<Account, ServiceError> {
    let (user, cred_id) =
        webauthn.identify_discoverable_authentication(credential).map_err(|_| refused("passkey-error-unknown"))?;
    let stored = passkey::Entity::find()
        .filter(passkey::Column::CredentialId.eq(credential_key(cred_id)))
        .one(&tx.tx)
        .await?
        .ok_or(refused("passkey-error-unknown"))?;
    let account = match (stored.person_id, stored.staff_id) {
        (Some(p), _) => Account::Person(p),
        (_, Some(s)) => Account::Staff(s),
        _ => return Err(refused("passkey-error-unknown")),
    };
    if expected.is_some_and(|e| e != account)
        || actor_of(tx, account).await?.split(':').nth(1) != Some(&user.to_string())
    {
        return Err(refused("passkey-error-unknown"));
    }
    if let Account::Staff(id) = account {
        let s = staff::Entity::find_by_id(id).one(&tx.tx).await?.ok_or(refused("passkey-error-unknown"))?;
        if s.disabled_at.is_some() {
            return Err(refused("passkey-error-unknown"));
        }
    }
    let key = parse_passkey(&stored)?;
    let result = webauthn
        .finish_discoverable_authentication_v2(credential, state, &key)
        .map_err(|_| refused("passkey-error-failed"))?;
    record_use(tx, &stored, &result).await?;
    Ok(account)
}

/// Sign-in step 2: verifies the assertion and opens a new session (a fresh token: rotation).
pub async fn finish_sign_in(
    db: &Db,
    webauthn: &Webauthn,
    handle: &str,
    credential: &PublicKeyCredential,
    user_agent: Option<String>,
) -> Result<SignedIn, ServiceError> {
    let tx = WriteTx::begin(db).await?;
    let (_, state): (_, DiscoverableAuthentication) = take_state(&tx, handle, "authentication", None).await?;
    let account = verify_assertion(&tx, webauthn, state, credential, None).await?;
    let actor = actor_of(&tx, account).await?;
    let (session, token) = sessions::create(&tx, account, user_agent, &actor).await?;
    tx.commit().await?;
    Ok(SignedIn { principal: principal_for(db, account, session.id).await?, session_token: token })
}

/// Adding a passkey, step 1: prove it is you (a fresh assertion with one of your passkeys)
/// before a new key is accepted. The challenge names your passkeys, so the browser asks the
/// right device.
pub async fn start_reauthentication(
    db: &Db,
    webauthn: &Webauthn,
    account: Account,
) -> Result<(String, RequestChallengeResponse), ServiceError> {
    let keys: Vec<Passkey> =
        passkeys_of(&db.conn, account).await?.iter().filter_map(|k| parse_passkey(k).ok()).collect();
    let (rcr, state) = webauthn.start_passkey_authentication(&keys).map_err(|_| refused("passkey-error-failed"))?;
    let handle = store_ceremony(db, "authentication", to_json(&state)?, Some(account), None).await?;
    Ok((handle, rcr))
}

/// Adding a passkey, step 2: checks the assertion, then opens the registration of the new key.
pub async fn reauthenticate_and_start_registration(
    db: &Db,
    webauthn: &Webauthn,
    account: Account,
    handle: &str,
    credential: &PublicKeyCredential,
) -> Result<(String, CreationChallengeResponse), ServiceError> {
    let tx = WriteTx::begin(db).await?;
    let (_, state): (_, PasskeyAuthentication) = take_state(&tx, handle, "authentication", Some(account)).await?;
    let result =
        webauthn.finish_passkey_authentication(credential, &state).map_err(|_| refused("passkey-error-failed"))?;
    let existing = passkeys_of(&tx.tx, account).await?;
    let used = existing
        .iter()
        .find(|k| k.credential_id == credential_key(result.cred_id()))
        .ok_or(refused("passkey-error-unknown"))?;
    record_use(&tx, used, &result).await?;
    let actor = actor_of(&tx, account).await?;
    tx.commit().await?;
    let user = Uuid::parse_str(actor.split(':').nth(1).unwrap_or_default()).map_err(|_| ServiceError::NotFound)?;
    let exclude = existing.iter().filter_map(|k| parse_passkey(k).ok()).map(|k| k.cred_id().clone()).collect();
    let (ccr, reg) = webauthn
        .start_passkey_registration(user, &actor, &actor, Some(exclude))
        .map_err(|_| refused("passkey-error-failed"))?;
    let state = to_json(&RegistrationState { user, reg })?;
    let handle = store_ceremony(db, "registration", state, Some(account), None).await?;
    Ok((handle, require_resident_key(ccr)))
}

/// Adding a passkey, step 3: stores the new key and tells the owner.
pub async fn finish_add(
    db: &Db,
    webauthn: &Webauthn,
    account: Account,
    handle: &str,
    credential: &RegisterPublicKeyCredential,
    name: &str,
) -> Result<i32, ServiceError> {
    let name = valid_passkey_name(name)?;
    let tx = WriteTx::begin(db).await?;
    let (_, state): (_, RegistrationState) = take_state(&tx, handle, "registration", Some(account)).await?;
    let key =
        webauthn.finish_passkey_registration(credential, &state.reg).map_err(|_| refused("passkey-error-failed"))?;
    let actor = actor_of(&tx, account).await?;
    let m = insert_passkey(&tx, account, &key, name, &actor).await?;
    tx.commit().await?;
    Ok(m.id)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyInfo {
    pub id: i32,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
}

pub async fn list(db: &Db, account: Account) -> Result<Vec<PasskeyInfo>, ServiceError> {
    Ok(passkeys_of(&db.conn, account)
        .await?
        .into_iter()
        .map(|k| PasskeyInfo { id: k.id, name: k.name, created_at: k.created_at, last_used_at: k.last_used_at })
        .collect())
}

/// Removes one of the account's passkeys, never the last one; tells the owner.
pub async fn remove(db: &Db, account: Account, passkey_id: i32) -> Result<(), ServiceError> {
    let tx = WriteTx::begin(db).await?;
    let keys = passkeys_of(&tx.tx, account).await?;
    let Some(key) = keys.iter().find(|k| k.id == passkey_id) else {
        return Err(ServiceError::NotFound);
    };
    if keys.len() == 1 {
        return Err(refused("passkey-error-last-one"));
    }
    key.clone().delete(&tx.tx).await?;
    let actor = actor_of(&tx, account).await?;
    audit::record(&tx, &actor, "passkey.remove", format!("passkey:{}", key.id), &key.credential_id).await?;
    notifications::notify(&tx, account, "passkey-removed", serde_json::json!({ "name": key.name })).await?;
    tx.commit().await?;
    Ok(())
}
