//! What happened to a breach report after it was filed (`domain::breach::BreachStep`):
//! append-only, like every history.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "breach_report_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub breach_report_id: i32,
    pub kind: String,
    pub staff_id: Option<i32>,
    /// How many persons were told (the GDPR 34 step).
    pub persons_told: Option<i32>,
    pub occurred_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

super::append_only!();
