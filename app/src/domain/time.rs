//! Calendar days as the portal's users live them: in Brussels (CET, CEST from the last Sunday
//! of March to the last Sunday of October, switching at 01:00 UTC). Deadlines, date filters and
//! every date shown are Brussels days, never UTC days.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};

/// Brussels' offset from UTC at instant `t`.
pub fn brussels_offset(t: DateTime<Utc>) -> Duration {
    let year = t.year();
    let last_sunday = |month: u32| {
        let last = NaiveDate::from_ymd_opt(year, month, 31).expect("March and October have 31 days");
        last - Duration::days(last.weekday().num_days_from_sunday().into())
    };
    let summer_start = last_sunday(3).and_hms_opt(1, 0, 0).expect("valid").and_utc();
    let summer_end = last_sunday(10).and_hms_opt(1, 0, 0).expect("valid").and_utc();
    Duration::hours(if t >= summer_start && t < summer_end { 2 } else { 1 })
}

/// Brussels wall-clock time at `t`, as a naive date-time.
pub fn local(t: DateTime<Utc>) -> chrono::NaiveDateTime {
    (t + brussels_offset(t)).naive_utc()
}

/// The Brussels calendar day of instant `t` (a request's day of receipt, a date shown).
pub fn day_of(t: DateTime<Utc>) -> NaiveDate {
    local(t).date()
}

/// Today, as the portal's users count days: the Brussels day of `now`. The only way code gets
/// "today" — a protocol's last day ends at midnight in Brussels on every screen and in every
/// decision, never at midnight UTC.
pub fn today(now: DateTime<Utc>) -> NaiveDate {
    day_of(now)
}

/// The years a date typed by someone may fall in: far wider than any record (the pilot
/// started in 2021; retention ends within decades) and far inside what the time arithmetic
/// can hold, so that no typed date can overflow it.
pub const TYPED_YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// A day typed in a form or query (`2026-03-01`): four-digit year within [`TYPED_YEARS`],
/// nothing else. `None` for anything else (chrono's `%Y` alone would take `-262143-01-01`).
pub fn parse_day(raw: &str) -> Option<NaiveDate> {
    let raw = raw.trim();
    let shape = raw.len() == 10
        && raw.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    if !shape {
        return None;
    }
    NaiveDate::parse_from_str(raw, "%Y-%m-%d").ok().filter(|d| TYPED_YEARS.contains(&d.year()))
}

/// The instant a Brussels day starts. (Clocks change at 02:00 or 03:00 local time, never at
/// midnight, so the offset two hours before UTC midnight is the one in force at local midnight.)
pub fn start_of_local_day(d: NaiveDate) -> DateTime<Utc> {
    let utc_midnight = d.and_hms_opt(0, 0, 0).expect("midnight exists").and_utc();
    utc_midnight - brussels_offset(utc_midnight - Duration::hours(2))
}

/// The last instant of a Brussels day.
pub fn end_of_local_day(d: NaiveDate) -> DateTime<Utc> {
    start_of_local_day(d + Duration::days(1)) - Duration::seconds(1)
}

