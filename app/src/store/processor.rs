//! A processor a party uses for the protocol's data, and its art. 28 agreement (art. 6).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "processors")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub party_id: i32,
    pub name: String,
    pub service: String,
    pub agreement_signed_on: Date,
    pub agreement_ref: String,
    pub created_at: DateTimeUtc,
    /// When the party stopped using it; the row stays in the register's history.
    pub ended_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
