//! Erasure at the recipients: the agency's requests and the municipalities' attestations.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErasureRow {
    pub id: i32,
    pub municipality: String,
    /// How the municipality knows the person.
    pub reference: String,
    pub last_disclosed_at: DateTime<Utc>,
    pub requested_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
    /// Not attested and past its deadline.
    pub overdue: bool,
    /// Both DPOs were told.
    pub escalated: bool,
    pub attested_at: Option<DateTime<Utc>>,
    pub attested_by: Option<String>,
}
