//! The signed-in account: passkeys, sessions and the notices about them.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyRow {
    pub id: i32,
    pub name: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub last_used_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRow {
    pub id: i32,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub last_seen_at: chrono::DateTime<chrono::Utc>,
    pub user_agent: Option<String>,
    pub current: bool,
}

/// A change to the account the owner is told about (Fluent id `notification-<kind>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeRow {
    pub kind: String,
    /// The passkey's name, for passkey changes.
    pub name: Option<String>,
    /// How a recovery invitation came (`domain::outbox::RecoveryVia`), for a recovery.
    pub via: Option<String>,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountView {
    pub passkeys: Vec<PasskeyRow>,
    pub sessions: Vec<SessionRow>,
    pub notices: Vec<NoticeRow>,
}
