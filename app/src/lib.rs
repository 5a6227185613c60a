//! The consent portal's shared library: domain rules, (server-side) store and services,
//! server functions and the UI. Compiled twice: with `ssr` into the server, with
//! `hydrate` into the WebAssembly islands bundle.

#![recursion_limit = "256"]

pub mod api;
pub mod domain;
pub mod error;
pub mod ui;

#[cfg(feature = "ssr")]
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod services;
#[cfg(feature = "ssr")]
pub mod store;

#[cfg(feature = "ssr")]
pub use ui::{App, AssetManifest, shell};
