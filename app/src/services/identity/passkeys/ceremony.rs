//! Ceremony state: stored server-side for five minutes, taken out (and deleted) at most once.

use super::refused;
use crate::services::crypto::secrets;
use crate::services::identity::sessions::Account;
use crate::services::{ServiceError, WriteTx};
use crate::store::{Db, webauthn_ceremony};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, ModelTrait, QueryFilter, Set};

pub const CEREMONY_MINUTES: i64 = 5;

pub(super) async fn store_ceremony(
    db: &Db,
    kind: &str,
    state: String,
    account: Option<Account>,
    invitation_id: Option<i32>,
    now: DateTime<Utc>,
) -> Result<String, ServiceError> {
    let handle = secrets::new_secret();
    let at = now;
    let (person_id, staff_id) = account.map(Account::ids).unwrap_or((None, None));
    let tx = WriteTx::begin(db, now).await?;
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
    if tx.now >= c.expires_at {
        return Err(refused("passkey-error-ceremony-expired"));
    }
    Ok(c)
}

/// Takes a ceremony and reads its state; with `owner`, the ceremony must be that account's.
pub(super) async fn take_state<T: serde::de::DeserializeOwned>(
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
