//! A function profile revision's purpose in another language (m0018), written by the
//! municipality admin; a person reads a disclosure's purpose in it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "function_profile_texts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The revision whose purpose this translates.
    pub function_profile_id: i32,
    pub language: String,
    pub purpose: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
