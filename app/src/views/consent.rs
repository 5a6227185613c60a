//! Consent as the person sees it (home, pilot page, history) and as municipality staff count it.

use crate::domain::consent::ConsentScopes;
use crate::domain::fields::Field;
use crate::domain::locale::Locale;
use crate::domain::protocol::EffectiveState;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MyPilot {
    pub protocol_slug: String,
    pub recipient: String,
    pub state: EffectiveState,
    pub scopes: ConsentScopes,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonHome {
    pub given_name: String,
    pub pilots: Vec<MyPilot>,
    pub unread_notifications: u64,
    /// The day the person's trajectory ended, once it has: they left the pilot, and no consent
    /// of theirs takes effect any more (`domain::retention::has_ended`).
    pub left_on: Option<chrono::NaiveDate>,
}

/// One event of the person's consent history, with what a receipt needs to be fetched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryRow {
    pub public_id: String,
    pub action: String,
    pub channel: String,
    pub occurred_at: DateTime<Utc>,
    pub scopes: ConsentScopes,
    pub version_no: i32,
}

/// An organisation the recipient may pass data on to, with its purpose in the reader's language
/// where the municipality translated it, else the binding Dutch (none when it gave none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerPurpose {
    pub name: String,
    pub purpose: Option<crate::views::local_text::LocalText>,
}

/// Everything the person's page for one protocol shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PilotView {
    pub slug: String,
    pub recipient: String,
    /// Whom the recipient may pass data on to, and why.
    pub partners: Vec<PartnerPurpose>,
    pub state: EffectiveState,
    pub fields: Vec<Field>,
    /// Why, in the reader's language where the version has it, else the binding Dutch.
    pub purposes: crate::views::local_text::LocalText,
    pub retention_months: i32,
    /// The consent notice of the version in force, in `notice_language`.
    pub notice: Option<String>,
    pub notice_language: Locale,
    pub scopes: ConsentScopes,
    pub history: Vec<HistoryRow>,
}

/// A consent given on paper, as agency staff typed it in (`POST /agency/assisted-consent/review`):
/// the review page shows whose dossier it is before anything is recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaperForm {
    pub dossier_ref: String,
    pub protocol: String,
    pub language: String,
    pub scopes: ConsentScopes,
}

/// Whose dossier a paper form names and who would receive, as the review page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AssistedReview {
    pub form: PaperForm,
    pub person_name: String,
    pub recipient: String,
}

/// What the review form handler found, handed to the page it renders (the lookup runs once,
/// in the handler, and is audited there).
#[derive(Debug, Clone, PartialEq)]
pub struct AssistedReviewOutcome(pub Result<AssistedReview, crate::error::AppError>);
