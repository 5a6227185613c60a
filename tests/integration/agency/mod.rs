//! The agency's staff: the admin's forms, consent recorded with help.

mod admin_forms;
mod assisted_consent;
