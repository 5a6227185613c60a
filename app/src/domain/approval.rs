//! Four eyes (DESIGN "Authentication and security", review M3): which credentials an agency
//! protocol admin may issue alone and which need a second agency protocol admin's approval
//! first; who may decide a request; who may issue it once approved; where a request stands.
//! The one home of the rule "which requests need a second admin".

use super::coded_enum;
use super::ids::StaffId;
use super::roles::Role;
use chrono::{DateTime, Duration, Utc};

/// An approved request must be issued within this many days of being asked for; after that
/// it lapses and has to be asked for again.
pub const VALIDITY_DAYS: i64 = 7;

coded_enum!(
    /// What a request asks for, as stored.
    ApprovalKind, "error-bad-request" {
        /// A staff account of some role for some party.
        StaffInvitation => "staff_invitation",
        /// A bearer token acting for a municipality's function profile.
        ApiClient => "api_client",
        /// A recovery invitation for a person who has an account, handed over in person.
        PersonRecovery => "person_recovery",
    }
);

coded_enum!(
    /// A second admin's decision, as stored.
    ApprovalDecision, "admin-error-decision" {
        Approved => "approved",
        Refused => "refused",
    }
);

coded_enum!(
    /// Where a request stands, derived from its dates and decision.
    ApprovalStatus, "error-bad-request" {
        /// Waiting for a second agency protocol admin.
        Pending => "pending",
        /// Approved: the requester may issue it, once.
        Approved => "approved",
        Refused => "refused",
        /// Issued: the secret was shown once, to the requester.
        Issued => "issued",
        /// Not decided or not issued in time.
        Lapsed => "lapsed",
    }
);

coded_enum!(
    /// How a person's invitation reaches them, chosen on the admin page.
    Handover, "admin-error-handover" {
        /// To the contact data on file (e-mail, else SMS, else a printed letter).
        Delivered => "delivered",
        /// At the counter, after a second agency protocol admin approved.
        InPerson => "in_person",
    }
);

/// What an agency protocol admin asks to issue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Credential {
    /// An invitation for a person; `has_account`: the person already has a passkey, so
    /// redeeming it would open an existing account (a recovery).
    PersonInvitation {
        has_account: bool,
        handover: Handover,
    },
    StaffInvitation,
    ApiClient,
}

/// How a credential is issued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// Issued at once and shown to the admin: a first enrolment (there is no account to take
    /// over), for the counter or a letter.
    ShowToIssuer,
    /// Issued at once and sent to the person's contact data; the admin never sees the secret.
    DeliverToPerson,
    /// Needs a second agency protocol admin's approval; then shown once to the requester.
    SecondAdmin(ApprovalKind),
}

/// The rule: nothing that opens an existing account, creates a staff account or acts for a
/// municipality is shown to a single admin.
pub fn route(credential: Credential) -> Route {
    match credential {
        Credential::PersonInvitation { has_account: false, .. } => Route::ShowToIssuer,
        Credential::PersonInvitation { has_account: true, handover: Handover::Delivered } => Route::DeliverToPerson,
        Credential::PersonInvitation { has_account: true, handover: Handover::InPerson } => {
            Route::SecondAdmin(ApprovalKind::PersonRecovery)
        }
        Credential::StaffInvitation => Route::SecondAdmin(ApprovalKind::StaffInvitation),
        Credential::ApiClient => Route::SecondAdmin(ApprovalKind::ApiClient),
    }
}

impl ApprovalStatus {
    /// Issued and refused are final; a request lapses `VALIDITY_DAYS` after it was asked for.
    pub fn of(
        decision: Option<ApprovalDecision>,
        used_at: Option<DateTime<Utc>>,
        requested_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> ApprovalStatus {
        match (decision, used_at) {
            (_, Some(_)) => ApprovalStatus::Issued,
            (Some(ApprovalDecision::Refused), None) => ApprovalStatus::Refused,
            _ if now >= lapses_at(requested_at) => ApprovalStatus::Lapsed,
            (Some(ApprovalDecision::Approved), None) => ApprovalStatus::Approved,
            (None, None) => ApprovalStatus::Pending,
        }
    }

    /// Fluent message id of the status's name.
    pub fn message_id(self) -> String {
        format!("admin-approval-status-{}", self.as_str().replace('_', "-"))
    }
}

/// When a request asked for at `requested_at` can no longer be decided or issued.
pub fn lapses_at(requested_at: DateTime<Utc>) -> DateTime<Utc> {
    requested_at + Duration::days(VALIDITY_DAYS)
}

/// Four eyes: a pending request is decided by an agency protocol admin who did not ask for
/// it. The refusal is a Fluent message id.
pub fn may_decide(
    status: ApprovalStatus,
    requested_by: StaffId,
    decider: StaffId,
    decider_role: Role,
) -> Result<(), &'static str> {
    if decider_role != Role::AgencyProtocolAdmin {
        return Err("admin-error-approval-role");
    }
    if decider == requested_by {
        return Err("admin-error-approval-own");
    }
    match status {
        ApprovalStatus::Pending => Ok(()),
        _ => Err("admin-error-approval-decided"),
    }
}

