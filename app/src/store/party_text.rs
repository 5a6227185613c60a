//! A partner's (or another organisation's) purpose in another language (m0019), written by the
//! municipality admin; a person reads it before consenting to passing data on.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "party_texts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub party_id: i32,
    pub language: String,
    pub purpose: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
