//! What a person typed to redeem an invitation, handed from the form handler (`POST /invite`)
//! to the page it renders.

/// A short code, as typed (trimmed), never part of any address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypedCode(pub String);