/// Only the requester issues an approved request, and only once: the secret is shown to the
/// admin who will hand it over, never to the one who approved it.
pub fn may_issue(status: ApprovalStatus, requested_by: StaffId, caller: StaffId) -> Result<(), &'static str> {
    if caller != requested_by {
        return Err("admin-error-approval-not-yours");
    }
    match status {
        ApprovalStatus::Approved => Ok(()),
        ApprovalStatus::Pending => Err("admin-error-approval-pending"),
        ApprovalStatus::Issued => Err("admin-error-approval-issued"),
        ApprovalStatus::Refused | ApprovalStatus::Lapsed => Err("admin-error-approval-not-approved"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_first_enrolment_is_shown_to_one_admin() {
        for handover in Handover::ALL {
            let first = Credential::PersonInvitation { has_account: false, handover: *handover };
            assert_eq!(route(first), Route::ShowToIssuer, "{handover}");
        }
        let recovery = |handover| route(Credential::PersonInvitation { has_account: true, handover });
        assert_eq!(recovery(Handover::Delivered), Route::DeliverToPerson);
        assert_eq!(recovery(Handover::InPerson), Route::SecondAdmin(ApprovalKind::PersonRecovery));
        assert_eq!(route(Credential::StaffInvitation), Route::SecondAdmin(ApprovalKind::StaffInvitation));
        assert_eq!(route(Credential::ApiClient), Route::SecondAdmin(ApprovalKind::ApiClient));
    }

    #[test]
    fn a_request_is_pending_then_decided_then_issued_or_lapses() {
        let asked: DateTime<Utc> = "2026-03-01T09:00:00Z".parse().unwrap();
        let later = asked + Duration::hours(1);
        let lapsed = lapses_at(asked);
        let status = |d, used, now| ApprovalStatus::of(d, used, asked, now);
        assert_eq!(status(None, None, later), ApprovalStatus::Pending);
        assert_eq!(status(Some(ApprovalDecision::Approved), None, later), ApprovalStatus::Approved);
        assert_eq!(status(Some(ApprovalDecision::Refused), None, later), ApprovalStatus::Refused);
        assert_eq!(status(Some(ApprovalDecision::Approved), Some(later), later), ApprovalStatus::Issued);
        assert_eq!(status(None, None, lapsed), ApprovalStatus::Lapsed);
        assert_eq!(status(Some(ApprovalDecision::Approved), None, lapsed), ApprovalStatus::Lapsed);
        // What happened stays what happened.
        assert_eq!(status(Some(ApprovalDecision::Refused), None, lapsed), ApprovalStatus::Refused);
        assert_eq!(status(Some(ApprovalDecision::Approved), Some(later), lapsed), ApprovalStatus::Issued);
        assert_eq!(ApprovalStatus::Pending.message_id(), "admin-approval-status-pending");
    }

    #[test]
    fn the_requester_never_approves_their_own_request() {
        let (asker, other) = (StaffId(1), StaffId(2));
        let admin = Role::AgencyProtocolAdmin;
        assert_eq!(may_decide(ApprovalStatus::Pending, asker, other, admin), Ok(()));
        assert_eq!(may_decide(ApprovalStatus::Pending, asker, asker, admin), Err("admin-error-approval-own"));
        assert_eq!(
            may_decide(ApprovalStatus::Pending, asker, other, Role::AgencyDpo),
            Err("admin-error-approval-role")
        );
        for decided in
            [ApprovalStatus::Approved, ApprovalStatus::Refused, ApprovalStatus::Issued, ApprovalStatus::Lapsed]
        {
            assert_eq!(may_decide(decided, asker, other, admin), Err("admin-error-approval-decided"));
        }
    }

    #[test]
    fn only_the_requester_issues_and_only_once() {
        let (asker, other) = (StaffId(1), StaffId(2));
        assert_eq!(may_issue(ApprovalStatus::Approved, asker, asker), Ok(()));
        assert_eq!(may_issue(ApprovalStatus::Approved, asker, other), Err("admin-error-approval-not-yours"));
        assert_eq!(may_issue(ApprovalStatus::Pending, asker, asker), Err("admin-error-approval-pending"));
        assert_eq!(may_issue(ApprovalStatus::Issued, asker, asker), Err("admin-error-approval-issued"));
        assert_eq!(may_issue(ApprovalStatus::Refused, asker, asker), Err("admin-error-approval-not-approved"));
        assert_eq!(may_issue(ApprovalStatus::Lapsed, asker, asker), Err("admin-error-approval-not-approved"));
    }
}
