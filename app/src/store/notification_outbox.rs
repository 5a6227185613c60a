//! A message waiting to leave the portal (e-mail, SMS or a printed letter) for the notification
//! it belongs to. A row that delivers a recovery invitation holds its link secret and short code
//! in clear: the only copy, until the worker sends it (and clears them) or the invitation is
//! revoked (the row is cancelled and cleared).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notification_outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub notification_id: i32,
    pub channel: String,
    pub destination: String,
    pub language: String,
    pub invitation_id: Option<i32>,
    pub invitation_secret: Option<String>,
    pub invitation_short_code: Option<String>,
    pub status: String,
    pub attempts: i32,
    pub created_at: DateTimeUtc,
    pub next_attempt_at: DateTimeUtc,
    pub sent_at: Option<DateTimeUtc>,
    /// The lease of the worker instance sending the row (m0013): until when, and which one.
    pub locked_until: Option<DateTimeUtc>,
    pub locked_by: Option<String>,
    /// Why the last attempt failed, without personal data.
    pub last_error: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
