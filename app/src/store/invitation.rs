//! A single-use enrolment invitation; only hashes of its secrets are stored.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "invitations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub secret_hash: String,
    pub short_code_hash: String,
    pub kind: String,
    pub person_id: Option<i32>,
    pub party_id: Option<i32>,
    pub role: Option<String>,
    pub function_profile_id: Option<i32>,
    pub created_by_staff_id: Option<i32>,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub redeemed_at: Option<DateTimeUtc>,
    pub revoked_at: Option<DateTimeUtc>,
    /// Whom a staff invitation is for, as the inviting admin named them.
    pub invitee_name: Option<String>,
    pub invitee_contact: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
