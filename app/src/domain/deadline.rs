//! A rectification request's deadline at work (GDPR 12(3)): the officer may extend it once, by
//! at most two further months, while the first month runs, and must say why; the queue counts
//! the Brussels days left and flags requests due soon (from day 20 after receipt) or overdue.

use super::ParseError;
use super::text::Reason;
use super::time::{day_of, end_of_local_day, parse_day, start_of_local_day, today};
use chrono::{DateTime, Months, NaiveDate, Utc};

/// How many months an extension may add to the first deadline (GDPR 12(3)).
pub const MAX_EXTENSION_MONTHS: u32 = 2;
/// From this day after receipt a request counts as due soon.
pub const DUE_SOON_FROM_DAY: i64 = 20;

/// An extension as the officer asks for it, checked against the request's own dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extension {
    /// The end of the new last day, in Brussels.
    pub until: DateTime<Utc>,
    pub reason: Reason,
}

/// The request's dates an extension is checked against.
#[derive(Debug, Clone, Copy)]
pub struct Deadlines {
    pub due_at: DateTime<Utc>,
    pub extended_due_at: Option<DateTime<Utc>>,
}

impl Extension {
    /// `until` is a day (`YYYY-MM-DD`): the new deadline is the end of that Brussels day.
    /// Refused: a second extension, one asked after the first month, one not later than the
    /// first deadline or more than two months after it, one without a reason.
    pub fn parse(
        deadlines: Deadlines,
        until: &str,
        reason: &str,
        now: DateTime<Utc>,
    ) -> Result<Extension, (&'static str, ParseError)> {
        if deadlines.extended_due_at.is_some() {
            return Err(("until", ParseError::new("correction-error-already-extended")));
        }
        if now > deadlines.due_at {
            return Err(("until", ParseError::new("correction-error-extension-too-late")));
        }
        let day = parse_day(until).ok_or(("until", ParseError::new("correction-error-extension-date")))?;
        let first = day_of(deadlines.due_at);
        if day <= first {
            return Err(("until", ParseError::new("correction-error-extension-not-later")));
        }
        if day > latest_extension_day(first) {
            return Err(("until", ParseError::new("correction-error-extension-too-long")));
        }
        let reason = Reason::parse(reason).map_err(|e| ("reason", e))?;
        Ok(Extension { until: end_of_local_day(day), reason })
    }
}

/// The last day an extension may reach: two months after the first deadline's day (the
/// month's last day when it is shorter).
pub fn latest_extension_day(first_deadline_day: NaiveDate) -> NaiveDate {
    first_deadline_day.checked_add_months(Months::new(MAX_EXTENSION_MONTHS)).unwrap_or(first_deadline_day)
}

/// How a pending request stands against its deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Urgency {
    OnTime,
    DueSoon,
    Overdue,
}

/// Brussels days from today to the deadline's day: 0 on the last day, negative once past it.
pub fn days_left(effective_due: DateTime<Utc>, now: DateTime<Utc>) -> i64 {
    (day_of(effective_due) - today(now)).num_days()
}

/// The agency's officers are reminded of a pending request this many Brussels days before its
/// deadline in force.
pub const REMIND_DAYS_BEFORE: i64 = 5;

/// Whether the officers are to be reminded of a pending request now: its deadline in force is at
/// most five Brussels days away (or past), and no reminder went out for that deadline yet. A
/// reminder counts for the deadline it was sent under: once an extension moved the deadline
/// further away, the officers are reminded again before the new one.
pub fn reminder_due(effective_due: DateTime<Utc>, reminded_at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
    days_left(effective_due, now) <= REMIND_DAYS_BEFORE
        && reminded_at.is_none_or(|at| days_left(effective_due, at) > REMIND_DAYS_BEFORE)
}

/// Overdue once the deadline in force has passed; due soon from day 20 after receipt, or, once
/// extended, in the extension's last ten days; on time otherwise.
pub fn urgency(received_at: DateTime<Utc>, deadlines: Deadlines, now: DateTime<Utc>) -> Urgency {
    let effective = deadlines.extended_due_at.unwrap_or(deadlines.due_at);
    let soon = match deadlines.extended_due_at {
        _ if now > effective => return Urgency::Overdue,
        Some(_) => days_left(effective, now) < 10,
        None => (today(now) - day_of(received_at)).num_days() >= DUE_SOON_FROM_DAY,
    };
    if soon { Urgency::DueSoon } else { Urgency::OnTime }
}

