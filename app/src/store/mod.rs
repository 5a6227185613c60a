//! sea-orm entities (one file per table), the queries services share (`queries`), and the
//! database connection.
//!
//! Append-only tables use [`append_only!`]: their active models refuse updates and deletes,
//! and the database refuses them too (triggers in the migrations).

pub mod api_client;
pub mod approval_request;
pub mod audit_checkpoint;
pub mod audit_entry;
pub mod audit_head;
pub mod breach_report;
pub mod breach_report_event;
pub mod breach_report_person;
pub mod consent_event;
pub mod correction_notice_processed;
pub mod disclosure_event;
pub mod disclosure_event_field;
pub mod erasure_request;
pub mod function_profile;
pub mod function_profile_field;
pub mod function_profile_text;
pub mod idempotency_key;
pub mod invitation;
pub mod job_lock;
pub mod languages;
pub mod notification;
pub mod notification_outbox;
pub mod onward_disclosure_notice;
pub mod party;
pub mod party_person_ref;
pub mod party_text;
pub mod passkey;
pub mod person;
pub mod person_protocol;
pub mod processor;
pub mod protocol;
pub mod protocol_text;
pub mod protocol_version;
pub mod protocol_version_field;
pub mod rectification_event;
pub mod rectification_recipient_notice;
pub mod rectification_request;
pub mod retention_attestation;
pub mod session;
pub mod staff;
pub mod webauthn_ceremony;

mod connect;
mod ids;
pub mod outage;
pub mod queries;
pub mod rate_counts;
pub mod token_cache;
pub use connect::{Db, connect, connect_waiting};

/// Makes an entity's active model refuse every update and delete.
macro_rules! append_only {
    () => {
        #[sea_orm::prelude::async_trait::async_trait]
        impl sea_orm::ActiveModelBehavior for ActiveModel {
            async fn before_save<C>(self, _db: &C, insert: bool) -> Result<Self, sea_orm::DbErr>
            where
                C: sea_orm::ConnectionTrait,
            {
                if insert {
                    Ok(self)
                } else {
                    Err(sea_orm::DbErr::Custom(concat!(module_path!(), " is append-only").into()))
                }
            }

            async fn before_delete<C>(self, _db: &C) -> Result<Self, sea_orm::DbErr>
            where
                C: sea_orm::ConnectionTrait,
            {
                Err(sea_orm::DbErr::Custom(concat!(module_path!(), " is append-only").into()))
            }
        }
    };
}
pub(crate) use append_only;
