//! A rectification request (art. 7, GDPR 16) and its handling.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "rectification_requests")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub public_id: String,
    pub person_id: i32,
    pub field: String,
    pub current_value: String,
    pub proposed_value: String,
    pub statement: String,
    pub filed_by: String,
    pub filed_by_staff_id: Option<i32>,
    pub received_at: DateTimeUtc,
    pub due_at: DateTimeUtc,
    pub extended_due_at: Option<DateTimeUtc>,
    pub extension_reason: Option<String>,
    pub status: String,
    pub decided_at: Option<DateTimeUtc>,
    pub decided_by_staff_id: Option<i32>,
    pub decision_reason: Option<String>,
    /// What acceptance wrote into the record: the proposal, or the officer's edit (m0012).
    pub decided_value: Option<String>,
    /// A municipality's quality report (art. 7): the API client that filed it.
    pub filed_by_api_client_id: Option<i32>,
    /// When the agency's officers were last reminded of its deadline (m0013).
    pub reminded_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
