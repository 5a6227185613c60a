//! One change of a person's consent: append-only.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consent_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub public_id: String,
    pub person_id: i32,
    pub protocol_version_id: i32,
    pub action: String,
    pub contact_before: bool,
    pub trajectory_before: bool,
    pub onward_before: bool,
    pub contact_after: bool,
    pub trajectory_after: bool,
    pub onward_after: bool,
    pub channel: String,
    pub assisted_by_staff_id: Option<i32>,
    pub language: String,
    pub notice_sha256: String,
    pub occurred_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

super::append_only!();
