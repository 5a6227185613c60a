//! Rectification requests (art. 7, GDPR 12(3), 16): what a valid proposal is for each field,
//! and the legal deadline.

use super::coded_enum;
use super::fields::{DutchLevel, Field, MoStatus};
use super::locale::Locale;
use super::time::{end_of_local_day, local_date};
use chrono::{DateTime, Months, Utc};

/// Longest proposed value (the column holds 300 characters).
pub const MAX_VALUE_CHARS: usize = 300;
/// Longest statement. Kept well under a cookie's size so a rejected draft can be given back.
pub const MAX_STATEMENT_CHARS: usize = 1000;

coded_enum!(
    /// Where a request stands. `Open` and `Acknowledged` mark the field contested (GDPR 18).
    RequestStatus, "error-bad-request" {
        Open => "open",
        Acknowledged => "acknowledged",
        Accepted => "accepted",
        Rejected => "rejected",
    }
);

impl RequestStatus {
    /// Not decided yet: the field is contested to recipients while a request is pending.
    pub const PENDING: [RequestStatus; 2] = [RequestStatus::Open, RequestStatus::Acknowledged];

    pub fn is_pending(self) -> bool {
        Self::PENDING.contains(&self)
    }

    /// The pending statuses as stored, for queries.
    pub fn pending_codes() -> [&'static str; 2] {
        Self::PENDING.map(RequestStatus::as_str)
    }
}

/// Why a proposal is refused: a Fluent message id, specific to the field where it can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rejection(pub &'static str);

/// Checks and normalises a proposed value for `field`. Codes (language, CEFR level, course
/// status) are compared case-insensitively and stored as their code.
pub fn parse_proposed(field: Field, raw: &str) -> Result<String, Rejection> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(Rejection("correction-error-value-empty"));
    }
    if value.chars().count() > MAX_VALUE_CHARS {
        return Err(Rejection("correction-error-value-too-long"));
    }
    if value.chars().any(char::is_control) {
        return Err(Rejection("correction-error-value-characters"));
    }
    let code = value.to_ascii_lowercase().replace([' ', '-'], "_");
    match field {
        Field::GivenName | Field::FamilyName => {
            if value.chars().count() > 100 || value.chars().any(|c| c.is_ascii_digit()) {
                return Err(Rejection("correction-error-name"));
            }
            Ok(value.to_owned())
        }
        Field::Address => {
            if value.chars().count() < 5 {
                return Err(Rejection("correction-error-address"));
            }
            Ok(value.to_owned())
        }
        Field::Phone => parse_phone(value),
        Field::Email => parse_email(value),
        Field::ContactLanguage => {
            Locale::parse(&code).map(|l| l.as_str().to_owned()).map_err(|_| Rejection("correction-error-language"))
        }
        Field::DutchLevel => DutchLevel::parse(&code)
            .map(|l| l.as_str().to_owned())
            .map_err(|_| Rejection("correction-error-dutch-level")),
        Field::MoStatus => {
            MoStatus::parse(&code).map(|s| s.as_str().to_owned()).map_err(|_| Rejection("correction-error-mo-status"))
        }
    }
}

/// A Belgian or international number: starts with `+` or `0`, 8 to 15 digits, and only
/// spaces, dots, slashes, dashes and brackets between them. Stored without the separators.
fn parse_phone(value: &str) -> Result<String, Rejection> {
    let bad = Rejection("correction-error-phone");
    let (plus, rest) = match value.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, value),
    };
    if !rest.chars().all(|c| c.is_ascii_digit() || " ./-()".contains(c)) {
        return Err(bad);
    }
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    if !(8..=15).contains(&digits.len()) || (!plus && !digits.starts_with('0')) {
        return Err(bad);
    }
    Ok(if plus { format!("+{digits}") } else { digits })
}

fn parse_email(value: &str) -> Result<String, Rejection> {
    let bad = Rejection("correction-error-email");
    let (local, domain) = value.split_once('@').ok_or(bad)?;
    let ok = !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !value.chars().any(char::is_whitespace)
        && value.len() <= 254;
    if ok { Ok(value.to_owned()) } else { Err(bad) }
}

