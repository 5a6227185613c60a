//! The background jobs as the DPO's page shows them.

use crate::domain::jobs::Job;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobStatus {
    pub job: Job,
    pub last_started_at: Option<DateTime<Utc>>,
    pub last_finished_at: Option<DateTime<Utc>>,
    /// None: it has not run yet (or is running for the first time).
    pub last_ok: Option<bool>,
    /// What the last run did, or why it failed (never personal data).
    pub last_summary: Option<String>,
    pub next_run_at: Option<DateTime<Utc>>,
    /// Whether an instance holds its lease now.
    pub running: bool,
}
