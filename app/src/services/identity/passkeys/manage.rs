//! The account's passkeys: add one after proving it is you, list them, remove one (after a
//! recent proof, never the last, ending the sessions it opened). The owner is told of every
//! change.

use super::ceremony::{store_ceremony, take_state};
use super::{
    RegistrationState, Tell, actor_of, credential_key, insert_passkey, parse_passkey, passkeys_of, record_use, refused,
    require_resident_key, to_json, valid_passkey_name,
};
use crate::domain::ids::SessionId;
use crate::domain::notification::Notice;
use crate::domain::session::proof_is_recent;
use crate::services::identity::sessions::Account;
use crate::services::{ServiceError, WriteTx, audit, notifications};
use crate::store::{Db, person, session, staff};
use crate::views::account::PasskeyRow;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, ModelTrait, QueryFilter};
use webauthn_rs::prelude::*;

/// Adding a passkey, step 1: prove it is you (a fresh assertion with one of your passkeys)
/// before a new key is accepted. The challenge names your passkeys, so the browser asks the
/// right device.
pub async fn start_reauthentication(
    db: &Db,
    webauthn: &Webauthn,
    account: Account,
    now: DateTime<Utc>,
) -> Result<(String, RequestChallengeResponse), ServiceError> {
    let keys: Vec<Passkey> =
        passkeys_of(&db.conn, account).await?.iter().filter_map(|k| parse_passkey(k).ok()).collect();
    let (rcr, state) = webauthn.start_passkey_authentication(&keys).map_err(|_| refused("passkey-error-failed"))?;
    let handle = store_ceremony(db, "authentication", to_json(&state)?, Some(account), None, now).await?;
    Ok((handle, rcr))
}

/// Adding a passkey, step 2: checks the assertion, then opens the registration of the new key.
pub async fn reauthenticate_and_start_registration(
    db: &Db,
    webauthn: &Webauthn,
    account: Account,
    session_id: SessionId,
    handle: &str,
    credential: &PublicKeyCredential,
    now: DateTime<Utc>,
) -> Result<(String, CreationChallengeResponse), ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let (_, state): (_, PasskeyAuthentication) = take_state(&tx, handle, "authentication", Some(account)).await?;
    let result =
        webauthn.finish_passkey_authentication(credential, &state).map_err(|_| refused("passkey-error-failed"))?;
    let existing = passkeys_of(&tx.tx, account).await?;
    let used = existing
        .iter()
        .find(|k| k.credential_id == credential_key(result.cred_id()))
        .ok_or(refused("passkey-error-unknown"))?;
    record_use(&tx, used, &result).await?;
    // The holder proved it is them: the session may remove passkeys for a while.
    session::Entity::update_many()
        .col_expr(session::Column::VerifiedAt, Expr::value(now))
        .filter(session::Column::Id.eq(session_id.0))
        .exec(&tx.tx)
        .await?;
    let actor = actor_of(&tx, account).await?;
    audit::record(&tx, &actor, "session.reauthenticate", format!("session:{}", session_id.0), &used.credential_id)
        .await?;
    tx.commit().await?;
    let user = Uuid::parse_str(actor.split(':').nth(1).unwrap_or_default()).map_err(|_| ServiceError::NotFound)?;
    let exclude = existing.iter().filter_map(|k| parse_passkey(k).ok()).map(|k| k.cred_id().clone()).collect();
    let (ccr, reg) = webauthn
        .start_passkey_registration(user, &actor, &actor, Some(exclude))
        .map_err(|_| refused("passkey-error-failed"))?;
    let state = to_json(&RegistrationState { user, reg })?;
    let handle = store_ceremony(db, "registration", state, Some(account), None, now).await?;
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
    now: DateTime<Utc>,
) -> Result<i32, ServiceError> {
    let name = valid_passkey_name(name)?;
    let tx = WriteTx::begin(db, now).await?;
    let (_, state): (_, RegistrationState) = take_state(&tx, handle, "registration", Some(account)).await?;
    let key =
        webauthn.finish_passkey_registration(credential, &state.reg).map_err(|_| refused("passkey-error-failed"))?;
    let actor = actor_of(&tx, account).await?;
    let m = insert_passkey(&tx, account, &key, &name, &actor, Tell::InApp).await?;
    tx.commit().await?;
    Ok(m.id)
}

/// The account's passkeys, oldest first.
pub async fn list(db: &Db, account: Account) -> Result<Vec<PasskeyRow>, ServiceError> {
    Ok(passkeys_of(&db.conn, account)
        .await?
        .into_iter()
        .map(|k| PasskeyRow { id: k.id, name: k.name, created_at: k.created_at, last_used_at: k.last_used_at })
        .collect())
}

/// Removes one of the account's passkeys, never the last one — also when two removals race:
/// the account's row is locked first — and only from a session whose holder proved who they
/// are in the last minutes. The other sessions the key opened (a lost phone's) end with it; the
/// owner is told.
pub async fn remove(
    db: &Db,
    account: Account,
    session_id: SessionId,
    passkey_id: i32,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let current = session::Entity::find_by_id(session_id.0).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
    if !proof_is_recent(current.verified_at, now) {
        return Err(refused("passkey-error-confirm-first"));
    }
    lock_account(&tx, account).await?;
    let keys = passkeys_of(&tx.tx, account).await?;
    let Some(key) = keys.iter().find(|k| k.id == passkey_id) else {
        return Err(ServiceError::NotFound);
    };
    if keys.len() == 1 {
        return Err(refused("passkey-error-last-one"));
    }
    key.clone().delete(&tx.tx).await?;
    let ended = session::Entity::update_many()
        .col_expr(session::Column::EndedAt, Expr::value(now))
        .filter(session::Column::PasskeyId.eq(key.id))
        .filter(session::Column::EndedAt.is_null())
        // The session asking has just proved who it is: it stays (it may be on that device).
        .filter(session::Column::Id.ne(session_id.0))
        .exec(&tx.tx)
        .await?;
    let actor = actor_of(&tx, account).await?;
    let payload = format!("{}|sessions ended: {}", key.credential_id, ended.rows_affected);
    audit::record(&tx, &actor, "passkey.remove", format!("passkey:{}", key.id), &payload).await?;
    notifications::notify(&tx, account, Notice::PasskeyRemoved { name: key.name.clone() }).await?;
    tx.commit().await?;
    Ok(())
}

/// Takes the account's row for the rest of the transaction. On PostgreSQL two removals would
/// otherwise each count two keys and delete one each; SQLite's writer is already one at a time.
async fn lock_account(tx: &WriteTx<'_>, account: Account) -> Result<(), ServiceError> {
    use sea_orm::{ConnectionTrait, DbBackend, QuerySelect};
    if tx.tx.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    let found = match account {
        Account::Person(id) => person::Entity::find_by_id(id.0).lock_exclusive().one(&tx.tx).await?.is_some(),
        Account::Staff(id) => staff::Entity::find_by_id(id.0).lock_exclusive().one(&tx.tx).await?.is_some(),
    };
    if found { Ok(()) } else { Err(ServiceError::NotFound) }
}
