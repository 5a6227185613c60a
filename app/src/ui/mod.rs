//! Pages (rendered on the server only), by audience — `public`, `auth` (the way in and the
//! account, for everyone), `person`, `agency`, `municipality` — on shared `components`; and
//! the few islands that run in the browser.

pub mod islands;

#[cfg(feature = "ssr")]
mod agency;
#[cfg(feature = "ssr")]
mod auth;
#[cfg(feature = "ssr")]
pub mod components;
#[cfg(feature = "ssr")]
mod municipality;
#[cfg(feature = "ssr")]
mod person;
#[cfg(feature = "ssr")]
mod public;
#[cfg(feature = "ssr")]
mod routes;
#[cfg(feature = "ssr")]
mod shell;

#[cfg(test)]
mod stylesheet;

#[cfg(feature = "ssr")]
pub use routes::App;
#[cfg(feature = "ssr")]
pub use shell::{AssetManifest, LANG_COOKIE, shell};