/// A moment typed in a form as Brussels wall-clock time (`2026-03-01T14:30`, what a
/// `datetime-local` box sends), as an instant. In the hour the autumn change repeats, the
/// earlier (summer-time) reading is taken; the spring change's missing hour reads as winter time.
pub fn parse_local_moment(raw: &str) -> Option<DateTime<Utc>> {
    let raw = raw.trim();
    let (day, time) = raw.split_once('T')?;
    let day = parse_day(day)?;
    let time = chrono::NaiveTime::parse_from_str(time, "%H:%M")
        .or_else(|_| chrono::NaiveTime::parse_from_str(time, "%H:%M:%S"))
        .ok()?;
    let wall = day.and_time(time);
    // Summer time when that reading is consistent (in the repeated autumn hour it is the
    // earlier one); winter time otherwise.
    let summer = wall.and_utc() - Duration::hours(2);
    if local(summer) == wall {
        return Some(summer);
    }
    Some(wall.and_utc() - Duration::hours(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_typed_brussels_moment_becomes_the_instant_it_names() {
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        assert_eq!(parse_local_moment("2026-07-01T14:30"), Some(at("2026-07-01T12:30:00Z")));
        assert_eq!(parse_local_moment("2026-12-05T09:00"), Some(at("2026-12-05T08:00:00Z")));
        // 25 October 2026: 02:30 happens twice; the summer-time one is taken.
        assert_eq!(parse_local_moment("2026-10-25T02:30"), Some(at("2026-10-25T00:30:00Z")));
        for bad in ["2026-07-01", "2026-07-01T25:00", "yesterday", "2026-07-01 14:30", "99999-01-01T00:00"] {
            assert_eq!(parse_local_moment(bad), None, "{bad}");
        }
    }

    #[test]
    fn typed_days_are_plain_dates_in_a_sane_range() {
        assert_eq!(parse_day(" 2026-03-01 "), NaiveDate::from_ymd_opt(2026, 3, 1));
        for bad in [
            "-262143-01-01",
            "+2026-03-01",
            "20260-03-01",
            "2026-3-1",
            "2026-02-30",
            "1899-12-31",
            "2201-01-01",
            "٢٠٢٦-٠٣-٠١",
            "",
        ] {
            assert_eq!(parse_day(bad), None, "{bad}");
        }
        // Every day a person can type has a start and an end without overflow.
        for d in [NaiveDate::from_ymd_opt(1900, 1, 1).unwrap(), NaiveDate::from_ymd_opt(2200, 12, 31).unwrap()] {
            assert!(start_of_local_day(d) < end_of_local_day(d));
        }
    }

    // A typed day sets deadlines, filters and a protocol's validity: every real day in the
    // range must be read as itself, one spelling only, and nothing outside the range may get
    // through to the time arithmetic (which panics on overflow). A Brussels day must start and
    // end on that day, also on the days the clocks change.
    mod properties {
        use super::*;
        use crate::domain::hostile_input::{config, hostile};
        use proptest::prelude::*;

        fn first_day() -> NaiveDate {
            NaiveDate::from_ymd_opt(*TYPED_YEARS.start(), 1, 1).expect("a day")
        }

        /// Every day a person can type, as days after 1 January 1900.
        fn typed_day() -> impl Strategy<Value = NaiveDate> {
            let last = NaiveDate::from_ymd_opt(*TYPED_YEARS.end(), 12, 31).expect("a day");
            (0..=(last - first_day()).num_days()).prop_map(|n| first_day() + Duration::days(n))
        }

        proptest! {
            #![proptest_config(config(256))]

            #[test]
            fn every_day_in_the_range_reads_back_as_itself(d in typed_day(), pad in "[ \t]{0,2}") {
                prop_assert_eq!(parse_day(&format!("{pad}{}{pad}", d.format("%Y-%m-%d"))), Some(d));
            }

            #[test]
            fn an_accepted_day_has_one_spelling_and_is_in_the_range(input in hostile()) {
                if let Some(d) = parse_day(&input) {
                    prop_assert_eq!(d.format("%Y-%m-%d").to_string(), input.trim());
                    prop_assert!(TYPED_YEARS.contains(&d.year()));
                }
            }

            #[test]
            fn days_outside_the_range_are_refused(year in prop_oneof![0i32..1900, 2201i32..=9999], m in 1u32..=12, d in 1u32..=28) {
                prop_assert_eq!(parse_day(&format!("{year:04}-{m:02}-{d:02}")), None);
            }

            #[test]
            fn a_brussels_day_starts_and_ends_on_that_day(d in typed_day()) {
                let (start, end) = (start_of_local_day(d), end_of_local_day(d));
                prop_assert!(day_of(start) == d && day_of(end) == d && day_of(start - Duration::seconds(1)) < d);
                let hours = (end - start + Duration::seconds(1)).num_hours();
                prop_assert!((23..=25).contains(&hours), "{} lasts {} hours", d, hours);
            }

            #[test]
            fn a_typed_moment_is_on_its_day_at_its_time_or_an_hour_later(
                d in typed_day(),
                h in 0u32..24,
                m in 0u32..60,
                seconds in prop::option::of(0u32..60),
            ) {
                let typed = match seconds {
                    Some(s) => format!("{}T{h:02}:{m:02}:{s:02}", d.format("%Y-%m-%d")),
                    None => format!("{}T{h:02}:{m:02}", d.format("%Y-%m-%d")),
                };
                let at = parse_local_moment(&typed).expect("a moment");
                let wall = d.and_hms_opt(h, m, seconds.unwrap_or(0)).expect("a time");
                prop_assert_eq!(day_of(at), d);
                // Only the hour the spring change skips (02:00 on March's last Sunday) reads an hour later.
                let skipped = d.month() == 3 && d.day() >= 25 && d.weekday() == chrono::Weekday::Sun && h == 2;
                prop_assert_eq!(local(at), if skipped { wall + Duration::hours(1) } else { wall }, "{}", typed);
            }
        }
    }

    #[test]
    fn local_days_follow_summer_time() {
        let winter = Utc.with_ymd_and_hms(2026, 2, 28, 23, 30, 0).unwrap();
        assert_eq!(day_of(winter), NaiveDate::from_ymd_opt(2026, 3, 1).unwrap());
        let summer = Utc.with_ymd_and_hms(2026, 7, 1, 22, 30, 0).unwrap();
        assert_eq!(day_of(summer), NaiveDate::from_ymd_opt(2026, 7, 2).unwrap());
    }

    #[test]
    fn today_turns_at_brussels_midnight_not_utc_midnight() {
        // 30 June 2022 (summer time, UTC+2): 23:30 in Brussels is still the 30th; 00:30 is the 1st,
        // although both instants are on 30 June in UTC.
        let late = Utc.with_ymd_and_hms(2022, 6, 30, 21, 30, 0).unwrap();
        let after_midnight = Utc.with_ymd_and_hms(2022, 6, 30, 22, 30, 0).unwrap();
        assert_eq!(today(late), NaiveDate::from_ymd_opt(2022, 6, 30).unwrap());
        assert_eq!(today(after_midnight), NaiveDate::from_ymd_opt(2022, 7, 1).unwrap());
        assert_eq!(after_midnight.date_naive(), NaiveDate::from_ymd_opt(2022, 6, 30).unwrap());
    }

    #[test]
    fn days_start_at_local_midnight_also_on_the_switch_days() {
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        assert_eq!(start_of_local_day(d(1, 15)), Utc.with_ymd_and_hms(2026, 1, 14, 23, 0, 0).unwrap());
        assert_eq!(start_of_local_day(d(7, 15)), Utc.with_ymd_and_hms(2026, 7, 14, 22, 0, 0).unwrap());
        // 29 March and 25 October 2026 are the switch days.
        assert_eq!(start_of_local_day(d(3, 29)), Utc.with_ymd_and_hms(2026, 3, 28, 23, 0, 0).unwrap());
        assert_eq!(start_of_local_day(d(3, 30)), Utc.with_ymd_and_hms(2026, 3, 29, 22, 0, 0).unwrap());
        assert_eq!(start_of_local_day(d(10, 25)), Utc.with_ymd_and_hms(2026, 10, 24, 22, 0, 0).unwrap());
        assert_eq!(start_of_local_day(d(10, 26)), Utc.with_ymd_and_hms(2026, 10, 25, 23, 0, 0).unwrap());
        assert_eq!(end_of_local_day(d(7, 14)), Utc.with_ymd_and_hms(2026, 7, 14, 21, 59, 59).unwrap());
    }
}
