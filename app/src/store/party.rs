//! A party: the agency, a municipality, a partner organisation registered by a municipality,
//! or another recipient a municipality notified the agency about (art. 4).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "parties")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub slug: String,
    pub kind: String,
    pub name: String,
    pub parent_party_id: Option<i32>,
    pub address: Option<String>,
    pub enterprise_number: Option<String>,
    pub dpo_contact: Option<String>,
    pub created_at: DateTimeUtc,
    /// A partner's or recipient's purpose, its agreement date and a contact.
    pub purpose: Option<String>,
    pub agreement_signed_on: Option<Date>,
    pub contact: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
