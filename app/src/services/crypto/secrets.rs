//! One-time secrets: invitation links and short codes, API tokens. Only their SHA-256
//! hashes are stored; the clear value is returned once, to be shown once.

use crate::domain::audit::sha256_hex;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;

/// 256 random bits, URL-safe.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A code to type by hand: 12 characters of Crockford base32 (60 bits), shown as XXXX-XXXX-XXXX.
/// Redemption by code is rate-limited, which is what makes 60 bits enough.
pub fn new_short_code() -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut bytes = [0u8; 12];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let chars: Vec<char> = bytes.iter().map(|b| ALPHABET[(*b as usize) % 32] as char).collect();
    format!(
        "{}-{}-{}",
        chars[0..4].iter().collect::<String>(),
        chars[4..8].iter().collect::<String>(),
        chars[8..12].iter().collect::<String>()
    )
}

/// Normalises what a person typed (case, dashes, spaces, I/L/O confusions) before hashing.
pub fn normalise_short_code(typed: &str) -> String {
    let clean: String = typed
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| match c.to_ascii_uppercase() {
            'I' | 'L' => '1',
            'O' => '0',
            other => other,
        })
        .collect();
    clean
}

pub fn hash(secret: &str) -> String {
    sha256_hex(secret.as_bytes())
}

pub fn hash_short_code(code: &str) -> String {
    sha256_hex(normalise_short_code(code).as_bytes())
}

/// API tokens carry a prefix so that leaked ones are easy to recognise in scanners.
pub fn new_api_token() -> String {
    format!("spl_{}", new_secret())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_long_and_distinct() {
        let a = new_secret();
        assert!(a.len() >= 43, "256 bits in base64 is 43 characters");
        assert_ne!(a, new_secret());
    }

    #[test]
    fn short_codes_survive_typing_mistakes() {
        let code = new_short_code();
        assert_eq!(code.len(), 14);
        let typed = code.to_lowercase().replace('-', " ");
        assert_eq!(hash_short_code(&typed), hash_short_code(&code));
        assert_eq!(normalise_short_code("abcd-ilo0"), "ABCD1100");
    }
}
