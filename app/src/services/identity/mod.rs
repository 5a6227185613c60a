//! Who is who: sessions, passkeys (WebAuthn ceremonies and their management), invitations and
//! API clients.

pub mod credentials;
pub mod passkeys;
pub mod sessions;
