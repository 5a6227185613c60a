//! Rectification requests (art. 7, GDPR 12(3), 16): what a valid proposal is for each field,
//! and the legal deadline.

use super::fields::{DutchLevel, Field, MoStatus};
use super::locale::Locale;
use super::text::{Email, Phone};
use super::time::{day_of, end_of_local_day};
use super::{ParseError, coded_enum};
use chrono::{DateTime, Months, Utc};

/// Longest proposed value (the column holds 300 characters).
pub const MAX_VALUE_CHARS: usize = 300;
/// Longest statement (see `text::Statement`).
pub const MAX_STATEMENT_CHARS: usize = super::text::Statement::MAX_CHARS;

coded_enum!(
    /// Where a request stands. Until it is decided the field is contested (GDPR 18).
    RequestStatus, "error-bad-request" {
        Open => "open",
        Acknowledged => "acknowledged",
        /// The officer asked the person for information; the person answers on the request's page.
        Waiting => "waiting",
        Accepted => "accepted",
        Rejected => "rejected",
    }
);

coded_enum!(
    /// Who filed a request: the person; agency staff on their behalf; or the municipality that
    /// found a value wrong (art. 7, a "quality report"). The list is the domain's (m0010).
    FiledBy, "error-bad-request" {
        Person => "person",
        Staff => "staff",
        Municipality => "municipality",
        // The agency's client-tracking system changed a field recipients held (issue 16): an
        // accepted correction from the start, told to them like any other (GDPR 19).
        SourceSystem => "source_system",
    }
);

coded_enum!(
    /// One step in handling a request, as recorded (append-only) in its history. The list is
    /// the domain's: the database holds no CHECK for it (migration m0007).
    RectificationStep, "error-bad-request" {
        Filed => "filed",
        Acknowledged => "acknowledged",
        /// The officer's question to the person (the note).
        InformationRequested => "information_requested",
        /// The person's answer (the note).
        Answered => "answered",
        Extended => "extended",
        Accepted => "accepted",
        Rejected => "rejected",
    }
);

impl RequestStatus {
    /// Not decided yet: the field is contested to recipients while a request is pending.
    pub const PENDING: [RequestStatus; 3] = [RequestStatus::Open, RequestStatus::Acknowledged, RequestStatus::Waiting];

    pub fn is_pending(self) -> bool {
        Self::PENDING.contains(&self)
    }

    /// The pending statuses as stored, for queries.
    pub fn pending_codes() -> [&'static str; 3] {
        Self::PENDING.map(RequestStatus::as_str)
    }
}

/// The supervisory authority a person may complain to (GDPR 77) about a Flemish public body:
/// the Vlaamse Toezichtcommissie. Written once; every page that names the route shows this.
pub struct Supervisor {
    pub name: &'static str,
    pub street: &'static str,
    pub town: &'static str,
    pub email: &'static str,
    pub url: &'static str,
}

pub const SUPERVISOR: Supervisor = Supervisor {
    name: "Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens",
    street: "Koning Albert II-laan 15",
    town: "1210 Brussel",
    email: "contact@toezichtcommissie.be",
    url: "https://www.vlaamsetoezichtcommissie.be",
};

impl RectificationStep {
    /// The statuses a request may be in for this step to be taken: acknowledging a new request;
    /// asking before the person was asked; the person's answer only while the request waits
    /// for it; extending (once, see `deadline::Extension`) and deciding while it is pending.
    pub fn starts_from(self) -> &'static [RequestStatus] {
        use RequestStatus::{Acknowledged, Open, Waiting};
        match self {
            RectificationStep::Filed => &[],
            RectificationStep::Acknowledged => &[Open],
            RectificationStep::InformationRequested => &[Open, Acknowledged],
            RectificationStep::Answered => &[Waiting],
            RectificationStep::Extended | RectificationStep::Accepted | RectificationStep::Rejected => {
                &RequestStatus::PENDING
            }
        }
    }

    /// Whether this step may be taken on a request in `status`.
    pub fn may_start_from(self, status: RequestStatus) -> bool {
        self.starts_from().contains(&status)
    }
}

/// Why a proposal is refused: a Fluent message id, specific to the field where it can be.
const fn refuse(message_id: &'static str) -> ParseError {
    ParseError::new(message_id)
}

