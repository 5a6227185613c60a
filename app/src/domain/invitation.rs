//! Invitations (enrolment links): where one stands, derived from its dates.

use super::coded_enum;
use chrono::{DateTime, Duration, Utc};

/// Invitations are valid for 14 days.
pub const VALIDITY_DAYS: i64 = 14;

/// When an invitation issued at `issued_at` stops working.
pub fn expires_at(issued_at: DateTime<Utc>) -> DateTime<Utc> {
    issued_at + Duration::days(VALIDITY_DAYS)
}

/// API tokens live at most ten years: a typed number of days is refused outside 1..=3650.
pub const TOKEN_DAYS: std::ops::RangeInclusive<u32> = 1..=3650;

/// When a token created at `now` for `days` days stops working.
pub fn token_expires_at(now: DateTime<Utc>, days: u32) -> Result<DateTime<Utc>, super::ParseError> {
    if !TOKEN_DAYS.contains(&days) {
        return Err(super::ParseError::new("admin-error-expiry"));
    }
    Ok(now + Duration::days(days.into()))
}

coded_enum!(
    /// Where an invitation stands. Only `Open` can be redeemed.
    InvitationStatus, "error-bad-request" {
        Open => "open",
        Redeemed => "redeemed",
        Revoked => "revoked",
        Expired => "expired",
    }
);

impl InvitationStatus {
    /// Redeemed and revoked are final; an open invitation expires on its date.
    pub fn of(
        redeemed_at: Option<DateTime<Utc>>,
        revoked_at: Option<DateTime<Utc>>,
        expires_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> InvitationStatus {
        if redeemed_at.is_some() {
            InvitationStatus::Redeemed
        } else if revoked_at.is_some() {
            InvitationStatus::Revoked
        } else if now >= expires_at {
            InvitationStatus::Expired
        } else {
            InvitationStatus::Open
        }
    }

    /// Fluent message id of the status's name.
    pub fn message_id(self) -> &'static str {
        match self {
            InvitationStatus::Open => "admin-invitation-status-open",
            InvitationStatus::Redeemed => "admin-invitation-status-redeemed",
            InvitationStatus::Revoked => "admin-invitation-status-revoked",
            InvitationStatus::Expired => "admin-invitation-status-expired",
        }
    }
}

/// Whom a staff invitation is for, as the inviting admin names them: a name, and an e-mail
/// address or a phone number to reach them (in its one stored form).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffInvitee {
    pub name: String,
    pub contact: String,
}

impl StaffInvitee {
    pub fn parse(name: &str, contact: &str) -> Result<StaffInvitee, (&'static str, super::ParseError)> {
        use super::text::{Email, Name, Phone};
        let name = Name::parse(name, 200, "staff-error-invitee-name-required", "staff-error-invitee-name-too-long")
            .map_err(|e| ("name", e))?
            .into_inner();
        let contact = if contact.contains('@') {
            Email::parse(contact).map(|e| e.to_string())
        } else {
            Phone::parse(contact).map(|p| p.to_string())
        }
        .map_err(|_| ("contact", super::ParseError::new("staff-error-invitee-contact")))?;
        Ok(StaffInvitee { name, contact })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_staff_invitation_names_whom_it_is_for_and_how_to_reach_them() {
        let by_mail = StaffInvitee::parse(" Els Peeters ", " els@leeuw.be ").unwrap();
        assert_eq!((by_mail.name.as_str(), by_mail.contact.as_str()), ("Els Peeters", "els@leeuw.be"));
        assert_eq!(StaffInvitee::parse("Els", "0470 12 34 56").unwrap().contact, "0470123456");
        assert_eq!(StaffInvitee::parse("", "els@leeuw.be").unwrap_err().0, "name");
        for bad in ["", "els@", "twaalf"] {
            assert_eq!(
                StaffInvitee::parse("Els", bad).unwrap_err().1.message_id,
                "staff-error-invitee-contact",
                "{bad}"
            );
        }
    }

    // The contact an admin types is where the invitation's secret goes: it must be stored as
    // the e-mail address or phone number it is (in that type's one form), never half-parsed.
    mod properties {
        use super::*;
        use crate::domain::hostile_input::{config, hostile};
        use crate::domain::text::{Email, Phone};
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(config(256))]

            #[test]
            fn an_invitee_is_reached_at_a_valid_address_or_number(name in hostile(), contact in hostile()) {
                if let Ok(i) = StaffInvitee::parse(&name, &contact) {
                    let stored = if contact.contains('@') {
                        Email::parse(&contact).map(Email::into_inner)
                    } else {
                        Phone::parse(&contact).map(Phone::into_inner)
                    };
                    prop_assert_eq!(Ok(i.contact.clone()), stored);
                    prop_assert_eq!(StaffInvitee::parse(&i.name, &i.contact), Ok(i.clone()));
                    prop_assert!(i.name.chars().count() <= 200);
                }
            }

            #[test]
            fn a_token_lives_the_days_asked_if_one_to_3650(days in prop_oneof![any::<u32>(), 0u32..4000]) {
                let now: DateTime<Utc> = "2026-03-01T09:00:00Z".parse().unwrap();
                match token_expires_at(now, days) {
                    Ok(until) => prop_assert!(TOKEN_DAYS.contains(&days) && until - now == Duration::days(days.into())),
                    Err(e) => prop_assert!(!TOKEN_DAYS.contains(&days) && e.message_id == "admin-error-expiry"),
                }
            }
        }
    }

    #[test]
    fn token_lifetimes_are_bounded() {
        let now = Utc::now();
        assert_eq!(token_expires_at(now, 30).unwrap(), now + Duration::days(30));
        for bad in [0, 3651, 4_000_000_000] {
            assert_eq!(token_expires_at(now, bad).unwrap_err().message_id, "admin-error-expiry", "{bad}");
        }
    }

    #[test]
    fn an_invitation_is_open_for_fourteen_days_unless_used_or_revoked() {
        let issued: DateTime<Utc> = "2026-03-01T09:00:00Z".parse().unwrap();
        let until = expires_at(issued);
        let status = |redeemed, revoked, now| InvitationStatus::of(redeemed, revoked, until, now);
        assert_eq!(status(None, None, until - Duration::seconds(1)), InvitationStatus::Open);
        assert_eq!(status(None, None, until), InvitationStatus::Expired);
        assert_eq!(status(Some(issued), None, until), InvitationStatus::Redeemed);
        assert_eq!(status(None, Some(issued), issued), InvitationStatus::Revoked);
        // Redeemed wins over a later revocation: the account exists.
        assert_eq!(status(Some(issued), Some(issued), issued), InvitationStatus::Redeemed);
    }
}
