//! The portal's Ed25519 signing key: signs audit checkpoints (and, later, consent receipts).
//! The secret never appears in logs or `Debug` output.

use crate::domain::audit::canonical_time;
use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use chrono::{DateTime, Utc};
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use sha2::{Digest, Sha256};

#[derive(Clone)]
pub struct SigningKeys {
    signing: SigningKey,
}

impl std::fmt::Debug for SigningKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SigningKeys(key_id={})", self.key_id())
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("the signing key must be 32 bytes, base64-encoded")]
pub struct BadKey;

impl SigningKeys {
    pub fn generate() -> Self {
        SigningKeys { signing: SigningKey::generate(&mut rand::rngs::OsRng) }
    }

    /// Reads a key written by [`SigningKeys::to_base64`].
    pub fn from_base64(text: &str) -> Result<Self, BadKey> {
        let bytes = B64.decode(text.trim()).map_err(|_| BadKey)?;
        let seed: [u8; 32] = bytes.try_into().map_err(|_| BadKey)?;
        Ok(SigningKeys { signing: SigningKey::from_bytes(&seed) })
    }

    pub fn to_base64(&self) -> String {
        B64.encode(self.signing.to_bytes())
    }

    /// The public half: all a verifier (an auditor, a person checking a receipt) needs.
    pub fn public(&self) -> PublicKey {
        PublicKey(self.signing.verifying_key())
    }

    pub fn public_key_base64(&self) -> String {
        self.public().to_base64()
    }

    /// SHA-256 of the public key, hex: names the key in stored signatures.
    pub fn key_id(&self) -> String {
        self.public().key_id()
    }

    /// Signs arbitrary bytes (consent receipts); base64 signature.
    pub fn sign_bytes(&self, message: &[u8]) -> String {
        B64.encode(self.signing.sign(message).to_bytes())
    }

    pub fn sign_checkpoint(&self, size: i64, head_hash: &str, signed_at: &DateTime<Utc>) -> String {
        B64.encode(self.signing.sign(&checkpoint_message(size, head_hash, signed_at)).to_bytes())
    }
}

fn checkpoint_message(size: i64, head_hash: &str, signed_at: &DateTime<Utc>) -> Vec<u8> {
    format!("portal.audit.checkpoint.v1\n{size}\n{head_hash}\n{}", canonical_time(signed_at)).into_bytes()
}

/// The portal's published Ed25519 key (`GET /receipts/public-key`): checks receipts and
/// checkpoints, and can sign nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicKey(VerifyingKey);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("a public key must be 32 bytes, base64-encoded, as /receipts/public-key publishes it")]
pub struct BadPublicKey;

impl PublicKey {
    pub fn from_base64(text: &str) -> Result<Self, BadPublicKey> {
        let bytes: [u8; 32] = B64.decode(text.trim()).ok().and_then(|b| b.try_into().ok()).ok_or(BadPublicKey)?;
        VerifyingKey::from_bytes(&bytes).map(PublicKey).map_err(|_| BadPublicKey)
    }

    pub fn to_base64(&self) -> String {
        B64.encode(self.0.to_bytes())
    }

    /// SHA-256 of the key, hex: how receipts and checkpoints name the key that signed them.
    pub fn key_id(&self) -> String {
        hex::encode(Sha256::digest(self.0.to_bytes()))
    }

    /// Whether `signature_b64` signs `message`; anything malformed is simply "not valid".
    pub fn verifies(&self, message: &[u8], signature_b64: &str) -> bool {
        let Ok(bytes) = B64.decode(signature_b64) else { return false };
        let Ok(sig) = Signature::from_slice(&bytes) else { return false };
        self.0.verify(message, &sig).is_ok()
    }

    pub fn verifies_checkpoint(&self, size: i64, head_hash: &str, signed_at: &DateTime<Utc>, signature: &str) -> bool {
        self.verifies(&checkpoint_message(size, head_hash, signed_at), signature)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checkpoint_signatures_verify_and_detect_changes() {
        let keys = SigningKeys::generate();
        let t = Utc::now();
        let sig = keys.sign_checkpoint(10, "abc", &t);
        let public = keys.public();
        assert!(public.verifies_checkpoint(10, "abc", &t, &sig));
        assert!(!public.verifies_checkpoint(11, "abc", &t, &sig));
        assert!(!public.verifies_checkpoint(10, "abd", &t, &sig));
        assert!(!SigningKeys::generate().public().verifies_checkpoint(10, "abc", &t, &sig));
    }

    #[test]
    fn keys_round_trip_through_base64_and_bad_keys_are_refused() {
        let keys = SigningKeys::generate();
        let again = SigningKeys::from_base64(&keys.to_base64()).unwrap();
        assert_eq!(keys.key_id(), again.key_id());
        assert_eq!(SigningKeys::from_base64("c2hvcnQ=").unwrap_err(), BadKey);
        assert!(!format!("{keys:?}").contains(&keys.to_base64()));
        let public = PublicKey::from_base64(&keys.public_key_base64()).unwrap();
        assert_eq!(public.key_id(), keys.key_id());
        assert_eq!(PublicKey::from_base64("c2hvcnQ="), Err(BadPublicKey));
    }
}
