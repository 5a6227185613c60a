//! An inburgeraar with the art. 3 fields held by the agency.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "persons")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub public_id: String,
    pub dossier_ref: String,
    pub given_name: String,
    pub family_name: String,
    pub address: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub contact_language: String,
    pub dutch_level: String,
    pub mo_status: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub pseudonymised_at: Option<DateTimeUtc>,
    /// The day the person's trajectory with the agency ended: the retention clock starts.
    pub relationship_ended_on: Option<Date>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
