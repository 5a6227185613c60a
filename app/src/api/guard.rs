//! The one authorization check at the top of every server function and page:
//! `authorize(Operation::X)` consults the role × operation matrix for the caller.

use crate::domain::authz::{Operation, Principal, actor_of, allows};
use crate::error::AppError;

/// The caller, as resolved by the server's session/token middleware.
#[cfg(feature = "ssr")]
pub fn principal() -> Option<Principal> {
    leptos::prelude::use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<Principal>().cloned())
}

/// Allows the operation for the current caller or says why not: `Unauthenticated` when
/// nobody is signed in and signing in could help, `Forbidden` otherwise.
#[cfg(feature = "ssr")]
pub fn authorize(op: Operation) -> Result<Option<Principal>, AppError> {
    decide(principal(), op)
}

pub fn decide(principal: Option<Principal>, op: Operation) -> Result<Option<Principal>, AppError> {
    let actor = actor_of(principal.as_ref());
    if allows(actor, op) {
        Ok(principal)
    } else if principal.is_none() {
        Err(AppError::Unauthenticated)
    } else {
        Err(AppError::Forbidden)
    }
}

/// As [`authorize`], for operations that need someone signed in.
#[cfg(feature = "ssr")]
pub fn authorize_signed_in(op: Operation) -> Result<Principal, AppError> {
    authorize(op)?.ok_or(AppError::Unauthenticated)
}
