//! `/municipality/admin`: the municipality admin's function-profile register (art. 4) — each
//! profile with its purpose and fields. The admin keeps the register but reads no personal data.

use crate::domain::authz::{Operation, StaffCaller};
use crate::i18n::I18n;
use crate::ui::components::guarded_page;
use crate::views::register::ProfileRow;
use leptos::prelude::*;

pub fn profile_list(i: &I18n, profiles: Vec<ProfileRow>) -> impl IntoView + use<> {
    profiles
        .into_iter()
        .map(|p| {
            let fields = p.fields.iter().map(|f| view! { <li>{i.t(&f.label_id())}</li> }).collect_view();
            view! {
                <li class="card">
                    <h3>{p.name}</h3>
                    <p>{p.purpose}</p>
                    <ul>{fields}</ul>
                </li>
            }
        })
        .collect_view()
}

#[component]
pub fn MunicipalityAdminHomePage() -> impl IntoView {
    guarded_page(
        Operation::ReadProfileRegister,
        "register-title",
        |me: StaffCaller| async move {
            let (ctx, _) = crate::api::http::context()?;
            Ok(crate::services::function_profiles::register(&ctx.db, me.party_id).await?)
        },
        |i, profiles| view! { <p>{i.t("register-intro")}</p> <ul class="cards">{profile_list(i, profiles)}</ul> },
    )
}
