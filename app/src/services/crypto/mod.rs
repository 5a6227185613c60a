//! Cryptographic utilities the operations use, not operations themselves: the portal's
//! Ed25519 keys, secrets and tokens, and signed consent receipts.

pub mod canonical_json;
pub mod keys;
pub mod receipts;
pub mod secrets;
