//! One disclosure of a person's fields to a recipient: append-only.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "disclosure_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub occurred_at: DateTimeUtc,
    pub protocol_version_id: i32,
    pub person_id: i32,
    pub recipient_party_id: i32,
    pub function_profile_id: Option<i32>,
    pub actor_staff_id: Option<i32>,
    pub actor_api_client_id: Option<i32>,
    pub channel: String,
    pub purpose: String,
    pub consent_event_id: i32,
    pub via_party_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

super::append_only!();
