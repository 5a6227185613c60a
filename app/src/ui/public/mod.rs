//! Pages for everyone, without login: home, published protocols (art. 10), the accessibility
//! statement, not found.

pub mod accessibility;
pub mod home;
pub mod not_found;
pub mod protocol;