/// Checks and normalises a proposed value for `field`. Codes (language, CEFR level, course
/// status) are compared case-insensitively and stored as their code.
pub fn parse_proposed(field: Field, raw: &str) -> Result<String, ParseError> {
    use super::free_text::{Lines, TextError, clean};
    let cleaned = clean(raw, Lines::One, MAX_VALUE_CHARS).map_err(|e| match e {
        TextError::Empty => refuse("correction-error-value-empty"),
        TextError::TooLong => refuse("correction-error-value-too-long"),
        TextError::Characters => refuse("correction-error-value-characters"),
    })?;
    let value = cleaned.as_str();
    let code = value.to_ascii_lowercase().replace([' ', '-'], "_");
    match field {
        Field::GivenName | Field::FamilyName => {
            if value.chars().count() > 100 || value.chars().any(|c| c.is_ascii_digit()) {
                return Err(refuse("correction-error-name"));
            }
            Ok(value.to_owned())
        }
        Field::Address => {
            if value.chars().count() < 5 {
                return Err(refuse("correction-error-address"));
            }
            Ok(value.to_owned())
        }
        Field::Phone => Phone::parse(value).map(Phone::into_inner),
        Field::Email => Email::parse(value).map(Email::into_inner),
        Field::ContactLanguage => {
            Locale::parse(&code).map(|l| l.as_str().to_owned()).map_err(|_| refuse("correction-error-language"))
        }
        Field::DutchLevel => {
            DutchLevel::parse(&code).map(|l| l.as_str().to_owned()).map_err(|_| refuse("correction-error-dutch-level"))
        }
        Field::MoStatus => {
            MoStatus::parse(&code).map(|s| s.as_str().to_owned()).map_err(|_| refuse("correction-error-mo-status"))
        }
    }
}

/// One month from receipt (GDPR 12(3)), in Brussels days: the end of the same day of the next
/// month, or of that month's last day when it is shorter.
pub fn due_at(received_at: DateTime<Utc>) -> DateTime<Utc> {
    let received = day_of(received_at);
    let due = received.checked_add_months(Months::new(1)).unwrap_or(received);
    end_of_local_day(due)
}

/// The value acceptance writes into the record: the officer's edit (checked by the field's
/// rule) or the proposal; a quality report that proposed nothing needs the officer to give one.
pub fn accepted_value(field: Field, edited: Option<&str>, proposed: &str) -> Result<String, ParseError> {
    match edited.filter(|v| !v.trim().is_empty()) {
        Some(v) => parse_proposed(field, v),
        None if proposed.is_empty() => Err(refuse("correction-error-no-value")),
        None => Ok(proposed.to_owned()),
    }
}

