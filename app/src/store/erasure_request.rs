//! The agency's request that a municipality attest it erased a person's data it received more
//! than five years ago, and the attestation.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "erasure_requests")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub party_id: i32,
    pub person_id: i32,
    /// How the municipality knows the person (its own pseudonymous reference).
    pub reference: String,
    pub last_disclosed_at: DateTimeUtc,
    pub requested_at: DateTimeUtc,
    pub due_at: DateTimeUtc,
    pub attested_at: Option<DateTimeUtc>,
    pub attested_by_staff_id: Option<i32>,
    /// When both DPOs were told it was not attested in time.
    pub escalated_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
