//! The one authorization call at the top of every handler — server function, page, REST
//! handler, form handler: `require::<PersonCaller>(Operation::X)` (or its short forms
//! `require_person`, `require_staff`, `require_account`, `require_anyone`; REST handlers call
//! `decide::<ApiCaller>` on the request's principal) consults the role ×
//! operation matrix for the caller and returns the caller typed, with the fields the handler
//! needs. Tenancy is then checked on that value (`StaffCaller::own_party`).

#[cfg(feature = "ssr")]
use crate::domain::authz::{AccountCaller, AnyCaller, PersonCaller, StaffCaller};
use crate::domain::authz::{Caller, CallerMismatch, Operation, Principal, actor_of, allows};
use crate::error::AppError;

/// The caller, as resolved by the server's session/token middleware.
#[cfg(feature = "ssr")]
pub fn principal() -> Option<Principal> {
    leptos::prelude::use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<Principal>().cloned())
}

/// Allows the operation for `principal` or says why not: `Unauthenticated` when nobody is
/// signed in and signing in could help, `Forbidden` otherwise. The matrix decides; then the
/// caller must be of the kind the handler serves (a person page refuses staff even where the
/// matrix would let both through).
pub fn decide<C: Caller>(principal: Option<Principal>, op: Operation) -> Result<C, AppError> {
    let actor = actor_of(principal.as_ref());
    if !allows(actor, op) {
        // Who was refused what, by role only: the log holds no person's identity or data.
        #[cfg(feature = "ssr")]
        tracing::info!(operation = op.as_str(), caller = actor.column(), "authorization refused");
        return Err(if principal.is_none() { AppError::Unauthenticated } else { AppError::Forbidden });
    }
    C::from_principal(principal).map_err(|m| match m {
        CallerMismatch::Anonymous => AppError::Unauthenticated,
        CallerMismatch::OtherKind => AppError::Forbidden,
    })
}

/// [`decide`] for the current request (server functions and pages).
#[cfg(feature = "ssr")]
pub fn require<C: Caller>(op: Operation) -> Result<C, AppError> {
    decide(principal(), op)
}

#[cfg(feature = "ssr")]
pub fn require_person(op: Operation) -> Result<PersonCaller, AppError> {
    require(op)
}

#[cfg(feature = "ssr")]
pub fn require_staff(op: Operation) -> Result<StaffCaller, AppError> {
    require(op)
}

#[cfg(feature = "ssr")]
pub fn require_account(op: Operation) -> Result<AccountCaller, AppError> {
    require(op)
}

#[cfg(feature = "ssr")]
pub fn require_anyone(op: Operation) -> Result<AnyCaller, AppError> {
    require(op)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::authz::{AnyCaller, PersonCaller, StaffCaller};
    use crate::domain::roles::Role;

    #[test]
    fn the_matrix_decides_then_the_kind_of_caller() {
        use crate::domain::ids::{PartyId, SessionId, StaffId};
        let staff = Principal::Staff {
            staff_id: StaffId(1),
            public_id: "s".into(),
            party_id: PartyId(1),
            role: Role::AgencyDpo,
            function_profile_id: None,
            session_id: SessionId(1),
        };
        assert_eq!(decide::<PersonCaller>(None, Operation::OwnConsent), Err(AppError::Unauthenticated));
        assert_eq!(decide::<PersonCaller>(Some(staff.clone()), Operation::OwnConsent), Err(AppError::Forbidden));
        assert!(decide::<StaffCaller>(Some(staff.clone()), Operation::ReadAuditStatus).is_ok());
        // Allowed by the matrix for every signed-in account, but a person handler refuses staff.
        assert_eq!(decide::<PersonCaller>(Some(staff), Operation::OwnAccount), Err(AppError::Forbidden));
        assert!(decide::<AnyCaller>(None, Operation::ReadPublicPages).is_ok());
    }
}
