//! The agency's staff: the admin's forms, four eyes on credentials, recovery, consent recorded
//! with help.

mod admin_forms;
mod approvals;
mod assisted_consent;
mod breach_handling;
mod dpo_audit;
mod dpo_disclosures;
mod invitation_letters;
mod person_import;
mod protocol_lifecycle;
mod recovery;
mod rectification_desk;
mod rectification_forms;
mod rectification_queue;
mod reminders;
mod source_sync;
