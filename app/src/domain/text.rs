//! Validated text: each value that crosses a service boundary as text is parsed once, here,
//! into a type that can only hold a valid value (zero2prod's `SubscriberEmail`).

use super::ParseError;
use super::free_text::{Lines, TextError, clean};

fn refuse<T>(message_id: &'static str) -> Result<T, ParseError> {
    Err(ParseError::new(message_id))
}

/// Declares a text newtype: `as_str`, `into_inner`, `Display`, serde as the text.
macro_rules! text_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_inner(self) -> String {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

text_type!(
    /// A Belgian or international phone number in its one stored form: `+` and digits, or
    /// digits starting with `0` (separators dropped).
    Phone
);

impl Phone {
    /// Starts with `+` or `0`, 8 to 15 digits, and only spaces, dots, slashes, dashes and
    /// brackets between them.
    pub fn parse(raw: &str) -> Result<Phone, ParseError> {
        let value = raw.trim();
        let (plus, rest) = match value.strip_prefix('+') {
            Some(rest) => (true, rest),
            None => (false, value),
        };
        if !rest.chars().all(|c| c.is_ascii_digit() || " ./-()".contains(c)) {
            return refuse("correction-error-phone");
        }
        let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
        if !(8..=15).contains(&digits.len()) || (!plus && !digits.starts_with('0')) {
            return refuse("correction-error-phone");
        }
        Ok(Phone(if plus { format!("+{digits}") } else { digits }))
    }
}

text_type!(
    /// An e-mail address: one `@`, a dotted domain, no spaces, at most 254 characters.
    Email
);

impl Email {
    pub fn parse(raw: &str) -> Result<Email, ParseError> {
        let value = raw.trim();
        let Some((local, domain)) = value.split_once('@') else { return refuse("correction-error-email") };
        let ok = !local.is_empty()
            && !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !value.chars().any(|c| c.is_whitespace() || "<>()[]\\,;:\"".contains(c))
            && value.len() <= 254
            // No control, zero-width or direction characters (the one rule for text people type).
            && crate::domain::free_text::clean(value, crate::domain::free_text::Lines::One, 254).as_deref() == Ok(value);
        if ok { Ok(Email(value.to_owned())) } else { refuse("correction-error-email") }
    }
}

text_type!(
    /// The agency's dossier reference of a person (e.g. `KBI-2021-000123`).
    DossierRef
);

impl DossierRef {
    pub const MAX_CHARS: usize = 40;

    pub fn parse(raw: &str) -> Result<DossierRef, ParseError> {
        let value = raw.trim();
        if value.is_empty() {
            return refuse("assisted-error-dossier-required");
        }
        if value.chars().count() > Self::MAX_CHARS || !value.chars().all(|c| c.is_alphanumeric() || "-_./".contains(c))
        {
            return refuse("assisted-error-unknown-dossier");
        }
        Ok(DossierRef(value.to_owned()))
    }
}

text_type!(
    /// A person's own words on a correction request: required, at most 1000 characters.
    Statement
);

impl Statement {
    /// Kept well under a cookie's size so a refused draft can be given back.
    pub const MAX_CHARS: usize = 1000;

    pub fn parse(raw: &str) -> Result<Statement, ParseError> {
        match clean(raw, Lines::Many, Self::MAX_CHARS) {
            Ok(s) => Ok(Statement(s)),
            Err(TextError::Empty) => refuse("correction-error-statement-empty"),
            Err(TextError::TooLong) => refuse("correction-error-statement-too-long"),
            Err(TextError::Characters) => refuse("error-text-characters"),
        }
    }
}

text_type!(
    /// Why an officer rejects a request: required — the person is told it, with how to complain.
    Reason
);

impl Reason {
    pub const MAX_CHARS: usize = 2000;

    pub fn parse(raw: &str) -> Result<Reason, ParseError> {
        match clean(raw, Lines::Many, Self::MAX_CHARS) {
            Ok(s) => Ok(Reason(s)),
            Err(TextError::Empty) => refuse("correction-error-reason-required"),
            Err(TextError::TooLong) => refuse("correction-error-reason-too-long"),
            Err(TextError::Characters) => refuse("error-text-characters"),
        }
    }
}

text_type!(
    /// A name a person or staff member gives: a passkey's ("Telefoon van Amal"), a staff
    /// member's display name, an API client's. One line, at most `max` characters.
    Name
);

impl Name {
    /// `empty` and `too_long` are the field's own messages.
    pub fn parse(raw: &str, max: usize, empty: &'static str, too_long: &'static str) -> Result<Name, ParseError> {
        match clean(raw, Lines::One, max) {
            Ok(s) => Ok(Name(s)),
            Err(TextError::Empty) => refuse(empty),
            Err(TextError::TooLong) => refuse(too_long),
            Err(TextError::Characters) => refuse("error-text-characters"),
        }
    }
}

/// How a name is compared in a search: lower case, accents and other marks dropped, spaces
/// folded, so that "Amélie  Dubois" matches "amelie dub".
pub fn search_key(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let folded: String = text.nfd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase).collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id<T: std::fmt::Debug>(r: Result<T, ParseError>) -> &'static str {
        r.unwrap_err().message_id
    }

    #[test]
    fn search_keys_ignore_case_accents_and_spacing() {
        assert_eq!(search_key("  Amélie   DUBOIS "), "amelie dubois");
        assert!(search_key("Amélie Dubois").contains(&search_key("amelie dub")));
        assert_eq!(search_key("Çağrı"), "cagrı");
        assert_eq!(search_key("سمير"), "سمير");
    }

    #[test]
    fn phone_numbers_have_one_stored_form() {
        assert_eq!(Phone::parse("+32 470 12.34.56").unwrap().as_str(), "+32470123456");
        assert_eq!(Phone::parse("02/345 67 89").unwrap().as_str(), "023456789");
        assert_eq!(Phone::parse("+32 470 12 34 56"), Phone::parse("+32470123456"));
        for bad in ["12345", "0470 12 34 5x", "470123456", "+32 470 12 34 56 78 90 12", ""] {
            assert_eq!(id(Phone::parse(bad)), "correction-error-phone", "{bad}");
        }
    }

    #[test]
    fn emails_need_one_at_and_a_domain() {
        assert_eq!(Email::parse(" a.b@example.be ").unwrap().as_str(), "a.b@example.be");
        let disguised = ["\u{200b}a@b.be", "a\u{7}@b.be", "a@b.be\u{202e}", "<script>a@b.be", "a,b@c.be"];
        for bad in ["a.example.be", "a@b", "a@@b.be", "a b@c.be", "@c.be", "a@.be"].into_iter().chain(disguised) {
            assert_eq!(id(Email::parse(bad)), "correction-error-email", "{bad}");
        }
    }

    #[test]
    fn dossier_references_are_trimmed_and_bounded() {
        assert_eq!(DossierRef::parse(" KBI-2021-000123 ").unwrap().as_str(), "KBI-2021-000123");
        assert_eq!(id(DossierRef::parse("  ")), "assisted-error-dossier-required");
        assert_eq!(id(DossierRef::parse(&"x".repeat(41))), "assisted-error-unknown-dossier");
        assert_eq!(id(DossierRef::parse("KBI 1; DROP")), "assisted-error-unknown-dossier");
    }

    #[test]
    fn statements_and_reasons_are_required_and_bounded() {
        assert_eq!(id(Statement::parse(" ")), "correction-error-statement-empty");
        assert_eq!(id(Statement::parse(&"م".repeat(1001))), "correction-error-statement-too-long");
        assert_eq!(Statement::parse(" Ik ben verhuisd. ").unwrap().as_str(), "Ik ben verhuisd.");
        assert_eq!(id(Reason::parse("  ")), "correction-error-reason-required");
        assert_eq!(Reason::parse(" Geen bewijs. ").unwrap().into_inner(), "Geen bewijs.");
        assert_eq!(id(Reason::parse(&"x".repeat(2001))), "correction-error-reason-too-long");
        assert_eq!(id(Statement::parse("a\u{0}b")), "error-text-characters");
        assert_eq!(id(Reason::parse("\u{202E}tpecca")), "error-text-characters");
        assert_eq!(
            Statement::parse("Ik ben verhuisd.\nZie bijlage.").unwrap().as_str(),
            "Ik ben verhuisd.\nZie bijlage."
        );
    }

    // A phone number or e-mail address is stored, compared (is this the address on file?) and
    // shown in the form `parse` returns; a dossier reference finds a person. Each must read back
    // as itself, hold the shape and length its column and the people reading it rely on, and
    // every well-formed value someone types must get in.
    mod properties {
        use super::*;
        use crate::domain::hostile_input::{config, hostile, typed_char};
        use proptest::prelude::*;

        fn separated(digits: &str, seps: &[&'static str]) -> String {
            digits.chars().zip(seps.iter().cycle()).map(|(d, s)| format!("{d}{s}")).collect()
        }

        proptest! {
            #![proptest_config(config(256))]

            #[test]
            fn an_accepted_phone_number_is_plus_or_zero_and_eight_to_fifteen_digits(input in hostile()) {
                if let Ok(p) = Phone::parse(&input) {
                    prop_assert_eq!(Phone::parse(p.as_str()), Ok(p.clone()));
                    let digits = p.as_str().strip_prefix('+').unwrap_or(p.as_str());
                    prop_assert!((8..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()));
                    prop_assert!(p.as_str().starts_with('+') || p.as_str().starts_with('0'));
                }
            }

            #[test]
            fn a_typed_number_is_its_digits_whatever_the_separators(
                plus: bool,
                digits in "[0-9]{1,20}",
                seps in prop::collection::vec(prop::sample::select(vec!["", "", " ", ".", "/", "-", "(", ")"]), 1..6),
            ) {
                let digits = if plus { digits } else { format!("0{digits}") };
                let typed = format!(" {}{} ", if plus { "+" } else { "" }, separated(&digits, &seps));
                let stored = if plus { format!("+{digits}") } else { digits.clone() };
                let parsed = Phone::parse(&typed).map(Phone::into_inner);
                if (8..=15).contains(&digits.len()) {
                    prop_assert_eq!(parsed, Ok(stored));
                } else {
                    prop_assert_eq!(parsed, Err(ParseError::new("correction-error-phone")));
                }
            }

            #[test]
            fn an_accepted_address_has_one_at_no_space_and_at_most_254_bytes(input in hostile()) {
                if let Ok(e) = Email::parse(&input) {
                    prop_assert_eq!(Email::parse(e.as_str()), Ok(e.clone()));
                    prop_assert!(e.as_str().len() <= 254 && e.as_str().matches('@').count() == 1);
                    prop_assert!(!e.as_str().chars().any(char::is_whitespace));
                }
            }

            #[test]
            fn a_well_formed_address_is_accepted_up_to_254_bytes(
                local in "[a-z0-9][a-z0-9._%+-]{0,80}",
                labels in prop::collection::vec("[a-z0-9][a-z0-9-]{0,62}", 2..5),
            ) {
                let address = format!("{local}@{}", labels.join("."));
                let parsed = Email::parse(&format!("  {address} ")).map(Email::into_inner);
                if address.len() <= 254 {
                    prop_assert_eq!(parsed, Ok(address));
                } else {
                    prop_assert_eq!(parsed, Err(ParseError::new("correction-error-email")));
                }
            }

            #[test]
            fn an_accepted_dossier_reference_is_one_word_of_at_most_40(input in hostile()) {
                if let Ok(d) = DossierRef::parse(&input) {
                    prop_assert_eq!(DossierRef::parse(d.as_str()), Ok(d.clone()));
                    prop_assert!(!d.as_str().is_empty() && d.as_str().chars().count() <= DossierRef::MAX_CHARS);
                    prop_assert!(d.as_str().chars().all(|c| c.is_alphanumeric() || "-_./".contains(c)));
                }
            }

            #[test]
            fn dossier_references_are_accepted_to_40_characters(r in "[A-Za-z0-9._/-]{1,60}") {
                let parsed = DossierRef::parse(&format!(" {r} ")).map(DossierRef::into_inner);
                if r.chars().count() <= DossierRef::MAX_CHARS {
                    prop_assert_eq!(parsed, Ok(r));
                } else {
                    prop_assert_eq!(parsed, Err(ParseError::new("assisted-error-unknown-dossier")));
                }
            }

            #[test]
            fn statements_reasons_and_names_read_back_and_keep_their_limit(input in hostile(), max in 1usize..300) {
                if let Ok(s) = Statement::parse(&input) {
                    prop_assert!(s.as_str().chars().count() <= Statement::MAX_CHARS);
                    prop_assert_eq!(Statement::parse(s.as_str()), Ok(s.clone()));
                }
                if let Ok(r) = Reason::parse(&input) {
                    prop_assert!(r.as_str().chars().count() <= Reason::MAX_CHARS);
                    prop_assert_eq!(Reason::parse(r.as_str()), Ok(r.clone()));
                }
                if let Ok(n) = Name::parse(&input, max, "empty", "long") {
                    prop_assert!(n.as_str().chars().count() <= max && !n.as_str().contains('\n'));
                    prop_assert_eq!(Name::parse(n.as_str(), max, "empty", "long"), Ok(n.clone()));
                }
            }

            #[test]
            fn one_character_over_the_limit_is_refused(c in typed_char(), max in 1usize..120) {
                let at = |n: usize| c.to_string().repeat(n);
                prop_assert_eq!(Statement::parse(&at(Statement::MAX_CHARS)).map(Statement::into_inner), Ok(at(1000)));
                prop_assert_eq!(id(Statement::parse(&at(Statement::MAX_CHARS + 1))), "correction-error-statement-too-long");
                prop_assert_eq!(Reason::parse(&at(Reason::MAX_CHARS)).map(Reason::into_inner), Ok(at(2000)));
                prop_assert_eq!(id(Reason::parse(&at(Reason::MAX_CHARS + 1))), "correction-error-reason-too-long");
                prop_assert_eq!(Name::parse(&at(max), max, "e", "long").map(Name::into_inner), Ok(at(max)));
                prop_assert_eq!(id(Name::parse(&at(max + 1), max, "e", "long")), "long");
            }

            #[test]
            fn search_keys_do_not_depend_on_how_accents_were_typed(input in hostile()) {
                use unicode_normalization::UnicodeNormalization;
                let key = search_key(&input);
                prop_assert_eq!(&key, &search_key(&input.nfc().collect::<String>()));
                prop_assert_eq!(&key, &search_key(&input.nfd().collect::<String>()));
                prop_assert!(key.trim() == key && !key.contains("  "));
            }
        }
    }

    #[test]
    fn names_are_one_clean_line() {
        let parse = |raw: &str| Name::parse(raw, 10, "empty", "long");
        assert_eq!(parse(" Telefoon ").unwrap().as_str(), "Telefoon");
        assert_eq!(id(parse(" ")), "empty");
        assert_eq!(id(parse("Telefoon van Amal")), "long");
        assert_eq!(id(parse("Jan\u{200B}")), "error-text-characters");
        assert_eq!(id(parse("a\nb")), "error-text-characters");
    }
}
