//! What a retention run did: when, up to which day, how many persons it pseudonymised, and the
//! audit entry that seals it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "retention_attestations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub run_at: DateTimeUtc,
    /// Relationships that ended before this instant were due.
    pub cutoff: DateTimeUtc,
    pub persons_pseudonymised: i32,
    pub audit_seq: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
