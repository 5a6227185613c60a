//! The `portal` server: configuration, CLI, router, background jobs, demo seed.

pub mod assets;
pub mod cli;
pub mod config;
pub mod demo;
pub mod keys;
pub mod routes;
pub mod startup;
pub mod telemetry;

pub use startup::{AppState, Application};
