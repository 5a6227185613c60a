//! A municipality's function profile (art. 4): which fields, for which purpose. Each row is one
//! revision: an edit adds a row to the same lineage and supersedes the one before, so a
//! disclosure event keeps the revision it was made under.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "function_profiles")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub party_id: i32,
    pub name: String,
    pub purpose: String,
    pub active: bool,
    pub created_at: DateTimeUtc,
    /// The profile this is a revision of: the id of its first revision.
    pub lineage_id: i32,
    pub revision_no: i32,
    /// When a newer revision replaced this one; `None` for the current revision.
    pub superseded_at: Option<DateTimeUtc>,
    pub created_by_staff_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