/// The person's own words: required, and bounded.
pub fn parse_statement(raw: &str) -> Result<String, Rejection> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(Rejection("correction-error-statement-empty"));
    }
    if s.chars().count() > MAX_STATEMENT_CHARS {
        return Err(Rejection("correction-error-statement-too-long"));
    }
    Ok(s.to_owned())
}

/// A rejection needs a reason: the person is told it, with how to complain.
pub fn parse_reason(raw: &str) -> Result<String, Rejection> {
    let s = raw.trim();
    if s.is_empty() { Err(Rejection("correction-error-reason-required")) } else { Ok(s.to_owned()) }
}

/// One month from receipt (GDPR 12(3)), in Brussels days: the end of the same day of the next
/// month, or of that month's last day when it is shorter.
pub fn due_at(received_at: DateTime<Utc>) -> DateTime<Utc> {
    let received = local_date(received_at);
    let due = received.checked_add_months(Months::new(1)).unwrap_or(received);
    end_of_local_day(due)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn codes_are_normalised_and_unknown_ones_refused_with_the_fields_message() {
        assert_eq!(parse_proposed(Field::DutchLevel, " B1 "), Ok("b1".into()));
        assert_eq!(parse_proposed(Field::DutchLevel, "B3"), Err(Rejection("correction-error-dutch-level")));
        assert_eq!(parse_proposed(Field::MoStatus, "In progress"), Ok("in_progress".into()));
        assert_eq!(parse_proposed(Field::MoStatus, "done"), Err(Rejection("correction-error-mo-status")));
        assert_eq!(parse_proposed(Field::ContactLanguage, "AR"), Ok("ar".into()));
        assert_eq!(parse_proposed(Field::ContactLanguage, "klingon"), Err(Rejection("correction-error-language")));
    }

    #[test]
    fn phone_numbers_keep_their_digits_and_plus() {
        assert_eq!(parse_proposed(Field::Phone, "+32 470 12.34.56"), Ok("+32470123456".into()));
        assert_eq!(parse_proposed(Field::Phone, "02/345 67 89"), Ok("023456789".into()));
        for bad in ["12345", "0470 12 34 5x", "470123456", "+32 470 12 34 56 78 90 12"] {
            assert_eq!(parse_proposed(Field::Phone, bad), Err(Rejection("correction-error-phone")), "{bad}");
        }
    }

    #[test]
    fn emails_need_one_at_and_a_domain() {
        assert_eq!(parse_proposed(Field::Email, "a.b@example.be"), Ok("a.b@example.be".into()));
        for bad in ["a.example.be", "a@b", "a@@b.be", "a b@c.be", "@c.be", "a@.be"] {
            assert_eq!(parse_proposed(Field::Email, bad), Err(Rejection("correction-error-email")), "{bad}");
        }
    }

    #[test]
    fn empty_long_and_control_characters_are_refused_for_every_field() {
        for f in Field::ALL {
            assert_eq!(parse_proposed(*f, "  "), Err(Rejection("correction-error-value-empty")));
            assert_eq!(parse_proposed(*f, &"x".repeat(301)), Err(Rejection("correction-error-value-too-long")));
            assert_eq!(parse_proposed(*f, "ab\u{0}cdef"), Err(Rejection("correction-error-value-characters")));
        }
        assert_eq!(parse_proposed(Field::GivenName, "Am1na"), Err(Rejection("correction-error-name")));
        assert_eq!(parse_proposed(Field::Address, "x"), Err(Rejection("correction-error-address")));
    }

    #[test]
    fn statements_are_required_and_bounded() {
        assert_eq!(parse_statement(" "), Err(Rejection("correction-error-statement-empty")));
        assert_eq!(parse_statement(&"م".repeat(1001)), Err(Rejection("correction-error-statement-too-long")));
        assert_eq!(parse_statement(" Ik ben verhuisd. "), Ok("Ik ben verhuisd.".into()));
        assert_eq!(parse_reason("  "), Err(Rejection("correction-error-reason-required")));
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
