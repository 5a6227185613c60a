//! "My data" (GDPR 15): what is held, why, for whom and how long.

use crate::domain::fields::Field;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HeldField {
    pub field: Field,
    pub value: Option<String>,
}

/// Why and with whom the data is shared under one protocol.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Processing {
    pub protocol_slug: String,
    pub recipient: String,
    pub partners: Vec<crate::views::consent::PartnerPurpose>,
    pub legal_basis: String,
    /// Why, in the reader's language where the version has it, else the binding Dutch.
    pub purposes: crate::views::local_text::LocalText,
    pub retention_months: i32,
    pub fields: Vec<Field>,
    pub valid_from: NaiveDate,
    pub valid_until: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MyData {
    pub dossier_ref: String,
    pub fields: Vec<HeldField>,
    pub processing: Vec<Processing>,
    pub updated_at: DateTime<Utc>,
}
