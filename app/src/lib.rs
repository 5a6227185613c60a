//! The consent portal's shared library: domain rules, read models (`views`), (server-side)
//! store and services, server functions and the UI. Layers point one way:
//! domain ← views ← store ← services ← api / ui (see ARCHITECTURE.md). Compiled twice: with `ssr` into the server, with
//! `hydrate` into the WebAssembly islands bundle.

#![recursion_limit = "256"]

pub mod api;
pub mod domain;
pub mod error;
pub mod ui;
pub mod views;

#[cfg(feature = "ssr")]
pub mod i18n;
#[cfg(test)]
mod layers;
#[cfg(feature = "ssr")]
pub mod services;
#[cfg(feature = "ssr")]
pub mod store;

#[cfg(feature = "ssr")]
pub use ui::{App, AssetManifest, shell};
