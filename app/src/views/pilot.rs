//! Municipality staff's view of their pilot: the persons with consent in force (by the
//! party's reference — no personal values), a search whose results are disclosures, and one
//! person's fields as consent and the profile allow.

use crate::domain::consent::ConsentScopes;
use crate::domain::disclosure::Withheld;
use crate::domain::fields::Field;
use crate::views::register::ProfileRow;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One of the party's protocols with a version in force: its slug and title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PilotProtocol {
    pub slug: String,
    pub title: String,
}

/// A person with consent in force, as the party knows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PilotRow {
    pub reference: String,
    pub scopes: ConsentScopes,
    pub since: DateTime<Utc>,
}

/// A page of the pilot's persons.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PilotPage {
    pub protocols: Vec<PilotProtocol>,
    /// The protocol shown (none when no protocol of the party is in force).
    pub protocol: Option<PilotProtocol>,
    pub rows: Vec<PilotRow>,
    pub total: u64,
    /// 1-based.
    pub page: u32,
    pub pages: u32,
    /// The reader's own function profile.
    pub profile: Option<ProfileRow>,
    /// Whether the profile lets the reader find persons by name (it includes a name field).
    pub can_search: bool,
}

/// A person a search found: the names are a disclosure, recorded for the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FoundPerson {
    pub reference: String,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
}

/// A field shown to the reader.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownField {
    pub field: Field,
    pub value: Option<String>,
    /// A correction is pending (GDPR 18): shown, and marked.
    pub contested: bool,
}

/// One person of the pilot, as the reader may see them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PilotPerson {
    pub protocol: PilotProtocol,
    pub reference: String,
    pub scopes: ConsentScopes,
    pub since: Option<DateTime<Utc>>,
    pub fields: Vec<ShownField>,
    /// The fields not shown, and why.
    pub withheld: Vec<(Field, Withheld)>,
    /// Partners and acknowledged recipients to pass data on to, as `(slug, name)` (empty when
    /// the person did not allow passing on).
    pub onward: Vec<(String, String)>,
    /// The fields the reader's profile covers (what a quality report may be about).
    pub profile_fields: Vec<Field>,
}

/// What a search found (the search form's handler puts it in context for the results page).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchOutcome {
    pub protocol: String,
    pub query: String,
    pub found: Result<Vec<FoundPerson>, crate::error::AppError>,
}
