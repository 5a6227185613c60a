//! Pages for everyone, without login: home, published protocols (art. 10), not found.

pub mod home;
pub mod not_found;
pub mod protocol;
