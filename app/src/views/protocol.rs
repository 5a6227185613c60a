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
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VersionRef {
    pub version_no: i32,
    pub state: EffectiveState,
    pub valid_from: NaiveDate,
    pub valid_until: Option<NaiveDate>,
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
    pub legal_basis: String,
    pub fields: Vec<Field>,
    pub retention_months: i32,
    pub signed_on: NaiveDate,
    pub valid_from: NaiveDate,
    pub valid_until: Option<NaiveDate>,
    pub notice_period_months: i32,
    pub dpo_advice_discloser_on: Option<NaiveDate>,
    pub dpo_advice_recipient_on: Option<NaiveDate>,
    pub versions: Vec<VersionRef>,
}
