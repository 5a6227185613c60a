//! Protocol versions and their life cycle: draft → in force → terminated or expired.

use super::coded_enum;
use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

coded_enum!(
    /// What was decided about a version; the state in force also depends on the date.
    VersionStatus, "error-version-status" {
        Draft => "draft",
        Published => "published",
        Terminated => "terminated",
    }
);

coded_enum!(
    TerminationKind, "error-termination-kind" {
        /// Art. 8: the agency ends it at once after a breach of the protocol.
        Immediate => "immediate",
        /// Art. 12: a party gives notice; effective after the notice period.
        Notice => "notice",
    }
);

/// The state that decides whether data may flow today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EffectiveState {
    Draft,
    /// Published, but its start date has not come yet.
    Scheduled,
    InForce,
    /// Terminated, or notice given and the notice period has run out.
    Terminated,
    /// The end date has passed.
    Expired,
}

impl EffectiveState {
    pub fn message_id(self) -> &'static str {
        match self {
            EffectiveState::Draft => "protocol-state-draft",
            EffectiveState::Scheduled => "protocol-state-scheduled",
            EffectiveState::InForce => "protocol-state-in-force",
            EffectiveState::Terminated => "protocol-state-terminated",
            EffectiveState::Expired => "protocol-state-expired",
        }
    }
}

/// The dates of a version that its state depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Validity {
    pub status: VersionStatus,
    pub valid_from: NaiveDate,
    /// Last day in force, inclusive.
    pub valid_until: Option<NaiveDate>,
    /// First day no longer in force, once terminated.
    pub terminated_effective_on: Option<NaiveDate>,
}

impl Validity {
    pub fn state_on(&self, today: NaiveDate) -> EffectiveState {
        if self.status == VersionStatus::Draft {
            return EffectiveState::Draft;
        }
        if let Some(end) = self.terminated_effective_on
            && today >= end
        {
            return EffectiveState::Terminated;
        }
        if today < self.valid_from {
            return EffectiveState::Scheduled;
        }
        match self.valid_until {
            Some(until) if today > until => EffectiveState::Expired,
            _ => EffectiveState::InForce,
        }
    }
}

coded_enum!(
    /// How a protocol stands, as the API tells a party: the effective state, with "notice
    /// given" for a version still in force whose end has been set by a notice (art. 12).
    ProtocolState, "error-bad-request" {
        Draft => "draft",
        /// Published; its first day has not come yet.
        Scheduled => "scheduled",
        InForce => "in_force",
        NoticeGiven => "notice_given",
        Terminated => "terminated",
        Expired => "expired",
    }
);

impl Validity {
    pub fn protocol_state_on(&self, today: NaiveDate) -> ProtocolState {
        match self.state_on(today) {
            EffectiveState::Draft => ProtocolState::Draft,
            EffectiveState::Scheduled => ProtocolState::Scheduled,
            EffectiveState::InForce if self.terminated_effective_on.is_some() => ProtocolState::NoticeGiven,
            EffectiveState::InForce => ProtocolState::InForce,
            EffectiveState::Terminated => ProtocolState::Terminated,
            EffectiveState::Expired => ProtocolState::Expired,
        }
    }
}

impl Validity {
    /// Whether the version can still be ended (art. 8 or 12) on `today`: published, not ended
    /// yet, and in force or still to start.
    pub fn may_end_on(&self, today: NaiveDate) -> bool {
        self.status == VersionStatus::Published
            && matches!(self.state_on(today), EffectiveState::InForce | EffectiveState::Scheduled)
    }
}

/// Which version a page shows, of `versions` (newest first): the one in force `today`, else
/// the newest. (Public pages, the person's own data and the staff lists all show the same.)
pub fn shown_version<T>(versions: &[T], today: NaiveDate, validity: impl Fn(&T) -> Validity) -> Option<&T> {
    versions.iter().find(|v| validity(v).state_on(today) == EffectiveState::InForce).or(versions.first())
}

/// Of `versions` (newest first): the one in force `today`, or the state of the newest that
/// explains why none is (no version at all counts as a draft). Data flows only under the first.
pub fn in_force<T>(versions: &[T], today: NaiveDate, validity: impl Fn(&T) -> Validity) -> Result<&T, EffectiveState> {
    versions
        .iter()
        .find(|v| validity(v).state_on(today) == EffectiveState::InForce)
        .ok_or_else(|| versions.first().map_or(EffectiveState::Draft, |v| validity(v).state_on(today)))
}

