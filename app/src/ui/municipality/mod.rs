//! The municipality's pages, under `/municipality`: the admin's registers (`admin/`), and the
//! staff's pilot — persons, one person, search, breach reports, corrections received.

pub mod admin;
pub mod breaches;
pub mod corrections;
pub mod dpo;
pub mod person;
pub mod persons;
pub mod search;

use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route};
use leptos_router::{MatchNestedRoutes, SsrMode, path};

/// `/municipality/…`
#[component(transparent)]
pub fn MunicipalityRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <ParentRoute path=path!("/municipality") view=Outlet ssr=SsrMode::Async>
            <Route path=path!("/admin") view=admin::register::MunicipalityAdminHomePage ssr=SsrMode::Async />
            <Route path=path!("/dpo") view=dpo::MunicipalityDpoHomePage ssr=SsrMode::Async />
            <Route
                path=path!("/dpo/disclosures")
                view=crate::ui::agency::dpo_disclosures::DisclosureRegisterPage
                ssr=SsrMode::Async
            />
            <Route path=path!("/dpo/registers") view=crate::ui::agency::registers::RegistersPage ssr=SsrMode::Async />
            <Route path=path!("/dpo/erasure") view=crate::ui::agency::dpo_erasure::ErasureRegisterPage ssr=SsrMode::Async />
            <Route path=path!("/admin/erasure") view=admin::erasure::ErasurePage ssr=SsrMode::Async />
            <Route path=path!("/admin/profiles/new") view=admin::profile::NewProfilePage ssr=SsrMode::Async />
            <Route path=path!("/admin/profiles/:id") view=admin::profile::ProfilePage ssr=SsrMode::Async />
            <Route path=path!("/admin/staff") view=admin::staff::StaffPage ssr=SsrMode::Async />
            <Route path=path!("/admin/partners") view=admin::partners::PartnersPage ssr=SsrMode::Async />
            <Route path=path!("/admin/partners/:slug") view=admin::partners::PartnerPage ssr=SsrMode::Async />
            <Route path=path!("/admin/processors") view=admin::processors::ProcessorsPage ssr=SsrMode::Async />
            <Route path=path!("/admin/notices") view=admin::notices::NoticesPage ssr=SsrMode::Async />
            <Route path=path!("/persons") view=persons::MunicipalityStaffHomePage ssr=SsrMode::Async />
            <Route path=path!("/persons/search") view=search::PersonSearchPage ssr=SsrMode::Async />
            <Route path=path!("/persons/:protocol/:reference") view=person::PilotPersonPage ssr=SsrMode::Async />
            <Route path=path!("/breaches") view=breaches::BreachesPage ssr=SsrMode::Async />
            <Route path=path!("/breaches/new") view=breaches::NewBreachPage ssr=SsrMode::Async />
            <Route path=path!("/corrections") view=corrections::CorrectionsPage ssr=SsrMode::Async />
            <Route path=path!("/corrections/:id") view=corrections::CorrectionNoticePage ssr=SsrMode::Async />
        </ParentRoute>
    }
    .into_inner()
}
