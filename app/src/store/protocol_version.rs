//! One version of a protocol; consents and disclosures point at the version in force.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "protocol_versions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub protocol_id: i32,
    pub version_no: i32,
    pub legal_basis: String,
    pub purposes: String,
    pub retention_months: i32,
    pub signed_on: Date,
    pub valid_from: Date,
    pub valid_until: Option<Date>,
    pub notice_period_months: i32,
    pub dpo_advice_discloser_on: Option<Date>,
    pub dpo_advice_recipient_on: Option<Date>,
    pub status: String,
    pub published_at: Option<DateTimeUtc>,
    pub termination_kind: Option<String>,
    pub termination_notified_at: Option<DateTimeUtc>,
    pub terminated_effective_on: Option<Date>,
    pub termination_reason: Option<String>,
    pub created_at: DateTimeUtc,
    /// Who may receive the data (partners, staff with a function profile), as the version states it.
    pub recipient_categories: String,
    /// When the version's start was acted on (consent carried over or a review asked).
    pub started_at: Option<DateTimeUtc>,
    /// When the persons whose consent stopped at the version's end were told.
    pub ended_told_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
