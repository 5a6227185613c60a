//! The way in and the account, for every audience: sign-in, enrolment by invitation, and the
//! signed-in account's passkeys and sessions.

pub mod account;
pub mod invite;
pub mod sign_in;
