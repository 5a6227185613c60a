//! Public protocol pages (art. 10): published without login.

use crate::domain::fields::Field;
use crate::domain::locale::Locale;
use crate::domain::protocol::EffectiveState;
use crate::error::AppError;
use chrono::NaiveDate;
use leptos::prelude::*;
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

#[server(prefix = "/sf", endpoint = "protocols/list")]
pub async fn list_protocols(lang: Locale) -> Result<Vec<ProtocolSummary>, AppError> {
    super::guard::authorize(crate::domain::authz::Operation::PublicPages)?;
    let db = crate::services::context::db()?;
    Ok(crate::services::protocols::list_published(&db, lang, chrono::Utc::now().date_naive()).await?)
}

#[server(prefix = "/sf", endpoint = "protocols/page")]
pub async fn protocol_page(slug: String, version: Option<i32>, lang: Locale) -> Result<PublishedProtocol, AppError> {
    super::guard::authorize(crate::domain::authz::Operation::PublicPages)?;
    let db = crate::services::context::db()?;
    Ok(crate::services::protocols::page(&db, &slug, version, lang, chrono::Utc::now().date_naive()).await?)
}
