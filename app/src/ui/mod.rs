//! Pages (rendered on the server only) and the few islands that run in the browser.

pub mod islands;

#[cfg(feature = "ssr")]
mod access;
#[cfg(feature = "ssr")]
mod account_page;
#[cfg(feature = "ssr")]
mod assisted_consent_page;
#[cfg(feature = "ssr")]
mod auth_pages;
#[cfg(feature = "ssr")]
mod corrections_page;
#[cfg(feature = "ssr")]
mod disclosures_page;
#[cfg(feature = "ssr")]
mod home;
#[cfg(feature = "ssr")]
mod inbox_page;
#[cfg(feature = "ssr")]
mod layout;
#[cfg(feature = "ssr")]
mod my_data_page;
#[cfg(feature = "ssr")]
mod not_found;
#[cfg(feature = "ssr")]
mod pilot_page;
#[cfg(feature = "ssr")]
mod protocol_page;
#[cfg(feature = "ssr")]
mod shell;
#[cfg(feature = "ssr")]
mod start_pages;
#[cfg(feature = "ssr")]
mod text;

#[cfg(feature = "ssr")]
pub use shell::{App, AssetManifest, LANG_COOKIE, shell};
