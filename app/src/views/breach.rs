//! The breach register (art. 6/9): a municipality's own reports, and every report for the
//! agency's DPO, each with its 48-hour deadline.

use crate::domain::breach::BreachStep;
use crate::domain::fields::Field;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BreachRow {
    pub id: String,
    pub municipality: String,
    pub detected_at: DateTime<Utc>,
    pub reported_at: DateTime<Utc>,
    /// 48 hours after it was found.
    pub deadline: DateTime<Utc>,
    pub late: bool,
    pub description: String,
    pub categories: Vec<Field>,
    pub measures: String,
    pub persons_affected: u32,
    /// A staff member's name, or `None` for the municipality's system (the API).
    pub reported_by: Option<String>,
    /// What the agency's DPO did with it, in order.
    pub history: Vec<BreachHistoryEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BreachHistoryEntry {
    pub step: BreachStep,
    pub at: DateTime<Utc>,
    pub by: Option<String>,
    /// The GDPR 34 step: how many persons were told.
    pub persons_told: Option<u32>,
}

impl BreachRow {
    /// The steps taken so far.
    pub fn steps(&self) -> Vec<BreachStep> {
        self.history.iter().map(|h| h.step).collect()
    }
}
