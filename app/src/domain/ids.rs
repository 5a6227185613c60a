//! Typed ids: a person's id and a party's id are different things, and the compiler keeps
//! them apart at every service boundary (`for_staff(db, party, profile)` cannot be called with
//! the two swapped). The number inside is the database row's id.

/// Declares an id type: a transparent `i32` with `Display`.
macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i32);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// An inburgeraar.
    PersonId
);
id_type!(
    /// A staff member of the agency or a municipality.
    StaffId
);
id_type!(
    /// The agency, a municipality or a partner organisation.
    PartyId
);
id_type!(
    /// A municipality's function profile (art. 4).
    ProfileId
);
id_type!(
    /// A municipality system's API client.
    ApiClientId
);
id_type!(
    /// A signed-in session.
    SessionId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_serialise_as_their_number() {
        assert_eq!(serde_json::to_string(&PersonId(7)).unwrap(), "7");
        assert_eq!(serde_json::from_str::<PartyId>("3").unwrap(), PartyId(3));
        assert_eq!(ProfileId(12).to_string(), "12");
    }
}
