//! `/municipality/persons`: municipality staff's start — their function profile and how many
//! persons have consent in force (a count, no personal data).

use super::register::profile_list;
use crate::domain::authz::{Operation, StaffCaller};
use crate::ui::components::guarded_page;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

#[component]
pub fn MunicipalityStaffHomePage() -> impl IntoView {
    guarded_page(
        Operation::ReadConsentStatus,
        "staff-home-title",
        |me: StaffCaller| async move {
            let (ctx, now) = crate::api::http::context()?;
            let db = &ctx.db;
            Ok(crate::services::consent::status::for_staff(db, me.party_id, me.function_profile_id, now).await?)
        },
        |i, home| {
            view! {
                <p class="lead">{i.t_args("staff-home-count", [("count", FluentValue::from(home.persons_with_consent))])}</p>
                <h2>{i.t("staff-home-profile-heading")}</h2>
                <ul class="cards">{profile_list(i, home.profile.into_iter().collect())}</ul>
            }
        },
    )
}
