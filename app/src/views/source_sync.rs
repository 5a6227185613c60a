//! What the agency's client-tracking system (decree art. 20 §1) and the portal exchange through
//! API v1: a person as the source holds them (`PUT /api/v1/agency/persons/{dossier}`), what
//! that did, and the corrections the portal accepted (`GET /api/v1/agency/corrections`).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A person as the client-tracking system holds them: the art. 3 fields, the protocols that
/// concern them and, when their trajectory ended, the day it did. Each value is checked by
/// the rule a correction of that field must pass.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "ssr", schema(example = json!({
    "given_name": "Amina", "family_name": "Haddad", "address": "Kerkstraat 1, 1600 Sint-Pieters-Leeuw",
    "phone": "+32470123456", "email": "amina@example.org", "contact_language": "ar", "dutch_level": "A2",
    "mo_status": "in_progress", "protocols": ["agii-sint-pieters-leeuw-amif-507"], "ended_on": null
})))]
pub struct SourcePerson {
    pub given_name: String,
    pub family_name: String,
    pub address: String,
    /// Empty or null: none.
    #[serde(default)]
    pub phone: Option<String>,
    /// Empty or null: none.
    #[serde(default)]
    pub email: Option<String>,
    /// A language code the portal speaks (`nl`, `en`, `fr`, `ar`, …).
    pub contact_language: String,
    /// The Dutch level reached (CEFR): `below_a1`, `a1` … `c2`.
    pub dutch_level: String,
    /// The social orientation course: `not_started`, `in_progress`, `completed`, `exempt`.
    pub mo_status: String,
    /// The protocols (slugs) that concern the person.
    #[cfg_attr(feature = "ssr", schema(min_items = 1, max_items = 20))]
    pub protocols: Vec<String>,
    /// The day the person's trajectory with the agency ended (`YYYY-MM-DD`): from then on no
    /// consent of theirs takes effect, and the retention clock runs. Null: still in it.
    #[serde(default)]
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>, format = Date))]
    pub ended_on: Option<String>,
}

/// What putting a person did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "ssr", schema(example = json!({
    "dossier": "KBI-2021-000123", "outcome": "changed", "fields": ["phone"], "protocols_changed": false,
    "ended_on_changed": false, "recipients_told": 1
})))]
pub struct PersonPut {
    pub dossier: String,
    /// `new` (201), `changed` or `unchanged` (200).
    pub outcome: PutOutcome,
    /// The fields whose value changed.
    pub fields: Vec<String>,
    pub protocols_changed: bool,
    pub ended_on_changed: bool,
    /// Parties that held a changed field and were told of the correction (GDPR 19).
    pub recipients_told: u32,
}

/// What a put did to the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum PutOutcome {
    New,
    Changed,
    Unchanged,
}

/// A correction the portal accepted: the source applies it too, unless it made it itself
/// (`filed_by` = `source_system`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "ssr", schema(example = json!({
    "dossier": "KBI-2021-000123", "request": "9d3b0c6e-0f0e-4a43-9a39-0c7c8f1f6a10", "field": "phone",
    "old": "+32470123456", "new": "+32470999888", "decided_at": "2026-12-01T10:15:00Z", "filed_by": "person",
    "cursor": "c1.1f"
})))]
pub struct AcceptedCorrection {
    /// The person's dossier reference in the client-tracking system.
    pub dossier: String,
    /// The correction request's id.
    pub request: String,
    /// The field (`given_name`, `family_name`, `address`, `phone`, `email`, `contact_language`,
    /// `dutch_level`, `mo_status`).
    #[cfg_attr(feature = "ssr", schema(value_type = String, example = "phone"))]
    pub field: String,
    /// The value before (null: there was none).
    pub old: Option<String>,
    /// The value the portal holds since (null: emptied).
    pub new: Option<String>,
    pub decided_at: DateTime<Utc>,
    /// Who asked: `person`, `staff`, `municipality` (a quality report) or `source_system`.
    #[cfg_attr(feature = "ssr", schema(value_type = String, example = "person"))]
    pub filed_by: String,
    /// Resume after this correction.
    pub cursor: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AcceptedCorrections {
    /// Oldest accepted first, in the order the decisions were committed.
    pub items: Vec<AcceptedCorrection>,
    /// The cursor to ask for the next page with, or null when there is nothing more now
    /// (resume later from the last item's `cursor`).
    pub next: Option<String>,
}
