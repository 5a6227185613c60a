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

/// What the audit log is narrowed to, from the page's address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditFilter {
    /// The start of the actor (`staff:`, `person:…`, `system:`), as typed.
    pub actor: Option<String>,
    /// One action exactly (`consent.give`, `breach.report`…).
    pub action: Option<String>,
    /// From 0.
    pub page: u32,
}

impl AuditFilter {
    /// Reads `actor`, `action` and `page`; a value that is not an id-like word counts as none.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> AuditFilter {
        let word = |k: &str| {
            get(k).map(|v| v.trim().to_owned()).filter(|v| {
                !v.is_empty() && v.len() <= 80 && v.chars().all(|c| c.is_ascii_alphanumeric() || "-_.:".contains(c))
            })
        };
        AuditFilter {
            actor: word("actor"),
            action: word("action"),
            page: get("page").and_then(|p| p.parse().ok()).unwrap_or(0).min(1_000_000),
        }
    }

    /// The address of page `page` under the same filter.
    pub fn page_href(&self, page: u32) -> String {
        let mut q = format!("/agency/dpo/audit?page={page}");
        if let Some(a) = &self.actor {
            q.push_str(&format!("&actor={a}"));
        }
        if let Some(a) = &self.action {
            q.push_str(&format!("&action={a}"));
        }
        q
    }
}

/// One entry of the chain: ids and hashes only, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    pub seq: i64,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub action: String,
    pub object_ref: String,
    pub payload_hash: String,
    pub entry_hash: String,
}

/// One page of the audit log, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditLogPage {
    pub filter: AuditFilter,
    pub entries: Vec<AuditRow>,
    /// Whether an older page follows.
    pub more: bool,
    /// Every action the log holds, for the filter's choice list.
    pub actions: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_reads_only_id_like_words_and_keeps_itself_in_its_links() {
        let q = |k: &str| match k {
            "actor" => Some(" staff: ".to_owned()),
            "action" => Some("<script>".to_owned()),
            "page" => Some("3".to_owned()),
            _ => None,
        };
        let f = AuditFilter::from_query(q);
        assert_eq!(f, AuditFilter { actor: Some("staff:".into()), action: None, page: 3 });
        assert_eq!(f.page_href(4), "/agency/dpo/audit?page=4&actor=staff:");
    }
}
