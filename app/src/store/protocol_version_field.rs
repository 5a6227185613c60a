//! A field of the catalogue that a protocol version covers.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "protocol_version_fields")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub protocol_version_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub field: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
