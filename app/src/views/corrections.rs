//! GDPR 19 as the receiving party sees it: the agency corrected a field this party received,
//! and told it so.

use crate::domain::fields::Field;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectionNoticeRow {
    /// The rectification request's public id.
    pub id: String,
    /// The person, as this party knows them.
    pub reference: String,
    /// The protocol under which the party received the field.
    pub protocol: String,
    pub field: Field,
    pub notified_at: DateTime<Utc>,
    pub processed_at: Option<DateTime<Utc>>,
}

/// One notice, with the corrected value when the reader may see it (a disclosure, recorded).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectionNotice {
    pub notice: CorrectionNoticeRow,
    pub value: Option<String>,
    /// Why the value is not shown (consent withdrawn, the profile does not include it…), as a
    /// message id.
    pub not_shown: Option<String>,
}
