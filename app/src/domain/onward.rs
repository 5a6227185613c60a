//! Art. 4: a municipality passes data on to its registered partner organisations; any other
//! disclosure is notified to the agency first. The rules for such a notice, and for who may
//! receive an onward disclosure.

use super::ParseError;
use super::fields::Field;
use super::free_text::{Lines, clean};
use super::registers::{MAX_NAME, MAX_TEXT};
use super::text::Name;
use super::time::parse_day;
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// A notice as the municipality admin writes it, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeDraft {
    pub recipient_name: String,
    pub purpose: String,
    pub fields: BTreeSet<Field>,
    pub legal_basis: String,
    /// When the disclosure is to start: today or later (the notice comes first).
    pub planned_on: NaiveDate,
}

impl NoticeDraft {
    pub fn parse(
        recipient_name: &str,
        purpose: &str,
        fields: &[String],
        legal_basis: &str,
        planned_on: &str,
        today: NaiveDate,
    ) -> Result<NoticeDraft, (&'static str, ParseError)> {
        let recipient_name = Name::parse(
            recipient_name,
            MAX_NAME,
            "organisation-error-name-required",
            "organisation-error-name-too-long",
        )
        .map_err(|e| ("recipient_name", e))?
        .into_inner();
        let text = |raw: &str, field: &'static str, empty: &'static str| {
            clean(raw, Lines::Many, MAX_TEXT).map_err(|e| (field, e.refusal(empty, "organisation-error-text-too-long")))
        };
        let purpose = text(purpose, "purpose", "organisation-error-purpose-required")?;
        let legal_basis = text(legal_basis, "legal_basis", "notice-error-legal-basis-required")?;
        let mut chosen = BTreeSet::new();
        for f in fields {
            chosen.insert(Field::parse(f).map_err(|_| ("fields", ParseError::new("profile-error-field-unknown")))?);
        }
        if chosen.is_empty() {
            return Err(("fields", ParseError::new("profile-error-fields-required")));
        }
        let planned_on = parse_day(planned_on).ok_or(("planned_on", ParseError::new("organisation-error-date")))?;
        if planned_on < today {
            return Err(("planned_on", ParseError::new("notice-error-planned-in-past")));
        }
        Ok(NoticeDraft { recipient_name, purpose, fields: chosen, legal_basis, planned_on })
    }
}

/// Whom a municipality passes data on to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OnwardRecipient {
    /// A partner organisation in its register.
    Partner,
    /// Another recipient, named in a notice to the agency: the fields it may receive, and
    /// whether the agency acknowledged the notice.
    Notified { acknowledged: bool, fields: BTreeSet<Field> },
}

/// Why an onward disclosure to this recipient may not be recorded, if it may not.
pub fn refusal(recipient: &OnwardRecipient, requested: &BTreeSet<Field>) -> Option<&'static str> {
    match recipient {
        OnwardRecipient::Partner => None,
        OnwardRecipient::Notified { acknowledged: false, .. } => Some("disclosure-refused-notice-not-acknowledged"),
        OnwardRecipient::Notified { fields, .. } if !requested.is_subset(fields) => {
            Some("disclosure-refused-beyond-notice")
        }
        OnwardRecipient::Notified { .. } => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_comes_before_the_disclosure_and_names_its_legal_basis() {
        let today: NaiveDate = "2026-12-05".parse().unwrap();
        let fields = vec!["phone".to_owned()];
        let n =
            NoticeDraft::parse("Sportclub", "Ledenwerving", &fields, "Toestemming (AVG 6.1.a)", "2026-12-05", today)
                .unwrap();
        assert_eq!(n.fields, [Field::Phone].into());
        let refused = |planned: &str, basis: &str, fields: &[String]| {
            NoticeDraft::parse("Sportclub", "x", fields, basis, planned, today).unwrap_err()
        };
        assert_eq!(refused("2026-12-04", "b", &fields).1.message_id, "notice-error-planned-in-past");
        assert_eq!(refused("2026-12-06", "", &fields).1.message_id, "notice-error-legal-basis-required");
        assert_eq!(refused("2026-12-06", "b", &[]).1.message_id, "profile-error-fields-required");
    }

    #[test]
    fn a_notified_recipient_receives_only_after_acknowledgement_and_only_what_was_notified() {
        let phone: BTreeSet<Field> = [Field::Phone].into();
        let more: BTreeSet<Field> = [Field::Phone, Field::Email].into();
        assert_eq!(refusal(&OnwardRecipient::Partner, &more), None);
        let waiting = OnwardRecipient::Notified { acknowledged: false, fields: phone.clone() };
        assert_eq!(refusal(&waiting, &phone), Some("disclosure-refused-notice-not-acknowledged"));
        let acknowledged = OnwardRecipient::Notified { acknowledged: true, fields: phone.clone() };
        assert_eq!(refusal(&acknowledged, &phone), None);
        assert_eq!(refusal(&acknowledged, &more), Some("disclosure-refused-beyond-notice"));
    }
}
