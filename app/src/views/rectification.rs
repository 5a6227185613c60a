//! Rectification requests (art. 7) as their author and the agency's queue see them.

use crate::domain::deadline::Urgency;
use crate::domain::fields::Field;
use crate::domain::rectification::{FiledBy, RequestStatus};
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

/// A request in the agency's queue, the most urgent first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueueItem {
    pub public_id: String,
    pub field: Field,
    pub filed_by: String,
    pub received_at: DateTime<Utc>,
    /// The deadline in force (extended or not).
    pub due_at: DateTime<Utc>,
    pub status: RequestStatus,
    /// Brussels days to the deadline's day (negative once past); pending requests only.
    pub days_left: Option<i64>,
    pub urgency: Option<Urgency>,
}

/// What the queue is narrowed to, from the page's address.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QueueFilter {
    /// A status; none means every pending one.
    pub status: Option<RequestStatus>,
    pub kind: Option<FiledBy>,
    pub field: Option<Field>,
    /// From 0.
    pub page: u32,
}

impl QueueFilter {
    /// Reads `status`, `kind`, `field` and `page`; a value that does not parse counts as none.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> QueueFilter {
        QueueFilter {
            status: get("status").and_then(|s| RequestStatus::parse(&s).ok()),
            kind: get("kind").and_then(|s| FiledBy::parse(&s).ok()),
            field: get("field").and_then(|s| Field::parse(&s).ok()),
            page: get("page").and_then(|p| p.parse().ok()).unwrap_or(0).min(10_000),
        }
    }

    /// The address of page `page` under the same filter.
    pub fn page_href(&self, page: u32) -> String {
        let mut q = vec![format!("page={page}")];
        q.extend(self.status.map(|s| format!("status={}", s.as_str())));
        q.extend(self.kind.map(|k| format!("kind={}", k.as_str())));
        q.extend(self.field.map(|f| format!("field={}", f.as_str())));
        format!("/agency/rectifications?{}", q.join("&"))
    }
}

/// The counts at the top of the queue.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QueueCounts {
    pub open: usize,
    pub due_soon: usize,
    pub overdue: usize,
    /// Decided since the first of this Brussels month.
    pub handled_this_month: usize,
    /// Median Brussels days from receipt to decision, of those.
    pub median_days_to_decide: Option<i64>,
}

/// One page of the queue with its counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueueOverview {
    pub counts: QueueCounts,
    pub filter: QueueFilter,
    pub items: Vec<QueueItem>,
    pub more: bool,
}
