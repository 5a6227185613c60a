//! Retention (protocol art. 2): personal data stay identifiable at most five years after the
//! person's relationship with the agency ended. What then remains is history under a pseudonym.

use chrono::{Months, NaiveDate};

/// Art. 2: identifiable at most five years.
pub const IDENTIFIABLE_MONTHS: u32 = 60;

/// The last day a relationship may have ended and its data still be identifiable, `today`:
/// relationships that ended before it are due.
pub fn cutoff(today: NaiveDate) -> NaiveDate {
    today.checked_sub_months(Months::new(IDENTIFIABLE_MONTHS)).unwrap_or(NaiveDate::MIN)
}

/// Days a municipality has to attest the erasure the agency asked for; then both DPOs are told.
pub const ATTEST_WITHIN_DAYS: i64 = 30;

/// Whether a relationship that ends (or ended) on `ended_on` has ended `today`: from that day
/// the person has left the pilot — their consents stop taking effect and the retention clock
/// runs.
pub fn has_ended(ended_on: NaiveDate, today: NaiveDate) -> bool {
    ended_on <= today
}

/// Whether a relationship that ended on `ended_on` is past its retention `today`.
pub fn is_due(ended_on: NaiveDate, today: NaiveDate) -> bool {
    ended_on < cutoff(today)
}

/// The name a pseudonymised person goes by: derived from their public id (already in the
/// history), so the same person keeps the same pseudonym and no two share one.
pub fn pseudonym(public_id: &str) -> String {
    let short: String = public_id.chars().filter(|c| c.is_ascii_alphanumeric()).take(12).collect();
    format!("pseudoniem-{short}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_relationship_has_ended_from_its_last_day_on() {
        assert!(!has_ended(d("2026-12-07"), d("2026-12-06")));
        assert!(has_ended(d("2026-12-07"), d("2026-12-07")));
        assert!(has_ended(d("2026-12-07"), d("2027-01-01")));
    }

    #[test]
    fn five_years_to_the_day() {
        assert_eq!(cutoff(d("2031-03-15")), d("2026-03-15"));
        assert!(!is_due(d("2026-03-15"), d("2031-03-15")), "five years exactly: still kept that day");
        assert!(is_due(d("2026-03-14"), d("2031-03-15")));
        assert_eq!(cutoff(d("2029-02-28")), d("2024-02-28"));
        assert_eq!(cutoff(d("2028-02-29")), d("2023-02-28"), "a leap day");
    }

    #[test]
    fn a_pseudonym_is_stable_and_says_nothing() {
        let id = "3f2a9c1e-77b0-4d21-9a55-0c1d2e3f4a5b";
        assert_eq!(pseudonym(id), "pseudoniem-3f2a9c1e77b0");
        assert_eq!(pseudonym(id), pseudonym(id));
    }
}
