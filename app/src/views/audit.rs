//! The state of the audit chain, for the DPO.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
/// The audit chain as the DPO sees it: whether it verifies, its length, the checkpoints.
pub struct AuditStatus {
    pub chain_ok: bool,
    pub chain_length: i64,
    pub broken_at: Option<i64>,
    pub checkpoints: u64,
    pub last_checkpoint_at: Option<DateTime<Utc>>,
}

/// The audit chain's status as last verified by the background check, and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckedAuditStatus {
    pub status: AuditStatus,
    pub checked_at: DateTime<Utc>,
}
