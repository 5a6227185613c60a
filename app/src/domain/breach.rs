//! Art. 6/9 of the protocol (GDPR 33): a party that finds a personal-data breach reports it to
//! the agency within 48 hours of finding it. The rules for a report's content and its clock.

use super::ParseError;
use super::coded_enum;
use super::fields::Field;
use super::free_text::{Lines, TextError, clean};
use chrono::{DateTime, Duration, Utc};
use std::collections::BTreeSet;

coded_enum!(
    /// What the agency's DPO does with a report, each once: acknowledge it, then (if the breach
    /// is likely to put the persons' rights at high risk, GDPR 34) tell the persons it names.
    BreachStep, "error-bad-request" {
        Acknowledged => "acknowledged",
        PersonsNotified => "persons_notified",
    }
);

impl BreachStep {
    /// Whether this step may follow the steps `done`: each once, the persons told only after
    /// the report was acknowledged.
    pub fn may_follow(self, done: &[BreachStep]) -> bool {
        !done.contains(&self) && (self == BreachStep::Acknowledged || done.contains(&BreachStep::Acknowledged))
    }

    /// Why it may not, when it may not.
    pub fn refusal(self, done: &[BreachStep]) -> Option<&'static str> {
        match () {
            _ if self.may_follow(done) => None,
            _ if done.contains(&self) => Some("breach-error-step-done"),
            _ => Some("breach-error-acknowledge-first"),
        }
    }

    pub fn message_id(self) -> String {
        format!("breach-step-{}", self.as_str().replace('_', "-"))
    }
}

/// Hours between finding a breach and the deadline to report it.
pub const REPORT_WITHIN_HOURS: i64 = 48;

/// The latest moment a breach found at `detected_at` is reported in time.
pub fn deadline(detected_at: DateTime<Utc>) -> DateTime<Utc> {
    detected_at + Duration::hours(REPORT_WITHIN_HOURS)
}

/// Reported after the deadline.
pub fn is_late(detected_at: DateTime<Utc>, reported_at: DateTime<Utc>) -> bool {
    reported_at > deadline(detected_at)
}

/// A breach report's content, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreachFacts {
    pub detected_at: DateTime<Utc>,
    pub description: String,
    /// The kinds of personal data concerned, as art. 3 fields.
    pub categories: BTreeSet<Field>,
    pub measures: String,
}

/// At most this many characters for the description and for the measures.
pub const MAX_TEXT: usize = 4000;

impl BreachFacts {
    /// Refuses a breach found in the future, an empty or disguised text, and categories that
    /// are not art. 3 fields (or none, or one twice).
    pub fn parse(
        detected_at: DateTime<Utc>,
        description: &str,
        categories: &[String],
        measures: &str,
        now: DateTime<Utc>,
    ) -> Result<BreachFacts, (&'static str, ParseError)> {
        if detected_at > now {
            return Err(("detected_at", ParseError::new("breach-error-detected-in-future")));
        }
        let text = |field: &'static str, raw: &str, empty: &'static str| {
            clean(raw, Lines::Many, MAX_TEXT).map_err(|e| {
                let id = match e {
                    TextError::Empty => empty,
                    TextError::TooLong => "breach-error-text-too-long",
                    TextError::Characters => "error-text-characters",
                };
                (field, ParseError::new(id))
            })
        };
        let description = text("description", description, "breach-error-description-required")?;
        let measures = text("measures", measures, "breach-error-measures-required")?;
        let mut fields = BTreeSet::new();
        for c in categories {
            let f = Field::parse(c).map_err(|_| ("categories", ParseError::new("breach-error-category-unknown")))?;
            if !fields.insert(f) {
                return Err(("categories", ParseError::new("breach-error-category-twice")));
            }
        }
        if fields.is_empty() {
            return Err(("categories", ParseError::new("breach-error-categories-required")));
        }
        Ok(BreachFacts { detected_at, description, categories: fields, measures })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_step_once_and_the_persons_only_after_acknowledging() {
        use BreachStep::*;
        assert!(Acknowledged.may_follow(&[]));
        assert!(!PersonsNotified.may_follow(&[]));
        assert_eq!(PersonsNotified.refusal(&[]), Some("breach-error-acknowledge-first"));
        assert!(PersonsNotified.may_follow(&[Acknowledged]));
        assert_eq!(Acknowledged.refusal(&[Acknowledged]), Some("breach-error-step-done"));
        assert!(!PersonsNotified.may_follow(&[Acknowledged, PersonsNotified]));
        assert_eq!(PersonsNotified.message_id(), "breach-step-persons-notified");
    }

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    // A report names which kinds of data were breached, and the DPO decides on telling the
    // persons from that list: whatever is typed or posted, an accepted report names each art. 3
    // field once, at least one, and texts within the limit.
    mod properties {
        use super::*;
        use crate::domain::hostile_input::{config, hostile};
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(config(256))]

            #[test]
            fn an_accepted_report_names_each_category_it_was_given_once(
                categories in prop::collection::vec(prop_oneof![
                    prop::sample::select(Field::ALL).prop_map(|f| f.as_str().to_owned()),
                    hostile(),
                ], 0..5),
                text in hostile(),
            ) {
                let now = at("2026-03-02T10:00:00Z");
                if let Ok(b) = BreachFacts::parse(now, &text, &categories, "Gewist", now) {
                    prop_assert!(!b.categories.is_empty() && b.categories.len() == categories.len());
                    prop_assert!(categories.iter().all(|c| Field::parse(c).is_ok_and(|f| b.categories.contains(&f))));
                    prop_assert!(b.description.chars().count() <= MAX_TEXT);
                }
            }
        }
    }

    #[test]
    fn forty_eight_hours_to_report() {
        let found = at("2026-03-01T10:00:00Z");
        assert_eq!(deadline(found), at("2026-03-03T10:00:00Z"));
        assert!(!is_late(found, at("2026-03-03T10:00:00Z")));
        assert!(is_late(found, at("2026-03-03T10:00:01Z")));
    }

    #[test]
    fn a_report_needs_what_happened_what_was_done_and_which_data() {
        let now = at("2026-03-02T10:00:00Z");
        let found = at("2026-03-01T10:00:00Z");
        let ok = BreachFacts::parse(found, "Laptop lost", &["phone".into(), "address".into()], "Wiped", now).unwrap();
        assert_eq!(ok.categories.len(), 2);
        let err = |r: Result<BreachFacts, (&'static str, ParseError)>| r.unwrap_err();
        assert_eq!(
            err(BreachFacts::parse(now + Duration::seconds(1), "x", &["phone".into()], "y", now)).0,
            "detected_at"
        );
        assert_eq!(
            err(BreachFacts::parse(found, " ", &["phone".into()], "y", now)).1.message_id,
            "breach-error-description-required"
        );
        assert_eq!(
            err(BreachFacts::parse(found, "x", &["phone".into()], "", now)).1.message_id,
            "breach-error-measures-required"
        );
        assert_eq!(err(BreachFacts::parse(found, "x", &[], "y", now)).1.message_id, "breach-error-categories-required");
        assert_eq!(
            err(BreachFacts::parse(found, "x", &["salary".into()], "y", now)).1.message_id,
            "breach-error-category-unknown"
        );
        let twice = ["phone".to_owned(), "phone".to_owned()];
        assert_eq!(err(BreachFacts::parse(found, "x", &twice, "y", now)).1.message_id, "breach-error-category-twice");
        assert_eq!(
            err(BreachFacts::parse(found, "x\u{202e}", &["phone".into()], "y", now)).1.message_id,
            "error-text-characters"
        );
    }
}
