//! A person's reference in one recipient party's space (the API's `person`): 32 lowercase hex
//! characters, random per party × person, so two parties' references cannot be joined. A
//! reference that is not of this form names nobody: "not found", like another party's.

/// A syntactically valid reference; whether it names anyone in the caller's space is the
/// store's to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRef(String);

impl PersonRef {
    pub const LEN: usize = 32;

    /// `None` for anything that cannot be a reference.
    pub fn parse(s: &str) -> Option<PersonRef> {
        (s.len() == Self::LEN && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
            .then(|| PersonRef(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // A reference is looked up as given: one that is not exactly 32 lowercase hex characters
    // must name nobody, never reach the query in another form.
    mod properties {
        use super::*;
        use crate::domain::hostile_input::{config, hostile};
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(config(256))]

            #[test]
            fn a_reference_is_exactly_32_lowercase_hex(input in prop_oneof![hostile(), "[0-9a-fA-F]{30,34}"]) {
                let lowercase_hex = input.len() == PersonRef::LEN
                    && input.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
                let parsed = PersonRef::parse(&input);
                prop_assert_eq!(parsed.is_some(), lowercase_hex);
                if let Some(r) = parsed {
                    prop_assert_eq!(r.as_str(), input.as_str());
                }
            }
        }
    }

    #[test]
    fn only_32_lowercase_hex_is_a_reference() {
        assert!(PersonRef::parse("0123456789abcdef0123456789abcdef").is_some());
        for s in ["", "0123456789ABCDEF0123456789abcdef", "0123456789abcdef0123456789abcde", "../x", "1 OR 1=1"] {
            assert_eq!(PersonRef::parse(s), None, "{s:?}");
        }
    }
}
