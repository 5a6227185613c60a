//! Passkeys (webauthn-rs, user verification required): enrolment by invitation, sign-in,
//! re-authentication and management. Ceremony state lives in the database for five minutes
//! and is used at most once (`ceremony`).

mod ceremony;
mod enrol;
mod manage;
mod sign_in;

pub use ceremony::CEREMONY_MINUTES;
pub use enrol::{Enrolment, finish_enrolment, start_enrolment};
pub use manage::{finish_add, list, reauthenticate_and_start_registration, remove, start_reauthentication};
pub use sign_in::{finish_sign_in, start_sign_in};

use crate::domain::authz::Principal;
use crate::domain::ids::SessionId;
use crate::domain::notification::Notice;
use crate::services::identity::sessions::{self, Account};
use crate::services::{ServiceError, WriteTx, audit, notifications};
use crate::store::{Db, passkey, person, staff};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use webauthn_rs::prelude::*;

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

/// A new session for the account that just enrolled or signed in.
pub struct SignedIn {
    pub principal: Principal,
    pub session_token: String,
    /// A recovery invitation opened an account that already had passkeys: the person is shown
    /// their passkeys next, to remove one they do not know.
    pub recovered: bool,
}

/// What a registration ceremony will create when it finishes.
#[derive(Debug, Serialize, Deserialize)]
struct RegistrationState {
    user: Uuid,
    reg: PasskeyRegistration,
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
        .col_expr(passkey::Column::LastUsedAt, Expr::value(tx.now))
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

fn valid_passkey_name(name: &str) -> Result<String, ServiceError> {
    crate::domain::text::Name::parse(name, 100, "passkey-error-name-required", "passkey-error-name-too-long")
        .map(crate::domain::text::Name::into_inner)
        .map_err(ServiceError::invalid("passkey_name"))
}

async fn actor_of(tx: &WriteTx<'_>, account: Account) -> Result<String, ServiceError> {
    Ok(match account {
        Account::Person(id) => {
            format!(
                "person:{}",
                person::Entity::find_by_id(id.0).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?.public_id
            )
        }
        Account::Staff(id) => {
            format!(
                "staff:{}",
                staff::Entity::find_by_id(id.0).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?.public_id
            )
        }
    })
}

/// How the owner hears of a new passkey: in the app, or (after a recovery, when whoever holds
/// the session may not be the owner) also on every channel of the contact data on file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tell {
    InApp,
    Everywhere,
}

async fn insert_passkey(
    tx: &WriteTx<'_>,
    account: Account,
    key: &Passkey,
    name: &str,
    actor: &str,
    tell: Tell,
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
        created_at: Set(tx.now),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    audit::record(tx, actor, "passkey.add", format!("passkey:{}", m.id), &m.credential_id).await?;
    let notice = Notice::PasskeyAdded { name: m.name.clone() };
    match (account, tell) {
        (Account::Person(person_id), Tell::Everywhere) => {
            notifications::outbox::notify_everywhere(tx, person_id, move |_| notice, None).await?;
        }
        _ => {
            notifications::notify(tx, account, notice).await?;
        }
    }
    Ok(m)
}

/// The principal of the account that just signed in, in its new session.
pub async fn principal_for(db: &Db, account: Account, session_id: SessionId) -> Result<Principal, ServiceError> {
    sessions::principal_of(&db.conn, account, session_id).await?.ok_or(ServiceError::NotFound)
}
