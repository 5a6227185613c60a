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
