//! The HTML document. Language and direction are decided here, on the server,
//! from the request: cookie, then `Accept-Language`, then Dutch.

use super::routes::App;
use crate::domain::locale::Locale;
use leptos::prelude::*;
use serde::Deserialize;

pub const LANG_COOKIE: &str = "__Host-portal_lang";

/// Names of the built, content-hashed assets (written by `frontend/build-site.sh`).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct AssetManifest {
    /// wasm-bindgen output name, e.g. `portal-3f2a…`; `None` when no bundle was built.
    pub output_name: Option<String>,
    pub css: Option<String>,
}

fn request_locale() -> Locale {
    let Some(parts) = use_context::<http::request::Parts>() else { return Locale::default() };
    let cookie = crate::api::request_cookie(LANG_COOKIE);
    let contact = match crate::api::guard::principal() {
        Some(crate::domain::authz::Principal::Person { contact_language, .. }) => Some(contact_language),
        _ => None,
    };
    let accept = parts.headers.get(http::header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    Locale::negotiate(cookie.as_deref(), contact, accept)
}

/// The islands' loader (in place of Leptos's `HydrationScripts`, which preloads the bundle on
/// every page): see `island_loader.js`.
fn island_loader(options: &LeptosOptions, output_name: &str) -> impl IntoView + use<> {
    // As `HydrationScripts` does: outside the islands, the server renders no hydration markers.
    if let Some(sc) = Owner::current_shared_context() {
        sc.set_is_hydrating(false);
    }
    let pkg = format!("/{}/{output_name}", options.site_pkg_dir);
    let script =
        format!("{}({:?}, {:?});", include_str!("island_loader.js"), format!("{pkg}.js"), format!("{pkg}_bg.wasm"));
    view! { <script type="module" nonce=leptos::nonce::use_nonce()>{script}</script> }
}

pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = request_locale();
    provide_context(locale);
    // The nonce the security middleware put in this response's CSP header.
    if let Some(nonce) =
        use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<leptos::nonce::Nonce>().cloned())
    {
        provide_context(nonce);
    }
    let assets = use_context::<AssetManifest>().unwrap_or_default();
    let css = assets.css.map(|href| view! { <link rel="stylesheet" href=format!("/pkg/{href}") /> });
    let scripts = assets.output_name.map(|name| island_loader(&options, &name));
    view! {
        <!DOCTYPE html>
        <html lang=locale.as_str() dir=locale.dir()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                // No favicon yet: say so, instead of letting every browser ask for /favicon.ico.
                <link rel="icon" href="data:," />
                <leptos_meta::MetaTags />
                {css}
                {scripts}
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}
