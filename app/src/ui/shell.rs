//! The HTML document and router. Language and direction are decided here, on the server,
//! from the request: cookie, then `Accept-Language`, then Dutch.

use super::account_page::AccountPage;
use super::assisted_consent_page::{AssistedConsentPage, AssistedConsentReviewPage};
use super::auth_pages::{InviteCodePage, InviteLinkPage, SignInPage};
use super::corrections_page::{CorrectionPage, CorrectionsPage, NewCorrectionPage};
use super::disclosures_page::DisclosuresPage;
use super::home::HomePage;
use super::inbox_page::InboxPage;
use super::my_data_page::MyDataPage;
use super::not_found::NotFound;
use super::pilot_page::{PilotPage, PilotReviewPage};
use super::protocol_page::ProtocolPage;
use super::start_pages::{
    DpoHomePage, IssuedPage, MunicipalityAdminHomePage, MunicipalityStaffHomePage, PersonHomePage,
    ProtocolAdminHomePage, RectificationQueuePage,
};
use crate::domain::locale::Locale;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};
use serde::Deserialize;

pub const LANG_COOKIE: &str = "portal_lang";

/// Names of the built, content-hashed assets (written by `build/site.sh`).
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
    let scripts = assets.output_name.map(|name| {
        let mut options = options.clone();
        options.output_name = name.into();
        view! { <leptos::hydration::HydrationScripts options islands=true /> }
    });
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

#[component]
pub fn App() -> impl IntoView {
    leptos_meta::provide_meta_context();
    view! {
        <Router>
            <Routes fallback=NotFound>
                <Route path=path!("/") view=HomePage ssr=SsrMode::Async />
                <Route path=path!("/protocols/:slug") view=ProtocolPage ssr=SsrMode::Async />
                <Route path=path!("/signin") view=SignInPage ssr=SsrMode::Async />
                <Route path=path!("/invite") view=InviteCodePage ssr=SsrMode::Async />
                <Route path=path!("/invite/:secret") view=InviteLinkPage ssr=SsrMode::Async />
                <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async />
                <Route path=path!("/me") view=PersonHomePage ssr=SsrMode::Async />
                <Route path=path!("/me/pilots/:slug") view=PilotPage ssr=SsrMode::Async />
                <Route path=path!("/me/pilots/:slug/review") view=PilotReviewPage ssr=SsrMode::Async />
                <Route path=path!("/me/data") view=MyDataPage ssr=SsrMode::Async />
                <Route path=path!("/me/disclosures") view=DisclosuresPage ssr=SsrMode::Async />
                <Route path=path!("/me/notifications") view=InboxPage ssr=SsrMode::Async />
                <Route path=path!("/me/corrections") view=CorrectionsPage ssr=SsrMode::Async />
                <Route path=path!("/me/corrections/new") view=NewCorrectionPage ssr=SsrMode::Async />
                <Route path=path!("/me/corrections/:id") view=CorrectionPage ssr=SsrMode::Async />
                <Route path=path!("/agency/rectifications") view=RectificationQueuePage ssr=SsrMode::Async />
                <Route path=path!("/agency/assisted-consent") view=AssistedConsentPage ssr=SsrMode::Async />
                <Route path=path!("/agency/assisted-consent/review") view=AssistedConsentReviewPage ssr=SsrMode::Async />
                <Route path=path!("/agency/admin") view=ProtocolAdminHomePage ssr=SsrMode::Async />
                <Route path=path!("/agency/admin/issued") view=IssuedPage ssr=SsrMode::Async />
                <Route path=path!("/agency/dpo") view=DpoHomePage ssr=SsrMode::Async />
                <Route path=path!("/municipality/admin") view=MunicipalityAdminHomePage ssr=SsrMode::Async />
                <Route path=path!("/municipality/persons") view=MunicipalityStaffHomePage ssr=SsrMode::Async />
            </Routes>
        </Router>
    }
}