/// Art. 12: notice given on `notified_on` takes effect after `months` months.
pub fn notice_effective_on(notified_on: NaiveDate, months: u32) -> NaiveDate {
    notified_on.checked_add_months(Months::new(months)).unwrap_or(NaiveDate::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// The seed protocol: in force 2021-06-15, ends 2022-06-30.
    fn seed() -> Validity {
        Validity {
            status: VersionStatus::Published,
            valid_from: d("2021-06-15"),
            valid_until: Some(d("2022-06-30")),
            terminated_effective_on: None,
        }
    }

    #[test]
    fn seed_protocol_states_over_time() {
        assert_eq!(seed().state_on(d("2021-06-14")), EffectiveState::Scheduled);
        assert_eq!(seed().state_on(d("2021-06-15")), EffectiveState::InForce);
        assert_eq!(seed().state_on(d("2022-06-30")), EffectiveState::InForce);
        assert_eq!(seed().state_on(d("2022-07-01")), EffectiveState::Expired);
    }

    #[test]
    fn the_version_in_force_is_shown_else_the_newest() {
        let v2 = Validity { valid_from: d("2025-07-01"), valid_until: Some(d("2027-06-30")), ..seed() };
        let newest_first = [v2, seed()];
        assert_eq!(shown_version(&newest_first, d("2021-07-01"), |v| *v), Some(&seed()));
        assert_eq!(shown_version(&newest_first, d("2026-01-01"), |v| *v), Some(&v2));
        // Between the two versions nothing is in force: the newest is shown.
        assert_eq!(shown_version(&newest_first, d("2023-01-01"), |v| *v), Some(&v2));
        assert_eq!(shown_version::<Validity>(&[], d("2023-01-01"), |v| *v), None);
    }

    #[test]
    fn notice_given_is_still_in_force_until_it_takes_effect() {
        let v = Validity { terminated_effective_on: Some(d("2022-03-01")), ..seed() };
        assert_eq!(v.protocol_state_on(d("2022-02-28")), ProtocolState::NoticeGiven);
        assert_eq!(v.protocol_state_on(d("2022-03-01")), ProtocolState::Terminated);
        assert_eq!(seed().protocol_state_on(d("2022-01-01")), ProtocolState::InForce);
        assert_eq!(seed().protocol_state_on(d("2021-01-01")), ProtocolState::Scheduled);
        assert_eq!(seed().protocol_state_on(d("2023-01-01")), ProtocolState::Expired);
    }

    #[test]
    fn the_version_in_force_or_why_none_is() {
        let v2 = Validity { valid_from: d("2025-07-01"), valid_until: Some(d("2027-06-30")), ..seed() };
        let newest_first = [v2, seed()];
        assert_eq!(in_force(&newest_first, d("2021-07-01"), |v| *v), Ok(&seed()));
        assert_eq!(in_force(&newest_first, d("2023-01-01"), |v| *v), Err(EffectiveState::Scheduled));
        assert_eq!(in_force(&newest_first, d("2027-07-01"), |v| *v), Err(EffectiveState::Expired));
        assert_eq!(in_force::<Validity>(&[], d("2023-01-01"), |v| *v), Err(EffectiveState::Draft));
    }

    #[test]
    fn only_a_published_version_in_force_or_to_start_may_be_ended() {
        assert!(seed().may_end_on(d("2021-06-01")) && seed().may_end_on(d("2022-06-30")));
        assert!(!seed().may_end_on(d("2022-07-01")), "expired");
        assert!(!Validity { status: VersionStatus::Draft, ..seed() }.may_end_on(d("2022-01-01")));
        let noticed =
            Validity { status: VersionStatus::Terminated, terminated_effective_on: Some(d("2022-03-01")), ..seed() };
        assert!(!noticed.may_end_on(d("2022-01-01")), "ended once");
    }

    #[test]
    fn drafts_never_take_effect() {
        let v = Validity { status: VersionStatus::Draft, ..seed() };
        assert_eq!(v.state_on(d("2022-01-01")), EffectiveState::Draft);
    }

    #[test]
    fn notice_takes_effect_after_three_months() {
        let end = notice_effective_on(d("2021-11-30"), 3);
        assert_eq!(end, d("2022-02-28"));
        let v = Validity { status: VersionStatus::Terminated, terminated_effective_on: Some(end), ..seed() };
        assert_eq!(v.state_on(d("2022-02-27")), EffectiveState::InForce);
        assert_eq!(v.state_on(d("2022-02-28")), EffectiveState::Terminated);
    }

    #[test]
    fn immediate_termination_wins_over_validity() {
        let v =
            Validity { status: VersionStatus::Terminated, terminated_effective_on: Some(d("2021-09-01")), ..seed() };
        assert_eq!(v.state_on(d("2021-09-01")), EffectiveState::Terminated);
    }
}
