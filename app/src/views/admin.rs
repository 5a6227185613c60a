//! The agency admin's view: invitations and API clients, and what a form just issued.

use crate::domain::invitation::InvitationStatus;
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

/// What the admin result page shows (provided as context by the form handler).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issued {
    Invitation(IssuedInvitationView),
    Client(CreatedClient),
    Failed(AppError),
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
    pub profile: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: Option<DateTime<Utc>>,
    pub revoked: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdminHome {
    pub invitations: Vec<InvitationRow>,
    pub api_clients: Vec<ApiClientRow>,
    /// Agency and municipalities: (id, name, kind).
    pub parties: Vec<(i32, String, String)>,
    /// Active function profiles: (id, name, party id).
    pub profiles: Vec<(i32, String, i32)>,
}
