//! `/municipality/persons/search`: the persons of the pilot whose name matches, answered to the
//! search form's POST. Each name shown is a disclosure, recorded for the person; persons whose
//! consent or the reader's profile does not allow their names are not shown.

use super::persons::{search_form, staff_nav};
use crate::domain::authz::{Operation, StaffCaller};
use crate::i18n::I18n;
use crate::ui::components::{ErrorPanel, guarded_page};
use crate::views::pilot::SearchOutcome;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn PersonSearchPage() -> impl IntoView {
    let protocol = use_query_map().with_untracked(|q| q.get("protocol")).unwrap_or_default();
    let outcome = use_context::<SearchOutcome>();
    guarded_page(
        Operation::ReadPersonFields,
        "persons-search-title",
        move |_: StaffCaller| async move {
            Ok(outcome.unwrap_or(SearchOutcome { protocol, query: String::new(), found: Ok(Vec::new()) }))
        },
        search_body,
    )
}

fn search_body(i: &I18n, o: SearchOutcome) -> impl IntoView + use<> {
    let results = match o.found {
        Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
        Ok(found) if found.is_empty() && !o.query.is_empty() => {
            view! { <p role="status">{i.t("persons-search-none")}</p> }.into_any()
        }
        Ok(found) => {
            let count = found.len();
            let items = found
                .into_iter()
                .map(|f| {
                    let name = [f.given_name, f.family_name].into_iter().flatten().collect::<Vec<_>>().join(" ");
                    let href = format!("/municipality/persons/{}/{}", o.protocol, f.reference);
                    view! { <li><a href=href>{name}</a></li> }
                })
                .collect_view();
            let status = (!o.query.is_empty())
                .then(|| view! { <p role="status">{i.t_args("persons-search-found", [("count", FluentValue::from(count))])}</p> });
            view! { {status} <ul class="link-list">{items}</ul> <p class="hint">{i.t("persons-search-recorded")}</p> }
                .into_any()
        }
    };
    view! {
        {staff_nav(i)}
        {search_form(i, &o.protocol, &o.query)}
        {results}
    }
}
