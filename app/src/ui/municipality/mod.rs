//! The municipality's pages, under `/municipality`: the admin's function-profile register and
//! staff's consent status.

pub mod persons;
pub mod register;

use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route};
use leptos_router::{MatchNestedRoutes, SsrMode, path};

/// `/municipality/…`
#[component(transparent)]
pub fn MunicipalityRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <ParentRoute path=path!("/municipality") view=Outlet ssr=SsrMode::Async>
            <Route path=path!("/admin") view=register::MunicipalityAdminHomePage ssr=SsrMode::Async />
            <Route path=path!("/persons") view=persons::MunicipalityStaffHomePage ssr=SsrMode::Async />
        </ParentRoute>
    }
    .into_inner()
}
