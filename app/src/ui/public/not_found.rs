//! The page for an address that leads nowhere (404).

use crate::i18n::use_i18n;
use crate::ui::components::{Layout, set_status};
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    set_status(http::StatusCode::NOT_FOUND);
    let i = use_i18n();
    view! {
        <Layout title=i.t("not-found-title")>
            <p>{i.t("not-found-body")}</p>
            <p><a href="/">{i.t("not-found-home-link")}</a></p>
        </Layout>
    }
}
