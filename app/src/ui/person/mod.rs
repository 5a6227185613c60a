//! The inburgeraar's pages, under `/me`: start, consent per protocol, my data, who received
//! it, corrections, inbox.

pub mod corrections;
pub mod disclosures;
pub mod home;
pub mod inbox;
pub mod my_data;
pub mod pilot;

use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route};
use leptos_router::{MatchNestedRoutes, SsrMode, path};

/// `/me/…`
#[component(transparent)]
pub fn PersonRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <ParentRoute path=path!("/me") view=Outlet ssr=SsrMode::Async>
            <Route path=path!("") view=home::PersonHomePage ssr=SsrMode::Async />
            <Route path=path!("/pilots/:slug") view=pilot::PilotPage ssr=SsrMode::Async />
            <Route path=path!("/pilots/:slug/review") view=pilot::PilotReviewPage ssr=SsrMode::Async />
            <Route path=path!("/data") view=my_data::MyDataPage ssr=SsrMode::Async />
            <Route path=path!("/disclosures") view=disclosures::DisclosuresPage ssr=SsrMode::Async />
            <Route path=path!("/notifications") view=inbox::InboxPage ssr=SsrMode::Async />
            <Route path=path!("/corrections") view=corrections::list::CorrectionsPage ssr=SsrMode::Async />
            <Route path=path!("/corrections/new") view=corrections::new::NewCorrectionPage ssr=SsrMode::Async />
            <Route path=path!("/corrections/:id") view=corrections::show::CorrectionPage ssr=SsrMode::Async />
        </ParentRoute>
    }
    .into_inner()
}
