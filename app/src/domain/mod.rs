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
pub(crate) mod hostile_input;
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
pub mod source_record;
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

// Every closed code list is written to and read from the database and the API by its code:
// each value must read back from its code and from nothing else (no case folding, no
// trimming, no prefix), so a stored or typed code can never name two values, nor a value the
// domain does not know — the schema policy leaves this check to the domain alone.
#[cfg(test)]
mod coded_enum_properties {
    use proptest::prelude::*;

    /// The parts of a `coded_enum!` the properties use, for each of them.
    trait Coded: Sized + Copy + Eq + std::fmt::Debug + serde::Serialize + serde::de::DeserializeOwned + 'static {
        const ALL: &'static [Self];
        fn code(self) -> &'static str;
        fn read(s: &str) -> Result<Self, super::ParseError>;
    }

    macro_rules! every_coded_enum {
        ($($t:path),+ $(,)?) => {
            $(impl Coded for $t {
                const ALL: &'static [Self] = <$t>::ALL;
                fn code(self) -> &'static str { self.as_str() }
                fn read(s: &str) -> Result<Self, super::ParseError> { <$t>::parse(s) }
            })+

            /// Runs `check` on every coded enum of the domain.
            fn each(check: &mut dyn FnMut(&dyn Fn(&str) -> Option<&'static str>, &str, &[&'static str])) {
                $(
                    let codes: Vec<&'static str> = <$t as Coded>::ALL.iter().map(|v| v.code()).collect();
                    check(&|s| <$t as Coded>::read(s).ok().map(Coded::code), stringify!($t), &codes);
                )+
            }

            const LISTED: usize = [$(stringify!($t)),+].len();

            #[test]
            fn each_value_reads_back_from_its_code_and_serde_writes_the_code() {
                $(each_value_reads_back::<$t>();)+
            }
        };
    }

    every_coded_enum!(
        super::approval::ApprovalKind,
        super::approval::ApprovalDecision,
        super::approval::ApprovalStatus,
        super::approval::Handover,
        super::authz::Operation,
        super::breach::BreachStep,
        super::consent::ConsentAction,
        super::consent::ConsentChannel,
        super::disclosure::DisclosureChannel,
        super::fields::Field,
        super::fields::FieldCategory,
        super::fields::DutchLevel,
        super::fields::MoStatus,
        super::invitation::InvitationStatus,
        super::jobs::Job,
        super::locale::Locale,
        super::notification::NotificationKind,
        super::outbox::OutboxChannel,
        super::outbox::OutboxStatus,
        super::outbox::RecoveryVia,
        super::protocol::VersionStatus,
        super::protocol::TerminationKind,
        super::protocol::ProtocolState,
        super::rectification::RequestStatus,
        super::rectification::FiledBy,
        super::rectification::RectificationStep,
        super::roles::Role,
        super::roles::PartyKind,
    );

    fn each_value_reads_back<T: Coded>() {
        let mut codes: Vec<&str> = T::ALL.iter().map(|v| v.code()).collect();
        for v in T::ALL {
            assert_eq!(T::read(v.code()), Ok(*v));
            assert_eq!(serde_json::to_value(v).unwrap(), serde_json::Value::from(v.code()));
            assert_eq!(serde_json::from_value::<T>(v.code().into()).unwrap(), *v);
        }
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), T::ALL.len(), "{} has a code twice", std::any::type_name::<T>());
    }

    #[test]
    fn every_coded_enum_of_the_domain_is_listed_here() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/domain");
        let declared: usize = std::fs::read_dir(dir)
            .expect("the domain's sources")
            .map(|f| std::fs::read_to_string(f.expect("a file").path()).unwrap_or_default())
            .map(|source| source.lines().filter(|l| l.starts_with("coded_enum!(")).count())
            .sum();
        assert_eq!(declared, LISTED, "a coded_enum! was added or removed: list it in every_coded_enum!");
    }

    proptest! {
        #![proptest_config(super::hostile_input::config(256))]

        #[test]
        fn a_code_reads_only_as_itself(input in prop_oneof![
            super::hostile_input::hostile(),
            "[a-zA-Z_ -]{0,24}",
        ], (upper, pad) in (any::<bool>(), "[ \\t]{0,1}")) {
            each(&mut |read, name, codes| {
                match read(&input) {
                    Some(code) => assert_eq!(code, input, "{name} read {input:?}"),
                    None => assert!(!codes.contains(&input.as_str()), "{name} refused its code {input:?}"),
                }
                for code in codes {
                    let other = if upper { code.to_ascii_uppercase() } else { format!("{pad}{code}{pad}") };
                    assert_eq!(read(&other).is_some(), other == *code, "{name} read {other:?}");
                }
            });
        }
    }
}
