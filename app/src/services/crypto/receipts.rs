//! Signed consent receipts: for each consent event, a JSON record with the fields of
//! ISO/IEC TS 27560 (consent records), signed with the portal's Ed25519 key so that anyone can
//! check it offline with the published public key (`portal receipt verify FILE`).
//!
//! The signature covers the canonical form of `receipt` ([`super::canonical_json`]: sorted keys,
//! no whitespace; RFC 8785 for these documents), and the file is written in that form too.
//! A verifier trusts only the key it already has — the one the portal publishes — never the
//! key a file carries: anyone can sign a file with a key of their own.

use super::canonical_json::{self, JsonError, canonical};
use super::keys::{PublicKey, SigningKeys};
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
    sign(keys, receipt)
}

/// The signed document for `receipt`, in canonical form (as the file is written).
pub fn sign(keys: &SigningKeys, receipt: Value) -> Result<Value, ServiceError> {
    let bytes = canonical(&receipt).map_err(|_| ServiceError::Internal("a receipt field is not canonical JSON"))?;
    let signature = keys.sign_bytes(&bytes);
    Ok(json!({
        "receipt": receipt,
        "signature": {"algorithm": ALGORITHM, "public_key": keys.public_key_base64(), "key_id": keys.key_id(), "value": signature},
    }))
}

/// The bytes of a receipt file: the canonical form and a newline.
pub fn file_bytes(document: &Value) -> Vec<u8> {
    let mut bytes = canonical(document).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

const ALGORITHM: &str = "Ed25519";
const DOCUMENT_KEYS: [&str; 2] = ["receipt", "signature"];
const SIGNATURE_KEYS: [&str; 4] = ["algorithm", "key_id", "public_key", "value"];

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReceiptError {
    #[error("not a receipt: {0}")]
    Malformed(&'static str),
    #[error("not a receipt as the portal writes it: {0}")]
    Encoding(JsonError),
    #[error("signed with key {signed_with}, not with the key given ({expected})")]
    OtherKey { signed_with: String, expected: String },
    #[error("the signature does not match the receipt: it was changed")]
    BadSignature,
}

/// Checks a receipt file against the portal's published key: the file must be exactly as the
/// portal wrote it (canonical, no duplicate or extra keys), name that key, and carry its
/// signature over the receipt. Returns the receipt's record id.
pub fn verify(document: &str, trusted: &PublicKey) -> Result<String, ReceiptError> {
    let doc = canonical_json::read_canonical(document).map_err(ReceiptError::Encoding)?;
    let receipt = member(&doc, &DOCUMENT_KEYS, "receipt")?;
    let sig = member(&doc, &DOCUMENT_KEYS, "signature")?;
    let text = |key: &str| member(sig, &SIGNATURE_KEYS, key)?.as_str().ok_or(ReceiptError::Malformed("not text"));
    if text("algorithm")? != ALGORITHM {
        return Err(ReceiptError::Malformed("unknown algorithm"));
    }
    let carried = PublicKey::from_base64(text("public_key")?).map_err(|_| ReceiptError::Malformed("bad public key"))?;
    if text("key_id")? != carried.key_id() {
        return Err(ReceiptError::Malformed("the key id does not name the key"));
    }
    if &carried != trusted {
        return Err(ReceiptError::OtherKey { signed_with: carried.key_id(), expected: trusted.key_id() });
    }
    let signed = canonical(receipt).map_err(ReceiptError::Encoding)?;
    if !trusted.verifies(&signed, text("value")?) {
        return Err(ReceiptError::BadSignature);
    }
    Ok(receipt.get("record_id").and_then(Value::as_str).unwrap_or_default().to_owned())
}

/// `key` of an object that has exactly the keys `allowed`.
fn member<'v>(object: &'v Value, allowed: &[&str], key: &str) -> Result<&'v Value, ReceiptError> {
    let map = object.as_object().ok_or(ReceiptError::Malformed("not an object"))?;
    if map.keys().any(|k| !allowed.contains(&k.as_str())) {
        return Err(ReceiptError::Malformed("a field outside the signed receipt"));
    }
    map.get(key).ok_or(ReceiptError::Malformed("a part is missing"))
}

// A receipt is the person's proof of what they consented to, checked offline, possibly years
// later and by other software: whatever text the portal's data puts in its fields (names,
// purposes in any script, a language code), the file must be written in one form with its
// keys in one fixed order, read back and be written again byte for byte, verify with the
// portal's key — and stop verifying when any field or any character of it is changed.
#[cfg(test)]
mod properties {
    use super::*;
    use crate::domain::hostile_input::{config, hostile};
    use proptest::prelude::*;

    /// The receipt's keys, in the order the file holds them.
    const RECEIPT_KEYS: [&str; 17] = [
        "action",
        "channel",
        "controller",
        "fields",
        "format",
        "legal_basis",
        "notice",
        "purposes",
        "recipients",
        "record_id",
        "retention",
        "scopes_after",
        "scopes_before",
        "subject",
        "time",
        "validity",
        "withdrawal",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![hostile(), "[a-z0-9-]{0,12}"]
    }

