//! A municipality's notice to the agency before it passes data on to a recipient that is not a
//! registered partner (art. 4, last paragraph), and the agency's acknowledgement.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "onward_disclosure_notices")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub public_id: String,
    pub municipality_party_id: i32,
    /// The recipient, a party of kind `recipient` under the municipality.
    pub recipient_party_id: i32,
    pub created_by_staff_id: i32,
    pub purpose: String,
    /// Field codes, one per line.
    pub fields: String,
    pub legal_basis: String,
    pub planned_on: Date,
    pub notified_at: DateTimeUtc,
    pub acknowledged_at: Option<DateTimeUtc>,
    pub acknowledged_by_staff_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
