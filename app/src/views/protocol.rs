//! Published protocols (art. 10) as pages and lists show them.

use crate::domain::fields::Field;
use crate::domain::locale::Locale;
use crate::domain::protocol::EffectiveState;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProtocolSummary {
    pub slug: String,
    pub title: String,
    pub discloser: String,
    pub recipient: String,
    pub version_no: i32,
    pub state: EffectiveState,
    pub valid_from: NaiveDate,
    pub valid_until: Option<NaiveDate>,
    /// The last day in force when notice was given or it was terminated (art. 8, 12).
    pub last_day: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VersionRef {
    pub version_no: i32,
    pub state: EffectiveState,
    pub valid_from: NaiveDate,
    pub valid_until: Option<NaiveDate>,
    pub last_day: Option<NaiveDate>,
}

/// What a protocol version states (art. 2, 5, 11, 12, DPO advice): the terms that are
/// written once when a version is made and shown on its page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionFacts {
    pub legal_basis: String,
    pub purposes: String,
    pub retention_months: i32,
    pub signed_on: NaiveDate,
    pub valid_from: NaiveDate,
    /// Last day in force, inclusive.
    pub valid_until: Option<NaiveDate>,
    pub notice_period_months: i32,
    pub dpo_advice_discloser_on: Option<NaiveDate>,
    pub dpo_advice_recipient_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublishedProtocol {
    pub slug: String,
    pub version_no: i32,
    pub state: EffectiveState,
    /// The language of `title` and `body`: the one asked for, or Dutch when no translation exists.
    pub language: Locale,
    pub title: String,
    pub body: String,
    pub discloser: String,
    pub recipient: String,
    pub fields: Vec<Field>,
    /// The last day in force when notice was given or it was terminated (art. 8, 12).
    pub last_day: Option<NaiveDate>,
    /// Flattened: the JSON keeps the top-level names it always had.
    #[serde(flatten)]
    pub facts: VersionFacts,
    pub versions: Vec<VersionRef>,
}
