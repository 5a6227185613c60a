//! The agency admin's view: invitations, API clients and requests awaiting a second admin, and
//! what a form just issued (or delivered, or asked for).

use crate::domain::approval::{ApprovalKind, ApprovalStatus};
use crate::domain::invitation::InvitationStatus;
use crate::domain::outbox::OutboxChannel;
use crate::domain::roles::Role;
use crate::error::AppError;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A freshly issued invitation, to show once: link, short code, QR code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedInvitationView {
    pub id: i32,
    pub url: String,
    pub short_code: String,
    pub qr_svg: Option<String>,
    pub expires_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreatedClient {
    pub public_id: String,
    pub token: String,
}

/// A recovery invitation sent to the person: where it went (masked), never its secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliveryView {
    pub invitation_id: i32,
    pub channel: OutboxChannel,
    pub masked_to: String,
    pub expires_at: DateTime<Utc>,
}

/// A request now waiting for a second agency protocol admin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestedView {
    pub request_id: i32,
    pub kind: ApprovalKind,
}

/// What inviting a person did (`domain::approval::route`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum PersonInvitationOutcome {
    /// A first enrolment: shown once, to the admin.
    Shown(IssuedInvitationView),
    /// A recovery, delivered to the person.
    Delivered(DeliveryView),
    /// A recovery to hand over in person, waiting for a second admin.
    Requested(RequestedView),
}

/// What issuing an approved request made, shown once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "issued", rename_all = "snake_case")]
pub enum IssuedCredentialView {
    Invitation(IssuedInvitationView),
    Client(CreatedClient),
}

/// What the admin result page shows (provided as context by the form handler).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issued {
    Invitation(IssuedInvitationView),
    Client(CreatedClient),
    Delivered(DeliveryView),
    Requested(RequestedView),
    Failed(AppError),
}

impl From<PersonInvitationOutcome> for Issued {
    fn from(o: PersonInvitationOutcome) -> Issued {
        match o {
            PersonInvitationOutcome::Shown(v) => Issued::Invitation(v),
            PersonInvitationOutcome::Delivered(v) => Issued::Delivered(v),
            PersonInvitationOutcome::Requested(v) => Issued::Requested(v),
        }
    }
}

impl From<IssuedCredentialView> for Issued {
    fn from(o: IssuedCredentialView) -> Issued {
        match o {
            IssuedCredentialView::Invitation(v) => Issued::Invitation(v),
            IssuedCredentialView::Client(v) => Issued::Client(v),
        }
    }
}

/// A request for a credential that needs a second admin, with what the viewer may do with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApprovalRow {
    pub id: i32,
    pub kind: ApprovalKind,
    pub role: Option<Role>,
    pub party: Option<String>,
    pub profile: Option<String>,
    pub client_name: Option<String>,
    pub client_expires_days: Option<i32>,
    /// For a recovery: whose dossier (the second admin checks the person at the counter).
    pub dossier_ref: Option<String>,
    pub requested_by: String,
    pub requested_at: DateTime<Utc>,
    pub decided_by: Option<String>,
    pub status: ApprovalStatus,
    /// The viewer asked for it.
    pub mine: bool,
    pub may_decide: bool,
    pub may_issue: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InvitationRow {
    pub id: i32,
    pub kind: String,
    pub role: Option<String>,
    pub party: Option<String>,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub status: InvitationStatus,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiClientRow {
    pub public_id: String,
    pub name: String,
    pub party: String,
    /// `None`: the agency's client-tracking system, which reads with no profile.
    pub profile: Option<String>,
    pub created_at: DateTime<Utc>,
    pub expires_at: Option<DateTime<Utc>>,
    pub revoked: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdminHome {
    pub invitations: Vec<InvitationRow>,
    /// Requests awaiting (or past) a second admin's decision, newest first.
    pub requests: Vec<ApprovalRow>,
    pub api_clients: Vec<ApiClientRow>,
    /// Agency and municipalities: (id, name, kind).
    pub parties: Vec<(i32, String, String)>,
    /// Active function profiles: (id, name, party id).
    pub profiles: Vec<(i32, String, i32)>,
}
