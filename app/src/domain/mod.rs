//! Pure types and rules of the protocol: no I/O, unit-tested beside the code.

pub mod approval;
#[cfg(feature = "ssr")]
pub mod audit;
pub mod authz;
pub mod breach;
pub mod callers;
pub mod consent;
pub mod deadline;
pub mod disclosure;
pub mod feed;
pub mod fields;
pub mod free_text;
pub mod function_profile;
#[cfg(test)]
mod hostile_input;
pub mod ids;
pub mod invitation;
pub mod jobs;
pub mod locale;
pub mod notification;
pub mod onward;
pub mod outbox;
pub mod protocol;
pub mod protocol_terms;
pub mod pseudonym;
pub mod rectification;
pub mod redirect;
pub mod registers;
pub mod retention;
pub mod roles;
pub mod session;
pub mod text;
pub mod time;

/// A value that failed to parse: what was expected, as a Fluent message id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub message_id: &'static str,
}

impl ParseError {
    /// Refused, for the reason this message explains.
    pub const fn new(message_id: &'static str) -> ParseError {
        ParseError { message_id }
    }
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message_id)
    }
}

impl std::error::Error for ParseError {}

/// Declares a closed set of string-coded values: `as_str`, `parse`, `ALL`, serde as the code,
/// and (on the server) its schema for the API's contract.
macro_rules! coded_enum {
    ($(#[$meta:meta])* $name:ident, $err:literal { $($(#[$vmeta:meta])* $variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
                 serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $code)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn parse(s: &str) -> Result<Self, $crate::domain::ParseError> {
                match s {
                    $($code => Ok($name::$variant),)+
                    _ => Err($crate::domain::ParseError { message_id: $err }),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        /// In the API's contract: a string, one of the codes.
        #[cfg(feature = "ssr")]
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some([$($code),+]))
                    .into()
            }
        }

        #[cfg(feature = "ssr")]
        impl utoipa::ToSchema for $name {}
    };
}
pub(crate) use coded_enum;
