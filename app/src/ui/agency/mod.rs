//! The agency's desks, under `/agency`: the rectification queue, the protocol admin's desks
//! (access and protocols),
//! staff-assisted consent, the DPO (audit, breaches, notices), every municipality's registers.

pub mod admin;
pub mod assisted_consent;
pub mod dpo;
pub mod dpo_audit;
pub mod dpo_disclosures;
pub mod dpo_erasure;
pub mod protocols;
pub mod rectification_queue;
pub mod rectification_request;
pub mod registers;

use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route};
use leptos_router::{MatchNestedRoutes, SsrMode, path};

/// `/agency/…`
#[component(transparent)]
pub fn AgencyRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <ParentRoute path=path!("/agency") view=Outlet ssr=SsrMode::Async>
            <Route path=path!("/rectifications") view=rectification_queue::RectificationQueuePage ssr=SsrMode::Async />
            <Route
                path=path!("/rectifications/:id")
                view=rectification_request::RectificationRequestPage
                ssr=SsrMode::Async
            />
            <Route path=path!("/assisted-consent") view=assisted_consent::form::AssistedConsentPage ssr=SsrMode::Async />
            <Route
                path=path!("/assisted-consent/review")
                view=assisted_consent::review::AssistedConsentReviewPage
                ssr=SsrMode::Async
            />
            <Route path=path!("/admin") view=admin::home::ProtocolAdminHomePage ssr=SsrMode::Async />
            <Route path=path!("/admin/issued") view=admin::issued::IssuedPage ssr=SsrMode::Async />
            <Route path=path!("/dpo") view=dpo::DpoHomePage ssr=SsrMode::Async />
            <Route path=path!("/dpo/breaches") view=dpo::BreachRegisterPage ssr=SsrMode::Async />
            <Route path=path!("/dpo/audit") view=dpo_audit::AuditLogPage ssr=SsrMode::Async />
            <Route path=path!("/dpo/erasure") view=dpo_erasure::ErasureRegisterPage ssr=SsrMode::Async />
            <Route path=path!("/dpo/notices") view=dpo::OnwardNoticesPage ssr=SsrMode::Async />
            <Route path=path!("/dpo/disclosures") view=dpo_disclosures::DisclosureRegisterPage ssr=SsrMode::Async />
            <Route path=path!("/registers") view=registers::RegistersPage ssr=SsrMode::Async />
            <Route path=path!("/protocols") view=protocols::ProtocolDeskPage ssr=SsrMode::Async />
            <Route
                path=path!("/protocols/:slug/:version")
                view=protocols::version::ProtocolVersionPage
                ssr=SsrMode::Async
            />
        </ParentRoute>
    }
    .into_inner()
}
