//! A field that went out with a disclosure event: append-only.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "disclosure_event_fields")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub disclosure_event_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub field: String,
    pub person_id: i32,
    pub recipient_party_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

super::append_only!();
