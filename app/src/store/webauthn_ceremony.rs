//! Server-side state of a passkey ceremony in progress (expires after 5 minutes).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webauthn_ceremonies")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub handle_hash: String,
    pub kind: String,
    pub state: String,
    pub person_id: Option<i32>,
    pub staff_id: Option<i32>,
    pub invitation_id: Option<i32>,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
