//! A personal-data breach reported by a party (art. 6/9): to the agency within 48 hours.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "breach_reports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub public_id: String,
    pub reporting_party_id: i32,
    pub reported_by_staff_id: Option<i32>,
    pub reported_by_api_client_id: Option<i32>,
    pub detected_at: DateTimeUtc,
    pub reported_at: DateTimeUtc,
    /// `detected_at` + 48 hours.
    pub deadline_at: DateTimeUtc,
    pub description: String,
    /// The categories of data concerned, one per line.
    pub categories: String,
    pub measures: String,
    pub persons_affected: i32,
    pub late: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
