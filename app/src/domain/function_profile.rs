//! Art. 4: a municipality keeps a list of function profiles — which fields a function may read,
//! and why — and keeps it current. The rules for a profile's content; its revisions are kept by
//! the register (`services::function_profiles`).

use super::ParseError;
use super::fields::Field;
use super::free_text::{Lines, clean};
use super::text::Name;
use std::collections::BTreeSet;

pub const MAX_NAME: usize = 120;
pub const MAX_PURPOSE: usize = 300;

/// A profile as the municipality admin writes it, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileDraft {
    pub name: String,
    pub purpose: String,
    /// Chosen from the art. 3 catalogue, never beyond it; at least one.
    pub fields: BTreeSet<Field>,
}

impl ProfileDraft {
    pub fn parse(name: &str, purpose: &str, fields: &[String]) -> Result<ProfileDraft, (&'static str, ParseError)> {
        let name = Name::parse(name, MAX_NAME, "profile-error-name-required", "profile-error-name-too-long")
            .map_err(|e| ("name", e))?
            .into_inner();
        let purpose = clean(purpose, Lines::Many, MAX_PURPOSE)
            .map_err(|e| ("purpose", e.refusal("profile-error-purpose-required", "profile-error-purpose-too-long")))?;
        let mut chosen = BTreeSet::new();
        for f in fields {
            chosen.insert(Field::parse(f).map_err(|_| ("fields", ParseError::new("profile-error-field-unknown")))?);
        }
        if chosen.is_empty() {
            return Err(("fields", ParseError::new("profile-error-fields-required")));
        }
        Ok(ProfileDraft { name, purpose, fields: chosen })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(name: &str, purpose: &str, fields: &[&str]) -> (&'static str, &'static str) {
        let fields: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
        let (field, e) = ProfileDraft::parse(name, purpose, &fields).unwrap_err();
        (field, e.message_id)
    }

    #[test]
    fn a_profile_names_its_purpose_and_at_least_one_catalogue_field() {
        let fields = vec!["phone".to_owned(), "given_name".to_owned(), "phone".to_owned()];
        let p = ProfileDraft::parse("  Onthaal ", "Uitnodigen voor een\ninfosessie", &fields).unwrap();
        assert_eq!(p.name, "Onthaal");
        assert_eq!(p.fields, [Field::GivenName, Field::Phone].into());
        assert_eq!(refused("", "x", &["phone"]), ("name", "profile-error-name-required"));
        assert_eq!(refused(&"n".repeat(121), "x", &["phone"]), ("name", "profile-error-name-too-long"));
        assert_eq!(refused("n", " ", &["phone"]), ("purpose", "profile-error-purpose-required"));
        assert_eq!(refused("n", &"p".repeat(301), &["phone"]), ("purpose", "profile-error-purpose-too-long"));
        assert_eq!(refused("n", "p", &[]), ("fields", "profile-error-fields-required"));
        assert_eq!(refused("n", "p", &["national_number"]), ("fields", "profile-error-field-unknown"));
        assert_eq!(refused("n\u{202E}", "p", &["phone"]), ("name", "error-text-characters"));
    }
}
