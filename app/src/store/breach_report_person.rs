//! A person a breach report names.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "breach_report_persons")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub breach_report_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub person_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
