//! `/me/corrections`: my requests, newest first, each with its status and deadline.

use super::{deadline, status_badge};
use crate::domain::authz::{Operation, PersonCaller};
use crate::domain::time::day_of as day_of_date;
use crate::ui::components::format::day_of;
use crate::ui::components::guarded_page;
use crate::views::rectification::RequestView;
use leptos::prelude::*;

#[component]
pub fn CorrectionsPage() -> impl IntoView {
    guarded_page(
        Operation::OwnCorrections,
        "corrections-title",
        |me: PersonCaller| async move {
            let (ctx, _) = crate::api::http::context()?;
            Ok(crate::services::rectification::list_own(&ctx.db, me.person_id).await?)
        },
        |i, items: Vec<RequestView>| {
            let rows = items
                .iter()
                .map(|r| {
                    view! {
                        <li class="row">
                            <div>
                                <p><a href=format!("/me/corrections/{}", r.public_id)>{i.t(&r.field.label_id())}</a>
                                    " " {status_badge(i, r.status)}</p>
                                {match r.decided_at {
                                    Some(_) => view! { <p class="hint">{deadline(i, r)}</p> }.into_any(),
                                    None => view! {
                                        <p class="hint due">{i.t("corrections-due-label")} " "
                                            <time datetime=day_of_date(r.due_at).to_string()>{day_of(i, r.due_at)}</time>
                                        </p>
                                    }
                                    .into_any(),
                                }}
                            </div>
                        </li>
                    }
                })
                .collect_view();
            let list = if items.is_empty() {
                view! { <p>{i.t("corrections-none")}</p> }.into_any()
            } else {
                view! { <ul class="rows">{rows}</ul> }.into_any()
            };
            view! {
                <p class="lead">{i.t("corrections-intro")}</p>
                <p><a class="button primary" href="/me/corrections/new">{i.t("corrections-new-button")}</a></p>
                {list}
            }
        },
    )
}
