//! `/municipality/dpo`: a municipality's DPO sees for their own party what the agency's DPO sees
//! for all — its breach reports with the agency's follow-up (here), the disclosures it received
//! or passed on (`/municipality/dpo/disclosures`, the agency's register page scoped to the
//! caller's party) and its registers (`/municipality/dpo/registers`). Read-only.

use super::breaches::breach_list;
use crate::domain::authz::{Operation, StaffCaller};
use crate::i18n::I18n;
use crate::ui::components::guarded_page;
use leptos::prelude::*;

/// The municipality DPO's sections.
pub fn municipality_dpo_nav(i: &I18n) -> impl IntoView + use<> {
    let links = [
        ("/municipality/dpo", "mdpo-nav-breaches"),
        ("/municipality/dpo/disclosures", "mdpo-nav-disclosures"),
        ("/municipality/dpo/registers", "mdpo-nav-registers"),
        ("/municipality/dpo/erasure", "mdpo-nav-erasure"),
    ];
    let items = links.into_iter().map(|(href, label)| view! { <li><a href=href>{i.t(label)}</a></li> }).collect_view();
    view! { <nav aria-label=i.t("mdpo-nav")><ul class="link-list">{items}</ul></nav> }
}

#[component]
pub fn MunicipalityDpoHomePage() -> impl IntoView {
    guarded_page(
        Operation::ReadBreachRegister,
        "mdpo-title",
        |me: StaffCaller| async move {
            let (ctx, _) = crate::api::http::context()?;
            Ok(match me.own_party_only() {
                Some(own) => crate::services::breaches::of_party(&ctx.db, own).await?,
                None => crate::services::breaches::all(&ctx.db).await?,
            })
        },
        |i, reports| {
            let empty = reports.is_empty().then(|| view! { <p>{i.t("dpo-breaches-none")}</p> });
            view! {
                {municipality_dpo_nav(i)}
                <h2>{i.t("mdpo-breaches-heading")}</h2>
                <p>{i.t("mdpo-intro")}</p>
                {empty}
                <ul class="cards">{breach_list(i, &reports, false)}</ul>
            }
        },
    )
}
