//! `Idempotency-Key` on the API's `POST`s: a client that retries (a lost answer, a timeout)
//! gets the first answer again and nothing is written twice. The key is remembered in the
//! operation's own transaction, with a hash of what was asked: the same key for a different
//! request is refused. Two requests with one key at the same moment: the second is told to
//! retry (409), and its retry gets the first one's answer.

use super::{ServiceError, WriteTx};
use crate::domain::ids::ApiClientId;
use crate::store::idempotency_key;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use serde::Serialize;

/// A client's key for one request: the operation and body it was sent with, hashed.
#[derive(Debug, Clone)]
pub struct Key {
    client: ApiClientId,
    key: String,
    request_sha256: String,
}

impl Key {
    pub const MAX_LEN: usize = 200;

    /// Keys are 1 to 200 visible ASCII characters (a UUID is the usual choice).
    pub fn parse(client: ApiClientId, raw: &str, operation: &str, body: &[u8]) -> Result<Key, ServiceError> {
        if raw.is_empty() || raw.len() > Self::MAX_LEN || !raw.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(ServiceError::Invalid { field: "Idempotency-Key", message_id: "api-error-idempotency-key" });
        }
        let mut request = operation.as_bytes().to_vec();
        request.push(b'\n');
        request.extend_from_slice(body);
        Ok(Key { client, key: raw.to_owned(), request_sha256: crate::domain::audit::sha256_hex(&request) })
    }
}

/// An operation's answer: made now, or the one remembered for the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Once<T> {
    Fresh(T),
    /// The first answer, as it was sent: its status and JSON body.
    Replayed {
        status: u16,
        body: String,
    },
}

/// The answer remembered for `key`, if the request was made before.
pub async fn replay(tx: &WriteTx<'_>, key: Option<&Key>) -> Result<Option<(u16, String)>, ServiceError> {
    let Some(key) = key else { return Ok(None) };
    let Some(row) = idempotency_key::Entity::find_by_id((key.client.0, key.key.clone())).one(&tx.tx).await? else {
        return Ok(None);
    };
    if row.request_sha256 != key.request_sha256 {
        return Err(ServiceError::Invalid { field: "Idempotency-Key", message_id: "api-error-idempotency-key-reused" });
    }
    Ok(Some((u16::try_from(row.status).unwrap_or(200), row.body)))
}

/// Remembers the answer in the operation's transaction.
pub async fn remember<T: Serialize>(
    tx: &WriteTx<'_>,
    key: Option<&Key>,
    status: u16,
    answer: &T,
) -> Result<(), ServiceError> {
    let Some(key) = key else { return Ok(()) };
    let body =
        serde_json::to_string(answer).map_err(|_| ServiceError::Internal("an answer that does not serialise"))?;
    idempotency_key::ActiveModel {
        api_client_id: Set(key.client.0),
        key: Set(key.key.clone()),
        request_sha256: Set(key.request_sha256.clone()),
        status: Set(i32::from(status)),
        body: Set(body),
        created_at: Set(tx.now),
    }
    .insert(&tx.tx)
    .await
    .map_err(|e| match e.sql_err() {
        // The same key committed by a request running at the same moment.
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => ServiceError::Refused("api-error-idempotency-in-flight"),
        _ => ServiceError::Db(e),
    })?;
    Ok(())
}
