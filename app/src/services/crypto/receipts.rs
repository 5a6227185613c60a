//! Signed consent receipts: for each consent event, a JSON record with the fields of
//! ISO/IEC TS 27560 (consent records), signed with the portal's Ed25519 key so that anyone can
//! check it offline with the published public key (`portal receipt verify FILE`).
//!
//! The signature covers the canonical form of `receipt`: serde_json with keys in sorted order
//! and no whitespace, so the check does not depend on how the file was pretty-printed.

use super::keys::{SigningKeys, public_key_from_base64, verify_with};
use crate::domain::consent::ConsentScopes;
use crate::domain::fields::Field;
use crate::domain::ids::PersonId;
use crate::services::ServiceError;
use crate::store::{consent_event, party, person, protocol, protocol_version};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

pub const FORMAT: &str = "portal-consent-receipt/1 (ISO/IEC TS 27560:2023 fields)";

/// The consent event `event_public_id` of `person_id`, as a signed receipt.
pub async fn receipt(
    db: &crate::store::Db,
    keys: &SigningKeys,
    public_url: &str,
    person_id: PersonId,
    event_public_id: &str,
) -> Result<Value, ServiceError> {
    let e = consent_event::Entity::find()
        .filter(consent_event::Column::PublicId.eq(event_public_id))
        .filter(consent_event::Column::PersonId.eq(person_id))
        .one(&db.conn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let who = person::Entity::find_by_id(person_id.0).one(&db.conn).await?.ok_or(ServiceError::NotFound)?;
    let version = protocol_version::Entity::find_by_id(e.protocol_version_id)
        .one(&db.conn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let proto = protocol::Entity::find_by_id(version.protocol_id).one(&db.conn).await?.ok_or(ServiceError::NotFound)?;
    let controller =
        party::Entity::find_by_id(proto.discloser_party_id).one(&db.conn).await?.ok_or(ServiceError::NotFound)?;
    let recipient =
        party::Entity::find_by_id(proto.recipient_party_id).one(&db.conn).await?.ok_or(ServiceError::NotFound)?;
    let after = e.scopes_after();
    let before = ConsentScopes { contact: e.contact_before, trajectory: e.trajectory_before, onward: e.onward_before };
    let fields: Vec<&str> = crate::store::queries::protocol::version_fields(&db.conn, version.id)
        .await?
        .into_iter()
        .filter(|f: &Field| after.allows_field(*f))
        .map(|f| f.as_str())
        .collect();
    let mut recipients = vec![json!({"name": recipient.name, "role": "recipient"})];
    if after.onward {
        let partners = crate::store::queries::party::partners_of(&db.conn, recipient.id).await?;
        recipients.extend(partners.into_iter().map(|p| json!({"name": p.name, "role": "onward_recipient"})));
    }
    let time = crate::domain::audit::canonical_time(&e.occurred_at);
    let receipt = json!({
        "format": FORMAT,
        "record_id": e.public_id,
        "subject": who.public_id,
        "controller": {"name": controller.name, "enterprise_number": controller.enterprise_number, "contact": controller.dpo_contact},
        "notice": {"protocol": proto.slug, "version": version.version_no, "language": e.language, "sha256": e.notice_sha256},
        "purposes": version.purposes,
        "legal_basis": version.legal_basis,
        "fields": fields,
        "recipients": recipients,
        "retention": {"max_months": version.retention_months, "identifiable": true},
        "withdrawal": {"method": "self-service, one action", "where": format!("{public_url}/me")},
        "action": e.action,
        "scopes_before": before,
        "scopes_after": after,
        "channel": e.channel,
        "time": time,
        "validity": {"from": version.valid_from, "until": version.valid_until},
    });
    let signature = keys.sign_bytes(&canonical(&receipt));
    Ok(json!({
        "receipt": receipt,
        "signature": {"algorithm": "Ed25519", "public_key": keys.public_key_base64(), "key_id": keys.key_id(), "value": signature},
    }))
}

/// serde_json keeps object keys sorted (no `preserve_order`): this is the signed form.
fn canonical(v: &Value) -> Vec<u8> {
    serde_json::to_vec(v).unwrap_or_default()
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReceiptError {
    #[error("not a receipt: {0}")]
    Malformed(&'static str),
    #[error("signed by another key than the one expected")]
    OtherKey,
    #[error("the signature does not match the receipt: it was changed")]
    BadSignature,
}

/// Checks a receipt document; with `expected_key`, also that the portal's key signed it.
pub fn verify(document: &str, expected_key: Option<&str>) -> Result<String, ReceiptError> {
    let doc: Value = serde_json::from_str(document).map_err(|_| ReceiptError::Malformed("not JSON"))?;
    let receipt = doc.get("receipt").ok_or(ReceiptError::Malformed("no receipt"))?;
    let sig = doc.get("signature").ok_or(ReceiptError::Malformed("no signature"))?;
    if sig.get("algorithm").and_then(Value::as_str) != Some("Ed25519") {
        return Err(ReceiptError::Malformed("unknown algorithm"));
    }
    let key_text = sig.get("public_key").and_then(Value::as_str).ok_or(ReceiptError::Malformed("no public key"))?;
    if expected_key.is_some_and(|k| k.trim() != key_text) {
        return Err(ReceiptError::OtherKey);
    }
    let key = public_key_from_base64(key_text).ok_or(ReceiptError::Malformed("bad public key"))?;
    let value = sig.get("value").and_then(Value::as_str).ok_or(ReceiptError::Malformed("no signature value"))?;
    if !verify_with(&key, &canonical(receipt), value) {
        return Err(ReceiptError::BadSignature);
    }
    Ok(receipt.get("record_id").and_then(Value::as_str).unwrap_or_default().to_owned())
}
