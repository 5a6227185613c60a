//! Rectification requests (art. 7) as their author and the agency's queue see them.

use crate::domain::fields::Field;
use crate::domain::rectification::RequestStatus;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A request as its author sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestView {
    pub public_id: String,
    pub field: Field,
    pub current_value: String,
    pub proposed_value: String,
    pub statement: String,
    pub status: RequestStatus,
    pub received_at: DateTime<Utc>,
    /// The deadline in force: the extended one when there is one.
    pub due_at: DateTime<Utc>,
    pub extension_reason: Option<String>,
    pub decided_at: Option<DateTime<Utc>>,
    pub decision_reason: Option<String>,
    /// For an accepted request: the parties that were told of the correction.
    pub parties_told: Vec<String>,
    /// For a municipality's quality report (art. 7): the municipality that reported it.
    pub reported_by: Option<String>,
}

/// A pending request in the agency's queue, the most urgent first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueueItem {
    pub public_id: String,
    pub field: Field,
    pub filed_by: String,
    pub received_at: DateTime<Utc>,
    /// The deadline in force (extended or not).
    pub due_at: DateTime<Utc>,
    pub status: RequestStatus,
}
