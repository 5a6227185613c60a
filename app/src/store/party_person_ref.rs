//! A person's pseudonymous reference in one recipient party's space (the `person` of the API):
//! random, stable, and different for every party, so that two parties cannot join their data.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "party_person_refs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub party_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub person_id: i32,
    #[sea_orm(column_name = "ref")]
    pub reference: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

super::append_only!();
