//! The published text (art. 10) and consent notice of a version, per language.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "protocol_texts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub protocol_version_id: i32,
    pub language: String,
    pub title: String,
    pub body: String,
    pub consent_notice: String,
    /// The version's purposes in this language (m0017); none: the Dutch ones are shown, labelled.
    pub purposes: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
