//! Asking for a credential that needs a second agency protocol admin (four eyes, review M3):
//! a staff invitation, an API client, or a recovery handed over in person. The request is
//! checked now (the same checks run again when it is issued) and recorded with its audit entry;
//! nothing secret exists until it is approved and issued.

use crate::domain::approval::{ApprovalKind, Credential, Route, route};
use crate::domain::authz::StaffCaller;
use crate::domain::ids::{PartyId, PersonId, ProfileId};
use crate::domain::roles::Role;
use crate::services::identity::credentials::{check_client, check_staff_invitee};
use crate::services::{ServiceError, WriteTx, audit};
use crate::store::{Db, approval_request};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, Set};

/// What is asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Requested {
    StaffInvitation {
        party_id: PartyId,
        role: Role,
        function_profile_id: Option<ProfileId>,
    },
    /// The client acts for the profile's party.
    ApiClient {
        function_profile_id: ProfileId,
        name: String,
        expires_days: Option<u32>,
    },
    PersonRecovery {
        person_id: PersonId,
    },
}

impl Requested {
    pub fn kind(&self) -> ApprovalKind {
        match self {
            Requested::StaffInvitation { .. } => ApprovalKind::StaffInvitation,
            Requested::ApiClient { .. } => ApprovalKind::ApiClient,
            Requested::PersonRecovery { .. } => ApprovalKind::PersonRecovery,
        }
    }
}

/// Asks for a staff invitation or an API client, in its own transaction; returns the request's id.
pub async fn request(
    db: &Db,
    requester: &StaffCaller,
    what: Requested,
    now: DateTime<Utc>,
) -> Result<i32, ServiceError> {
    let credential = match what.kind() {
        ApprovalKind::StaffInvitation => Credential::StaffInvitation,
        ApprovalKind::ApiClient => Credential::ApiClient,
        // Recoveries are asked for from the person's invitation form (`credentials::recovery`).
        ApprovalKind::PersonRecovery => return Err(ServiceError::Internal("a recovery is asked for by dossier")),
    };
    if route(credential) != Route::SecondAdmin(what.kind()) {
        return Err(ServiceError::Internal("only what needs a second admin is requested"));
    }
    let tx = WriteTx::begin(db, now).await?;
    let id = insert_request(&tx, requester, &what).await?;
    tx.commit().await?;
    Ok(id)
}

/// Checks and records a request inside the caller's transaction, with its audit entry.
pub async fn insert_request(tx: &WriteTx<'_>, requester: &StaffCaller, what: &Requested) -> Result<i32, ServiceError> {
    let mut m = approval_request::ActiveModel {
        kind: Set(what.kind().as_str().into()),
        requested_by_staff_id: Set(requester.staff_id.0),
        requested_at: Set(tx.now),
        ..Default::default()
    };
    match what {
        Requested::StaffInvitation { party_id, role, function_profile_id } => {
            check_staff_invitee(tx, *party_id, *role, *function_profile_id).await?;
            m.party_id = Set(Some(party_id.0));
            m.role = Set(Some(role.as_str().into()));
            m.function_profile_id = Set(function_profile_id.map(|p| p.0));
        }
        Requested::ApiClient { function_profile_id, name, expires_days } => {
            if expires_days.is_some_and(|d| !crate::domain::invitation::TOKEN_DAYS.contains(&d)) {
                return Err(ServiceError::Invalid { field: "expires_days", message_id: "admin-error-expiry" });
            }
            let (party_id, name) = check_client(tx, *function_profile_id, name).await?;
            m.party_id = Set(Some(party_id.0));
            m.function_profile_id = Set(Some(function_profile_id.0));
            m.client_name = Set(Some(name));
            m.client_expires_days = Set(expires_days.map(|d| d as i32));
        }
        Requested::PersonRecovery { person_id } => m.person_id = Set(Some(person_id.0)),
    }
    let m = m.insert(&tx.tx).await?;
    let payload = format!(
        "{}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}",
        m.kind, m.person_id, m.party_id, m.role, m.function_profile_id, m.client_name, m.client_expires_days
    );
    audit::record(tx, requester.audit_id(), "approval.request", format!("approval:{}", m.id), &payload).await?;
    Ok(m.id)
}
