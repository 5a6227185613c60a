//! The protocol admin's desk: invitations and API clients.

pub mod home;
pub mod issued;
pub mod requests;
