//! The municipality's registers of organisations: partner organisations it passes data on to
//! (art. 4) and processors that handle the data for it (art. 6, GDPR 28). The rules for an
//! entry's content, and the Belgian enterprise number.

use super::ParseError;
use super::free_text::{Lines, clean};
use super::text::Name;
use super::time::parse_day;
use chrono::NaiveDate;

pub const MAX_NAME: usize = 200;
pub const MAX_TEXT: usize = 1000;

/// A Belgian enterprise number (KBO/BCE): ten digits, the first 0 or 1, the last two
/// 97 − (the first eight mod 97). Stored as `0123.456.789`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnterpriseNumber(String);

impl EnterpriseNumber {
    /// Accepts `0123.456.789`, `0123 456 789`, `0123456789`, with or without `BE`.
    pub fn parse(raw: &str) -> Result<EnterpriseNumber, ParseError> {
        let refused = || ParseError::new("organisation-error-enterprise-number");
        let trimmed = raw.trim();
        let rest = trimmed.strip_prefix("BE").or_else(|| trimmed.strip_prefix("be")).unwrap_or(trimmed);
        if !rest.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ' ')) {
            return Err(refused());
        }
        let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
        if digits.len() != 10 || !matches!(digits.as_bytes()[0], b'0' | b'1') {
            return Err(refused());
        }
        let base: u64 = digits[..8].parse().map_err(|_| refused())?;
        let check: u64 = digits[8..].parse().map_err(|_| refused())?;
        if 97 - base % 97 != check {
            return Err(refused());
        }
        Ok(EnterpriseNumber(format!("{}.{}.{}", &digits[..4], &digits[4..7], &digits[7..])))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The readable part of a party's slug, from its name: lower-case ASCII letters and digits
/// joined by `-` (accents dropped, at most 40 characters); `org` when nothing is left. The
/// register adds a random suffix, so two organisations of one name stay apart.
pub fn slug_stem(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut stem = String::new();
    for c in name.nfd().filter(char::is_ascii).map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_alphanumeric() {
            stem.push(c);
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
        if stem.len() >= 40 {
            break;
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() { "org".to_owned() } else { stem.to_owned() }
}

fn name(raw: &str, field: &'static str) -> Result<String, (&'static str, ParseError)> {
    Name::parse(raw, MAX_NAME, "organisation-error-name-required", "organisation-error-name-too-long")
        .map(Name::into_inner)
        .map_err(|e| (field, e))
}

fn text(raw: &str, field: &'static str, empty: &'static str) -> Result<String, (&'static str, ParseError)> {
    clean(raw, Lines::Many, MAX_TEXT).map_err(|e| (field, e.refusal(empty, "organisation-error-text-too-long")))
}

fn day(raw: &str, field: &'static str) -> Result<NaiveDate, (&'static str, ParseError)> {
    parse_day(raw).ok_or((field, ParseError::new("organisation-error-date")))
}

/// A partner organisation as the municipality admin registers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerDraft {
    pub name: String,
    pub enterprise_number: EnterpriseNumber,
    pub purpose: String,
    pub agreement_signed_on: NaiveDate,
    /// Whom to reach there (a name, an address, a phone number: one line).
    pub contact: String,
}

impl PartnerDraft {
    pub fn parse(
        name_raw: &str,
        enterprise_number: &str,
        purpose: &str,
        agreement_signed_on: &str,
        contact: &str,
    ) -> Result<PartnerDraft, (&'static str, ParseError)> {
        Ok(PartnerDraft {
            name: name(name_raw, "name")?,
            enterprise_number: EnterpriseNumber::parse(enterprise_number).map_err(|e| ("enterprise_number", e))?,
            purpose: text(purpose, "purpose", "organisation-error-purpose-required")?,
            agreement_signed_on: day(agreement_signed_on, "agreement_signed_on")?,
            contact: Name::parse(
                contact,
                MAX_NAME,
                "organisation-error-contact-required",
                "organisation-error-name-too-long",
            )
            .map(Name::into_inner)
            .map_err(|e| ("contact", e))?,
        })
    }
}

/// A processor and its art. 28 agreement, as the municipality admin registers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessorDraft {
    pub name: String,
    pub service: String,
    /// Signed already: a processor works under an agreement, never ahead of one.
    pub agreement_signed_on: NaiveDate,
    /// The agreement's own reference, if it has one.
    pub agreement_ref: String,
}

