//! The router: public pages and the way in here, each audience's pages in its own route group.

use super::agency::AgencyRoutes;
use super::auth::{account::AccountPage, invite, sign_in::SignInPage};
use super::municipality::MunicipalityRoutes;
use super::person::PersonRoutes;
use super::public::{accessibility::AccessibilityPage, home::HomePage, not_found::NotFound, protocol::ProtocolPage};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

#[component]
pub fn App() -> impl IntoView {
    leptos_meta::provide_meta_context();
    view! {
        <Router>
            <Routes fallback=NotFound>
                <Route path=path!("/") view=HomePage ssr=SsrMode::Async />
                <Route path=path!("/protocols/:slug") view=ProtocolPage ssr=SsrMode::Async />
                <Route path=path!("/accessibility") view=AccessibilityPage ssr=SsrMode::Async />
                <Route path=path!("/signin") view=SignInPage ssr=SsrMode::Async />
                <Route path=path!("/invite") view=invite::InviteCodePage ssr=SsrMode::Async />
                <Route path=path!("/invite/:secret") view=invite::InviteLinkPage ssr=SsrMode::Async />
                <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async />
                <PersonRoutes />
                <AgencyRoutes />
                <MunicipalityRoutes />
            </Routes>
        </Router>
    }
}