    fn scopes() -> impl Strategy<Value = ConsentScopes> {
        (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(contact, trajectory, onward)| ConsentScopes {
            contact,
            trajectory,
            onward,
        })
    }

    /// A receipt as `receipt` builds it, with any text in every text field.
    fn receipt() -> impl Strategy<Value = Value> {
        let names = (text(), text(), text(), text(), text(), text());
        let notice = (text(), any::<i32>(), text(), "[0-9a-f]{64}", text(), text());
        let more = (
            prop::collection::vec(text(), 1..4),
            prop::collection::vec(prop::sample::select(Field::ALL), 0..8),
            (any::<i32>(), any::<bool>()),
            (scopes(), scopes()),
            (text(), text(), prop::option::of(text())),
        );
        (names, notice, more).prop_map(
            |(
                (record, subject, controller, number, contact, url),
                (slug, version_no, language, sha, purposes, legal_basis),
                (partners, fields, (months, onward), (before, after), (action, time, until)),
            )| {
                let mut recipients = vec![json!({"name": controller, "role": "recipient"})];
                recipients.extend(partners.iter().map(|p| json!({"name": p, "role": "onward_recipient"})));
                let fields: Vec<&str> = fields.iter().map(|f| f.as_str()).collect();
                json!({
                    "format": FORMAT,
                    "record_id": record,
                    "subject": subject,
                    "controller": {"name": controller, "enterprise_number": number, "contact": contact},
                    "notice": {"protocol": slug, "version": version_no, "language": language, "sha256": sha},
                    "purposes": purposes,
                    "legal_basis": legal_basis,
                    "fields": fields,
                    "recipients": recipients,
                    "retention": {"max_months": months, "identifiable": onward},
                    "withdrawal": {"method": "self-service, one action", "where": format!("{url}/me")},
                    "action": action,
                    "scopes_before": before,
                    "scopes_after": after,
                    "channel": "self_service",
                    "time": time,
                    "validity": {"from": "2026-01-01", "until": until},
                })
            },
        )
    }

    fn file_text(document: &Value) -> String {
        String::from_utf8(file_bytes(document)).expect("UTF-8")
    }

    proptest! {
        #![proptest_config(config(48))]

        #[test]
        fn a_receipt_file_is_one_text_that_reads_back_and_verifies(r in receipt()) {
            let keys = SigningKeys::generate();
            let document = sign(&keys, r.clone()).expect("canonical");
            let text = file_text(&document);
            prop_assert_eq!(verify(&text, &keys.public()), Ok(r["record_id"].as_str().unwrap_or_default().to_owned()));
            let read = canonical_json::read_canonical(&text).expect("canonical");
            prop_assert_eq!(&read, &document);
            prop_assert_eq!(file_text(&read), text.clone());
            prop_assert!(text.starts_with("{\"receipt\":{\"action\":") && text.ends_with("}}\n"), "{}", text);
            let at: Vec<usize> =
                RECEIPT_KEYS.iter().map(|k| text.find(&format!("\"{k}\":")).expect("every key")).collect();
            prop_assert!(at.windows(2).all(|w| w[0] < w[1]), "keys out of order in {}", text);
            prop_assert!(text.find("\"signature\":").expect("signed") > at[16]);
        }

        #[test]
        fn a_changed_field_no_longer_verifies(r in receipt(), key in prop::sample::select(RECEIPT_KEYS.to_vec()), other in text()) {
            let keys = SigningKeys::generate();
            let mut document = sign(&keys, r).expect("canonical");
            let before = document["receipt"][key].clone();
            document["receipt"][key] = Value::from(other);
            if document["receipt"][key] != before {
                prop_assert_eq!(verify(&file_text(&document), &keys.public()), Err(ReceiptError::BadSignature));
            }
        }

        #[test]
        fn one_character_changed_no_longer_verifies(
            r in receipt(),
            at in any::<prop::sample::Index>(),
            c in any::<char>(),
            insert: bool,
        ) {
            let keys = SigningKeys::generate();
            let text = file_text(&sign(&keys, r).expect("canonical"));
            let mut chars: Vec<char> = text.chars().collect();
            let i = at.index(chars.len());
            if insert { chars.insert(i, c) } else { chars[i] = c }
            let edited: String = chars.into_iter().collect();
            if edited != text {
                prop_assert!(verify(&edited, &keys.public()).is_err(), "{} verified", edited);
            }
        }
    }

    proptest! {
        #![proptest_config(config(256))]

        #[test]
        fn any_other_file_is_refused_never_a_panic(input in hostile()) {
            let keys = SigningKeys::generate();
            prop_assert!(verify(&input, &keys.public()).is_err());
        }
    }
}
