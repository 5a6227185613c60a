//! A request for a credential that needs a second agency protocol admin (four eyes): what is
//! asked for (typed columns by kind), who asked, who decided, and when it was issued.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "approval_requests")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub kind: String,
    pub person_id: Option<i32>,
    pub party_id: Option<i32>,
    pub role: Option<String>,
    pub function_profile_id: Option<i32>,
    pub client_name: Option<String>,
    pub client_expires_days: Option<i32>,
    pub requested_by_staff_id: i32,
    pub requested_at: DateTimeUtc,
    pub decided_by_staff_id: Option<i32>,
    pub decided_at: Option<DateTimeUtc>,
    pub decision: Option<String>,
    pub used_at: Option<DateTimeUtc>,
    pub invitation_id: Option<i32>,
    pub api_client_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
