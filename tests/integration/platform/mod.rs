//! What holds for every audience: authorization and tenancy, the security baseline, the audit
//! chain, migrations, the command line, passkeys and sessions, which day it is, and the sample
//! reverse proxy in front of the portal.

mod api_errors;
mod audit_chain;
mod authorization;
mod backup;
mod baseline;
mod body_limits;
mod cli;
mod faults;
mod hostile_input;
mod mail;
mod midnight;
mod migrations;
mod passkey_removal;
mod passkeys;
mod query_budgets;
mod rate_limits;
mod retention;
mod reverse_proxy;
mod slow_clients;
