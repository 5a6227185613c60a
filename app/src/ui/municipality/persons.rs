//! `/municipality/persons`: municipality staff's start — the persons of their pilot with
//! consent in force, by the municipality's own reference (no personal value), their scopes and
//! since when, paged; who withdrew is not on it. Finding someone by name is a search (a POST:
//! names never stand in an address), whose results are disclosures recorded for the persons.

use super::admin::register::profile_list;
use crate::domain::authz::{Operation, StaffCaller};
use crate::domain::consent::ConsentScopes;
use crate::i18n::{I18n, use_i18n};
use crate::ui::components::format::day_of;
use crate::ui::components::{form_notice, guarded_page, protocol_endings};
use crate::views::pilot::PilotPage;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Staff's sections, on every page of their desk.
pub fn staff_nav(i: &I18n) -> impl IntoView + use<> {
    let links = [
        ("/municipality/persons", "persons-nav-persons"),
        ("/municipality/breaches", "persons-nav-breaches"),
        ("/municipality/corrections", "persons-nav-corrections"),
    ];
    let items = links.into_iter().map(|(href, label)| view! { <li><a href=href>{i.t(label)}</a></li> }).collect_view();
    view! { <nav aria-label=i.t("persons-nav")><ul class="link-list">{items}</ul></nav> }
}

/// Badges for what a person allowed.
pub fn scope_badges(i: &I18n, s: ConsentScopes) -> impl IntoView + use<> {
    let badge = |on: bool, id: &str| on.then(|| view! { <span class="badge badge-ok">{i.t(id)}</span> " " });
    view! {
        {badge(s.contact, "persons-scope-contact")}
        {badge(s.trajectory, "persons-scope-trajectory")}
        {badge(s.onward, "persons-scope-onward")}
    }
}

/// The search form (also on the results page).
pub fn search_form(i: &I18n, protocol: &str, query: &str) -> impl IntoView + use<> {
    view! {
        <form method="post" action="/municipality/persons/search" role="search" class="stacked">
            <input type="hidden" name="protocol" value=protocol.to_owned() />
            <label for="persons-search">{i.t("persons-search-label")}</label>
            <p class="hint" id="persons-search-hint">{i.t("persons-search-hint")}</p>
            <input id="persons-search" type="search" name="q" value=query.to_owned() required minlength="2" maxlength="80"
                autocomplete="off" dir="auto" aria-describedby="persons-search-hint" />
            <button type="submit" class="button">{i.t("persons-search-submit")}</button>
        </form>
    }
}

#[component]
pub fn MunicipalityStaffHomePage() -> impl IntoView {
    let (protocol, page) = use_query_map()
        .with_untracked(|q| (q.get("protocol"), q.get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(1)));
    let locale = use_i18n().locale;
    guarded_page(
        Operation::ReadConsentStatus,
        "staff-home-title",
        move |me: StaffCaller| async move {
            let (ctx, now) = crate::api::http::context()?;
            let endings = crate::services::protocols::desk::ending(&ctx.db, Some(me.party_id.0), locale, now).await?;
            Ok((crate::services::pilot::persons(&ctx.db, &me, protocol.as_deref(), page, locale, now).await?, endings))
        },
        |i, (p, endings)| view! { {protocol_endings(i, &endings)} {persons_body(i, p)} },
    )
}

fn persons_body(i: &I18n, p: PilotPage) -> impl IntoView + use<> {
    let notice = form_notice(i, &[("passed", "persons-passed-on"), ("reported", "persons-quality-reported")]);
    let Some(protocol) = p.protocol.clone() else {
        return view! { {staff_nav(i)} {notice} <p class="notice">{i.t("persons-no-protocol")}</p> }.into_any();
    };
    let others = (p.protocols.len() > 1).then(|| {
        let links = p
            .protocols
            .iter()
            .map(|o| {
                let current = (o.slug == protocol.slug).then_some("page");
                view! { <li><a href=format!("/municipality/persons?protocol={}", o.slug) aria-current=current>{o.title.clone()}</a></li> }
            })
            .collect_view();
        view! { <ul class="link-list">{links}</ul> }
    });
    let rows = p
        .rows
        .iter()
        .map(|r| {
            let href = format!("/municipality/persons/{}/{}", protocol.slug, r.reference);
            let short = r.reference.chars().take(8).collect::<String>();
            let label = i.t_args("persons-open-person", [("reference", FluentValue::from(short.clone()))]);
            view! {
                <tr>
                    <td><a href=href aria-label=label>{short}</a></td>
                    <td>{scope_badges(i, r.scopes)}</td>
                    <td>{day_of(i, r.since)}</td>
                </tr>
            }
        })
        .collect_view();
    let page_link = |n: u32, label: &str| {
        view! { <a href=format!("/municipality/persons?protocol={}&page={n}", protocol.slug)>{i.t(label)}</a> }
    };
    let pager = (p.pages > 1).then(|| {
        view! {
            <nav class="pager" aria-label=i.t("persons-pages")>
                {(p.page > 1).then(|| page_link(p.page - 1, "persons-previous"))}
                <span>{i.t_args("persons-page-of", [("page", FluentValue::from(p.page)), ("pages", FluentValue::from(p.pages))])}</span>
                {(p.page < p.pages).then(|| page_link(p.page + 1, "persons-next"))}
            </nav>
        }
    });
    let search = if p.can_search {
        search_form(i, &protocol.slug, "").into_any()
    } else {
        view! { <p class="hint">{i.t("persons-search-needs-names")}</p> }.into_any()
    };
    view! {
        {staff_nav(i)}
        {notice}
        <h2>{protocol.title.clone()}</h2>
        {others}
        <p class="lead">{i.t_args("staff-home-count", [("count", FluentValue::from(p.total))])}</p>
        {search}
        <div class="table-wrap" tabindex="0"><table>
            <caption class="visually-hidden">{i.t("persons-list-caption")}</caption>
            <thead><tr>
                <th scope="col">{i.t("persons-reference")}</th>
                <th scope="col">{i.t("persons-scopes")}</th>
                <th scope="col">{i.t("persons-since")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table></div>
        {pager}
        <h2>{i.t("staff-home-profile-heading")}</h2>
        <ul class="cards">{profile_list(i, p.profile.into_iter().collect(), false)}</ul>
    }
    .into_any()
}
