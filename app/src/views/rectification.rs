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
    /// Who filed it: the person, staff for them, a municipality, or the agency's
    /// client-tracking system (a change at the source that recipients were told of).
    pub filed_by: FiledBy,
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
    /// For a quality report: the municipality that filed it (through its staff or its system).
    pub reported_by: Option<String>,
}

/// What the queue is narrowed to, from the page's address.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QueueFilter {
    /// A status; none means every pending one.
    pub status: Option<RequestStatus>,
    pub kind: Option<FiledBy>,
    pub field: Option<Field>,
    /// A municipality's slug: the quality reports it filed.
    pub municipality: Option<String>,
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
            municipality: get("municipality")
                .filter(|s| !s.is_empty() && s.len() <= 80 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')),
            page: get("page").and_then(|p| p.parse().ok()).unwrap_or(0).min(10_000),
        }
    }

    /// The address of page `page` under the same filter.
    pub fn page_href(&self, page: u32) -> String {
        let mut q = vec![format!("page={page}")];
        q.extend(self.status.map(|s| format!("status={}", s.as_str())));
        q.extend(self.kind.map(|k| format!("kind={}", k.as_str())));
        q.extend(self.field.map(|f| format!("field={}", f.as_str())));
        q.extend(self.municipality.as_ref().map(|m| format!("municipality={m}")));
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
    /// The municipalities to filter by: (slug, name).
    pub municipalities: Vec<(String, String)>,
}

/// One step in a request's history, as shown: who took it (a staff member's name; none for the
/// person's own steps, or on the person's page where the agency speaks as one) and its note
/// (the question, the answer, the reason).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub step: crate::domain::rectification::RectificationStep,
    pub at: DateTime<Utc>,
    pub by: Option<String>,
    pub note: Option<String>,
}

/// A request as the rectification officer works on it: the request, whose it is, who filed it,
/// the value in the record now, which parties hold the field (the disclosure log), the whole
/// history and what the officer can do next.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeskRequest {
    pub request: RequestView,
    pub person_name: String,
    pub dossier_ref: String,
    pub filed_by: FiledBy,
    /// The staff member or municipal system that filed it, when not the person.
    pub filer: Option<String>,
    /// The value in the record now (it may have changed since the request was filed).
    pub value_now: Option<String>,
    /// Parties that received the field of this person, by name.
    pub holders: Vec<String>,
    pub history: Vec<HistoryEntry>,
    /// Brussels days to the deadline in force, and its flag; pending requests only.
    pub days_left: Option<i64>,
    pub urgency: Option<Urgency>,
    /// The last day an extension may reach, while one may still be asked (once, in the first month).
    pub extension_until: Option<chrono::NaiveDate>,
    /// The question the person has still to answer, while the request waits.
    pub open_question: Option<String>,
}
