//! Database schema, as sea-orm migrations that run unchanged on SQLite and PostgreSQL.
//!
//! Migrations are frozen once released: the allowed values in CHECK constraints are
//! written out here on purpose instead of being taken from `app::domain`, so that a later
//! change to the domain cannot silently rewrite history. Code lists that grow (languages,
//! rectification steps) carry no CHECK from m0007 on: the domain validates them.

pub use sea_orm_migration::prelude::*;

mod helpers;
mod m0001_parties_protocols_persons;
mod m0002_accounts_and_access;
mod m0003_records_and_audit;
mod m0004_append_only_triggers;
mod m0005_disclosure_overview_index;
mod m0006_one_pending_request_per_field;
mod m0007_code_lists_in_the_domain;
mod m0008_recovery_delivery_and_approvals;
mod m0009_sessions_know_their_passkey;
mod m0010_municipality_systems_api;
mod m0011_municipality_registers;
mod m0012_rectification_desk;
mod m0013_mail_outbox;
mod m0014_protocol_lifecycle;
mod m0015_dpo_desk;
mod m0016_retention;
mod m0017_every_language;
mod m0018_profile_translations;
mod m0019_partner_translations;
mod m0020_rate_counts;
mod m0021_persons_from_the_source;
mod m0022_agency_system_clients;

pub struct Migrator;

impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m0001_parties_protocols_persons::Migration),
            Box::new(m0002_accounts_and_access::Migration),
            Box::new(m0003_records_and_audit::Migration),
            Box::new(m0004_append_only_triggers::Migration),
            Box::new(m0005_disclosure_overview_index::Migration),
            Box::new(m0006_one_pending_request_per_field::Migration),
            Box::new(m0007_code_lists_in_the_domain::Migration),
            Box::new(m0008_recovery_delivery_and_approvals::Migration),
            Box::new(m0009_sessions_know_their_passkey::Migration),
            Box::new(m0010_municipality_systems_api::Migration),
            Box::new(m0011_municipality_registers::Migration),
            Box::new(m0012_rectification_desk::Migration),
            Box::new(m0013_mail_outbox::Migration),
            Box::new(m0014_protocol_lifecycle::Migration),
            Box::new(m0015_dpo_desk::Migration),
            Box::new(m0016_retention::Migration),
            Box::new(m0017_every_language::Migration),
            Box::new(m0018_profile_translations::Migration),
            Box::new(m0019_partner_translations::Migration),
            Box::new(m0020_rate_counts::Migration),
            Box::new(m0021_persons_from_the_source::Migration),
            Box::new(m0022_agency_system_clients::Migration),
        ]
    }
}