impl ProcessorDraft {
    pub fn parse(
        name_raw: &str,
        service: &str,
        agreement_signed_on: &str,
        agreement_ref: &str,
        today: NaiveDate,
    ) -> Result<ProcessorDraft, (&'static str, ParseError)> {
        let signed = day(agreement_signed_on, "agreement_signed_on")?;
        if signed > today {
            return Err(("agreement_signed_on", ParseError::new("organisation-error-agreement-in-future")));
        }
        let agreement_ref = match agreement_ref.trim() {
            "" => String::new(),
            r => Name::parse(r, 120, "organisation-error-name-required", "organisation-error-name-too-long")
                .map(Name::into_inner)
                .map_err(|e| ("agreement_ref", e))?,
        };
        Ok(ProcessorDraft {
            name: name(name_raw, "name")?,
            service: text(service, "service", "organisation-error-service-required")?,
            agreement_signed_on: signed,
            agreement_ref,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enterprise_numbers_are_checked_and_have_one_stored_form() {
        for ok in ["0207.437.468", "0207437468", "BE 0207 437 468", "BE0207.437.468"] {
            assert_eq!(EnterpriseNumber::parse(ok).unwrap().as_str(), "0207.437.468", "{ok}");
        }
        for bad in ["0207.437.469", "2207.437.468", "0207.437.46", "02074374680", "0207-437-468", "", "abc"] {
            assert_eq!(
                EnterpriseNumber::parse(bad).unwrap_err().message_id,
                "organisation-error-enterprise-number",
                "{bad}"
            );
        }
    }

    // An enterprise number names the organisation a municipality passes data to: a mistyped
    // one (the check digits exist to catch it) must never be taken for another, and every
    // spelling of the same number must be stored as one so a register never lists it twice.
    mod properties {
        use super::*;
        use crate::domain::hostile_input::{config, hostile};
        use proptest::prelude::*;

        /// Ten digits: the eight of `base` and their check digits, plus `wrong` (mod 100).
        fn number(base: u64, wrong: u64) -> String {
            format!("{base:08}{:02}", (97 - base % 97 + wrong) % 100)
        }

        fn spell(digits: &str, how: usize) -> String {
            let (a, b, c) = (&digits[..4], &digits[4..7], &digits[7..]);
            match how {
                0 => format!("{a}.{b}.{c}"),
                1 => format!(" {a} {b} {c} "),
                2 => digits.to_owned(),
                3 => format!("BE {a}.{b}.{c}"),
                _ => format!("be{digits}"),
            }
        }

        proptest! {
            #![proptest_config(config(256))]

            #[test]
            fn a_number_with_its_check_digits_is_accepted_in_every_spelling(
                base in 0u64..20_000_000,
                how in 0usize..5,
            ) {
                let digits = number(base, 0);
                let n = EnterpriseNumber::parse(&spell(&digits, how)).expect("a valid number");
                prop_assert_eq!(n.as_str(), spell(&digits, 0));
                prop_assert_eq!(EnterpriseNumber::parse(n.as_str()), Ok(n));
            }

            #[test]
            fn a_wrong_check_or_first_digit_is_refused(base in 0u64..100_000_000, wrong in 0u64..100, how in 0usize..5) {
                let digits = number(base, wrong);
                let valid = wrong == 0 && base < 20_000_000;
                prop_assert_eq!(EnterpriseNumber::parse(&spell(&digits, how)).is_ok(), valid, "{}", digits);
            }

            #[test]
            fn whatever_is_accepted_is_a_checked_number_in_its_stored_form(input in hostile()) {
                if let Ok(n) = EnterpriseNumber::parse(&input) {
                    let digits: String = n.as_str().chars().filter(char::is_ascii_digit).collect();
                    prop_assert_eq!(n.as_str(), spell(&digits, 0));
                    let base: u64 = digits[..8].parse().expect("digits");
                    prop_assert_eq!(&digits, &number(base, 0));
                }
            }

            #[test]
            fn a_slug_stem_is_lower_ascii_words_of_at_most_40(input in hostile()) {
                let stem = slug_stem(&input);
                prop_assert!(!stem.is_empty() && stem.len() <= 40, "{:?}", stem);
                prop_assert!(stem.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
                prop_assert!(!stem.starts_with('-') && !stem.ends_with('-') && !stem.contains("--"));
            }
        }
    }

    #[test]
    fn a_partner_names_its_number_purpose_agreement_and_contact() {
        let p =
            PartnerDraft::parse("Vzw Buurtwerk", "0207437468", "Taalcafé", "2025-09-01", "Els, 02 345 67 89").unwrap();
        assert_eq!(p.enterprise_number.as_str(), "0207.437.468");
        let refused = |r: Result<PartnerDraft, (&'static str, ParseError)>| r.map(|_| ()).unwrap_err();
        assert_eq!(refused(PartnerDraft::parse("", "0207437468", "x", "2025-09-01", "c")).0, "name");
        assert_eq!(refused(PartnerDraft::parse("n", "0207437468", "", "2025-09-01", "c")).0, "purpose");
        assert_eq!(refused(PartnerDraft::parse("n", "0207437468", "x", "1/9/2025", "c")).0, "agreement_signed_on");
        assert_eq!(refused(PartnerDraft::parse("n", "0207437468", "x", "2025-09-01", " ")).0, "contact");
    }

    #[test]
    fn slug_stems_are_readable_ascii() {
        assert_eq!(slug_stem("Vzw Buurtwerk 't Ankertje"), "vzw-buurtwerk-t-ankertje");
        assert_eq!(slug_stem("Café Élan"), "cafe-elan");
        assert_eq!(slug_stem("مركز"), "org");
        assert!(slug_stem(&"a".repeat(90)).len() <= 40);
    }

    #[test]
    fn a_processor_works_under_an_agreement_already_signed() {
        let today: NaiveDate = "2026-12-05".parse().unwrap();
        let p = ProcessorDraft::parse("Cloudhost nv", "Hosting", "2026-01-15", "", today).unwrap();
        assert_eq!((p.agreement_ref.as_str(), p.agreement_signed_on.to_string()), ("", "2026-01-15".to_owned()));
        let (field, e) = ProcessorDraft::parse("Cloudhost nv", "Hosting", "2026-12-06", "", today).unwrap_err();
        assert_eq!((field, e.message_id), ("agreement_signed_on", "organisation-error-agreement-in-future"));
    }
}
