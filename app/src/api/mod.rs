//! Server functions, by resource: thin. Each starts with one typed authorization call
//! (`guard::require_*`), then parses, then calls one service with `now` from the clock. All have
//! the `/sf/` prefix and a fixed endpoint, so their URLs are stable; `/api/v1` is the REST API.
//! The paths islands and tests use are the constants in `endpoints`.

// Called by islands through `ui::islands::bridge` (plain JSON), so their client stubs are
// not needed in the WebAssembly bundle.
#[cfg(feature = "ssr")]
pub mod account;
#[cfg(feature = "ssr")]
pub mod admin;
#[cfg(feature = "ssr")]
pub mod auth;
#[cfg(feature = "ssr")]
pub mod consent;
#[cfg(feature = "ssr")]
pub mod corrections;
pub mod endpoints;
pub mod guard;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod notifications;
#[cfg(feature = "ssr")]
pub mod protocols;

#[cfg(feature = "ssr")]
pub use http::{form_outcome, request_cookie, set_cookie, wants_html};