/// The deadline in force: the extended one once the officer has extended it.
pub fn effective_due(due_at: DateTime<Utc>, extended_due_at: Option<DateTime<Utc>>) -> DateTime<Utc> {
    extended_due_at.unwrap_or(due_at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn each_step_starts_only_from_its_statuses_and_nothing_follows_a_decision() {
        use RectificationStep as S;
        use RequestStatus as R;
        assert!(S::Acknowledged.may_start_from(R::Open));
        assert!(!S::Acknowledged.may_start_from(R::Acknowledged) && !S::Acknowledged.may_start_from(R::Waiting));
        assert!(S::InformationRequested.may_start_from(R::Acknowledged));
        assert!(!S::InformationRequested.may_start_from(R::Waiting));
        assert!(S::Answered.may_start_from(R::Waiting) && !S::Answered.may_start_from(R::Open));
        assert!(S::Extended.may_start_from(R::Waiting) && S::Accepted.may_start_from(R::Waiting));
        for decided in [R::Accepted, R::Rejected] {
            assert!(S::ALL.iter().all(|s| !s.may_start_from(decided)), "{decided} is final");
        }
        assert!(R::ALL.iter().all(|r| !S::Filed.may_start_from(*r)));
    }

    #[test]
    fn acceptance_writes_the_checked_edit_or_the_proposal() {
        assert_eq!(accepted_value(Field::Phone, Some(" 0470 12 34 56 "), "0470000000"), Ok("0470123456".into()));
        assert_eq!(accepted_value(Field::Phone, Some("  "), "0470000000"), Ok("0470000000".into()));
        assert_eq!(accepted_value(Field::Phone, None, ""), Err(refuse("correction-error-no-value")));
        assert_eq!(accepted_value(Field::Address, Some("x"), ""), Err(refuse("correction-error-address")));
    }

    #[test]
    fn an_extension_replaces_the_deadline() {
        let due = Utc.with_ymd_and_hms(2026, 2, 28, 22, 59, 59).unwrap();
        let extended = Utc.with_ymd_and_hms(2026, 4, 30, 21, 59, 59).unwrap();
        assert_eq!(effective_due(due, None), due);
        assert_eq!(effective_due(due, Some(extended)), extended);
    }

    #[test]
    fn codes_are_normalised_and_unknown_ones_refused_with_the_fields_message() {
        assert_eq!(parse_proposed(Field::DutchLevel, " B1 "), Ok("b1".into()));
        assert_eq!(parse_proposed(Field::DutchLevel, "B3"), Err(refuse("correction-error-dutch-level")));
        assert_eq!(parse_proposed(Field::MoStatus, "In progress"), Ok("in_progress".into()));
        assert_eq!(parse_proposed(Field::MoStatus, "done"), Err(refuse("correction-error-mo-status")));
        assert_eq!(parse_proposed(Field::ContactLanguage, "AR"), Ok("ar".into()));
        assert_eq!(parse_proposed(Field::ContactLanguage, "klingon"), Err(refuse("correction-error-language")));
    }

    #[test]
    fn phone_and_email_proposals_use_the_text_types() {
        assert_eq!(parse_proposed(Field::Phone, "+32 470 12.34.56"), Ok("+32470123456".into()));
        assert_eq!(parse_proposed(Field::Phone, "12345"), Err(refuse("correction-error-phone")));
        assert_eq!(parse_proposed(Field::Email, "a@b"), Err(refuse("correction-error-email")));
    }

    #[test]
    fn empty_long_and_control_characters_are_refused_for_every_field() {
        for f in Field::ALL {
            assert_eq!(parse_proposed(*f, "  "), Err(refuse("correction-error-value-empty")));
            assert_eq!(parse_proposed(*f, &"x".repeat(301)), Err(refuse("correction-error-value-too-long")));
            assert_eq!(parse_proposed(*f, "ab\u{0}cdef"), Err(refuse("correction-error-value-characters")));
        }
        assert_eq!(parse_proposed(Field::GivenName, "Am1na"), Err(refuse("correction-error-name")));
        assert_eq!(parse_proposed(Field::Address, "x"), Err(refuse("correction-error-address")));
    }

    // A proposal accepted by an officer is written into the person's record as it is: it must
    // be a value the field's own rule accepts again (or the record holds what no form could
    // have entered), fit the 300-character column, and a code however the person typed it.
    mod properties {
        use super::*;
        use crate::domain::hostile_input::{config, hostile, typed_char};
        use proptest::prelude::*;

        /// The codes of the coded fields, and the field each belongs to.
        fn codes() -> Vec<(Field, &'static str)> {
            let languages = Locale::ALL.iter().map(|l| (Field::ContactLanguage, l.as_str()));
            let levels = DutchLevel::ALL.iter().map(|l| (Field::DutchLevel, l.as_str()));
            languages.chain(levels).chain(MoStatus::ALL.iter().map(|s| (Field::MoStatus, s.as_str()))).collect()
        }

        proptest! {
            #![proptest_config(config(256))]

            #[test]
            fn an_accepted_proposal_fits_its_field(input in hostile(), field in prop::sample::select(Field::ALL)) {
                if let Ok(v) = parse_proposed(field, &input) {
                    prop_assert_eq!(parse_proposed(field, &v), Ok(v.clone()));
                    prop_assert!(v.chars().count() <= MAX_VALUE_CHARS && !v.contains('\n'));
                    if matches!(field, Field::GivenName | Field::FamilyName) {
                        prop_assert!(v.chars().count() <= 100 && !v.chars().any(|c| c.is_ascii_digit()));
                    }
                    if let Some(coded) = codes().into_iter().find(|(f, _)| *f == field) {
                        prop_assert!(codes().contains(&(coded.0, v.as_str())), "{:?} is not a code", v);
                    }
                }
            }

            #[test]
            fn a_code_is_accepted_however_it_is_cased_and_spaced(
                (field, code) in prop::sample::select(codes()),
                upper in prop::collection::vec(any::<bool>(), 12),
                dash: bool,
            ) {
                let typed: String = code
                    .chars()
                    .zip(upper.iter().cycle())
                    .map(|(c, up)| match c {
                        '_' if dash => '-',
                        '_' => ' ',
                        c if *up => c.to_ascii_uppercase(),
                        c => c,
                    })
                    .collect();
                prop_assert_eq!(parse_proposed(field, &format!(" {typed} ")), Ok(code.to_owned()));
            }

            #[test]
            fn a_value_is_refused_one_character_over_the_column(c in typed_char(), n in 5usize..=302) {
                let value = format!("a{}", c.to_string().repeat(n - 1));
                let parsed = parse_proposed(Field::Address, &value);
                if n <= MAX_VALUE_CHARS {
                    prop_assert_eq!(parsed, Ok(value));
                } else {
                    prop_assert_eq!(parsed, Err(refuse("correction-error-value-too-long")));
                }
            }
        }
    }

    #[test]
    fn the_deadline_is_the_end_of_the_same_brussels_day_a_month_later() {
        // 31 January, 11:00 in Brussels: due at the end of 28 February (Brussels).
        let received = Utc.with_ymd_and_hms(2026, 1, 31, 10, 0, 0).unwrap();
        assert_eq!(due_at(received), Utc.with_ymd_and_hms(2026, 2, 28, 22, 59, 59).unwrap());
        // 1 March at 00:30 in Brussels is still 28 February in UTC: due at the end of 1 April.
        let received = Utc.with_ymd_and_hms(2026, 2, 28, 23, 30, 0).unwrap();
        assert_eq!(due_at(received), Utc.with_ymd_and_hms(2026, 4, 1, 21, 59, 59).unwrap());
    }
}
