//! "Who received my data": the party × field overview and the timeline.

use crate::domain::consent::ConsentScopes;
use crate::domain::fields::Field;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// A recipient as the person sees it: a municipality, or a partner that got data onward.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recipient {
    pub slug: String,
    pub name: String,
    /// For a partner organisation: the municipality it works with.
    pub partner_of: Option<String>,
}

/// One cell of the overview: this party received this field `count` times, last at `last_at`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OverviewCell {
    pub field: Field,
    pub count: u64,
    pub last_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OverviewRow {
    pub recipient: Recipient,
    pub cells: Vec<OverviewCell>,
}

/// What to show of the timeline. Dates are Brussels days, both included.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TimelineFilter {
    pub party: Option<String>,
    pub field: Option<Field>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// 1-based.
    pub page: u64,
    /// The reader's language, for the texts that come from data (a profile's purpose).
    pub language: crate::domain::locale::Locale,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineEntry {
    pub occurred_at: DateTime<Utc>,
    pub recipient: Recipient,
    pub channel: String,
    /// What the data was read for: the profile's purpose in the reader's language where the
    /// municipality translated it, else as recorded (Dutch).
    pub purpose: crate::views::local_text::LocalText,
    pub fields: Vec<Field>,
    pub protocol_version_no: i32,
    /// The consent in force when the data went out: its scopes, date and receipt id.
    pub consent_scopes: ConsentScopes,
    pub consent_at: Option<DateTime<Utc>>,
    pub consent_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    pub entries: Vec<TimelineEntry>,
    pub total: u64,
    pub page: u64,
    pub pages: u64,
}
