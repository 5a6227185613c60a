//! The `portal` server: configuration, CLI, router, background jobs, demo seed.

pub mod api_v1;
pub mod assets;
pub mod cli;
pub mod cli_admin;
pub mod cli_backup;
pub mod cli_import;
pub mod cli_retention;
pub mod cli_verify;
pub mod config;
pub mod demo;
pub mod downloads;
pub mod forms;
pub mod html;
pub mod jobs;
pub mod keys;
pub mod letters;
pub mod mail;
pub mod principal;
pub mod problem;
pub mod ratelimit;
pub mod refusal;
pub mod request_limits;
pub mod routes;
pub mod security;
pub mod serve;
pub mod server_fn_status;
pub mod startup;
pub mod telemetry;

pub use startup::{AppState, Application};

/// The allocator of every binary that links the server (`portal`, the tests, the benchmarks):
/// request handling allocates many small, short-lived values across threads, where glibc's
/// malloc spent a fifth of the CPU under the API benchmark's load.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
