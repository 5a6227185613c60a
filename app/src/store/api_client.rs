//! An API token: a municipality system's, bound to one party and function profile, or the
//! agency's client-tracking system's (the agency party, no profile: m0022).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "api_clients")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub public_id: String,
    pub party_id: i32,
    /// `None` only for the agency's own system (`Principal::AgencySystem`).
    pub function_profile_id: Option<i32>,
    pub name: String,
    pub token_hash: String,
    pub created_at: DateTimeUtc,
    pub expires_at: Option<DateTimeUtc>,
    pub revoked_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
