//! `/me`: the person's start page — one card per protocol that concerns them, and the way to
//! their data, who received it, their corrections and their inbox.

use crate::domain::authz::{Operation, PersonCaller};
use crate::ui::components::format::state_badge;
use crate::ui::components::guarded_page;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

#[component]
pub fn PersonHomePage() -> impl IntoView {
    guarded_page(
        Operation::OwnOverview,
        "person-home-title",
        |me: PersonCaller| async move {
            let (ctx, now) = crate::api::http::context()?;
            Ok(crate::services::consent::overview::person_home(&ctx.db, me.person_id, now).await?)
        },
        |i, home| {
            let pilots = home
                .pilots
                .into_iter()
                .map(|p| {
                    let consent = match (p.scopes.contact, p.scopes.trajectory) {
                        (false, false) => i.t("person-home-no-consent"),
                        _ => i.t("person-home-consent-given"),
                    };
                    view! {
                        <li class="card">
                            <h3><a href=format!("/me/pilots/{}", p.protocol_slug)>{p.recipient}</a></h3>
                            <p>{state_badge(i, p.state)} " " {consent}</p>
                        </li>
                    }
                })
                .collect_view();
            let left = home.left_on.map(|d| {
                let day = FluentValue::from(crate::ui::components::format::date(i, d));
                view! { <p class="notice" role="status">{i.t_args("person-home-left-the-pilot", [("date", day)])}</p> }
            });
            view! {
                <p class="lead">{i.t_args("person-home-greeting", [("name", FluentValue::from(home.given_name))])}</p>
                {left}
                <h2>{i.t("person-home-pilots-heading")}</h2>
                <ul class="cards">{pilots}</ul>
                <h2>{i.t("person-home-data-heading")}</h2>
                <ul class="link-list">
                    <li><a href="/me/data">{i.t("person-home-my-data")}</a></li>
                    <li><a href="/me/disclosures">{i.t("person-home-disclosures")}</a></li>
                    <li><a href="/me/corrections">{i.t("person-home-corrections")}</a></li>
                    <li><a href="/me/notifications">{i.t_args("person-home-notifications", [("count", FluentValue::from(home.unread_notifications))])}</a></li>
                </ul>
            }
        },
    )
}