/// `urgency` as instants a query compares with, so the queue counts and sorts in the database:
/// a pending request is overdue when its deadline in force is before `now`; otherwise due soon
/// when, not extended, it was received before `received_before` (day 20 has begun), or,
/// extended, its deadline is before `extended_due_before` (its last ten days have begun).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UrgencyBounds {
    pub now: DateTime<Utc>,
    pub received_before: DateTime<Utc>,
    pub extended_due_before: DateTime<Utc>,
}

pub fn urgency_bounds(now: DateTime<Utc>) -> UrgencyBounds {
    let today = today(now);
    UrgencyBounds {
        now,
        received_before: start_of_local_day(today - chrono::Days::new(DUE_SOON_FROM_DAY as u64 - 1)),
        extended_due_before: start_of_local_day(today + chrono::Days::new(10)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rectification::due_at;
    use chrono::TimeZone;

    fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
    }

    #[test]
    fn the_bounds_a_query_uses_give_the_same_urgency_as_the_rule() {
        let by_bounds = |received: DateTime<Utc>, d: Deadlines, b: UrgencyBounds| {
            let effective = d.extended_due_at.unwrap_or(d.due_at);
            if effective < b.now {
                Urgency::Overdue
            } else if d.extended_due_at.map_or(received < b.received_before, |e| e < b.extended_due_before) {
                Urgency::DueSoon
            } else {
                Urgency::OnTime
            }
        };
        // Every hour over three months, across the DST switch of 29 March 2026, for requests
        // received at all hours, with and without an extension.
        for received_hour in (0..24 * 70).step_by(7) {
            let received = at(2026, 2, 1, 0) + chrono::Duration::hours(received_hour);
            let due = due_at(received);
            let extended = end_of_local_day(day_of(due) + chrono::Days::new(30));
            for now_hour in (0..24 * 110).step_by(5) {
                let now = at(2026, 2, 1, 0) + chrono::Duration::hours(now_hour);
                if now < received {
                    continue;
                }
                let b = urgency_bounds(now);
                for d in [
                    Deadlines { due_at: due, extended_due_at: None },
                    Deadlines { due_at: due, extended_due_at: Some(extended) },
                ] {
                    assert_eq!(by_bounds(received, d, b), urgency(received, d, now), "{received} {d:?} at {now}");
                }
            }
        }
    }

    fn deadlines(received: DateTime<Utc>) -> Deadlines {
        Deadlines { due_at: due_at(received), extended_due_at: None }
    }

    fn refusal(r: Result<Extension, (&'static str, ParseError)>) -> &'static str {
        r.expect_err("refused").1.message_id
    }

    #[test]
    fn an_extension_runs_to_the_end_of_the_chosen_brussels_day() {
        // Received 31 January: first deadline the end of 28 February; at most 28 April.
        let d = deadlines(at(2026, 1, 31, 10));
        assert_eq!(d.due_at, Utc.with_ymd_and_hms(2026, 2, 28, 22, 59, 59).unwrap());
        let e = Extension::parse(
            d,
            "2026-04-28",
            "Wij wachten op het attest van het onderwijscentrum.",
            at(2026, 2, 10, 9),
        )
        .unwrap();
        // 28 April is summer time in Brussels (UTC+2).
        assert_eq!(e.until, Utc.with_ymd_and_hms(2026, 4, 28, 21, 59, 59).unwrap());
        assert_eq!(
            refusal(Extension::parse(d, "2026-04-29", "Reden", at(2026, 2, 10, 9))),
            "correction-error-extension-too-long"
        );
    }

    #[test]
    fn a_leap_year_keeps_the_29th_of_february() {
        let d = deadlines(at(2028, 1, 31, 10));
        assert_eq!(day_of(d.due_at), NaiveDate::from_ymd_opt(2028, 2, 29).unwrap());
        assert_eq!(latest_extension_day(day_of(d.due_at)), NaiveDate::from_ymd_opt(2028, 4, 29).unwrap());
    }

    #[test]
    fn across_the_switch_to_summer_time_the_day_ends_at_local_midnight() {
        // Received 28 February 2026, due the end of 28 March; the clocks go forward on 29 March.
        let d = deadlines(at(2026, 2, 28, 10));
        assert_eq!(d.due_at, Utc.with_ymd_and_hms(2026, 3, 28, 22, 59, 59).unwrap());
        let e = Extension::parse(d, "2026-03-29", "Reden", at(2026, 3, 1, 9)).unwrap();
        assert_eq!(e.until, Utc.with_ymd_and_hms(2026, 3, 29, 21, 59, 59).unwrap(), "23 hours that day");
        // And back to winter time on 25 October 2026.
        let d = deadlines(at(2026, 9, 20, 10));
        let e = Extension::parse(d, "2026-10-25", "Reden", at(2026, 9, 30, 9)).unwrap();
        assert_eq!(e.until, Utc.with_ymd_and_hms(2026, 10, 25, 22, 59, 59).unwrap(), "25 hours that day");
    }

    #[test]
    fn only_once_only_in_the_first_month_only_later_and_only_with_a_reason() {
        let d = deadlines(at(2026, 1, 15, 10));
        let inside = at(2026, 2, 14, 12);
        assert_eq!(
            refusal(Extension::parse(d, "2026-03-15", "Reden", at(2026, 2, 16, 9))),
            "correction-error-extension-too-late"
        );
        let twice = Deadlines { extended_due_at: Some(at(2026, 3, 15, 22)), ..d };
        assert_eq!(
            refusal(Extension::parse(twice, "2026-03-20", "Reden", inside)),
            "correction-error-already-extended"
        );
        assert_eq!(refusal(Extension::parse(d, "2026-02-15", "Reden", inside)), "correction-error-extension-not-later");
        assert_eq!(refusal(Extension::parse(d, "15/03/2026", "Reden", inside)), "correction-error-extension-date");
        assert_eq!(refusal(Extension::parse(d, "2026-03-15", "  ", inside)), "correction-error-reason-required");
        assert!(Extension::parse(d, "2026-04-15", "Reden", inside).is_ok(), "two months after the first deadline");
    }

    #[test]
    fn days_left_count_brussels_days_and_flags_follow_the_calendar() {
        let received = at(2026, 1, 5, 10);
        let d = deadlines(received); // due the end of 5 February
        assert_eq!(days_left(d.due_at, at(2026, 1, 5, 12)), 31);
        assert_eq!(urgency(received, d, at(2026, 1, 24, 12)), Urgency::OnTime, "day 19");
        assert_eq!(urgency(received, d, at(2026, 1, 25, 12)), Urgency::DueSoon, "day 20");
        assert_eq!(days_left(d.due_at, at(2026, 2, 5, 22)), 0, "23:00 in Brussels, the last day");
        assert_eq!(urgency(received, d, at(2026, 2, 5, 22)), Urgency::DueSoon);
        assert_eq!(urgency(received, d, at(2026, 2, 5, 23)), Urgency::Overdue, "past midnight in Brussels");
        assert_eq!(days_left(d.due_at, at(2026, 2, 7, 12)), -2);
        // Extended to 5 April: on time again until its last ten days.
        let until = end_of_local_day(NaiveDate::from_ymd_opt(2026, 4, 5).unwrap());
        let extended = Deadlines { extended_due_at: Some(until), ..d };
        assert_eq!(urgency(received, extended, at(2026, 2, 10, 12)), Urgency::OnTime);
        assert_eq!(urgency(received, extended, at(2026, 3, 26, 12)), Urgency::OnTime, "ten days left");
        assert_eq!(urgency(received, extended, at(2026, 3, 27, 12)), Urgency::DueSoon, "nine days left");
        assert_eq!(urgency(received, extended, at(2026, 4, 6, 12)), Urgency::Overdue);
    }

    #[test]
    fn officers_are_reminded_once_per_deadline_five_brussels_days_before_it() {
        let due = end_of_local_day(NaiveDate::from_ymd_opt(2026, 2, 10).unwrap());
        assert!(!reminder_due(due, None, at(2026, 2, 4, 12)), "six days left");
        assert!(reminder_due(due, None, at(2026, 2, 5, 12)), "five days left");
        assert!(reminder_due(due, None, at(2026, 2, 12, 12)), "overdue and never reminded");
        let reminded = Some(at(2026, 2, 5, 12));
        assert!(!reminder_due(due, reminded, at(2026, 2, 8, 12)), "reminded for this deadline");
        // Extended to 10 April after the reminder: reminded again five days before that.
        let extended = end_of_local_day(NaiveDate::from_ymd_opt(2026, 4, 10).unwrap());
        assert!(!reminder_due(extended, reminded, at(2026, 4, 4, 12)));
        assert!(reminder_due(extended, reminded, at(2026, 4, 5, 12)));
        assert!(!reminder_due(extended, Some(at(2026, 4, 5, 12)), at(2026, 4, 9, 12)));
    }
}
