//! What the REST API v1 answers municipality systems: services build these, `server/src/api_v1`
//! writes them as JSON, and the OpenAPI document is derived from these same types (on the
//! server, `ToSchema`). A person is always the caller's pseudonymous reference, never an id of
//! ours. List answers are `{"items": [...], "next": <cursor or null>}`.

use crate::domain::consent::ConsentScopes;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// A protocol the client's party is a party to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "ssr", schema(example = json!({
    "slug": "agii-sint-pieters-leeuw-amif-507", "title": "Protocol AgII – Sint-Pieters-Leeuw", "version": 2,
    "state": "in_force", "valid_from": "2025-07-01", "valid_until": "2027-06-30", "ends_on": null,
    "readable_fields": ["given_name", "family_name", "phone"]
})))]
pub struct PartyProtocol {
    pub slug: String,
    /// In the language asked for (`Accept-Language`), else Dutch.
    pub title: String,
    /// The version shown: the one in force, else the newest published.
    pub version: i32,
    /// `draft`, `scheduled`, `in_force`, `notice_given`, `terminated` or `expired`.
    #[cfg_attr(feature = "ssr", schema(value_type = crate::domain::protocol::ProtocolState, example = "in_force"))]
    pub state: String,
    pub valid_from: NaiveDate,
    /// Last day in force, inclusive.
    pub valid_until: Option<NaiveDate>,
    /// When notice was given or the protocol was terminated: the first day it no longer applies.
    pub ends_on: Option<NaiveDate>,
    /// The art. 3 fields this client's function profile may read under the version.
    #[cfg_attr(feature = "ssr", schema(value_type = Vec<crate::domain::fields::Field>))]
    pub readable_fields: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ProtocolList {
    pub items: Vec<PartyProtocol>,
    /// Always null: every protocol fits one page.
    pub next: Option<String>,
}

/// One change of one person's consent under the protocol, in the order they happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "ssr", schema(example = json!({
    "person": "5f0c3e1a9b7d4c2e8a6f1b3d5c7e9a0b", "scopes": {"contact": true, "trajectory": false, "onward": false},
    "state": "given", "at": "2026-03-01T09:30:00Z", "cursor": "c1.2a"
})))]
pub struct ConsentChange {
    /// The person, as this party knows them.
    pub person: String,
    /// The scopes from this change on.
    pub scopes: ConsentScopes,
    /// `given`, `changed` or `withdrawn`.
    #[cfg_attr(feature = "ssr", schema(value_type = String, example = "given"))]
    pub state: String,
    pub at: DateTime<Utc>,
    /// Resume after this change.
    pub cursor: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ConsentChanges {
    pub items: Vec<ConsentChange>,
    /// The cursor to ask for the next page with, or null when there is nothing more now
    /// (resume later from the last item's `cursor`).
    pub next: Option<String>,
}

/// A person's consent in force now under the protocol's version in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "ssr", schema(example = json!({
    "person": "5f0c3e1a9b7d4c2e8a6f1b3d5c7e9a0b", "protocol": "agii-sint-pieters-leeuw-amif-507", "version": 2,
    "state": "given", "scopes": {"contact": true, "trajectory": true, "onward": false}, "since": "2026-03-01T09:30:00Z"
})))]
pub struct ConsentNow {
    pub person: String,
    pub protocol: String,
    pub version: i32,
    /// `given`, `changed`, `withdrawn`, `none` (never chose under this version), or `ended`
    /// (the person's trajectory with the agency ended: no consent of theirs takes effect).
    #[cfg_attr(feature = "ssr", schema(value_type = String, example = "given"))]
    pub state: String,
    pub scopes: ConsentScopes,
    /// Since when these scopes apply (null for `none` and `ended`).
    pub since: Option<DateTime<Utc>>,
}

/// One field disclosed to the client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct FieldValue {
    #[cfg_attr(feature = "ssr", schema(value_type = crate::domain::fields::Field, example = "phone"))]
    pub field: String,
    pub value: Option<String>,
    /// A rectification request for this field is open (GDPR 18): use it with care.
    pub contested: bool,
}

/// What a read of a person's fields returned, and the disclosure it was recorded as.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "ssr", schema(example = json!({
    "person": "5f0c3e1a9b7d4c2e8a6f1b3d5c7e9a0b", "fields": [{"field": "phone", "value": "+32470123456", "contested": false}],
    "disclosure": "d-1042", "at": "2026-03-01T09:31:00Z"
})))]
pub struct PersonFields {
    pub person: String,
    pub fields: Vec<FieldValue>,
    /// The disclosure event this read was recorded as (the person sees it).
    pub disclosure: String,
    pub at: DateTime<Utc>,
}

/// A rectification request filed as a municipality's quality report (art. 7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct QualityReportFiled {
    pub id: String,
    pub person: String,
    #[cfg_attr(feature = "ssr", schema(value_type = crate::domain::fields::Field, example = "address"))]
    pub field: String,
    /// `open`: in the agency's queue.
    pub status: String,
    pub received_at: DateTime<Utc>,
    /// The agency decides by then (one month, GDPR 12(3)).
    pub due_at: DateTime<Utc>,
}

/// A breach report as the agency received it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BreachReported {
    pub id: String,
    pub detected_at: DateTime<Utc>,
    pub reported_at: DateTime<Utc>,
    /// 48 hours after `detected_at`.
    pub deadline: DateTime<Utc>,
    /// Reported after the deadline.
    pub late: bool,
    pub persons_affected: u32,
}
